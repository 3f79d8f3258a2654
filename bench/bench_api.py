"""REST API load: requests/s and p50/p95/p99 latency at 1, 8 and 32 concurrent clients.

    .venv/bin/python bench/bench_api.py [--requests 300] [--seconds 20]

The corpus is ingested (real pipeline) into an embedded FalkorDB server of a
temporary folder; `uvicorn api.main:app` (one worker) serves it on a free port
of 127.0.0.1, and a bare Starlette JSON endpoint (bench/ceiling_app.py) is
served by uvicorn the same way as the ceiling. Clients are asyncio httpx
connections in this process, each sending its next request when the last one
answers; a scenario stops after --requests answers or --seconds. Every answer
must be 200. Writes bench/results/api.json and bench/results/api.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.settings import GraphSettings  # noqa: E402
from graph.store import open_store  # noqa: E402
from ingest import ingest  # noqa: E402

RESULTS = ROOT / "bench" / "results"
CONCURRENCY = (1, 8, 32)
ENDPOINTS = {
    "ceiling (bare Starlette JSON)": "/json",
    "search ?q=鲁西": "/api/v1/search?q=" + quote("鲁西"),
    "enterprise → clusters (鲁西集团)": "/api/v1/enterprises/" + quote("鲁西集团") + "/clusters",
    "subgraph depth 2 (鲁西集团)": "/api/v1/subgraph?depth=2&center=" + quote("鲁西集团"),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def uvicorn(app: str, env: dict[str, str]) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", app, "--host", "127.0.0.1", "--port", str(port),
                             "--workers", "1", "--log-level", "warning", "--no-access-log"],
                            cwd=ROOT, env={**os.environ, **env})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"uvicorn {app} exited with {proc.returncode}")
            try:
                httpx.get(base + "/", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise RuntimeError(f"uvicorn {app} did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


async def load(base: str, path: str, clients: int, requests: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = 0
    sent = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as http:
        for _ in range(3):  # warm-up: connections, caches, first-import costs
            await http.get(path)
        deadline = time.perf_counter() + seconds

        async def client() -> None:
            nonlocal sent, errors
            while sent < requests and time.perf_counter() < deadline:
                sent += 1
                t = time.perf_counter()
                r = await http.get(path)
                latencies.append(time.perf_counter() - t)
                errors += r.status_code != 200

        start = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(clients)))
        elapsed = time.perf_counter() - start
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    return {"clients": clients, "requests": len(latencies), "errors": errors, "seconds": round(elapsed, 3),
            "rps": round(len(latencies) / elapsed, 1), "p50_ms": round(q[49] * 1000, 2),
            "p95_ms": round(q[94] * 1000, 2), "p99_ms": round(q[98] * 1000, 2)}


def markdown(report: dict) -> str:
    lines = [
        "# REST API load", "",
        f"{report['when']} · {report['machine']} (1-min load average {report['load_average'][0]} before, "
        f"{report['load_average'][1]} after: the machine is shared) · uvicorn 1 worker · embedded FalkorDB · corpus "
        f"({report['graph']['nodes']} nodes, {report['graph']['relationships']} relationships) · "
        f"up to {report['requests']} requests or {report['seconds']} s per row · client: httpx async in one process on the same machine",
        "", "| endpoint | clients | req/s | p50 ms | p95 ms | p99 ms | requests | errors |", "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, rows in report["results"].items():
        for r in rows:
            lines.append(f"| {name} | {r['clients']} | {r['rps']} | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} | "
                         f"{r['requests']} | {r['errors']} |")
    lines += ["", "The ceiling row is what uvicorn and this client reach with no work behind the endpoint; "
              "the other rows run catalogue queries on the store (search: 1 query, enterprise → clusters: 2, "
              "subgraph depth 2: 5).", ""]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=300, help="answers per scenario")
    ap.add_argument("--seconds", type=float, default=20.0, help="time limit per scenario")
    args = ap.parse_args()
    load_before = os.getloadavg()[0]
    data_dir = Path(tempfile.mkdtemp(prefix="kgbench"))
    store = open_store(GraphSettings(graph_uri=None, data_dir=data_dir, graph_name="bench"))  # owns the server
    try:
        ingest(store, [ROOT / "data" / "corpus"])
        graph = {"nodes": store.read("MATCH (n) RETURN count(n) AS c")[0]["c"],
                 "relationships": store.read("MATCH ()-[r]->() RETURN count(r) AS c")[0]["c"]}
        env = {"KG_DATA_DIR": str(data_dir), "KG_GRAPH_NAME": "bench", "KG_API_KEY": "", "KG_GRAPH_URI": ""}
        results: dict[str, list[dict]] = {}
        with uvicorn("bench.ceiling_app:app", {}) as ceiling, uvicorn("api.main:app", env) as api:
            for name, path in ENDPOINTS.items():
                base = ceiling if path == "/json" else api
                results[name] = []
                for clients in CONCURRENCY:
                    row = asyncio.run(load(base, path, clients, args.requests, args.seconds))
                    print(f"{name:40s} c={clients:<3d} {row['rps']:8.1f} req/s  p50 {row['p50_ms']:7.2f} ms  "
                          f"p95 {row['p95_ms']:7.2f}  p99 {row['p99_ms']:7.2f}  errors {row['errors']}", flush=True)
                    results[name].append(row)
    finally:
        store.close()
    report = {"when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
              "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
              "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],  # others share the machine
              "requests": args.requests, "seconds": args.seconds, "graph": graph, "results": results}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "api.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "api.md").write_text(markdown(report), encoding="utf-8")
    failed = sum(r["errors"] for rows in results.values() for r in rows)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
