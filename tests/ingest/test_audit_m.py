"""Mechanisms from audit M of raw real texts (tests/audit/docs/117-126, judged_m.yaml): where park, project, company
and indicator names start, a province before a park, and a batch's total, on sentences composed for the test (not
copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, news, pairs


def test_a_province_before_a_prefectures_park_is_no_part_of_its_name() -> None:
    """湖南邵阳市工业园区 beside 邵阳市工业园区: one park, named without the province."""
    g = news("记者从邵阳市工业园区管委会获悉，湖南邵阳市工业园区今年新引进企业12家，园区基础设施不断完善。")
    parks = named(g, Label.PARK)
    assert "邵阳市工业园区" in parks
    assert not {p for p in parks if p.startswith("湖南")}


def test_a_person_attending_a_ceremony_opens_no_project_name() -> None:
    """县长某某出席|东坡区第五中学新校区建设项目开工仪式: the project's name starts after 出席."""
    g = news("1月8日，县委副书记、县长王某某出席东坡区第五中学新校区建设项目开工仪式并宣布开工。")
    projects = named(g, Label.PROJECT)
    assert "东坡区第五中学新校区建设项目" in projects
    assert not {p for p in projects if "出席" in p}


def test_the_preposition_of_a_topic_opens_no_project_name() -> None:
    """我们就|华通新能源电池项目进行磋商: 就 (about) is no part of the name."""
    g = news("客商称，我们就华通新能源电池项目进行了磋商，择日将签约。")
    projects = named(g, Label.PROJECT)
    assert "华通新能源电池项目" in projects
    assert not {p for p in projects if p.startswith("就")}


def test_a_demonstrative_place_opens_no_park_name() -> None:
    """负责人到该区|青山生态科技产业园现场办公: the park's name starts after 该区."""
    g = news("5月底，副区长带领相关职能部门负责人到该区青山生态科技产业园现场办公。")
    parks = named(g, Label.PARK)
    assert "青山生态科技产业园" in parks
    assert not {p for p in parks if "该区" in p or "负责人" in p}


def test_a_standard_to_improve_parks_by_names_no_park() -> None:
    """按省级园区建设标准完善园区基础设施: a preposition, a level and the bare word; 完善|园区 after a verb."""
    g = news("该蔬菜基地将按省级园区建设标准完善园区基础设施。")
    assert not named(g, Label.PARK)


def test_a_scoped_kind_of_park_is_no_park() -> None:
    """建设成为…的国内山地循环经济产业园区: the kind of park a zone becomes, no park's name."""
    g = news("其总体发展目标是，建设成为以有色金属深加工为主的国内山地循环经济产业园区。")
    assert not {p for p in named(g, Label.PARK) if p.startswith("国内")}


def test_a_groups_construction_bureau_is_a_company() -> None:
    """区政府与中建科工集团第三工程局签订…项目协议: the bureau is the signing company, no project ends in its 工程."""
    g = news("7月20日，东坡区政府与中建科工集团第三工程局签订苏祠文旅小镇项目协议，项目计划总投资30亿元。")
    assert "中建科工集团第三工程局" in named(g, Label.ENTERPRISE)
    assert not {p for p in named(g, Label.PROJECT) if p.endswith("第三工程")}
    assert ("苏祠文旅小镇项目", "中建科工集团第三工程局") in pairs(g, RelType.CARRIED_OUT_BY)


def test_a_total_after_a_count_of_projects_is_the_batchs() -> None:
    """活动在A项目现场举行，现场推进重大项目120个，总投资额达300亿元: the 300亿元 is the 120 projects'."""
    g = news("8月20日，东坡区重大项目推进活动在苏祠物流产业园项目现场举行，现场推进重大项目120个，总投资额达300亿元。")
    invested = {n.name: n.props.get("total_investment") for n in g.nodes if n.label == Label.PROJECT}
    assert "苏祠物流产业园项目" in invested
    assert invested["苏祠物流产业园项目"] is None


def test_what_an_event_drives_is_the_indicator() -> None:
    """本届旅游节预计将带动|全年旅游业收入增长25%: the indicator is what is driven, not the event and its verbs."""
    g = extracted("本届旅游节预计将带动全年旅游业收入增长25%。", date="2023-08-21")
    names = set(figures(g, RelType.SETS_TARGET))
    assert names and not {n for n in names if "带动" in n or "旅游节" in n}


def test_a_firms_site_works_are_no_project() -> None:
    """华兴公司、金泰公司场平整工程已基本完成: a stage of the firms' site works, no project and no owner."""
    g = news("同时，首批入园企业全面开展场地平整作业，其中华兴公司、金泰公司场平整工程已基本完成，正在进行主体工程施工。")
    assert not {p for p in named(g, Label.PROJECT) if "场平整" in p}
    assert not pairs(g, RelType.CARRIED_OUT_BY)


def test_an_adverb_before_the_comparator_is_no_part_of_the_indicator() -> None:
    """仅活动期间接待游客就|超过10万人次: the indicator ends before 就."""
    g = extracted("今年的樱花节，仅活动期间接待游客就超过10万人次。", date="2023-08-21")
    names = set(figures(g, RelType.REPORTS))
    assert names and not {n for n in names if n.endswith("就")}
