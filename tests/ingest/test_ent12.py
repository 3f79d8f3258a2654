"""Enterprise and project names on new texts (ent12), read from the learning halves of six batches and kept only where
the wording stood in three or more: on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, named, pairs


def test_a_list_closed_by_its_count_alone_names_its_projects() -> None:
    """A、B、C3个重点项目 (no 等): as many items as the count, each a project, whatever its name ends with."""
    g = extracted("今年以来，河口镇负责实施青松国际商贸城、白桦路拆迁安置区、南山颐养中心3个重点项目，目前全部开工。"
                  "开工仪式前，某县举行了集中签约仪式，苏州云帆电子、宁波海川电器、合肥星桥光通信共3个重点企业项目进行了现场签约。")
    projects = named(g, Label.PROJECT)
    assert {"青松国际商贸城", "白桦路拆迁安置区", "南山颐养中心"} <= projects
    assert {"苏州云帆电子", "宁波海川电器", "合肥星桥光通信"} <= projects


def test_a_count_that_is_not_the_number_of_items_names_no_project() -> None:
    """A、B3个重点项目 (two items, three counted): a sample of a batch, not its list; a field's count is no list of projects."""
    g = extracted("今年以来，河口镇负责实施青松国际商贸城、白桦路拆迁安置区3个重点项目，目前全部开工。"
                  "该县将在政策、制度、流程三个方面落实项目推进责任。")
    projects = named(g, Label.PROJECT)
    assert "青松国际商贸城" not in projects and "白桦路拆迁安置区" not in projects
    assert not [p for p in projects if "政策" in p or "流程" in p]


def test_a_list_of_one_projects_phases_is_no_list_of_projects() -> None:
    """其中A一、二期两个项目: one project's phases, no project named A一."""
    g = extracted("其中青石锂电材料一、二期两个项目已完成投资18亿元。")
    assert not [p for p in named(g, Label.PROJECT) if p.endswith("一")]


def test_a_firm_opening_the_first_item_is_no_subject_of_the_others() -> None:
    """X集团A中心、B、C3个项目同步落户: the firm owns the project its name opens, not the other items."""
    g = extracted("活动现场，远山集团华东检测中心、气象服务总部基地、城市展厅3个功能性机构项目同步落户。")
    owned = pairs(g, RelType.CARRIED_OUT_BY)
    assert ("远山集团华东检测中心", "远山集团") in owned
    assert not [p for p, f in owned if p in ("气象服务总部基地", "城市展厅")]


def test_a_brand_and_a_sector_word_open_a_projects_name_as_its_firm() -> None:
    """金岭矿业|铜矿采选项目, 恒达冶金|产业升级技改项目: a brand and a word naming a firm's sector (no company ending of
    names.yaml) open the project's name: that firm owns it."""
    g = extracted("今年，金岭矿业铜矿采选项目、恒达冶金产业升级技改项目相继开工。")
    owned = pairs(g, RelType.CARRIED_OUT_BY)
    assert ("金岭矿业铜矿采选项目", "金岭矿业") in owned
    assert ("恒达冶金产业升级技改项目", "恒达冶金") in owned


def test_a_brand_after_its_city_is_still_a_brand() -> None:
    """昆明|瑞丰制药|原料药项目: the city written before the brand is no part of it; the firm owns the project."""
    g = extracted("总投资20亿元的昆明瑞丰制药原料药项目计划今年开工。")
    assert ("昆明瑞丰制药原料药项目", "昆明瑞丰制药") in pairs(g, RelType.CARRIED_OUT_BY)


def test_a_product_or_a_place_after_a_trade_word_names_no_firm() -> None:
    """坤华|智能制造产业园 (智能 opens the product), 中原电气|城 (a place's name): no firm."""
    g = extracted("今年，坤华智能制造产业园项目、中原电气城二期项目相继开工。")
    assert not named(g, Label.ENTERPRISE)


def test_a_verb_of_starting_or_landing_before_a_list_names_its_projects() -> None:
    """开工|A、B、C等一批…项目, 跟进落地|A、B等在谈项目: the items are projects; 招引|A、B等项目 (kinds to attract) names none."""
    g = extracted("今年将开工青河科学院大学、白鹭医院东城分院、北站综合枢纽站房工程等一批重大民生和交通基础设施项目。"
                  "跟进落地云翼先翔无人机、天蓝空天科技等在谈项目。"
                  "脐橙产业链方面，招引种苗培育、农资农具、水果综合利用等项目。")
    projects = named(g, Label.PROJECT)
    assert {"青河科学院大学", "白鹭医院东城分院", "云翼先翔无人机", "天蓝空天科技"} <= projects
    assert not {"种苗培育", "农资农具"} & projects
