"""LOCATED_IN precision across the learning halves of batches 5-11 (loc13): the false edges' classes that stand in three
batches or more, each on a composed text, with the shapes each must leave alone."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.test_other_cities import _edges, _news


def _projects(g) -> set[str]:
    return {n.name for n in g.nodes if n.label == Label.PROJECT}


def test_a_copula_closes_the_clause_before_a_projects_name() -> None:
    g = _news("桐柏县今年签约项目12个，其中一大亮点是华通精密机械有限公司高端轴承生产线项目。")
    assert not any("是" in p for p in _projects(g))
    assert "华通精密机械有限公司高端轴承生产线项目" in _projects(g)
    assert ("华通精密机械有限公司高端轴承生产线项目", "桐柏县") in _edges(g, RelType.LOCATED_IN)


def test_a_copula_or_particle_before_a_lists_first_item_is_no_part_of_it() -> None:
    g = _news("桐柏县今年新开工项目32个，尤其是鑫源轴承、恒达新材料等一批重点项目落地开工。")
    assert {"鑫源轴承", "恒达新材料"} <= _projects(g)
    assert not any("是" in p for p in _projects(g))
    g = _news("桐柏县产业园区新集聚了鑫源轴承、恒达新材料等一批配套项目开工建设。")
    assert not any("了" in p for p in _projects(g))
    assert "鑫源轴承" in _projects(g)


def test_a_lead_word_before_a_lists_first_item_is_no_part_of_it() -> None:
    g = _news("桐柏县今年新开工项目32个，目前鑫源轴承、恒达新材料等一批重点项目落地开工。")
    assert {"鑫源轴承", "恒达新材料"} <= _projects(g)
    assert not any(p.startswith("目前") for p in _projects(g))
    # a list's first item that opens with a word a lead word also opens stays whole
    g = _news("桐柏县今年新开工项目32个，和平精工、恒达新材料等一批重点项目落地开工。")
    assert "和平精工" in _projects(g)


def test_the_bare_word_after_a_slogans_verb_is_no_projects_name() -> None:
    g = _news("桐柏县坚持一切扭住项目干，牢固树立项目为王理念，副县长李明主持项目集中开工仪式。")
    assert not _projects(g)
    assert not _edges(g, RelType.LOCATED_IN)
    # a named project after such a verb's clause stays (the verb opens the clause, the name follows)
    g = _news("桐柏县一切聚焦项目干，华通精密机械有限公司高端轴承生产线项目正式开工。")
    assert "华通精密机械有限公司高端轴承生产线项目" in _projects(g)
