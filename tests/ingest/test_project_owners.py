"""Projects and their owners written against the late half of the other-cities development set (64–103):
lists of priced items, a company's production line, joint owners and an owner before its project's
investment (ingest/extract/project_lists.py, names.py, prose.py), on sentences composed for the test (not
copied from any set's texts)."""

from __future__ import annotations

from graph.model import DocumentGraph, Label, RelType
from tests.ingest.test_prose_relations import _by_rule, _news


def _projects(g: DocumentGraph) -> dict[str, dict]:
    return {n.name: n.props for n in g.nodes if n.label == Label.PROJECT}


def _owners(g: DocumentGraph) -> set[tuple[str, str]]:
    names = {n.id: n.name for n in g.nodes}
    return {(names[e.source], names[e.target]) for e in g.edges if e.type == RelType.CARRIED_OUT_BY}


def test_each_item_of_a_run_of_priced_items_is_a_project_with_its_investment() -> None:
    g = _news("今年，冠县成功引进投资12亿元的宏达新材料有限公司碳纤维复合材料、投资3.5亿元的华光冷链物流中心、"
              "投资8000万元的东山果蔬深加工二期等项目。")
    projects = _projects(g)
    assert {"宏达新材料有限公司碳纤维复合材料", "华光冷链物流中心", "东山果蔬深加工二期"} <= set(projects)
    assert projects["华光冷链物流中心"].get("total_investment") == "3.5亿元"
    assert ("宏达新材料有限公司碳纤维复合材料", "宏达新材料") in _owners(g)
    assert not any(name.startswith("投资") for name in projects)  # the figure is no part of a name


def test_one_priced_item_alone_is_no_list() -> None:
    g = _news("冠县引进投资12亿元的宏达新材料碳纤维复合材料，今年开工。")
    assert "宏达新材料碳纤维复合材料" not in _projects(g)


def test_a_phase_after_a_listed_project_stays_in_its_name() -> None:
    g = _news("主要有投资10亿元的宏达铝业有限公司铝型材项目二期、投资2亿元的华光纸业有限公司包装纸项目等项目。")
    projects = _projects(g)
    assert "宏达铝业有限公司铝型材项目二期" in projects
    assert "宏达铝业有限公司铝型材项目" not in projects
