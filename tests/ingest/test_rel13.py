"""PROJECT_OF and LOCATED_IN across the learning halves of batches 5-11 (rel13), each on a composed text, with the
shapes each must leave alone."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.test_other_cities import _edges, _news


def _projects(g) -> set[str]:
    return {n.name for n in g.nodes if n.label == Label.PROJECT}


def _firms(g) -> set[str]:
    return {n.name for n in g.nodes if n.label == Label.ENTERPRISE}


def test_a_bylines_closing_bracket_opens_no_name() -> None:
    g = _news("本报讯（记者 李明）华丰精密机械有限公司新能源装备产业园项目主体工程完工。")
    assert "华丰精密机械有限公司新能源装备产业园项目" in _projects(g)
    assert not any("）" in n or "李明" in n for n in _projects(g) | _firms(g))
    owners = _edges(g, RelType.CARRIED_OUT_BY)
    assert owners and all(not a.startswith("李明") and "）" not in b for a, b in owners)
    # a bracket the name opens and closes is its own (a firm's seat in brackets)
    g = _news("今年，台玻（福建）光伏玻璃有限公司技改项目建成投产。")
    assert any("台玻（福建）光伏玻璃" in p for p in _projects(g))


def test_a_zones_bracketed_part_is_no_part_of_the_firms_project() -> None:
    g = _news("近日，秋季项目集中开工仪式在正定高新区（南区）河北华顺科技发展有限公司智能标签制作项目施工现场举行。")
    assert "河北华顺科技发展有限公司智能标签制作项目" in _projects(g)
    assert not any(n.startswith("（") for n in _projects(g) | _firms(g))


def test_where_guests_come_from_is_no_part_of_a_name() -> None:
    g = _news("来自吉林华港清洁能源有限公司液化天然气项目的来宾参加了开工仪式。")
    assert not any(n.startswith("来自") for n in _projects(g) | _firms(g))
    assert any(b.startswith("吉林华港清洁能源") for _, b in _edges(g, RelType.CARRIED_OUT_BY))


def test_a_firms_department_is_no_project() -> None:
    g = _news("“设备下月入厂调试。”辽源华图隔膜科技股份有限公司工程部经理陈某介绍。")
    assert not _projects(g)
    assert not _edges(g, RelType.CARRIED_OUT_BY)
    # a works' name followed by its head's words stays a project
    g = _news("辽源华图隔膜科技股份有限公司三期扩建工程部分厂房已封顶。")
    assert _projects(g)
