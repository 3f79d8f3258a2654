"""Mechanisms from audit AC of raw real texts dense in dated figures (tests/audit/docs/297-306, judged_ac.yaml): a
comparison's base (比上年同期增长, 较去年) naming no year of the figure, the change against such a base (比去年同期增加35个)
no level, a tally's verb (累计完成) before an indicator and a verb between a sector and its measure (规模以上工业实现增加值)
leaving the name, on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import extracted, figures


def test_a_comparisons_base_names_no_year_of_the_figure() -> None:
    """二季度…比上年同期增长-8.7% in an analysis of September 2024: 上年 is the base, not the figures' year (2023)."""
    g = extracted("2024年上半年，全县地区生产总值为143亿元，比上年同期增长3.7%。其中，第一产业增加值为1.6亿元，增长12.1%。",
                  kind="report", date="2024-09-09")
    r = figures(g, RelType.REPORTS)
    assert r and {v["year"] for v in r.values()} == {2024}
    # a figure the text gives to last year is still last year's
    r = figures(extracted("去年，全县完成规模以上工业增加值20亿元。", kind="news", date="2024-03-01"), RelType.REPORTS)
    assert [v["year"] for v in r.values()] == [2023]


def test_a_change_against_a_base_is_no_level() -> None:
    """…年度计划投资109亿元，项目数量比2021年同期增加35个: a difference, no count of the year's projects (比去年同期
    增加 alike, now that 去年 there names no year)."""
    for base in ("2021年同期", "去年同期"):
        g = extracted("2022年，某市共安排500万元以上建设项目560个，计划总投资1000亿元，年度计划投资190亿元。截至4月底，"
                      f"已开复工项目240个，年度计划投资109亿元，项目数量比{base}增加35个。", date="2022-05-05")
        names = {**figures(g), **figures(g, RelType.REPORTS)}
        assert "已开复工项目年度计划投资" in names
        assert not [k for k in names if "增加" in k]


def test_tally_and_sector_verbs_leave_the_name() -> None:
    """1至8月，全县规模以上工业实现增加值同比增长17%…累计完成固定资产投资72.7亿元: 规模以上工业增加值, 固定资产投资."""
    r = figures(extracted("会上，县统计局汇报了前三季度汝南县经济运行情况。\n今年以来，全县经济运行持续平稳发展。工业经济运行"
                          "平稳，1至8月，全县规模以上工业实现增加值同比增长17%，增速居全市第四位；固定资产投资保持较快增长，"
                          "1至8月，全县累计完成固定资产投资72.7亿元，同比增长25.8%。", kind="news", date="2013-09-30"),
                RelType.REPORTS)
    assert r["汝南县规模以上工业增加值增长率"]["value"] == 17.0
    assert r["汝南县固定资产投资"]["value"] == 72.7 and r["汝南县固定资产投资增长率"]["value"] == 25.8
    assert not [k for k in r if "实现" in k or "累计完成" in k]
