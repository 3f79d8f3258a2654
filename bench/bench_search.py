"""Entity search: relevance and speed of CONTAINS against each backend's full-text index.

    .venv/bin/python bench/bench_search.py [--repeat 20] [--extra 100000]

The corpus is ingested into the embedded FalkorDB and a local Neo4j (tools/neo4j, or
KG_BENCH_NEO4J_URI / KG_BENCH_NEO4J_PASSWORD). Each method answers every query of
bench/search_queries.yaml (what a planner types, and the entity meant); relevance is
where the meant entity comes in the first 20 (P@1, MRR, found), speed the p50 / p99
of a query. Methods:

* CONTAINS ranked: the shared `search_entities` (exact name > exact alias > prefix >
  contains, shorter first), on each backend;
* Neo4j full-text, Lucene order: `db.index.fulltext.queryNodes` on entity_text (`cjk`
  analyzer, name and aliases), Lucene's own score;
* Neo4j full-text candidates, ranked: the Neo4j override of `search_entities`;
* FalkorDB full-text, RediSearch order: an index with `language: 'chinese'` (RediSearch's
  Chinese segmenter) on name and aliases, RediSearch's own score.

Then --extra entities with random Han names (4-12 characters, one alias) are added to
both graphs, and the speed of the methods that keep the ranking is measured again: the
size where a scan of every entity starts to cost. Writes bench/results/search.json and .md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_backends import neo4j_server, reset  # noqa: E402
from graph.catalog import get_catalog  # noqa: E402
from graph.settings import GraphSettings  # noqa: E402
from graph.store import GraphStore, open_store  # noqa: E402
from ingest import ingest  # noqa: E402

RESULTS = ROOT / "bench" / "results"
QUERIES = yaml.safe_load((ROOT / "bench" / "search_queries.yaml").read_text(encoding="utf-8"))
TOP = 20
SEARCH = get_catalog().get("search_entities")
NEO4J_LUCENE = ("CALL db.index.fulltext.queryNodes('entity_text', $q, {limit: $limit}) YIELD node, score "
                "RETURN node.id AS id ORDER BY score DESC")
FALKORDB_INDEX = "CALL db.idx.fulltext.createNodeIndex({label: 'Entity', language: 'chinese'}, 'name', 'aliases')"
FALKORDB_REDISEARCH = ("CALL db.idx.fulltext.queryNodes('Entity', $q) YIELD node, score "
                       "RETURN node.id AS id ORDER BY score DESC LIMIT $limit")


def measure(name: str, ask, repeat: int) -> dict:
    """ask(q) -> ranked ids. Relevance from the first answer, speed over `repeat` rounds."""
    ranks, times = [], []
    for item in QUERIES:
        ids = ask(item["q"])[:TOP]
        ranks.append(ids.index(item["want"]) + 1 if item["want"] in ids else None)
    for _ in range(repeat):
        for item in QUERIES:
            t0 = time.perf_counter()
            ask(item["q"])
            times.append(time.perf_counter() - t0)
    cuts = statistics.quantiles(times, n=100, method="inclusive")
    misses = [item["q"] for item, r in zip(QUERIES, ranks) if r != 1]
    return {"method": name, "queries": len(QUERIES), "p_at_1": round(sum(r == 1 for r in ranks) / len(ranks), 3),
            "mrr": round(sum(1 / r for r in ranks if r) / len(ranks), 3), "found": sum(r is not None for r in ranks),
            "p50_ms": round(cuts[49] * 1000, 2), "p99_ms": round(cuts[98] * 1000, 2), "not_first": misses}


def add_entities(store: GraphStore, count: int) -> None:
    rng = random.Random(3)
    han = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    word = lambda k: "".join(rng.choice(han) for _ in range(k))  # noqa: E731
    rows = [{"id": f"enterprise:x{i}", "name": word(rng.randint(4, 12)), "aliases": [word(5)]} for i in range(count)]
    store.write_batch("UNWIND $rows AS r CREATE (:Entity:Enterprise {id: r.id, name: r.name, aliases: r.aliases})",
                      rows, batch_size=10_000)


def ids(rows: list[dict]) -> list[str]:
    return [r["id"] for r in rows]


def markdown(r: dict) -> str:
    lines = ["# Entity search: CONTAINS against full-text indexes", "",
             f"{r['when']} · {r['machine']} (1-min load average {r['load_average']}: the machine is shared) · corpus "
             f"({r['entities']} entities) · {r['queries']} planner queries (bench/search_queries.yaml) · "
             "`bench/bench_search.py`", "",
             "| method | P@1 | MRR | found in top 20 | p50 ms | p99 ms | meant entity not first for |",
             "|---|---:|---:|---:|---:|---:|---|"]
    for m in r["methods"]:
        lines.append(f"| {m['method']} | {m['p_at_1']} | {m['mrr']} | {m['found']}/{m['queries']} | {m['p50_ms']} | "
                     f"{m['p99_ms']} | {'、'.join(m['not_first']) or '—'} |")
    lines += ["", f"The same queries after adding {r['extra']:,} entities with random Han names (same ranking, "
              "so only speed):", "", "| method | P@1 | p50 ms | p99 ms |", "|---|---:|---:|---:|"]
    for m in r["scaled"]:
        lines.append(f"| {m['method']} | {m['p_at_1']} | {m['p50_ms']} | {m['p99_ms']} |")
    return "\n".join(lines + [""])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20, help="timed rounds over the queries")
    ap.add_argument("--extra", type=int, default=100_000, help="random entities added for the scaled run")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kgbs"))
    neo4j_settings, server = neo4j_server(tmp / "neo4j")
    stores: dict[str, GraphStore] = {
        "falkordb": open_store(GraphSettings(graph_uri=None, data_dir=tmp / "falkordb", graph_name="search")),
        "neo4j": open_store(neo4j_settings)}
    try:
        for store in stores.values():
            reset(store)
            ingest(store, [ROOT / "data" / "corpus"])
        f, n = stores["falkordb"], stores["neo4j"]
        f.write(FALKORDB_INDEX)
        contains = lambda store: lambda q: ids(store.read(SEARCH.body, SEARCH.bind({"q": q, "limit": TOP})))  # noqa: E731
        methods = [
            measure("CONTAINS ranked, FalkorDB (the shared query)", contains(f), args.repeat),
            measure("CONTAINS ranked, Neo4j (the shared query)", contains(n), args.repeat),
            measure("Neo4j full-text `cjk`, Lucene's score", lambda q: ids(n.read(NEO4J_LUCENE, {"q": q, "limit": TOP})),
                    args.repeat),
            measure("Neo4j full-text `cjk` candidates, ranked like CONTAINS (Neo4j's search_entities)",
                    lambda q: ids(get_catalog().run(n, "search_entities", {"q": q, "limit": TOP})), args.repeat),
            measure("FalkorDB full-text `chinese`, RediSearch's score",
                    lambda q: ids(f.read(FALKORDB_REDISEARCH, {"q": q, "limit": TOP})), args.repeat),
        ]
        entities = f.read("MATCH (n:Entity) RETURN count(n) AS c")[0]["c"]
        for store in stores.values():
            add_entities(store, args.extra)
        n.write("CALL db.awaitIndexes(300)")
        scaled = [
            measure("CONTAINS ranked, FalkorDB (the shared query)", contains(f), 3),
            measure("CONTAINS ranked, Neo4j (the shared query)", contains(n), 3),
            measure("Neo4j full-text `cjk` candidates, ranked like CONTAINS (Neo4j's search_entities)",
                    lambda q: ids(get_catalog().run(n, "search_entities", {"q": q, "limit": TOP})), 3),
        ]
    finally:
        for store in stores.values():
            store.close()
        if server is not None:
            server.stop()
    for m in methods:
        print(f"{m['method']:90s} P@1 {m['p_at_1']}  MRR {m['mrr']}  found {m['found']}  p50 {m['p50_ms']} ms")
    report = {"when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
              "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
              "load_average": round(os.getloadavg()[0], 2), "entities": entities, "queries": len(QUERIES),
              "methods": methods, "extra": args.extra, "scaled": scaled}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "search.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "search.md").write_text(markdown(report), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
