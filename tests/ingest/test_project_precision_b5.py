"""Project and firm precision, seventh session (proj7): false names and false owners of shapes found in more
than one batch (names.find_projects, find_enterprises, project_lists, projects.text_project, document.rule_mentions,
prose.its_owner), on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType

from ingest.extract.names import find_enterprises, find_projects
from tests.ingest.graphs import named, news, pairs


def test_an_official_presenting_the_projects_names_no_project() -> None:
    assert [n for *_, n in find_projects("开发区管委会主任张某某介绍项目有关情况。")] == []


def test_a_project_ending_and_yiji_close_the_name_before() -> None:
    names = [n for *_, n in find_projects("主要有轴承产业园项目、滨河文化旅游街区建设项目以及生物医药健康产业园项目。")]
    assert "生物医药健康产业园项目" in names and not any("以及" in n for n in names)


def test_a_second_list_closed_by_deng_starts_after_the_first() -> None:
    g = news("今年共签约重点项目30个。其中，港湾新能源装备制造等龙头项目以及恒远精密铸件等延链补链项目正在开展前期工作。")
    projects = named(g, Label.PROJECT)
    assert "恒远精密铸件" in projects
    assert not any("以及" in p or "等" in p for p in projects)


def test_a_verb_of_attracting_or_listing_opens_the_first_item() -> None:
    g = news("上半年，新区吸引星海智能装备总部、蓝湾数字产业基地等一批重大项目落户。")
    assert {"星海智能装备总部", "蓝湾数字产业基地"} <= named(g, Label.PROJECT)
    assert not any(p.startswith("吸引") for p in named(g, Label.PROJECT))


def test_a_masthead_line_names_no_firm() -> None:
    g = news("• 主管：某某广播电视台 主办：某某传媒集团\n宏达新材料有限公司年产5万吨碳纤维项目今日开工。")
    firms = named(g, Label.ENTERPRISE)
    assert "某某传媒集团" not in firms and "宏达新材料" in firms


def test_a_date_or_a_verb_before_gongsi_is_no_firm() -> None:
    assert find_enterprises("2025年公司产值预计突破4亿元。") == []
    assert find_enterprises("这将进一步扩大公司在国内的领先优势。") == []
    assert [n for *_, n in find_enterprises("华建公司和鲁西集团签约。")] == ["华建公司", "鲁西集团"]


def test_an_investment_with_its_verb_and_the_city_speaking_open_no_name() -> None:
    names = [n for *_, n in find_projects("园区将总投资15亿元的远航精工科技有限公司轴承产业园项目列为重点。")]
    assert names == ["远航精工科技有限公司轴承产业园项目"]
    g = news("我市宏达新材料有限公司碳纤维项目今日开工。")
    assert "宏达新材料" in named(g, Label.ENTERPRISE) and not any(f.startswith("我市") for f in named(g, Label.ENTERPRISE))


def test_a_brand_that_opens_a_zone_name_owns_no_project() -> None:
    g = news("慈溪高新区今年签约项目12个。慈溪科技机电商城项目总投资3亿元。")
    assert not any(f.startswith("慈溪科技") for f in named(g, Label.ENTERPRISE))


def test_a_prefecture_opening_a_project_name_is_no_county_of_its_first_characters() -> None:
    g = news("防城港市防城区今年签约项目24个。防城港TRT叶片制造及机电再制造产业化项目总投资10亿元，今日开工。")
    names = {n.id: n.name for n in g.nodes}
    by_name = {names[e.target] for e in g.edges if e.type == RelType.LOCATED_IN
               and any(ev.rule == "text_project" for ev in e.evidence)}
    assert "防城区" not in by_name  # (the report's place may still hold it: rule title_place)


def test_qi_before_a_project_is_the_firm_named_last() -> None:
    g = news("宏达新材料有限公司是园区引进的重点企业，其1.7万吨精细化工中间体项目稳居国内前三。")
    assert ("1.7万吨精细化工中间体项目", "宏达新材料") in pairs(g, RelType.CARRIED_OUT_BY)
    assert not any(p.startswith("其") for p in named(g, Label.PROJECT))


def test_a_list_item_opens_after_the_city_speaking_or_the_disposal_marker() -> None:
    g = news("近日，省重点项目名单下达。我市宏达新材料有限公司碳纤维项目、鲁西化工集团己内酰胺项目等12个项目入选。")
    assert "宏达新材料" in named(g, Label.ENTERPRISE)
    assert not any(n.startswith("我市") for n in named(g, Label.ENTERPRISE) | named(g, Label.PROJECT))
    g = news("园区将总投资15亿元的远航精工科技有限公司轴承科技园、7.5亿元的特种轴承产业园等5个项目列为重点。")
    assert not any(n.startswith("将") for n in named(g, Label.ENTERPRISE) | named(g, Label.PROJECT))


def test_a_space_between_two_latin_words_stays_inside_a_project_name() -> None:
    assert [n for *_, n in find_projects("今年将建设Micro LED晶圆制造和封装测试基地项目。")] == ["Micro LED晶圆制造和封装测试基地项目"]
    assert [n for *_, n in find_projects("采用 LED照明改造项目")] == ["LED照明改造项目"]
