"""Mechanisms from audit J of raw real texts (tests/audit/docs/87-96, judged_j.yaml): short owners, lists of kinds of
projects, fields a batch covers, clauses over 项目 and park and company name starts, on sentences composed for the test
(not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_a_project_opening_with_a_zones_name_is_not_the_namesake_firms() -> None:
    """临港|物流枢纽项目 in a text on 临港经济区 beside 江苏临港集团有限公司: no owner."""
    g = news("临港经济区今年加快建设。临港物流枢纽项目正在施工。江苏临港集团有限公司董事长介绍了园区招商情况。")
    assert "江苏临港集团" in named(g, Label.ENTERPRISE) or "临港集团" in named(g, Label.ENTERPRISE)
    assert pairs(g, RelType.CARRIED_OUT_BY) == set()


def test_a_groups_short_name_is_not_its_subsidiarys() -> None:
    """华润|医疗产业园项目 beside 华润集团融资租赁有限公司: 华润 names the group, not the subsidiary."""
    g = news("华润医疗产业园项目即将竣工。华润集团融资租赁有限公司等8家企业集中签约。")
    assert not {o for _, o in pairs(g, RelType.CARRIED_OUT_BY) if "融资租赁" in o}


def test_a_list_of_fields_counted_as_projects_names_no_project() -> None:
    """新兴产业、技术改造升级、现代服务业等项目40个: kinds of projects a count follows."""
    g = news("本次集中开工的项目中，新兴产业、传统产业升级、现代服务业等项目40个，占开工项目的六成。")
    assert not named(g, Label.PROJECT) & {"新兴产业", "传统产业升级", "现代服务业"}


def test_fields_a_batch_of_projects_covers_are_developed_by_no_place() -> None:
    """6个项目签约落户X区，…，涵盖A、B等5个产业链: the batch's fields, no DEVELOPS."""
    g = news("3月5日，6个项目签约落户江城区，总投资40亿元，涵盖新能源、生物医药等5个产业链。")
    assert pairs(g, RelType.DEVELOPS) == set()


def test_a_clause_over_projects_being_built_names_no_project() -> None:
    """此次活动将掀起|项目建设新高潮, 牢牢抓住|秋冬项目建设黄金期, 集中启动|项目情况: clauses, no project."""
    g = news("此次活动将再次掀起项目建设新高潮。全县牢牢抓住秋冬项目建设黄金期。会上汇报了我县集中启动项目情况。")
    assert named(g, Label.PROJECT) == set()


def test_an_industry_kind_of_project_holding_a_verb_is_no_industry() -> None:
    """本次开工|工业项目5个: a clause's verb before the kind, no industry named 本次开工工业."""
    g = news("全区本次开工工业项目5个，总投资20亿元。")
    assert not {c for c in named(g, Label.CLUSTER) if "开工" in c}


def test_a_building_verb_opens_no_park_name() -> None:
    """将新建|现代农业产业园: the park's name starts after the verb."""
    g = news("该项目将新建现代农业产业园，主要从事农产品深加工。")
    assert not {p for p in named(g, Label.PARK) if p.startswith("新建")}


def test_a_firms_representative_is_no_part_of_its_name() -> None:
    """企业代表|江苏恒远精密机械有限公司总经理: the firm without 代表."""
    g = news("企业代表江苏恒远精密机械有限公司总经理在分会场收看了活动实况。")
    assert not {e for e in named(g, Label.ENTERPRISE) if e.startswith("代表")}
    assert {e for e in named(g, Label.ENTERPRISE) if "恒远精密机械" in e}


def test_a_model_of_a_kind_of_park_is_no_park() -> None:
    """建设X产业转移合作园区|样板和标杆: a kind of park the zone means to be a model of."""
    g = news("近年来，高新区聚焦建设广州清远产业转移合作园区样板和标杆的发展定位，园区面貌焕然一新。")
    assert not {p for p in named(g, Label.PARK) if "合作园区" in p}
