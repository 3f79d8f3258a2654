"""One timed load for `bench_extract.py --load-only`: every DocumentGraph of a JSON-lines file
written with `write_document` of the code in CODE_DIR (this checkout, or a baseline's) into an
empty graph of a fresh embedded server; prints the figures as one JSON line.

    .venv/bin/python bench/load_worker.py CODE_DIR GRAPHS.jsonl
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

if __name__ == "__main__":
    code, graphs_file = Path(sys.argv[1]).resolve(), sys.argv[2]
    sys.path[:0] = [str(Path(__file__).resolve().parent), str(code)]  # clock.py from here, graph/ from CODE_DIR

    from clock import CpuClock
    from graph.loader import write_document
    from graph.model import DocumentGraph
    from graph.settings import GraphSettings
    from graph.store import open_store

    with open(graphs_file, encoding="utf-8") as f:
        graphs = [DocumentGraph.model_validate_json(line) for line in f]
    with tempfile.TemporaryDirectory(prefix="kgbl") as tmp:
        store = open_store(GraphSettings(graph_uri=None, data_dir=Path(tmp), graph_name="load"))
        try:
            store.apply_schema()
            load = os.getloadavg()[0]
            times, facts = CpuClock(Path(tmp)).run(lambda: sum(write_document(store, g).facts for g in graphs))
        finally:
            store.close()
    cpu = times["client_cpu"] + times["server_cpu"]
    print(json.dumps({"code": str(code), "facts": facts, **times, "facts_per_second": round(facts / times["seconds"]),
                      "facts_per_cpu_second": round(facts / cpu), "load_average": round(load, 1)}))
