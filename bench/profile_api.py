"""Where an uncached API answer's time goes, per endpoint: each catalogue query (in the FalkorDB
server, and on the client: round trip and reading the reply), the service code, serialisation.

    .venv/bin/python bench/profile_api.py [--rounds 2]

The corpus is ingested into an embedded FalkorDB server of a temporary folder; each endpoint's
service is called in this process, without HTTP or the cache, for every enterprise (search: every
two-character start of an entity name), as the rotating rows of bench_api.py ask for them. Server
time is the "internal execution time" FalkorDB reports with each reply. Times are CPU time of this
process (process_time) except the server's. Writes bench/results/api_profile.json and .md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.resolve import resolve, search  # noqa: E402
from api.responses import json_response  # noqa: E402
from api.schemas import EnterpriseClusters, ListOut, SearchHit  # noqa: E402
from api.services import paths  # noqa: E402
from api.services.clusters import enterprise_clusters  # noqa: E402
from api.services.reading import Reader  # noqa: E402
from graph.catalog import get_catalog  # noqa: E402
from graph.settings import GraphSettings  # noqa: E402
from graph.store import open_store  # noqa: E402
from ingest import ingest  # noqa: E402

RESULTS = ROOT / "bench" / "results"
_SERVER_MS = re.compile(r"internal execution time: ([\d.]+) milliseconds")


class Timed(Reader):
    """A Reader that notes, per catalogue query, its count, client CPU and server time."""

    def __init__(self, *args: Any, server_ms: list[float]):
        super().__init__(*args)
        self.server_ms = server_ms
        self.stats: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 0])

    def run(self, name: str, params: dict[str, Any] | None = None, **slots: str) -> list[dict[str, Any]]:
        before, t = len(self.server_ms), time.process_time()
        rows = super().run(name, params, **slots)
        s = self.stats[name]
        s[0] += 1
        s[1] += time.process_time() - t
        s[2] += sum(self.server_ms[before:]) / 1000
        s[3] += len(rows)
        return rows


def endpoints(names: list[str], starts: list[str]) -> dict[str, tuple[list[str], Callable[[Reader, str], Any]]]:
    def ec(reader: Reader, name: str) -> Any:
        ent = resolve(reader, name, "Enterprise")
        data, clusters, parents = enterprise_clusters(reader, ent)
        return EnterpriseClusters(enterprise=ent, data=data, count=len(data), clusters=clusters, parent_clusters=parents)

    def hits(reader: Reader, q: str) -> Any:
        found = search(reader, q)
        return ListOut[SearchHit](data=found, count=len(found))

    return {
        "search": (starts, hits),
        "enterprise → clusters": (names, ec),
        "subgraph depth 2": (names, lambda r, n: paths.subgraph(r, n, 2, paths.DEFAULT_TYPES, None, 200, full=False)),
    }


def profile(store: Any, inputs: list[str], call: Callable[[Reader, str], Any], rounds: int,
            server_ms: list[float]) -> dict[str, Any]:
    reader = Timed(store, get_catalog(), 10_000, server_ms=server_ms)
    for x in inputs[:5]:
        call(reader, x)  # warm
    reader.stats.clear()
    service = serialise = 0.0
    size = 0
    for _ in range(rounds):
        for x in inputs:
            t = time.process_time()
            model = call(reader, x)
            service += time.process_time() - t
            t = time.process_time()
            size += len(json_response(model).body)
            serialise += time.process_time() - t
    n = rounds * len(inputs)
    queries = sum(s[1] for s in reader.stats.values())
    per = {name: {"per_request": round(s[0] / n, 2), "client_ms": round(s[1] * 1000 / n, 3),
                  "server_ms": round(s[2] * 1000 / n, 3), "rows": round(s[3] / s[0], 1)}
           for name, s in sorted(reader.stats.items(), key=lambda kv: -kv[1][1])}
    return {"requests": n, "queries_client_ms": round(queries * 1000 / n, 3),
            "service_ms": round((service - queries) * 1000 / n, 3), "serialise_ms": round(serialise * 1000 / n, 3),
            "body_kb": round(size / n / 1024, 1), "queries": per}


def markdown(report: dict) -> str:
    lines = ["# Where an uncached API answer's time goes", "",
             f"{report['when']} · 1-min load average {report['load_average'][0]} before, {report['load_average'][1]} after "
             f"(shared machine) · code {report['commit']} · embedded FalkorDB, corpus · services called in-process "
             f"for every enterprise (search: every two-character start of a name), {report['rounds']} rounds", "",
             "Per request, ms. Client: CPU of this process for the query (sending, waiting excluded, reading the "
             "reply into rows). Server: FalkorDB's own execution time. Service: the rest of the service code. "
             "Serialise: model to JSON bytes (orjson).", "",
             "| endpoint | queries, client CPU | service CPU | serialise CPU | body |", "|---|---:|---:|---:|---:|"]
    for name, r in report["endpoints"].items():
        lines.append(f"| {name} | {r['queries_client_ms']} | {r['service_ms']} | {r['serialise_ms']} | {r['body_kb']} KB |")
    lines += ["", "| endpoint | catalogue query | runs per request | client CPU ms | server ms | rows |", "|---|---|---:|---:|---:|---:|"]
    for name, r in report["endpoints"].items():
        for q, s in r["queries"].items():
            lines.append(f"| {name} | `{q}` | {s['per_request']} | {s['client_ms']} | {s['server_ms']} | {s['rows']} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    load_before = os.getloadavg()[0]
    store = open_store(GraphSettings(graph_uri=None, data_dir=Path(tempfile.mkdtemp(prefix="kgprof")), graph_name="bench"))
    server_ms: list[float] = []
    try:
        store.apply_schema()
        ingest(store, [ROOT / "data" / "corpus"])
        graph = store._graph  # FalkorDB: note the execution time each reply reports

        def noting(*command: Any, _send: Callable = graph.execute_command) -> Any:
            reply = _send(*command)
            found = _SERVER_MS.search(" ".join(map(str, reply[-1]))) if isinstance(reply, list) and reply else None
            if found:
                server_ms.append(float(found.group(1)))
            return reply

        graph.execute_command = noting
        names = [r["name"] for r in store.read("MATCH (n:Enterprise) RETURN n.name AS name ORDER BY name")]
        starts = sorted({r["name"][:2] for r in store.read("MATCH (n:Entity) RETURN n.name AS name") if len(r["name"]) >= 2})
        results = {name: profile(store, inputs, call, args.rounds, server_ms)
                   for name, (inputs, call) in endpoints(names, starts).items()}
    finally:
        store.close()
    commit = os.popen(f"git -C {ROOT} rev-parse --short HEAD").read().strip()
    report = {"when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "commit": commit, "rounds": args.rounds,
              "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)], "endpoints": results}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "api_profile.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "api_profile.md").write_text(markdown(report), encoding="utf-8")
    print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
