"""REST API load with wrk: req/s, p50 and p99 at 1, 8 and 32 connections, beside the ceilings.

    .venv/bin/python bench/bench_api.py [--seconds 5] [--baseline DIR]

The corpus is ingested (real pipeline) into an embedded FalkorDB server of a
temporary folder. `kg serve --no-ingest --workers 1` serves it twice on free
ports of 127.0.0.1: once as shipped (read cache on) and once with
KG_API_CACHE_ENTRIES=0, so every request runs its queries. wrk repeats one URL,
so the first server's fixed-URL rows measure the cache; its "rotating" rows
(bench/rotate.lua) give every request a new URL (all the corpus's enterprises,
every two-character start of a name for search, each with a unique tail), so
every one misses the cache, as a planner's traffic mostly does. The ceilings are
a bare FastAPI and a bare Starlette JSON endpoint (bench/ceiling_app.py) under
uvicorn with the same loop and parser. Debian's `wrk` drives every row from
outside Python (one thread; `--latency` for the percentiles). Every answer must
be 2xx. Each row also gives the CPU time per request of the API process and of
the FalkorDB server: steadier than req/s on a shared machine.

--baseline DIR serves another checkout's code (e.g. /work/main, same venv) on
the same graph in the same run: the rotating and uncached rows at 8 connections
of both, served at once and run in turns (--reps each), medians compared.
Writes bench/results/api.json and bench/results/api.md.
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

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph import embedded  # noqa: E402
from graph.settings import GraphSettings  # noqa: E402
from graph.store import open_store  # noqa: E402
from ingest import ingest  # noqa: E402

RESULTS = ROOT / "bench" / "results"
ROTATE = ROOT / "bench" / "rotate.lua"
CONNECTIONS = (1, 8, 32)
LUXI = quote("鲁西集团")
API_PATHS = {
    "/health": "/health",
    "search q=鲁西": "/api/v1/search?q=" + quote("鲁西"),
    "enterprise → clusters (鲁西集团)": f"/api/v1/enterprises/{LUXI}/clusters",
    "subgraph depth 2 (鲁西集团)": f"/api/v1/subgraph?depth=2&center={LUXI}",
    "evidence of one edge": None,  # filled with the first edge of the subgraph
}
ROTATING = {  # row name -> the fixed-URL row it stands beside
    "search, rotating over many strings": "search q=鲁西",
    "enterprise → clusters, rotating over every enterprise": "enterprise → clusters (鲁西集团)",
    "subgraph depth 2, rotating over every enterprise": "subgraph depth 2 (鲁西集团)",
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
def server(args: list[str], env: dict[str, str], ready: str, cwd: Path = ROOT) -> Iterator[tuple[str, int]]:
    """Run a server command with {port} filled in until the block ends; yields its base URL and pid."""
    port = free_port()
    proc = subprocess.Popen([a.format(port=port) for a in args], cwd=cwd, env={**os.environ, **env},
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
        yield base, proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def ceiling(app: str) -> list[str]:
    return [sys.executable, "-m", "uvicorn", f"bench.ceiling_app:{app}", "--host", "127.0.0.1", "--port", "{port}",
            "--workers", "1", "--loop", "uvloop", "--http", "httptools", "--log-level", "warning", "--no-access-log"]


KG_SERVE = [str(Path(sys.executable).parent / "kg"), "serve", "--no-ingest", "--workers", "1", "--port", "{port}"]
# Another checkout's code with this venv: PYTHONPATH=DIR puts its modules before this editable install.
KG_SERVE_OTHER = [sys.executable, "-c", "from kg_cli.main import main; main()", *KG_SERVE[1:]]


class CpuMeter:
    """CPU seconds (user + system) of some processes and their children, between two readings."""

    def __init__(self, pids: dict[str, int]):
        self.procs = {name: psutil.Process(pid) for name, pid in pids.items()}

    def read(self) -> dict[str, float]:
        out = {}
        for name, p in self.procs.items():
            total = 0.0
            for q in [p, *p.children(recursive=True)]:
                try:
                    t = q.cpu_times()
                    total += t.user + t.system
                except psutil.Error:
                    pass
            out[name] = total
        return out


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()
    return round(float(number) * _UNIT[unit], 2)


def wrk(url: str, connections: int, seconds: int, paths: Path | None = None) -> dict:
    """One wrk run on url, or (paths) on its host with bench/rotate.lua cycling over the file's paths."""
    rotate = ["-s", str(ROTATE), url, "--", str(paths)] if paths else [url]
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s", *rotate],
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


def run_rows(name: str, url: str, seconds: int, results: dict[str, list[dict]], *, paths: Path | None = None,
             cpu: CpuMeter | None = None, connections: tuple[int, ...] = CONNECTIONS) -> None:
    get(url + (paths.read_text(encoding="utf-8").split()[0] if paths else ""))  # warm: first-import costs
    results[name] = []
    for c in connections:
        before = cpu.read() if cpu else {}
        try:
            row = wrk(url, c, seconds, paths)
            if cpu and row["requests"]:
                row["cpu_ms_per_request"] = {k: round((v - before[k]) * 1000 / row["requests"], 3)
                                             for k, v in cpu.read().items()}
        except RuntimeError as e:  # kept in the results, not lost with the rest of the run
            print(e, flush=True)
            row = {"connections": c, "rps": 0.0, "p50_ms": None, "p99_ms": None, "requests": 0, "errors": 1,
                   "socket_errors": str(e)[-300:]}
        print(f"{name:55s} c={c:<3d} {row['rps']:9.1f} req/s  p50 {row['p50_ms'] or 0:7.2f} ms  p99 {row['p99_ms'] or 0:7.2f} ms"
              f"  non-2xx {row['errors']}  CPU ms/req {row.get('cpu_ms_per_request', '')}", flush=True)
        results[name].append(row)


def _at8(rows: list[dict]) -> dict:
    return next(r for r in rows if r["connections"] == 8)


def _cell(row: dict) -> str:
    return f"{row['rps']} req/s, p99 {row['p99_ms']} ms"


def _cpu(row: dict) -> str:
    cpu = row.get("cpu_ms_per_request")
    return f"{cpu['api']} + {cpu['falkordb']}" if cpu else "—"


def verdicts(results: dict[str, list[dict]]) -> list[str]:
    at8 = {name: _at8(rows) for name, rows in results.items()}
    fastapi = at8["ceiling: bare FastAPI"]["rps"]
    rotating_of = {fixed: name for name, fixed in ROTATING.items()}
    lines = []
    for name, (rps, p99) in TARGETS.items():
        need_rps = rps or (fastapi / 2 if name == "/health" else 0)
        need = f"≥ {rps} req/s" if rps else f"≥ {round(fastapi / 2)} req/s (half of bare FastAPI)" if name == "/health" else "—"

        def met(row: dict) -> str:
            return "met" if row["rps"] >= need_rps and row["p99_ms"] is not None and row["p99_ms"] <= p99 else "not met"

        rot = at8.get(rotating_of.get(name, ""))
        lines.append(f"| {name} | {need}, p99 ≤ {p99} ms | {_cell(at8[name])} ({met(at8[name])}) | "
                     f"{_cell(rot) + ' (' + met(rot) + ')' if rot else '—'} | {_cell(at8['(no cache) ' + name])} |")
    return lines


def _median(rows: list[dict], key: str) -> float:
    values = sorted(key_of(r, key) for r in rows)
    return values[len(values) // 2]


def key_of(row: dict, key: str) -> float:
    return sum(row.get("cpu_ms_per_request", {}).values()) if key == "cpu" else row[key]


def baseline_lines(comparison: dict[str, dict[str, list[dict]]]) -> list[str]:
    """This code against the baseline checkout's: medians of the turns, and their ratio."""
    lines = []
    for name, sides in comparison.items():
        this, base = sides["this"], sides["baseline"]
        med = {side: {k: _median(rows, k) for k in ("rps", "p99_ms", "cpu")} for side, rows in (("this", this), ("base", base))}
        lines.append(f"| {name} | {med['this']['rps']} req/s, p99 {med['this']['p99_ms']} ms | "
                     f"{med['base']['rps']} req/s, p99 {med['base']['p99_ms']} ms | "
                     f"{med['this']['rps'] / med['base']['rps']:.2f} : 1 | {med['this']['cpu']:.2f} | {med['base']['cpu']:.2f} | "
                     f"{med['this']['cpu'] / med['base']['cpu']:.2f} : 1 | {', '.join(str(r['rps']) for r in this)} vs "
                     f"{', '.join(str(r['rps']) for r in base)} |")
    return lines


def markdown(report: dict) -> str:
    lines = [
        "# REST API load (wrk)", "",
        f"{report['when']} · {report['machine']} (1-min load average {report['load_average'][0]} before, "
        f"{report['load_average'][1]} after: the machine is shared) · `kg serve --workers 1` (uvicorn, uvloop, httptools) · "
        f"embedded FalkorDB · corpus ({report['graph']['nodes']} nodes, {report['graph']['relationships']} relationships) · "
        f"`wrk -t1 --latency`, {report['seconds']} s per row, on the same 2 cores as the server · code {report['commit']}", "",
        "## At 8 connections, against the targets", "",
        "| endpoint | required | one URL repeated (cache on, as shipped: measures the cache) | rotating names, cache on "
        "(every request a new URL: a miss) | every request queried (KG_API_CACHE_ENTRIES=0) |",
        "|---|---|---:|---:|---:|", *verdicts(report["results"]), "",
        "Rotating: search cycles over every two-character start of an entity name "
        f"({report['rotation']['search']} strings), enterprise → clusters and the subgraph over every enterprise "
        f"({report['rotation']['enterprises']}); each request also carries a unique `_=n`, so none is in the cache.", "",
    ]
    base = baseline_lines(report["comparison"])
    if base:
        lines += [f"## This code ({report['commit']}) against the baseline ({report['baseline']}), same graph, same run", "",
                  "Both served at once, 8 connections, run in turns (this, baseline, this, …); medians of the turns. "
                  "CPU: ms per request of the API process plus the FalkorDB server.", "",
                  "| rows | this code | baseline | req/s ratio | CPU ms/request (this) | (baseline) | CPU ratio | req/s of each turn |",
                  "|---|---:|---:|---:|---:|---:|---:|---|", *base, ""]
    lines += ["## Every row", "",
              "| endpoint | connections | req/s | p50 ms | p99 ms | requests | non-2xx | CPU ms/request: API + FalkorDB |",
              "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, rows in report["results"].items():
        for r in rows:
            lines.append(f"| {name} | {r['connections']} | {r['rps']} | {r['p50_ms']} | {r['p99_ms']} | {r['requests']} | "
                         f"{r['errors']} | {_cpu(r)} |")
    lines += ["", "Ceilings: the same uvicorn settings with no work behind the endpoint. With the cache on, a repeated "
              "read costs one graph-version query plus a dictionary lookup; a URL not in the cache reads the version "
              "just before its first query, in the same worker thread. The \"(no cache)\" and rotating rows run every "
              "catalogue query of the request (search: 1, enterprise → clusters: 3 with the evidence sentences, "
              "subgraph depth 2: 4, evidence: 2; rotating rows one more, the version). CPU: user + system seconds "
              "of the `kg serve` process and of the FalkorDB server over the row, per request.", ""]
    return "\n".join(lines)


def rotation_files(store, folder: Path) -> dict[str, Path]:
    """The paths the rotating rows cycle over, one per line."""
    names = [r["name"] for r in store.read("MATCH (n:Entity) RETURN n.name AS name ORDER BY name")]
    enterprises = [r["name"] for r in store.read("MATCH (n:Enterprise) RETURN n.name AS name ORDER BY name")]
    starts = sorted({n[:2] for n in names if len(n) >= 2})
    files = {
        "search, rotating over many strings": ["/api/v1/search?q=" + quote(q) for q in starts],
        "enterprise → clusters, rotating over every enterprise": [f"/api/v1/enterprises/{quote(e)}/clusters" for e in enterprises],
        "subgraph depth 2, rotating over every enterprise": [f"/api/v1/subgraph?depth=2&center={quote(e)}" for e in enterprises],
    }
    out = {}
    for i, (name, lines) in enumerate(files.items()):
        out[name] = folder / f"rotate{i}.txt"
        out[name].write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def serve_rows(rotations: dict[str, Path], env: dict[str, str], falkordb_pid: int, seconds: int,
               results: dict[str, list[dict]]) -> None:
    """As shipped: the fixed-URL and rotating rows; then with the cache off: the fixed-URL rows."""
    for prefix, extra in (("", {}), ("(no cache) ", {"KG_API_CACHE_ENTRIES": "0"})):
        with server(KG_SERVE, {**env, **extra}, "/health") as (base, pid):
            cpu = CpuMeter({"api": pid, "falkordb": falkordb_pid})
            sub = json.loads(get(base + API_PATHS["subgraph depth 2 (鲁西集团)"]))
            paths = {**API_PATHS, "evidence of one edge": f"/api/v1/edges/{sub['edges'][0]['id']}/evidence"}
            if not prefix:
                for name, file in rotations.items():
                    run_rows(name, base, seconds, results, paths=file, cpu=cpu)
            for name, path in paths.items():
                run_rows(prefix + name, base + path, seconds, results, cpu=cpu)


def compare_rows(baseline: Path, rotations: dict[str, Path], env: dict[str, str], falkordb_pid: int, seconds: int,
                 reps: int) -> dict[str, dict[str, list[dict]]]:
    """This code and the baseline's side by side at 8 connections, served at once and run in turns (this,
    baseline, this, …) so that both see the same share of a machine whose load keeps changing."""
    other = {**env, "PYTHONPATH": str(baseline)}
    rows: dict[str, dict[str, list[dict]]] = {}
    with server(KG_SERVE, env, "/health") as (a, a_pid), \
            server(KG_SERVE_OTHER, other, "/health", baseline) as (b, b_pid), \
            server(KG_SERVE, {**env, "KG_API_CACHE_ENTRIES": "0"}, "/health") as (c, c_pid), \
            server(KG_SERVE_OTHER, {**other, "KG_API_CACHE_ENTRIES": "0"}, "/health", baseline) as (d, d_pid):
        sub = json.loads(get(a + API_PATHS["subgraph depth 2 (鲁西集团)"]))
        fixed = {**API_PATHS, "evidence of one edge": f"/api/v1/edges/{sub['edges'][0]['id']}/evidence"}
        jobs = [(name, (a, a_pid), (b, b_pid), "", file) for name, file in rotations.items()]
        jobs += [(f"(no cache) {name}", (c, c_pid), (d, d_pid), path, None) for name, path in fixed.items() if name != "/health"]
        jobs += [(f"(one URL, cache on) {name}", (a, a_pid), (b, b_pid), path, None) for name, path in fixed.items()]
        for name, this, base, path, file in jobs:
            rows[name] = {"this": [], "baseline": []}
            for _ in range(reps):
                for side, (url, pid) in (("this", this), ("baseline", base)):
                    got: dict[str, list[dict]] = {}
                    run_rows(f"[{side}] {name}", url + path, seconds, got, paths=file,
                             cpu=CpuMeter({"api": pid, "falkordb": falkordb_pid}), connections=(8,))
                    rows[name][side] += next(iter(got.values()))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=int, default=5, help="wrk duration per row")
    ap.add_argument("--baseline", type=Path, help="another checkout whose code also serves the graph (e.g. /work/main)")
    ap.add_argument("--reps", type=int, default=3, help="turns of each side by side row with --baseline")
    args = ap.parse_args()
    load_before = os.getloadavg()[0]
    data_dir = Path(tempfile.mkdtemp(prefix="kgbench"))
    store = open_store(GraphSettings(graph_uri=None, data_dir=data_dir, graph_name="bench"))  # owns the server
    results: dict[str, list[dict]] = {}
    comparison: dict[str, dict[str, list[dict]]] = {}
    try:
        store.apply_schema()
        ingest(store, [ROOT / "data" / "corpus"])
        graph = {"nodes": store.read("MATCH (n:Entity) RETURN count(n) AS c")[0]["c"],
                 "relationships": store.read("MATCH ()-[r]->() RETURN count(r) AS c")[0]["c"]}
        rotations = rotation_files(store, data_dir)
        falkordb_pid = embedded.read_state(data_dir.resolve()).pid
        env = {"KG_DATA_DIR": str(data_dir), "KG_GRAPH_NAME": "bench", "KG_API_KEY": "", "KG_GRAPH_URI": ""}
        with server(ceiling("fastapi"), {}, "/json") as (base, _):
            run_rows("ceiling: bare FastAPI", base + "/json", args.seconds, results)
        with server(ceiling("starlette"), {}, "/json") as (base, _):
            run_rows("ceiling: bare Starlette", base + "/json", args.seconds, results)
        serve_rows(rotations, env, falkordb_pid, args.seconds, results)
        if args.baseline:
            comparison = compare_rows(args.baseline.resolve(), rotations, env, falkordb_pid, args.seconds, args.reps)
    finally:
        store.close()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    base_commit = (subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=args.baseline, capture_output=True,
                                  text=True).stdout.strip() if args.baseline else None)
    report = {"when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
              "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
              "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],  # others share the machine
              "seconds": args.seconds, "graph": graph, "commit": commit,
              "baseline": f"{args.baseline} at {base_commit}" if args.baseline else None,
              "rotation": {"search": len(rotations["search, rotating over many strings"].read_text().split()),
                           "enterprises": len(rotations["enterprise → clusters, rotating over every enterprise"].read_text().split())},
              "results": results, "comparison": comparison}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "api.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "api.md").write_text(markdown(report), encoding="utf-8")
    return 1 if sum(r["errors"] for rows in results.values() for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
