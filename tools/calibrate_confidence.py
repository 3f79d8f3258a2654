"""Set each extraction rule's confidence to the precision it reached on texts it was not written against.

    .venv/bin/python tools/calibrate_confidence.py --set ../batch1=../stop-before-1 --set ../batch2=../stop-before-2
    (--write: and rewrite data/rules/confidence.yaml)
    .venv/bin/python tools/calibrate_confidence.py --check --set tests/unseen [--confidence old.yaml]
    (how far the stated confidences, or another file's, are from the precision each rule reaches there)

A rule's precision on the texts it was tuned on overstates what it does on the next city's documents
(on a fresh batch the prose rules lost 0.1 to 0.5 of it). So measure it where it was out of sample: run
the extraction of the checkout that was current when a batch of document-set texts was still unseen
(`--set FOLDER=CODE`: FOLDER holds docs/, gold.yaml and sources.yaml, CODE is a worktree at that commit),
and score with this checkout's evaluation, counting as `kg eval --by-rule` does (evaluation/docset.py:
every scored relation and target edge is right or wrong for each rule of its evidence). A FOLDER without
`=CODE` runs this checkout's extraction (in-sample on the development sets: an upper bound).

A rule with at least MIN_EDGES scored edges gets its precision shrunk toward the file's default by
PRIOR_EDGES pseudo-edges, (right + PRIOR_EDGES x default) / (edges + PRIOR_EDGES), at most CEILING and
rounded to two places (a rule seen on few edges says little). Other rules keep their values.

`--check` changes nothing: it prints each rule's stated confidence beside its precision on the sets and
the gap averaged over edges (each scored edge weighs once), the figure docs/QUALITY.md quotes for a
fresh unseen batch.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIDENCE = ROOT / "data" / "rules" / "confidence.yaml"
MIN_EDGES = 10
PRIOR_EDGES = 5
CEILING = 0.97


# run in a child process with --code first on its path: that checkout's reading and extraction
_EXTRACT = """
import json, sys
from pathlib import Path
from evaluation.docset import extract_docset, load_docset
folder = Path(sys.argv[1])
for name, g in extract_docset(folder, load_docset(folder)).items():
    print(json.dumps({"file": name, "graph": g.model_dump(mode="json")}, ensure_ascii=False))
"""


def graphs(folder: Path, code: Path | None):  # -> dict[str, DocumentGraph]
    from evaluation.docset import extract_docset, load_docset
    from graph.model import DocumentGraph

    if code is None:
        return extract_docset(folder, load_docset(folder))
    env = {**os.environ, "PYTHONPATH": str(code)}
    run = subprocess.run([sys.executable, "-c", _EXTRACT, str(folder)], env=env, cwd=code, check=True,
                         capture_output=True, text=True)
    rows = (json.loads(line) for line in run.stdout.splitlines() if line.startswith("{"))
    return {r["file"]: DocumentGraph.model_validate(r["graph"]) for r in rows}


def batches(sets: list[str]) -> list[tuple[Path, Path | None]]:
    """"FOLDER=CODE" (or FOLDER alone: this checkout's extraction) as paths."""
    return [(Path(f).resolve(), Path(c).resolve() if c else None) for f, _, c in (s.partition("=") for s in sets)]


def measured(pairs: list[tuple[Path, Path | None]]) -> dict[str, tuple[int, int]]:
    """rule -> (right, edges) over the batches, each extracted by its own checkout."""
    from evaluation.docset import evaluate_docset

    out: dict[str, tuple[int, int]] = {}
    for folder, code in pairs:
        for rule, s in evaluate_docset(folder, graphs(folder, code)).rules.items():
            right, edges = out.get(rule, (0, 0))
            out[rule] = (right + s.matched, edges + s.matched + s.fp)
    return out


def calibrated(right: int, edges: int, default: float) -> float:
    return round(min(CEILING, (right + PRIOR_EDGES * default) / (edges + PRIOR_EDGES)), 2)


def rewrite(text: str, new: dict[str, float]) -> str:
    """The file with each listed rule's value replaced in place (comments kept), and rules it does not
    list yet appended under a comment."""
    seen: set[str] = set()

    def value(m: re.Match[str]) -> str:
        rule = m.group(2)
        if rule not in new:
            return m.group(0)
        seen.add(rule)
        value, rest = f"{new[rule]:.2f}", m.group(5)
        pad = len(rest) - len(rest.lstrip(" "))
        if pad and rest.strip():  # keep the comment's column
            rest = " " * max(1, pad - (len(value) - len(m.group(4)))) + rest.lstrip(" ")
        return f"{m.group(1)}{rule}:{m.group(3)}{value}{rest}"

    text = re.sub(r"^(\s+)([\w-]+):(\s*)([0-9.]+)(.*)$", value, text, flags=re.M)
    missing = [r for r in sorted(new) if r not in seen]
    if missing:
        text = text.rstrip("\n") + "\n  # measured by tools/calibrate_confidence.py, not listed before\n"
        text += "".join(f"  {r}: {new[r]:.2f}\n" for r in missing)
    return text


def check(sets: list[str], confidence: Path | None) -> None:
    import yaml

    from ingest.rules import rule_data

    data = yaml.safe_load(confidence.read_text(encoding="utf-8")) if confidence else rule_data("confidence")
    table, default = data.get("rules") or {}, float(data.get("default", 0.7))

    def stated(rule: str) -> float:
        return float(table.get(rule, default))

    gap = weight = 0.0
    print(f"{'rule':28s} {'stated':>6s} {'edges':>6s} {'P':>6s} {'gap':>6s}")
    for rule, (right, edges) in sorted(measured(batches(sets)).items(), key=lambda x: (-x[1][1], x[0])):
        p = right / edges
        gap += edges * abs(stated(rule) - p)
        weight += edges
        print(f"{rule:28s} {stated(rule):6.2f} {edges:6d} {p:6.3f} {stated(rule) - p:+6.2f}")
    print(f"mean gap over {weight:.0f} edges: {gap / weight:.3f}" if weight else "no scored edges")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", dest="sets", action="append", required=True, metavar="FOLDER[=CODE]",
                    help="a document-set folder (docs/, gold.yaml, sources.yaml) and the checkout whose "
                         "extraction runs on it (default: this one); repeatable")
    ap.add_argument("--write", action="store_true", help="rewrite data/rules/confidence.yaml")
    ap.add_argument("--check", action="store_true", help="only compare stated confidences with measured precision")
    ap.add_argument("--confidence", type=Path, help="with --check: the confidence file to compare (default: ours)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from ingest.rules import rule_confidence, rule_data

    if args.check:
        check(args.sets, args.confidence)
        return

    default = float(rule_data("confidence").get("default", 0.7))
    new: dict[str, float] = {}
    print(f"{'rule':28s} {'stated':>6s} {'edges':>6s} {'right':>6s} {'P':>6s} {'new':>6s}")
    for rule, (right, edges) in sorted(measured(batches(args.sets)).items(), key=lambda x: (-x[1][1], x[0])):
        stated = rule_confidence(rule)
        value = calibrated(right, edges, default) if edges >= MIN_EDGES else stated
        if edges >= MIN_EDGES:
            new[rule] = value
        print(f"{rule:28s} {stated:6.2f} {edges:6d} {right:6d} {right / edges:6.3f} {value:6.2f}")
    if args.write:
        CONFIDENCE.write_text(rewrite(CONFIDENCE.read_text(encoding="utf-8"), new), encoding="utf-8")
        print(f"wrote {len(new)} measured confidences to {CONFIDENCE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
