"""Parks, zones and firms by the grammar of their names, and the park-in-zone relations (issue 10, items 1
and 2): where a park's name starts and ends, zones named by their shape, company names cut from the words
around them. Sentences composed for the test, the real pipeline."""

from __future__ import annotations

from graph.model import DocumentGraph, Label, RelType
from ingest.extract.names import find_enterprises, find_parks
from tests.ingest.test_other_cities import _edges, _news


def _names(g: DocumentGraph, label: Label) -> set[str]:
    return {n.name for n in g.nodes if n.label == label}


def _parks(text: str) -> set[str]:
    return {name for _s, _e, name in find_parks(text)}


def test_a_park_name_keeps_the_zone_it_opens_with() -> None:
    text = "平定经济开发区绿色建材产业园位于开发区东部。"
    assert "平定经济开发区绿色建材产业园" in _parks(text) and "绿色建材产业园" not in _parks(text)
    g = _news(text)
    assert ("平定经济开发区绿色建材产业园", "平定经济开发区") in _edges(g, RelType.LOCATED_IN)
    assert "绿色建材产业园" not in _names(g, Label.PARK)


def test_a_bare_park_word_after_an_adverb_or_a_verb_is_no_name() -> None:
    for text in ("目前产业园已累计招引企业近20家。", "临近年终，盘点开发区产业发展图谱。",
                 "园区不断提高园区生态环境的质量。", "将根据园区产业发展现状布局。",
                 "将园区打造成千亿级产业园区。", "这一举措初步实现开发区教育链与产业链融合。"):
        assert _parks(text) == set(), text
    assert _parks("2022年首批项目集中开工暨远景低碳产业园奠基仪式举行。") == {"远景低碳产业园"}


def test_a_company_name_starts_after_a_clause_opening_word() -> None:
    assert {n for _s, _e, n in find_enterprises("随着英利集团的入驻，园区新增产值10亿元。")} == {"英利集团"}
