"""Targets on new text across nine batches (tgt15): a batch the text dates by its own year, stated, with the year's
planned money after its count, is the year's plan in a text written before the year's late months (it may be a review
in one written at the year's end). Sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import dated_figures, extracted

_BATCH = "2024年，临泽县开复工项目30个，总投资80亿元，年度计划投资50亿元。"
_PARTS = "2024年，临泽县安排政府投资项目120个，其中新开工项目70个，续建项目50个，总投资86亿元，年度计划投资21.5亿元。"


def _edges(text: str, date: str) -> dict[str, tuple[RelType, int, float]]:
    return dated_figures(extracted(text, kind="news", date=date, title="临泽县项目建设新闻"))


def test_a_batch_of_the_stated_own_year_is_planned_before_its_late_months() -> None:
    """Of 2024-05: the count and total of the batch the year's planned money follows are the year's targets, and the
    counts of its parts (其中新开工项目70个) too."""
    t = _edges(_BATCH, "2024-05-20")
    assert t["临泽县开复工项目"] == (RelType.SETS_TARGET, 2024, 30.0)
    assert t["临泽县开复工项目总投资"][0] == RelType.SETS_TARGET
    t = _edges(_PARTS, "2024-05-20")
    assert t["临泽县新开工项目"] == (RelType.SETS_TARGET, 2024, 70.0)
    assert t["临泽县续建项目"] == (RelType.SETS_TARGET, 2024, 50.0)


def test_the_same_batch_at_the_years_end_is_no_target() -> None:
    """Of 2024-12: the stated year may be reviewed as well as planned; the batch's count and total are no target."""
    t = _edges(_BATCH, "2024-12-20")
    assert t.get("临泽县开复工项目", (None,))[0] != RelType.SETS_TARGET
    assert t["临泽县开复工项目总投资"][0] == RelType.REPORTS
    assert _edges(_PARTS, "2024-12-20").get("临泽县新开工项目", (None,))[0] != RelType.SETS_TARGET
