"""Targets on the ninth batch's learning half (tgt11): a plan report's long part heading naming the year it reviews, a zone
named in a headline after its exclaimed lead or its genre (专访…, 关于印发…), 度假区 as a zone, work on projects in
general that is no one project, a plan set against what was actually done, figures written 535多亿元, 过10亿 and
80万元/亩, a time word inside a name, a park left of a figure whose measure follows it, an enumeration's planned year, a
plan period before an average rate; and the evaluation comparing a traditional page's gold in simplified characters.
Sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from evaluation.docset import _core, _scope_keys, same_amount, type_map
from graph.model import RelType
from tests.ingest.graphs import extracted, figures


def _one(t: dict[str, dict], end: str) -> dict:
    hits = [v for k, v in t.items() if k.endswith(end)]
    assert len(hits) == 1, t
    return hits[0]


def test_a_plan_reports_part_heading_reviews_its_year() -> None:
    """一、2023年国民经济和社会发展计划执行情况 in a January report: 预计全年 under it is 2023's, reported, no 2024 target."""
    g = extracted("一、2023年国民经济和社会发展计划执行情况\n预计全年，地区生产总值完成210.5亿元，增长6%左右。\n",
                  kind="report", date="2024-01-18")
    assert not figures(g)
    assert _one(figures(g, RelType.REPORTS), "GDP增长率")["year"] == 2023


def test_a_zone_after_a_headlines_exclaimed_lead_is_its_scope() -> None:
    """总投资90亿元!某某市旅游度假区…: the bare 度假区 of the body is that zone, written in full."""
    g = extracted("度假区把2022年确定为“项目攻坚年”，计划实施重点项目30个，年度计划投资25亿元。",
                  date="2022-03-01", title="总投资90亿元!清河市旅游度假区18个项目集中开工")
    scopes = {v["scope"] for v in figures(g).values()}
    assert scopes == {"清河市旅游度假区"}


def test_a_headlines_genre_is_no_part_of_the_zone() -> None:
    """专访某某经济开发区…: the zone is the scope, not 专访…."""
    g = extracted("2024年，开发区将加快发展，力争全年规上工业产值突破80亿元。", date="2024-02-01",
                  title="专访清河经济开发区管委会主任")
    assert {v["scope"] for v in figures(g).values()} == {"清河经济开发区"}


def test_work_on_projects_in_general_is_no_one_project() -> None:
    """通过推动项目建设，预计全年…增长12%: the area's targets, not one project's effects."""
    t = figures(extracted("通过推动项目建设，预计全年可实现固定资产投资增长12%以上。", date="2021-02-26"))
    assert _one(t, "固定资产投资增长率")["value"] == 12


def test_a_plan_set_against_what_was_done() -> None:
    """新开工项目40个，实际新开工项目45个: 40 is the year's plan; the 实际 figure is no target."""
    t = figures(extracted("今年以来，某县加快推进项目落地。截止目前，完成投资20亿元；新开工项目40个，实际新开工项目45个；计划建成项目6个，实际建成项目9个。",
                          date="2019-07-01"))
    assert {k: v["value"] for k, v in t.items()} == {"新开工项目": 40, "计划建成项目": 6}


def test_figures_with_over_a_bare_yi_and_per_mu() -> None:
    """计划投资总额420多亿元 (a batch's money), 产值过8亿 (亿元), 亩均税收20万元/亩; 10多家 stays no figure."""
    t = figures(extracted("今年我县共有重点项目25个，计划投资总额420多亿元。", date="2020-04-10"))
    assert _one(t, "重点项目")["value"] == 25 and "共有" not in next(k for k in t if k.endswith("重点项目"))
    assert _one(t, "计划投资总额")["value"] == 420
    t = figures(extracted("2025年，力争数字产业全年产值过8亿。", date="2025-01-10"))
    assert _one(t, "数字产业产值") == {**_one(t, "数字产业产值"), "value": 8, "unit": "亿元"}
    t = figures(extracted("到2027年，亩均税收达到20万元/亩。", date="2024-01-10"))
    assert _one(t, "亩均税收")["unit"] == "万元/亩"
    assert not figures(extracted("到2025年，园区共聚集了10多家机械企业。", date="2024-01-10"))


def test_a_park_left_of_a_figure_whose_measure_follows() -> None:
    """至2016年，某某工业园将实现50亿元产值，2020年实现150亿元产值: the park's 产值, each year."""
    g = extracted("根据规划，至2016年，滨海装备工业园将实现50亿元产值，2020年实现150亿元产值。", date="2013-01-01")
    years = {(e.props["year"], e.props["value"]) for e in g.edges if e.type == RelType.SETS_TARGET}
    assert years == {(2016, 50), (2020, 150)}
    assert set(figures(g)) == {"滨海装备工业园产值"}


def test_an_enumerations_planned_year_in_an_undated_text() -> None:
    """2024年，开发区将… then 一是…力争全年…: 2024's target though the text has no date."""
    t = figures(extracted("2024年，开发区将聚焦主业。\n一是强化招商，力争新材料产业全年产值过12亿。\n", date=""))
    assert _one(t, "新材料产业产值")["year"] == 2024


def test_a_plan_period_before_an_average_rate() -> None:
    """“十五五”重大项目…，支撑固定资产投资年均增长7%: to 2030, not the document's year."""
    t = figures(extracted("今年，“十五五”重大项目计划投资年均增长9%左右，支撑固定资产投资年均增长7%以上。", date="2025-04-01"))
    assert _one(t, "固定资产投资年均增长率")["year"] == 2030


def test_the_evaluation_reads_a_traditional_gold_in_simplified() -> None:
    """A traditional page's gold (縣級重點項目, 鹽池縣, 億元) matches the graph's simplified names and units."""
    tm = type_map()
    assert _core("縣級重點項目") == _core("县级重点项目")
    assert _scope_keys("鹽池縣", tm) & _scope_keys("盐池县", tm)
    assert same_amount(12.5, "億元", 12.5, "亿元", tm) and same_amount(3, "個", 3, "个", tm)


def test_the_parts_of_a_work_plan_are_no_figure() -> None:
    """做好5个方面工作 (no 等 before it): how many parts the plan has, no target; the figure after stays."""
    t = figures(extracted("2025年，我们将扎实做好5个方面工作，力争新增规上企业12家。", date="2025-01-05"))
    assert [v["value"] for v in t.values()] == [12]


def test_a_multi_year_plans_yearless_targets_are_its_end_years() -> None:
    """A notice of a 三年行动计划(2024—2026年): 力争培育5家百亿企业 is 2026's, not the document's year's."""
    t = figures(extracted("通过三年努力，力争培育5家百亿企业。", date="2024-03-01",
                          title="关于印发某某区制造业三年行动计划(2024—2026年)的通知"))
    assert _one(t, "百亿企业")["year"] == 2026
