"""REST API load with wrk: req/s, p50 and p99 at 1, 8 and 32 connections, beside the ceilings.

    .venv/bin/python bench/bench_api.py [--seconds 5]

The corpus is ingested (real pipeline) into an embedded FalkorDB server of a
temporary folder. `kg serve --no-ingest --workers 1` serves it twice on free
ports of 127.0.0.1: once as shipped (read cache on) and once with
KG_API_CACHE_ENTRIES=0, so every request runs its queries. The ceilings are a
bare FastAPI and a bare Starlette JSON endpoint (bench/ceiling_app.py) under
uvicorn with the same loop and parser. Debian's `wrk` drives every row from
outside Python (one thread; `--latency` for the percentiles). Every answer must
be 2xx. Writes bench/results/api.json and bench/results/api.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.settings import GraphSettings  # noqa: E402
from graph.store import open_store  # noqa: E402
from ingest import ingest  # noqa: E402

RESULTS = ROOT / "bench" / "results"
CONNECTIONS = (1, 8, 32)
LUXI = quote("鲁西集团")
API_PATHS = {
    "/health": "/health",
    "search q=鲁西": "/api/v1/search?q=" + quote("鲁西"),
    "enterprise → clusters (鲁西集团)": f"/api/v1/enterprises/{LUXI}/clusters",
    "subgraph depth 2 (鲁西集团)": f"/api/v1/subgraph?depth=2&center={LUXI}",
    "evidence of one edge": None,  # filled with the first edge of the subgraph
}
# Required at 8 connections (issue 8): req/s, p99 ms; /health is judged against the FastAPI ceiling.
TARGETS = {"search q=鲁西": (1500, 25), "enterprise → clusters (鲁西集团)": (800, 25),
           "subgraph depth 2 (鲁西集团)": (200, 100), "/health": (None, 25), "evidence of one edge": (None, 25)}
_UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.read()


@contextmanager
def server(args: list[str], env: dict[str, str], ready: str) -> Iterator[str]:
    """Run a server command with {port} filled in until the block ends; yields its base URL."""
    port = free_port()
    proc = subprocess.Popen([a.format(port=port) for a in args], cwd=ROOT, env={**os.environ, **env},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{args[:3]} exited with {proc.returncode}")
            try:
                get(base + ready)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{args[:3]} did not start") from None
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def ceiling(app: str) -> list[str]:
    return [sys.executable, "-m", "uvicorn", f"bench.ceiling_app:{app}", "--host", "127.0.0.1", "--port", "{port}",
            "--workers", "1", "--loop", "uvloop", "--http", "httptools", "--log-level", "warning", "--no-access-log"]


KG_SERVE = [str(Path(sys.executable).parent / "kg"), "serve", "--no-ingest", "--workers", "1", "--port", "{port}"]


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()
    return round(float(number) * _UNIT[unit], 2)


def wrk(url: str, connections: int, seconds: int) -> dict:
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s", url],
                         capture_output=True, text=True, check=True).stdout
    pct = dict(re.findall(r"^\s*(50|99)(?:\.0+)?%\s+([\d.]+(?:us|ms|s))\s*$", out, re.M))
    if "50" not in pct or "99" not in pct:
        raise RuntimeError(f"wrk printed no latency distribution for {url}:\n{out}")
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: .*", out)
    return {"connections": connections, "rps": round(float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), 1),
            "p50_ms": _ms(pct["50"]), "p99_ms": _ms(pct["99"]), "requests": requests,
            "errors": int(bad.group(1)) if bad else 0, "socket_errors": errors.group(0) if errors else ""}


def run_rows(name: str, url: str, seconds: int, results: dict[str, list[dict]]) -> None:
    get(url)  # warm: first-import costs, the cache's first miss
    results[name] = []
    for c in CONNECTIONS:
        try:
            row = wrk(url, c, seconds)
        except RuntimeError as e:  # kept in the results, not lost with the rest of the run
            print(e, flush=True)
            row = {"connections": c, "rps": 0.0, "p50_ms": None, "p99_ms": None, "requests": 0, "errors": 1,
                   "socket_errors": str(e)[-300:]}
        print(f"{name:45s} c={c:<3d} {row['rps']:9.1f} req/s  p50 {row['p50_ms']:7.2f} ms  p99 {row['p99_ms']:7.2f} ms"
              f"  non-2xx {row['errors']}", flush=True)
        results[name].append(row)


def verdicts(results: dict[str, list[dict]]) -> list[str]:
    at8 = {name: next(r for r in rows if r["connections"] == 8) for name, rows in results.items()}
    fastapi = at8["ceiling: bare FastAPI"]["rps"]
    lines = []
    for name, (rps, p99) in TARGETS.items():
        row = at8[name]
        need = f"≥ {rps} req/s" if rps else f"≥ {round(fastapi / 2)} req/s (half of bare FastAPI)" if name == "/health" else "—"
        ok_rps = row["rps"] >= (rps or (fastapi / 2 if name == "/health" else 0))
        ok_p99 = row["p99_ms"] <= p99
        lines.append(f"| {name} | {need}, p99 ≤ {p99} ms | {row['rps']} req/s, p99 {row['p99_ms']} ms | "
                     f"{at8['(no cache) ' + name]['rps']} req/s, p99 {at8['(no cache) ' + name]['p99_ms']} ms | "
                     f"{'met' if ok_rps and ok_p99 else 'not met'} |")
    return lines


def markdown(report: dict) -> str:
    lines = [
        "# REST API load (wrk)", "",
        f"{report['when']} · {report['machine']} (1-min load average {report['load_average'][0]} before, "
        f"{report['load_average'][1]} after: the machine is shared) · `kg serve --workers 1` (uvicorn, uvloop, httptools) · "
        f"embedded FalkorDB · corpus ({report['graph']['nodes']} nodes, {report['graph']['relationships']} relationships) · "
        f"`wrk -t1 --latency`, {report['seconds']} s per row, on the same 2 cores as the server", "",
        "## At 8 connections, against the targets", "",
        "| endpoint | required | served (cache on, as shipped) | every request queried (KG_API_CACHE_ENTRIES=0) | |",
        "|---|---|---:|---:|---|", *verdicts(report["results"]), "",
        "## Every row", "",
        "| endpoint | connections | req/s | p50 ms | p99 ms | requests | non-2xx |", "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, rows in report["results"].items():
        for r in rows:
            lines.append(f"| {name} | {r['connections']} | {r['rps']} | {r['p50_ms']} | {r['p99_ms']} | {r['requests']} | {r['errors']} |")
    lines += ["", "Ceilings: the same uvicorn settings with no work behind the endpoint. With the cache on, a repeated "
              "read costs one graph-version query plus a dictionary lookup; the \"(no cache)\" rows run every "
              "catalogue query of the request (search: 1, enterprise → clusters: 2, subgraph depth 2: 5, evidence: 1).", ""]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=int, default=5, help="wrk duration per row")
    args = ap.parse_args()
    load_before = os.getloadavg()[0]
    data_dir = Path(tempfile.mkdtemp(prefix="kgbench"))
    store = open_store(GraphSettings(graph_uri=None, data_dir=data_dir, graph_name="bench"))  # owns the server
    results: dict[str, list[dict]] = {}
    try:
        store.apply_schema()
        ingest(store, [ROOT / "data" / "corpus"])
        graph = {"nodes": store.read("MATCH (n:Entity) RETURN count(n) AS c")[0]["c"],
                 "relationships": store.read("MATCH ()-[r]->() RETURN count(r) AS c")[0]["c"]}
        env = {"KG_DATA_DIR": str(data_dir), "KG_GRAPH_NAME": "bench", "KG_API_KEY": "", "KG_GRAPH_URI": ""}
        with server(ceiling("fastapi"), {}, "/json") as base:
            run_rows("ceiling: bare FastAPI", base + "/json", args.seconds, results)
        with server(ceiling("starlette"), {}, "/json") as base:
            run_rows("ceiling: bare Starlette", base + "/json", args.seconds, results)
        for prefix, extra in (("", {}), ("(no cache) ", {"KG_API_CACHE_ENTRIES": "0"})):
            with server(KG_SERVE, {**env, **extra}, "/health") as base:
                sub = json.loads(get(base + API_PATHS["subgraph depth 2 (鲁西集团)"]))
                paths = {**API_PATHS, "evidence of one edge": f"/api/v1/edges/{sub['edges'][0]['id']}/evidence"}
                for name, path in paths.items():
                    run_rows(prefix + name, base + path, args.seconds, results)
    finally:
        store.close()
    report = {"when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
              "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
              "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],  # others share the machine
              "seconds": args.seconds, "graph": graph, "results": results}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "api.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "api.md").write_text(markdown(report), encoding="utf-8")
    return 1 if sum(r["errors"] for rows in results.values() for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
