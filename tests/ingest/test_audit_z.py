"""Mechanisms from audit Z of raw real texts dense in dated figures (tests/audit/docs/261-272, judged_z.yaml): a work
report of a year that shows a review (2025年工作报告显示，…预计实现…: 2024's values), a line introducing a year's review
(以下是2023年工作回顾：) heading the lines after it, 预计 and 实现 closing a name, a rate's qualifier (自然口径), a bare rate
after an item closing with its own figure, a year before the place opening a figure's words, 实现 stating a value, 同比增长
as a rate, 第一/第二/第三产业 as indicators, 城乡 before 分别 as 城镇 and 农村, a sum of a thing set up (组建20亿元母基金), and a bare zone word standing for
the zone named before, on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import extracted, figures


def test_a_years_work_report_that_shows_reviews_the_year_before() -> None:
    """X区2023年工作报告显示，该区预计实现…: estimates of 2022, reported (no 2023 target), names without 该区预计实现."""
    g = extracted("某区2023年工作报告显示，该区预计实现地区生产总值300亿元以上、增长6%，完成一般公共预算收入12.5亿元、"
                  "增长4.5%。", date="2023-06-01")
    assert not figures(g)
    r = figures(g, RelType.REPORTS)
    assert {v["year"] for v in r.values()} == {2022}
    assert r["一般公共预算收入"]["value"] == 12.5 and r["一般公共预算收入增长率"]["value"] == 4.5
    assert not [k for k in r if "该区" in k or "预计" in k]
    # a report that announces its plans keeps its year: 2023年政府工作报告提出，力争…
    t = figures(extracted("2023年政府工作报告提出，力争全县地区生产总值增长6%左右。", date="2023-01-20"))
    assert [v["year"] for v in t.values()] == [2023]


def test_a_line_introducing_a_review_heads_the_lines_after_it() -> None:
    """…以下是2022年工作回顾：\\n1. …全年GDP同比增长8%: 2022's values in a text of January 2023, no 2023 targets."""
    g = extracted("各位代表：\n过去一年，全县上下团结一心，以下是2022年工作回顾：\n1. 经济发展稳中向好，全年GDP同比增长8%，"
                  "财政收入增长9%。\n", kind="report", date="2023-01-20")
    assert not figures(g)
    assert {v["year"] for v in figures(g, RelType.REPORTS).values()} == {2022}


def test_estimate_word_and_rate_qualifier_leave_the_name() -> None:
    """全旗地区生产总值预计完成82.5亿元…；一般公共预算收入预计完成3.1亿元，自然口径同比增长20%."""
    r = figures(extracted("一、2022年工作回顾\n2022年，全旗地区生产总值预计完成82.5亿元，增长9%；一般公共预算收入预计完成3.1亿元，"
                          "自然口径同比增长20%。", kind="report", date="2023-01-15"), RelType.REPORTS)
    assert r["GDP"]["value"] == 82.5 and r["一般公共预算收入"]["value"] == 3.1
    assert r["一般公共预算收入增长率"]["value"] == 20.0
    assert not [k for k in r if "预计" in k or "口径" in k]


def test_a_bare_rate_is_the_item_just_before() -> None:
    """…实现地区生产总值153亿元，同比增长6%。其中第二产业增加值50亿元，增长7%: 7% is the secondary sector's; a rate
    after a figure that names nothing (…较2021年增加1.8亿元，增长15%) is nobody's, not the revenue's named before."""
    r = figures(extracted("2024年，全县实现地区生产总值153亿元，同比增长6%。其中第二产业增加值50亿元，增长7%。",
                          date="2025-05-01"), RelType.REPORTS)
    assert r["GDP"]["value"] == 153.0 and r["GDP增长率"]["value"] == 6.0
    assert r["第二产业增加值增长率"]["value"] == 7.0
    r = figures(extracted("2022年，全旗一般公共预算收入完成2.1亿元；争取上级转移支付资金较2021年增加1.8亿元，增长15%。",
                          kind="report", date="2023-02-20"), RelType.REPORTS)
    assert r["一般公共预算收入"]["value"] == 2.1 and "一般公共预算收入增长率" not in r


def test_a_sum_of_a_thing_set_up_is_no_indicator() -> None:
    """2025年，高新区…组建20亿元母基金和4支子基金: the fund's size, no target."""
    g = extracted("2025年，高新区围绕“招大引强”目标，组建20亿元母基金和4支子基金。", date="2025-12-20")
    assert not [k for k in {**figures(g), **figures(g, RelType.REPORTS)} if "基金" in k]


def test_a_bare_zone_word_stands_for_the_zone_named_before() -> None:
    """…正是某某生态移民示范区化工产业崛起的写照。目前，示范区…2025年产值预计突破50亿元: that zone's target."""
    t = figures(extracted("企业的快速发展，正是某某滩生态移民示范区化工产业崛起的写照。目前，示范区规上化工企业有25家，"
                          "2025年产值预计突破50亿元。", date="2025-03-01"))
    assert [v["scope"] for v in t.values() if v["value"] == 50.0] == ["某某滩生态移民示范区"]


def test_a_year_before_the_place_opening_a_figure() -> None:
    """2024年麻城市实现地区生产总值…: 麻城市 is the scope and no part of the name."""
    r = figures(extracted("2024年麻城市实现地区生产总值480亿元，同比增长6%。", date="2025-05-01"), RelType.REPORTS)
    assert [k for k in r if k.endswith("GDP")] and not [k for k in r if "实现" in k]
    assert {v["scope"] for v in r.values()} == {"麻城市"}


def test_cheng_xiang_before_fenbie_is_two_items() -> None:
    """城乡居民人均可支配收入分别达到40000元、18000元，增长5%、7%: 城镇居民…, 农村居民…, and each rate is its item's."""
    r = figures(extracted("2022年，全旗城乡居民人均可支配收入分别达到40000元、18000元，增长5%、7%。", kind="report",
                          date="2023-02-20"), RelType.REPORTS)
    assert r["城镇居民人均可支配收入"]["value"] == 40000.0 and r["农村居民人均可支配收入"]["value"] == 18000.0
    assert r["城镇居民人均可支配收入增长率"]["value"] == 5.0 and r["农村居民人均可支配收入增长率"]["value"] == 7.0
