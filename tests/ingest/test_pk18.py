"""Park names and PARK_IN, eighteenth session (pk18): composed sentences through the whole extraction."""

from __future__ import annotations

from graph.model import DocumentGraph, Label, RelType
from tests.ingest.graphs import named, news, pairs


def _park(g: DocumentGraph, name: str):
    return next(n for n in g.nodes if n.label == Label.PARK and n.name == name)


def test_a_park_named_after_its_county_is_also_known_by_its_own_name() -> None:
    """望奎县|东岗新材料工业园区: the node keeps the name as written and is also 东岗新材料工业园区; it lies in 望奎县."""
    g = news("望奎县工业发展\n3月5日，望奎县东岗新材料工业园区内，多家企业正在加紧生产。")
    park = _park(g, "望奎县东岗新材料工业园区")
    assert "东岗新材料工业园区" in park.aliases
    assert ("望奎县东岗新材料工业园区", "望奎县") in pairs(g, RelType.LOCATED_IN)


def test_a_countys_bare_zone_keeps_no_bare_word_as_its_name() -> None:
    """望奎县经济开发区, 望奎县省级工业园区: what is left after the county is a zone word or a level, no name of its own."""
    g = news("望奎县工业发展\n望奎县经济开发区和望奎县省级工业园区共有企业60家。")
    for p in named(g, Label.PARK):
        rest = p.removeprefix("望奎县")
        assert not any(a == rest for a in _park(g, p).aliases), p


def test_no_county_leaves_a_bare_word_or_a_level_as_a_parks_own_name() -> None:
    """What is left after the county must name a park of its own: not a zone word, not a level."""
    from ingest.extract.names import park_own_name
    assert park_own_name("望奎县东岗新材料工业园区") == "东岗新材料工业园区"
    assert park_own_name("望奎县经济开发区") is None
    assert park_own_name("望奎县省级工业园区") is None


def test_a_park_listed_among_projects_is_a_project() -> None:
    """A park-shaped item joined by 和 to a list 等…项目 closes, or before a last item that is a project, is built as one
    project; a list of places before 重大项目 (A片区、B科技城重大项目) names the places' projects, no project of its own."""
    g = news("望奎县项目建设\n全县加快东岗通航装备制造产业园和北新节能环保新型建材等新项目建设。"
             "县长实地调研了望奎数据湖产业园、某某客车新能源汽车升级改造项目。")
    projects = named(g, Label.PROJECT)
    assert {"东岗通航装备制造产业园", "望奎数据湖产业园"} <= projects
    assert not {"东岗通航装备制造产业园", "望奎数据湖产业园"} & named(g, Label.PARK)
    g = news("望奎县新闻\n2月25日，望奎县举行东岗科技城、西岗产业新城重大项目集中开工活动。")
    assert "东岗科技城" not in named(g, Label.PROJECT)


def test_a_clause_word_before_a_park_is_no_part_of_its_name() -> None:
    """就|电子信息产业园, 仅|新山园区, 本次|…经济技术开发区: the name starts after the clause's word."""
    g = news("望奎县园区建设\n本次望奎经济开发区共签约项目5个。2024年，仅东岗园区就完成工业总产值72亿元。"
             "双方就东岗电子信息产业园建设达成共识。")
    parks = named(g, Label.PARK)
    assert not any(p.startswith(("本次", "仅", "就")) or "就东岗" in p for p in parks), parks
    assert "东岗电子信息产业园" in parks


def test_a_zones_parts_planned_after_it_are_in_it() -> None:
    """望奎经济开发区西部规划为A、B、C: each area lies in the zone its clause names before the word of dividing."""
    g = news("望奎县工业发展\n望奎经济开发区西部规划为装备配套产业区、新能源环保产业区、精细化工产业区。")
    got = pairs(g, RelType.LOCATED_IN)
    for p in ("装备配套产业区", "新能源环保产业区", "精细化工产业区"):
        assert (p, "望奎经济开发区") in got, got
