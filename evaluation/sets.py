"""The four evaluation sets `kg eval --set` and the quality test run: the corpus gold
(tests/gold, scored by evaluation/report.py), the Liaocheng development set (tests/devset),
the other-cities development set (tests/devset_other) and the unseen set (tests/unseen),
the last three scored by evaluation/docset.py."""

from __future__ import annotations

from pathlib import Path

from evaluation.docset import DEVSET, OTHER, UNSEEN, evaluate_docset, micro
from evaluation.report import DEFAULT_CORPUS, DEFAULT_GOLD, EvaluationReport, run_eval

SETS = ("corpus", "devset", "other", "unseen")


def run_set(name: str, details: bool = False, corpus: Path = DEFAULT_CORPUS, gold: Path = DEFAULT_GOLD,
            devset: Path = DEVSET, unseen: Path = UNSEEN, other: Path = OTHER) -> EvaluationReport:
    if name == "corpus":
        rep = run_eval(corpus, gold, details)
        rep.title = f"corpus gold: {gold} on {corpus}"
        # the rows cover overlapping scopes (Project and Project (prose)…), so the totals are sums of rows
        rep.entities["all entities"] = micro(rep.entities, "all entities")
        rep.relations["all relations"] = micro({k: v for k, v in rep.relations.items() if k != "alias merges"},
                                               "all relations")
        return rep
    folder = {"devset": devset, "other": other, "unseen": unseen}[name]
    rep = evaluate_docset(folder, title=f"{name}: {folder}")
    rep.details = details
    return rep


def available(name: str, devset: Path = DEVSET, unseen: Path = UNSEEN, other: Path = OTHER) -> bool:
    """Whether a set's gold is present (the unseen set may not be, in a checkout without it)."""
    folder = {"corpus": None, "devset": devset, "other": other, "unseen": unseen}[name]
    return folder is None or (folder / "gold.yaml").is_file()
