"""Set each extraction rule's confidence to the precision it reaches on the development sets.

    .venv/bin/python tools/calibrate_confidence.py            # print each rule: stated, measured, new
    .venv/bin/python tools/calibrate_confidence.py --write    # and rewrite data/rules/confidence.yaml

Counts as `kg eval --by-rule` does (evaluation/docset.py): every scored relation and target edge of
the 聊城 development set (tests/devset) and the other-cities one (tests/devset_other) is right or wrong
for each rule of its evidence. The unseen set is never read: it is where the result is checked.

A rule with at least MIN_EDGES scored edges gets its precision shrunk toward the file's default by
PRIOR_EDGES pseudo-edges, (right + PRIOR_EDGES x default) / (edges + PRIOR_EDGES), at most CEILING and
rounded to two places: the rules were written against these sets, so their precision there is an upper
bound, and a rule seen on few edges says little. A rule with fewer edges keeps its hand-set value (the
layout rules of the 2018 plan are judged on the corpus gold, which is scored differently).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIDENCE = ROOT / "data" / "rules" / "confidence.yaml"
MIN_EDGES = 10
PRIOR_EDGES = 5
CEILING = 0.97


def measured() -> dict[str, tuple[int, int]]:
    """rule -> (right, edges) over both development sets."""
    sys.path.insert(0, str(ROOT))
    from evaluation.docset import DEVSET, OTHER, evaluate_docset

    out: dict[str, tuple[int, int]] = {}
    for folder in (ROOT / DEVSET, ROOT / OTHER):
        for rule, s in evaluate_docset(folder).rules.items():
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
        return f"{m.group(1)}{rule}:{m.group(3)}{new[rule]:.2f}{m.group(5)}"

    text = re.sub(r"^(\s+)([\w-]+):(\s*)([0-9.]+)(.*)$", value, text, flags=re.M)
    missing = [r for r in sorted(new) if r not in seen]
    if missing:
        text = text.rstrip("\n") + "\n  # measured by tools/calibrate_confidence.py, not listed before\n"
        text += "".join(f"  {r}: {new[r]:.2f}\n" for r in missing)
    return text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true", help="rewrite data/rules/confidence.yaml")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from ingest.rules import rule_confidence, rule_data

    default = float(rule_data("confidence").get("default", 0.7))
    new: dict[str, float] = {}
    print(f"{'rule':28s} {'stated':>6s} {'edges':>6s} {'right':>6s} {'P':>6s} {'new':>6s}")
    for rule, (right, edges) in sorted(measured().items(), key=lambda x: (-x[1][1], x[0])):
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
