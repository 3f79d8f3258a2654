"""The cost of scale: 10, 100 and 1,000 generated documents ingested end to end, on both backends.

    .venv/bin/python bench/bench_scale.py [--sizes 10 100 1000] [--backends falkordb neo4j] [--seconds 5]

The documents are generated in the corpus's style, for speed only (never for
quality): each is a run of consecutive lines of a corpus document (so headings,
专栏 boxes and tables keep their shape), and every company-name ending
(data/rules/names.yaml `enterprise_strong`) gets a two-character tag of its
document before it (in two documents of three; the third keeps the corpus's names, which
the API requests below ask for), so the graph grows new enterprises as documents are added.

For each backend and size, on an emptied graph: `kg ingest DIR` (worker processes
= cores) is timed, its process tree's resident memory (kg and its workers) and
the store's are sampled every 0.2 s, nodes and relationships are counted, and
`kg serve --no-ingest` with its read cache off is driven by `wrk` on two planners'
endpoints. FalkorDB is the embedded server; Neo4j the launcher of tools/neo4j
(bench_backends.py). Writes bench/results/scale.json and scale.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import psutil
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_api import KG_SERVE, server, wrk  # noqa: E402
from bench.bench_backends import neo4j_server  # noqa: E402
from graph.settings import GraphSettings  # noqa: E402
from graph.store import GraphStore, open_store  # noqa: E402

RESULTS = ROOT / "bench" / "results"
CORPUS = ROOT / "data" / "corpus"
LINES_PER_DOCUMENT = 40
ENDPOINTS = {
    "search ?q=鲁西": "/api/v1/search?q=" + quote("鲁西"),
    "enterprise → clusters (鲁西集团)": "/api/v1/enterprises/" + quote("鲁西集团") + "/clusters",
}


def generate(folder: Path, n: int, seed: int = 7) -> Path:
    """`n` documents in the corpus's style (see the module docstring)."""
    folder.mkdir(parents=True, exist_ok=True)
    endings = yaml.safe_load((ROOT / "data" / "rules" / "names.yaml").read_text(encoding="utf-8"))["enterprise_strong"]
    company = re.compile(rf"([\u4e00-\u9fff]{{2,8}}?)({'|'.join(map(re.escape, endings))})")
    sources = [p.read_text(encoding="utf-8").splitlines() for p in sorted(CORPUS.glob("*.txt"))]
    rng = random.Random(seed)
    for i in range(n):
        lines = rng.choice(sources)
        start = rng.randrange(max(1, len(lines) - LINES_PER_DOCUMENT))
        tag = chr(0x4E00 + rng.randrange(20000)) + chr(0x4E00 + rng.randrange(20000)) if i % 3 else ""
        body = "\n".join(lines[start:start + LINES_PER_DOCUMENT])
        (folder / f"gen_{i:04d}.txt").write_text(company.sub(lambda m: m.group(1) + tag + m.group(2), body),
                                                 encoding="utf-8")
    return folder


class PeakRss:
    """Peak resident memory of a process and its descendants, and of another process, sampled every 0.2 s."""

    def __init__(self, root: int, other: int | None) -> None:
        self.root, self.other = root, other
        self.tree = self.store = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                me = psutil.Process(self.root)
                self.tree = max(self.tree, sum(p.memory_info().rss for p in [me, *me.children(recursive=True)]
                                               if p.pid != self.other))
                if self.other:
                    self.store = max(self.store, psutil.Process(self.other).memory_info().rss)
            except psutil.Error:
                pass
            self._stop.wait(0.2)

    def stop(self) -> tuple[int, int]:
        self._stop.set()
        self._thread.join()
        return round(self.tree / 2**20), round(self.store / 2**20)


def reset(store: GraphStore) -> None:
    store.write("MATCH (n) DETACH DELETE n")
    store.apply_schema()


def one_size(store: GraphStore, env: dict[str, str], folder: Path, store_pid: int | None, seconds: int) -> dict:
    reset(store)
    docs = len(list(folder.iterdir()))
    chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.iterdir())
    load = os.getloadavg()[0]
    began = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "kg_cli", "ingest", str(folder)], cwd=ROOT, env={**os.environ, **env},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = PeakRss(proc.pid, store_pid)
    _, errs = proc.communicate()
    wall = time.monotonic() - began
    tree_mb, store_mb = peak.stop()
    nodes = store.read("MATCH (n) RETURN count(n) AS c")[0]["c"]
    edges = store.read("MATCH ()-[r]->() RETURN count(r) AS c")[0]["c"]
    api = {}
    with server(KG_SERVE, {**env, "KG_API_CACHE_ENTRIES": "0"}, "/health") as base:
        for name, path in ENDPOINTS.items():
            wrk(base + path, 1, 1)  # warm-up
            api[name] = wrk(base + path, 8, seconds)
    row = {"documents": docs, "chars": chars, "ingest_exit": proc.returncode, "seconds": round(wall, 1),
           "docs_per_s": round(docs / wall, 2), "peak_rss_mb": tree_mb, "store_peak_rss_mb": store_mb,
           "nodes": nodes, "edges": edges, "api": api, "load_avg_before": round(load, 1),
           "load_avg_after": round(os.getloadavg()[0], 1), "error": errs.strip()[-300:] if proc.returncode else ""}
    print(json.dumps(row, ensure_ascii=False), flush=True)
    return row


def markdown(report: dict) -> str:
    lines = ["# The cost of scale (bench/bench_scale.py)", "",
             f"Run {report['when']} on {report['machine']}. Generated documents in the corpus's style "
             f"({LINES_PER_DOCUMENT} consecutive corpus lines each, company names tagged per document; speed only), "
             "`kg ingest DIR` with worker processes = cores on an emptied graph; peak RSS of kg and its workers, and "
             "of the store's process, sampled every 0.2 s; API: `kg serve --no-ingest`, read cache off, "
             "`wrk` 8 connections. The machine is shared (load average in the table): read the ratios.", ""]
    for backend, rows in report["backends"].items():
        lines += [f"## {backend}", "",
                  "| documents | characters | ingest wall time | docs/s | × time per × docs | peak RSS kg + workers | "
                  "peak RSS store | nodes | relationships | " + " | ".join(f"{n} req/s, p99" for n in ENDPOINTS) +
                  " | load avg |", "|" + "---:|" * (9 + len(ENDPOINTS) + 1)]
        prev = None
        for r in rows:
            growth = (f"{(r['seconds'] / prev['seconds']) / (r['documents'] / prev['documents']):.2f}"
                      if prev else "")
            api = " | ".join(f"{r['api'][n]['rps']} / {r['api'][n]['p99_ms']} ms" if r["api"][n]["requests"]
                             else "**none answered** within the run" for n in ENDPOINTS)
            lines.append(f"| {r['documents']:,} | {r['chars']:,} | {r['seconds']} s | {r['docs_per_s']} | {growth} | "
                         f"{r['peak_rss_mb']} MB | {r['store_peak_rss_mb']} MB | {r['nodes']:,} | {r['edges']:,} | "
                         f"{api} | {r['load_avg_before']}–{r['load_avg_after']} |")
            prev = r
        lines.append("")
    lines += [f"* {note}" for note in report.get("notes", [])] + [""]
    lines += ["`× time per × docs`: the growth of the wall time divided by the growth of the document count "
              "from the row above; 1.00 is linear, below 1 means fixed costs (starting Python, spaCy in each "
              "worker) are being spread over more documents.", ""]
    return "\n".join(lines)


def write(report: dict) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "scale.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    (RESULTS / "scale.md").write_text(markdown(report))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    ap.add_argument("--backends", nargs="+", default=["falkordb", "neo4j"])
    ap.add_argument("--seconds", type=int, default=5, help="wrk duration per endpoint")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kgscale"))
    corpora = {n: generate(tmp / f"corpus_{n}", n) for n in args.sizes}
    # backends not run this time keep their last rows; each row is written as soon as it is measured
    previous = json.loads((RESULTS / "scale.json").read_text()) if (RESULTS / "scale.json").exists() else {}
    report: dict = {"when": time.strftime("%Y-%m-%d %H:%M"), "machine": f"{os.cpu_count()} cores",
                    "backends": previous.get("backends", {})}
    for backend in args.backends:
        print(f"== {backend}", flush=True)
        report["backends"][backend] = []
        neo = None
        if backend == "neo4j":
            settings, neo = neo4j_server(tmp / "neo4j")
            env = {"KG_GRAPH_URI": settings.graph_uri or "", "KG_GRAPH_USER": settings.graph_user,
                   "KG_GRAPH_PASSWORD": settings.graph_password or "", "KG_API_KEY": ""}
            store_pid = neo.process.pid if neo else None
        else:
            settings = GraphSettings(graph_uri=None, data_dir=tmp / "falkordb", graph_name="scale")
            env = {"KG_DATA_DIR": str(tmp / "falkordb"), "KG_GRAPH_NAME": "scale", "KG_GRAPH_URI": "", "KG_API_KEY": ""}
        store = open_store(settings)
        try:
            if backend == "falkordb":
                store_pid = json.loads((tmp / "falkordb" / "server.json").read_text())["pid"]
            for n in args.sizes:
                report["backends"][backend].append(one_size(store, env, corpora[n], store_pid, args.seconds))
                write(report)
        finally:
            store.close()
            if neo is not None:
                neo.stop()
    print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
