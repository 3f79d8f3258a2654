"""Where things are on new text, nineteenth session (loc19): a county's short form in a text that names its prefecture only
by the prefecture's short form (沧州…河间经济开发区, 宁波…象山临港装备工业园, 昆明…嵩明); the county is read where the text
writes it twice or more, never from one passing mention, and never from an everyday word (协同合作, 路南石林). Composed
sentences in the shapes of the learning halves (batches 8, 9, 10, 14, 15, 16, 17), through the real pipeline."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.test_other_cities import _edges, _news


def _counties(g) -> set[str]:
    return {n.name for n in g.nodes if n.label == Label.COUNTY}


def test_a_prefectures_short_form_wakes_its_countys_short_form_written_twice() -> None:
    g = _news("日前，工业和信息化部公布了第五批绿色制造名单，河间经济开发区入选绿色工业园区。"
              "这是继临港开发区之后，沧州第二家获此殊荣的园区。\n"
              "近年来，河间坚持绿色发展理念，持续推进园区循环化改造。")
    assert "河间市" in _counties(g)
    assert ("河间经济开发区", "河间市") in _edges(g, RelType.LOCATED_IN)


def test_the_city_short_form_picks_among_counties_sharing_a_short_form() -> None:
    # 象山: 宁波's 象山县 and 桂林's 象山区; 宁波 decides
    g = _news("根据规划，至2025年，象山临港装备工业园将实现产值200亿元，成为宁波南部重要的装备制造基地。"
              "象山将加快园区基础设施建设。")
    assert "象山县" in _counties(g) and "象山区" not in _counties(g)


def test_a_county_short_form_named_once_beside_its_city_is_not_read() -> None:
    # a city's short form and a word once (以平原森林…) are no report on the county 平原县
    g = _news("德州文旅项目推介会举行。该项目以平原森林、湿地温泉等生态资源为依托，总投资50亿元。")
    assert "平原县" not in _counties(g)


def test_everyday_words_that_are_county_short_forms_are_no_place() -> None:
    g = _news("甘南州加快产业上下游相互联动、跨领域协同合作，合作共赢。"
              "昆明路南石林形成时间早，石林景区游客众多。")
    assert "合作市" not in _counties(g) and "石林彝族自治县" not in _counties(g)
