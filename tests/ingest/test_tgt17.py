"""Targets on new text across eleven batches (tgt17): a doubling (翻一番, 翻两番) is a figure, n 倍 of its base, as the
gold of b13 and b14 writes it (b7 wrote growth of 100 %; the scorer takes either, tests/test_docset_eval.py). Sentences
composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import extracted, figures


def _targets(text: str, kind: str = "plan", date: str = "2021-03-10", title: str = "临泽县发展规划") -> dict[str, dict]:
    return figures(extracted(text, kind=kind, date=date, title=title))


def test_a_doubling_against_a_base_year_is_two_times() -> None:
    """比2020年翻一番 by 2025: the GDP's 2 倍, of 2025; the base year is neither the figure's year nor its name's."""
    t = _targets("到2025年，全县地区生产总值力争比2020年翻一番，现代产业体系基本形成。")
    doubled = {k: v for k, v in t.items() if v["unit"] == "倍"}
    assert [(v["year"], v["value"]) for v in doubled.values()] == [(2025, 2.0)]
    assert not any("2020" in k for k in doubled)


def test_twice_doubled_and_doubled_again() -> None:
    """翻两番 is 4 倍; a plan's 再次实现翻番 among its rates is 2 倍 of the measure it names."""
    t = _targets("到2030年，人均GDP比2020年翻两番。")
    assert [v["value"] for v in t.values() if v["unit"] == "倍"] == [4.0]
    t = _targets("2025年主要预期目标是：地区生产总值增长8%以上，规上工业产值再次实现翻番，一般公共预算收入增长9%以上。",
                 kind="report", date="2025-01-12", title="临泽县政府工作报告")
    assert sorted(v["value"] for v in t.values()) == [2.0, 8.0, 9.0]


def test_a_doubling_with_its_figure_after_is_the_figure() -> None:
    """在2020年的基础上翻一番，突破300亿元: the stated sum is the target, no 倍 beside it; a past doubling is no target."""
    t = _targets("到2025年，全县工业总产值在2020年的基础上翻一番，突破300亿元。")
    assert [(v["value"], v["unit"]) for v in t.values()] == [(300.0, "亿元")]
    t = _targets("到2025年，全县石化产业总产值将再翻一番、跃上两千亿台阶。")
    assert not any(v["unit"] == "倍" for v in t.values())
    t = _targets("临泽县力争规上工业增加值5年翻一番", kind="news", date="2021-06-01", title="临泽县力争规上工业增加值5年翻一番")
    assert not any(v["unit"] == "倍" for v in t.values())  # a headline's span: its body states the year and the sum
    t = _targets("实施工业振兴行动以来，全县工业增加值超过50亿元，3年实现翻番。", kind="news", date="2023-11-02",
                 title="临泽县工业发展")
    assert not any(v["unit"] == "倍" for v in t.values())
    assert not any(e.props.get("unit") == "倍" for e in extracted("实施工业振兴行动以来，全县工业增加值3年实现翻番。").edges
                   if e.type == RelType.SETS_TARGET)
