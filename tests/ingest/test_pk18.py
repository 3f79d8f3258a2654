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
