"""A work report's session line gives the report's place (sess13): under a title that names no place, "——…在X县第N届人民
代表大会第N次会议上" says whose report it is, so 我县's industries and the projects nothing nearer places are that
county's. Sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import extracted, pairs

_BODY = ("县长 某某\n各位代表：\n过去一年，我县大力发展新能源、新材料等产业，"
         "鑫源科技有限公司年产5万吨锂电材料项目建成投产。")


def _report(session: str) -> set[tuple[str, str]]:
    g = extracted(f"政府工作报告\n{session}\n{_BODY}", kind="report", date="2024-01-20", title="政府工作报告")
    return pairs(g, RelType.DEVELOPS) | pairs(g, RelType.LOCATED_IN)


def test_the_session_line_names_the_reports_county() -> None:
    """——2024年1月10日在临泽县第十八届人民代表大会第四次会议上: 临泽县 develops the industries, holds the project."""
    assert _report("——2024年1月10日在临泽县第十八届人民代表大会第四次会议上") == {
        ("临泽县", "新能源"), ("临泽县", "新材料"), ("鑫源科技有限公司年产5万吨锂电材料项目", "临泽县")}


def test_a_county_written_after_its_city_is_the_reports_place() -> None:
    """在绥化市北林区第六届人民代表大会…: the district, not the city it lies in."""
    assert ("北林区", "新能源") in _report("——2025年1月14日在绥化市北林区第六届人民代表大会第五次会议上")


def test_a_citys_congress_names_no_place() -> None:
    """在酒泉市第五届人民代表大会…: a city's report lists its counties' work; no place is the report's."""
    assert _report("——2024年1月8日在酒泉市第五届人民代表大会第四次会议上") == set()


def test_a_session_line_broken_after_its_congress_is_read_on() -> None:
    """A page that centres the line breaks it: "——2024年1月10日在临泽县第十八届" / "人民代表大会第四次会议上" (sess14;
    devset_other 530, 590, 600: two batches' work reports)."""
    assert _report("——2024年1月10日在临泽县第十八届\n人民代表大会第四次会议上") == {
        ("临泽县", "新能源"), ("临泽县", "新材料"), ("鑫源科技有限公司年产5万吨锂电材料项目", "临泽县")}
    assert ("临泽县", "新能源") in _report("2024年1月10日在临泽县\n第十八届人民代表大会第四次会议上")
