"""Mechanisms from audit V of raw real texts (tests/audit/docs/213-224, judged_v.yaml): a late work report's estimates
of its closing year (预计（下同）), a digest's review heading after a colon, a jurisdiction's word before an industry
opening a sentence (全县|电子信息产业实现…), an event's venue before a project's name (主会场|…项目), a quality opening
an item of a list of industries (具有独特性、差异化的…), a headline listing places, a quoted park-shaped aim (打造“…园区”)
and a space between a Chinese character and a Latin letter inside a name, on sentences composed for the test (not
copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, news, pairs


def test_a_late_reports_estimate_the_same_below_is_no_target() -> None:
    """一、2024年工作回顾 … 预计（下同），实现地区生产总值210亿元: in a report of late December, the closing year's
    estimated outcome, reported values; the same figures in a plan for the next year stay targets."""
    review = extracted("一、2024年工作回顾\n2024年，我们坚持稳中求进，较好完成了各项目标任务。预计（下同），全县实现地区生产总值"
                       "210亿元，增长6.2%；一般公共预算收入9.5亿元，增长3.1%。", kind="report", date="2024-12-26")
    assert not figures(review)
    assert figures(review, RelType.REPORTS)
    estimate = extracted("一、2024年工作回顾\n2024年，我们坚持稳中求进。预计（下同）全年实现生产总值210亿元，同比增长6%。",
                         kind="report", date="2024-12-20")
    assert not figures(estimate)
    plan = extracted("二、2025年工作安排\n2025年经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入10亿元。",
                     kind="report", date="2024-12-26")
    assert figures(plan)


def test_a_digests_review_heading_after_a_colon_sets_the_year() -> None:
    """…解读政府工作报告要点之一：2023年工作回顾: 全年 below is 2023, a year past in a text of 2024: the figures are
    reported, no 2024 targets."""
    g = extracted("2024“两会”解读政府工作报告要点之一：2023年工作回顾\n这一年，我们大抓实体兴产业。\n"
                  "46个重点项目进展顺利，全年完成投资88.2亿元；争取上级资金9.6亿元；签约项目45个，总投资120.5亿元。",
                  kind="news", date="2024-03-01")
    assert not figures(g)
    assert {e.props.get("year") for e in g.edges if e.type == RelType.REPORTS} == {2023}


def test_a_jurisdictions_word_before_an_industry_is_no_part_of_its_name() -> None:
    """全县|电子信息产业实现营业收入…: the industry is 电子信息, the county's."""
    g = news("平原县工业强县战略成效明显。全县电子信息产业实现营业收入12.6亿元，同比增长15.2%。")
    industries = named(g, Label.CLUSTER)
    assert "电子信息" in industries
    assert not {c for c in industries if c.startswith("全县")}
    assert ("平原县", "电子信息") in pairs(g, RelType.DEVELOPS)


def test_an_events_venue_before_a_project_is_no_part_of_its_name() -> None:
    """其中，主会场|远航三期项目总投资5.2亿元: the project is 远航三期项目, with the investment."""
    g = news("东林县三季度集中开工项目31个。其中，主会场远航三期项目总投资5.2亿元，新建5条生产线。")
    projects = named(g, Label.PROJECT)
    assert "远航三期项目" in projects
    assert not {p for p in projects if "会场" in p}
    node = next(n for n in g.nodes if n.name == "远航三期项目")
    assert node.props.get("total_investment") == "5.2亿元"


def test_a_quality_opening_a_list_item_is_no_industry() -> None:
    """打造具有竞争力、差异化的新能源产业体系: 具有竞争力 qualifies the system; 新能源 is the industry."""
    g = news("平原县将以自身特色，打造具有竞争力、差异化的新能源产业体系。")
    industries = named(g, Label.CLUSTER)
    assert "新能源" in industries
    assert not {c for c in industries if c.startswith("具有")}
    assert ("平原县", "新能源") in pairs(g, RelType.DEVELOPS)


def test_a_headline_listing_places_names_none_as_the_reports() -> None:
    """平原、夏津、武城电池基地连点成线: four places in a list; the project started in 夏津县 is not placed in 平原."""
    g = extracted("平原、夏津、武城电池基地连点成线\n\n2月1日上午，全市一季度重大项目集中开工活动在夏津县举行。"
                  "夏津县本次集中开工重大项目20个。其中，投资30亿元的远航新能源材料一体化项目，建成后将年产正极材料10万吨。",
                  kind="news", date="2024-02-02", title="平原、夏津、武城电池基地连点成线")
    located = pairs(g, RelType.LOCATED_IN)
    assert "远航新能源材料一体化项目" in named(g, Label.PROJECT)
    assert not {(p, c) for p, c in located if c in ("平原县", "平原")}


def test_a_quoted_aim_of_park_shape_is_no_park() -> None:
    """东林开发区 打造“绿色智造园区”; 遵循“集约型都市工业园区”发展方向: slogans, no parks; a park named in quotes
    without such words stays one."""
    g = news("平原经济开发区 打造“绿色智造园区”\n今年，平原经济开发区将遵循“集约型都市工业园区”发展方向，打造优质服务品牌。")
    parks = named(g, Label.PARK)
    assert "绿色智造园区" not in parks
    assert "集约型都市工业园区" not in parks
    kept = news("项目落户“平原县化工产业园”，总投资3亿元。")
    assert any("化工产业园" in p for p in named(kept, Label.PARK))


def test_a_space_before_a_latin_word_inside_a_name_is_dropped() -> None:
    """投资30亿元的远航能源储能 PACK包及储能电站项目: one name across the space, with its investment."""
    g = news("此次开工的投资30亿元的远航能源储能 PACK包及储能电站项目，延伸了产业链的下游应用。")
    assert "远航能源储能PACK包及储能电站项目" in named(g, Label.PROJECT)
    assert "PACK包及储能电站项目" not in named(g, Label.PROJECT)
