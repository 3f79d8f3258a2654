from kg_cli.main import main

main()
