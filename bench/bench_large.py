"""Peak memory of one large document through `kg ingest`: whole, in parts, at the size cap, and over it.

    .venv/bin/python bench/bench_large.py [--mb 50] [--baseline-mb 5]

The documents are the corpus's largest text repeated to the size asked (speed and
memory only). `kg ingest FILE --jobs 1` runs on an empty temporary data folder
while its resident memory, and its embedded redis-server's, are sampled every
0.2 s. In one run:

* the baseline: a --baseline-mb document extracted whole (KG_MAX_CHUNK_CHARS above
  its length), as every document was before ingest/chunks.py;
* the same document in parts (KG_MAX_CHUNK_CHARS as shipped);
* a document of KG_MAX_DOCUMENT_CHARS characters (the largest accepted), in parts;
* a --mb document (50 MB): over the cap, refused up front.

Writes bench/results/large.json and large.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from ingest.settings import ingest_settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
SOURCE = ROOT / "data" / "corpus" / "001_96019a36a6392bfa.txt"


def make_document(path: Path, mb: float = 0, chars: int = 0) -> int:
    """The corpus's largest text repeated to `mb` megabytes or to `chars` characters."""
    text = SOURCE.read_text(encoding="utf-8") + "\n\n"
    copies = max(1, int(mb * 1e6 / len(text.encode()))) if mb else chars // len(text)
    path.write_text(text * copies, encoding="utf-8")
    return path.stat().st_size


def run(path: Path, data: Path, chunk_chars: int | None) -> dict:
    env = {**os.environ, "KG_DATA_DIR": str(data), "COLUMNS": "200", "PYTHONPATH": str(ROOT)}
    env.pop("KG_GRAPH_URI", None)
    if chunk_chars:
        env["KG_MAX_CHUNK_CHARS"] = str(chunk_chars)
    began = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "kg_cli", "ingest", "--jobs", "1", str(path)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    me = psutil.Process(proc.pid)
    peak_kg = peak_store = 0
    while proc.poll() is None:
        try:
            peak_kg = max(peak_kg, me.memory_info().rss)
            for child in me.children(recursive=True):
                peak_store = max(peak_store, child.memory_info().rss)
        except psutil.Error:
            pass
        time.sleep(0.2)
    out, errs = proc.communicate()
    seconds = time.monotonic() - began
    stats = subprocess.run([sys.executable, "-m", "kg_cli", "stats"], cwd=ROOT, env=env, capture_output=True, text=True)
    subprocess.run([sys.executable, "-m", "kg_cli", "db", "stop"], cwd=ROOT, env=env, capture_output=True)
    return {"exit": proc.returncode, "seconds": round(seconds, 1), "peak_rss_mb": round(peak_kg / 2**20),
            "store_peak_rss_mb": round(peak_store / 2**20), "load_avg": round(os.getloadavg()[0], 1),
            "stats": stats.stdout.strip(), "error": errs.strip()[-400:] if proc.returncode else ""}


def markdown(results: dict) -> str:
    refused = [line.split(": ", 2)[-1] for r in results["runs"] if r["exit"]
               for line in r["error"].splitlines() if line.startswith("failed:")]
    lines = ["# One large document (bench/bench_large.py)", "",
             f"Run {results['when']} on {results['machine']}; `kg ingest FILE --jobs 1` on an empty embedded store; "
             "peak resident memory sampled every 0.2 s. The document is the corpus's largest text repeated.", "",
             "| document | extraction | wall time | peak RSS, kg | bytes per character | peak RSS, redis-server | exit | load avg |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for r in results["runs"]:
        lines.append(f"| {r['bytes'] / 1e6:.1f} MB ({r['chars']:,} chars) | {r['case']} | {r['seconds']} s | "
                     f"**{r['peak_rss_mb']} MB** | {r['bytes_per_char']} | {r['store_peak_rss_mb']} MB | {r['exit']} | {r['load_avg']} |")
    lines += ["", "Relationships per type of each run are in large.json (`stats`)."]
    lines += [f"Refused, with this message: \"{m}\"" for m in refused]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--baseline-mb", type=float, default=5)
    args = parser.parse_args()
    results: dict = {"when": time.strftime("%Y-%m-%d %H:%M"), "machine": f"{os.cpu_count()} cores", "runs": []}
    with tempfile.TemporaryDirectory(prefix="kglarge") as d:
        tmp = Path(d)
        small, at_cap, big = tmp / "small.txt", tmp / "at_cap.txt", tmp / "large.txt"
        make_document(small, mb=args.baseline_mb)
        make_document(at_cap, chars=ingest_settings().max_document_chars)
        make_document(big, mb=args.mb)
        cases = [("whole (before)", small, 10 ** 9), ("in parts", small, None),
                 ("in parts, at KG_MAX_DOCUMENT_CHARS", at_cap, None), ("over KG_MAX_DOCUMENT_CHARS", big, None)]
        for label, path, chunk in cases:
            size = path.stat().st_size
            chars = len(path.read_text(encoding="utf-8"))
            r = run(path, tmp / f"db{len(results['runs'])}", chunk)
            r.update(case=label, bytes=size, chars=chars, bytes_per_char=round(r["peak_rss_mb"] * 2**20 / chars))
            results["runs"].append(r)
            print(json.dumps(r, ensure_ascii=False), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "large.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    (RESULTS / "large.md").write_text(markdown(results))
    print((RESULTS / "large.md").read_text())


if __name__ == "__main__":
    main()
