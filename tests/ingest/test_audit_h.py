"""Project, firm and park name mechanisms from audit H of raw real texts (tests/audit/docs/67-76, judged_h.yaml), on
sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_a_verb_of_having_or_bringing_in_opens_no_list_item() -> None:
    """该区就有A、B等3个项目签约; 引入了A、B、C等8个项目: the first item is named without the verb."""
    g = news("今年以来，宏达经开区招商成效明显。上月，该区就有华润（宏达）物流基地、金禾食品加工项目等3个项目签约。"
             "3月，以星海芯片生态为核心，引入了星海云计算、蓝湾数科、北辰芯片等8个上下游项目集中落地。")
    projects = named(g, Label.PROJECT)
    assert {"华润（宏达）物流基地", "星海云计算"} <= projects
    assert not {p for p in projects if p.startswith(("就有", "引入", "了"))}


def test_a_verb_of_having_after_other_words_opens_the_name_and_the_firm() -> None:
    """当天开工的…项目还有A公司…项目: the project and its firm start after 还有; a sector's projects is a kind."""
    g = news("当天开工的先进制造业项目还有鼎泰公司精密铸件制造项目，总投资8亿元。")
    assert "鼎泰公司精密铸件制造项目" in named(g, Label.PROJECT)
    assert "先进制造业项目" not in named(g, Label.PROJECT)
    assert ("鼎泰公司精密铸件制造项目", "鼎泰") in pairs(g, RelType.CARRIED_OUT_BY)
    assert not {f for f in named(g, Label.ENTERPRISE) if "有" in f or "项目" in f}


def test_a_firm_in_talks_about_a_project_is_no_part_of_its_name() -> None:
    """与A集团就B项目进行了深入交流: the project is B, the firm A, nothing glued (also not as a park)."""
    g = news("在招商活动期间，新区领导与北方粮油集团就粮储（海港）物流基地项目进行了深入交流；"
             "与远东新材料有限公司就2000吨/年特种助剂项目进行了洽谈。")
    projects = named(g, Label.PROJECT)
    assert {"粮储（海港）物流基地项目", "2000吨/年特种助剂项目"} <= projects
    assert {"北方粮油集团", "远东新材料"} <= named(g, Label.ENTERPRISE)
    assert not {n for n in projects | named(g, Label.PARK) if "就" in n}


def test_cooperation_with_a_class_of_firms_and_a_sectors_projects_are_kinds() -> None:
    """推进与民营企业合作项目, 现代服务业项目: kinds of projects, no names."""
    g = news("全县积极推进与民营企业合作项目，现代服务业项目进展顺利。")
    assert named(g, Label.PROJECT) == set()


def test_a_place_followed_by_a_modal_or_an_effort_verb_opens_a_clause() -> None:
    """宏达经开区将继续加强项目招引; 宏达经开区点燃项目“强引擎”: the zone is a clause's subject, no project."""
    g = news("宏达经开区点燃项目“强引擎”。接下来，宏达经开区将继续加强项目招引，推进重点项目建设。")
    assert named(g, Label.PROJECT) == set()


def test_an_industry_the_lexicon_knows_is_no_brand_at_a_projects_head() -> None:
    """引进精细化工“年产2万吨…”生产项目: 精细化工 is an industry, no firm owns the project by it."""
    g = news("2023年5月，宏达经开区引进精细化工“年产2万吨乙酰胺”生产项目，投资8亿元。")
    assert "精细化工" not in named(g, Label.ENTERPRISE)
    assert not pairs(g, RelType.CARRIED_OUT_BY)


def test_a_place_opening_a_list_is_no_subject_and_a_listed_park_no_park() -> None:
    """A产业园、B厂房…、C区建设D项目: the park is the list's first item, not where D is; a park-shaped item of a list of
    projects is that project only."""
    g = news("1-9月份已开工项目30个，主要有宏达区城南工业园标准化厂房建设项目、海川冷链物流（东湖）产业园、"
             "北岭片区安置房建设工程等。安溪华宇新材料产业园、东湖区建设聚酯薄膜生产线项目、国省干线公路。")
    located = pairs(g, RelType.LOCATED_IN)
    assert not {p for p in located if p[1] == "安溪华宇新材料产业园"}
    assert "海川冷链物流（东湖）产业园" in named(g, Label.PROJECT)
    assert "海川冷链物流（东湖）产业园" not in named(g, Label.PARK)


def test_a_park_invested_with_a_vague_sum_is_a_project() -> None:
    """投资10亿多元的X产业园区基本建成: a park built for a stated investment is a project (10余亿元 too)."""
    g = news("其中，投资10亿多元的星海信创产业园区基本建成，投资20余亿元的蓝湾智造产业园开工建设。")
    assert {"星海信创产业园区", "蓝湾智造产业园"} <= named(g, Label.PROJECT)
    assert not {"星海信创产业园区", "蓝湾智造产业园"} & named(g, Label.PARK)


def test_a_county_before_a_park_named_by_it_again_is_the_parks_place() -> None:
    """濉溪县|濉溪…产业园内的A项目: the park is named without the county's full name, and A is in both."""
    g = news("濉溪县濉溪新兴现代产业园内的华康医疗用品生产项目2018年1月开工建设。")
    assert "濉溪新兴现代产业园" in named(g, Label.PARK)
    assert ("濉溪新兴现代产业园", "濉溪县") in pairs(g, RelType.LOCATED_IN)
    assert {("华康医疗用品生产项目", "濉溪县"), ("华康医疗用品生产项目", "濉溪新兴现代产业园")} <= pairs(g, RelType.LOCATED_IN)
