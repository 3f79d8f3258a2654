from kg_cli.main import main

if __name__ == "__main__":  # not when a worker process (ingest/pool.py, spawn) imports it
    main()
