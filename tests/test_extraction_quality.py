"""The real pipeline scored on four sets (docs/QUALITY.md):

* the corpus gold (tests/gold): no regression;
* the Liaocheng development set (tests/devset) and the other-cities development set
  (tests/devset_other): thresholds at what is reached (a ratchet: raise them when the
  figures rise; the issue's targets are in docs/QUALITY.md);
* the unseen set (tests/unseen): no thresholds, printed only, when its gold exists.

Writes the full reports (with false positives and negatives) to tests/artifacts/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.docset import evaluate_docset
from evaluation.report import EvaluationReport, format_report, run_eval

ROOT = Path(__file__).parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"

# (score, minimum precision, minimum recall)
CORPUS = [
    ("project→cluster", 0.98, 0.98),
    ("county→park", 0.90, 0.90),
    ("enterprise→cluster", 0.90, 0.90),
    ("county→industry develops", 0.95, 0.95),  # a develop rule reaching past a clause's own subject shows here first
    ("target values (table)", 0.95, 0.95),
    ("prose targets", 0.95, 0.80),          # tests/gold/prose_targets.yaml (000, 002, 003, 004)
]
DEVSET = [  # reached on this branch; raise when the figures rise (the issue wants P >= 0.90, R >= 0.90/0.80/0.80)
    ("all entities", 0.90, 0.99),
    ("all relations", 0.98, 0.93),
    ("targets", 1.00, 1.00),
]
OTHER = [  # tests/devset_other: 1077 texts (30-63, 64-103, 104-143, 144-183, 184-223, 224-263, 264-309, 310-367, 368-431, 432-495, 496-561, 562-625, 626-689, 690-753, 754-817, 818-881, 882-946, 947-1011 and 1012-1077 are former unseen sets, graduated); the same ratchet
    ("all entities", 0.87, 0.69),
    ("all relations", 0.82, 0.41),
    ("targets", 0.82, 0.54),
    ("targets with scope", 0.72, 0.47),
]


def _write(name: str, rep: EvaluationReport) -> EvaluationReport:
    text = format_report(rep, details=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"eval_{name}.txt").write_text(text, encoding="utf-8")
    print(text)
    return rep


@pytest.fixture(scope="module")
def corpus() -> EvaluationReport:
    return _write("corpus", run_eval(ROOT / "data" / "corpus", ROOT / "tests" / "gold", details=True))


@pytest.fixture(scope="module")
def devset() -> EvaluationReport:
    return _write("devset", evaluate_docset(ROOT / "tests" / "devset", title="devset"))


@pytest.fixture(scope="module")
def other() -> EvaluationReport:
    return _write("other", evaluate_docset(ROOT / "tests" / "devset_other", title="other"))


def _check(rep: EvaluationReport, name: str, min_p: float, min_r: float) -> None:
    s = rep.score(name)
    assert s.precision >= min_p and s.recall >= min_r, (
        f"{name}: P={s.precision:.3f} R={s.recall:.3f}; FN {s.false_negatives[:5]} FP {s.false_positives[:5]}")


@pytest.mark.parametrize("name,min_p,min_r", CORPUS)
def test_corpus_gold(corpus: EvaluationReport, name: str, min_p: float, min_r: float) -> None:
    _check(corpus, name, min_p, min_r)


@pytest.mark.parametrize("name,min_p,min_r", DEVSET)
def test_devset(devset: EvaluationReport, name: str, min_p: float, min_r: float) -> None:
    _check(devset, name, min_p, min_r)


@pytest.mark.parametrize("name,min_p,min_r", OTHER)
def test_other_cities_devset(other: EvaluationReport, name: str, min_p: float, min_r: float) -> None:
    _check(other, name, min_p, min_r)


def test_unseen_is_reported_when_present() -> None:
    """No thresholds: the unseen figures are measured and printed, never tuned on."""
    folder = ROOT / "tests" / "unseen"
    if not (folder / "gold.yaml").is_file():
        print("tests/unseen/gold.yaml absent: no unseen figures")
        return
    rep = _write("unseen", evaluate_docset(folder, title="unseen"))
    assert rep.score("all entities").gold > 0
