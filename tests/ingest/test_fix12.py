"""Fixes of session 12 (fix12), on sentences composed for the test: a county's full name closing a text (a title or a
line ending in 郫都区) is read as a place, and a bare 开发区 in a county's own report means that county's zone."""

from __future__ import annotations

from ingest.gazetteer import default_gazetteer
from tests.ingest.graphs import extracted, figures


def test_a_county_named_at_the_very_end_of_a_text_is_read() -> None:
    """湖北省宜昌市夷陵区 closing a string: the gazetteer reads 夷陵区 as it does with a character after it."""
    gaz = default_gazetteer()
    for text in ("湖北省宜昌市夷陵区", "重庆市渝中区", "山东省聊城市莘县"):
        names = [text[s:e] for s, e, _u in gaz.full_names_in(text)]
        assert names[-1] == text[-len(names[-1]):] and len(names[-1]) in (2, 3), (text, names)
    assert [text for text in ("市场",) if gaz.full_names_in(text)] == []  # a word that merely ends in 场 stays no place


def test_a_report_titled_with_a_county_at_its_end_is_the_countys() -> None:
    """A work report whose title ends in its county's full name: its figures are the county's, not the prefecture's."""
    for title, county in (("2024年政府工作报告——四川省成都市郫都区", "郫都区"), ("政府工作报告 湖北省宜昌市夷陵区", "夷陵区")):
        g = extracted("到2025年，全区地区生产总值达到500亿元。\n", kind="report", date="2024-01-20", title=title)
        assert {v.get("scope") for v in figures(g).values()} == {county}, title


def _zones(title: str, text: str) -> set[str]:
    from graph.model import Label
    from tests.ingest.graphs import named
    g = extracted(text, kind="report", date="2024-01-20", title=title)
    return named(g, Label.PARK) | {n for n in named(g, Label.COUNTY) if not n.endswith(("县", "市", "区"))}


def test_a_bare_zone_word_in_a_countys_own_report_is_the_countys_zone() -> None:
    """武城县's report naming its prefecture: a bare 开发区 is 武城经济开发区, not the prefecture's 德州开发区."""
    zones = _zones("德州市武城县人民政府工作报告",
                   "过去一年，全县经济运行稳中向好，德州市下达的任务全面完成。\n一年来，开发区新引进项目12个。\n")
    assert zones == {"武城经济开发区"}, zones


def test_a_bare_high_tech_zone_is_the_countys_only_where_it_has_one() -> None:
    """高新区 in a county's report is the county's where the text names it (武城高新区), else the city's as before."""
    text = "过去一年，全县经济运行稳中向好，德州市下达的任务全面完成。\n一年来，高新区新引进项目12个。\n"
    assert not [z for z in _zones("德州市武城县人民政府工作报告", text) if z.startswith("武城")]
    zones = _zones("德州市武城县人民政府工作报告", text + "武城高新区获批省级高新区。\n")
    assert [z for z in zones if z.startswith("武城")] and not [z for z in zones if z.startswith("德州")], zones


def test_a_citys_report_keeps_the_citys_zone() -> None:
    """A prefecture's own report naming one of its counties: its bare 开发区 stays no county's."""
    zones = _zones("德州市人民政府工作报告", "过去一年，全市经济运行稳中向好，武城县任务全面完成。\n一年来，开发区新引进项目12个。\n")
    assert not [z for z in zones if z.startswith("武城")], zones
