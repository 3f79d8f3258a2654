"""The real pipeline on the real corpus, scored against the hand-made gold set.

Writes the full report (with false positives and negatives) to
tests/artifacts/eval.txt and stdout; the figures go into docs/QUALITY.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.report import EvaluationReport, format_report, run_eval

ROOT = Path(__file__).parents[1]
ARTIFACT = ROOT / "tests" / "artifacts" / "eval.txt"

# (score, minimum precision, minimum recall)
THRESHOLDS = [
    ("project→cluster", 0.95, 0.95),
    ("county→park", 0.85, 0.85),
    ("enterprise→cluster", 0.85, 0.85),
    ("target values (table)", 0.95, 0.95),
]


@pytest.fixture(scope="module")
def report() -> EvaluationReport:
    rep = run_eval(ROOT / "data" / "corpus", ROOT / "tests" / "gold", details=True)
    text = format_report(rep)
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    ARTIFACT.write_text(text, encoding="utf-8")
    print(text)
    return rep


@pytest.mark.parametrize("name,min_p,min_r", THRESHOLDS)
def test_threshold(report: EvaluationReport, name: str, min_p: float, min_r: float) -> None:
    s = report.score(name)
    assert s.precision >= min_p and s.recall >= min_r, (
        f"{name}: P={s.precision:.3f} R={s.recall:.3f}; FN {s.false_negatives[:5]} FP {s.false_positives[:5]}")
