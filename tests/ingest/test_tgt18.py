"""Targets on new text across twelve batches (tgt18): figures no rule read in texts whose other figures are read.
Sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from tests.ingest.graphs import extracted, figures


def _targets(text: str, kind: str = "news", date: str = "2024-03-10", title: str = "临泽县重点项目建设") -> dict[str, dict]:
    return figures(extracted(text, kind=kind, date=date, title=title))


def test_an_estimated_total_is_the_batchs_money() -> None:
    """估算总投资, 匡算投资, 概算总投资, 预计总投资 after a batch's count: the batch's money, named with the word."""
    t = _targets("2024年，临泽县安排续建项目40个，总投资210亿元。此外，还有储备项目25个，估算总投资96.5亿元。",
                 title="临泽县2024年重点建设项目计划")
    assert [v["value"] for k, v in t.items() if k.endswith("储备项目估算总投资")] == [96.5]
    t = _targets("今年二季度，全县计划开工产业项目14个，匡算投资48亿元。")
    assert [v["value"] for k, v in t.items() if k.endswith("匡算投资")] == [48.0]
    t = _targets("2024年，临泽工业园全年计划实施项目18个，概算总投资75亿元，其中新建项目10个。")
    assert [v["value"] for k, v in t.items() if k.endswith("概算总投资")] == [75.0]
    t = _targets("2024年，全县开复工项目26个，预计总投资62亿元，年度投资31亿元。")
    assert [v["value"] for k, v in t.items() if k.endswith("预计总投资")] == [62.0]
