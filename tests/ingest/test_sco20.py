"""Target scopes of session 20 (sco20), on sentences composed for the test in the shapes of the learning texts: a work
report's page that names its own county only in the stock phrase 中国式现代化X实践 (a report collection's page, its city
named in passing), and a 全区 after a common noun that names a county of another province (做精老城区)."""

from __future__ import annotations

from graph.model import DocumentGraph
from ingest.extract import extract_document
from tests.ingest.graphs import target_scopes
from tests.ingest.test_extract import _doc


def _graph(text: str, title: str = "") -> DocumentGraph:
    return extract_document(_doc(text, kind="report", date="2025-01-20", title=title))

PLAN = ("二、2025年工作总体要求和主要目标\n"
        "深入贯彻总书记对河南及郑州工作的重要论述，认真落实郑州市委全会精神，为开创中国式现代化建设荥阳实践新局面打牢基础。\n"
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长3%。\n")


def test_the_stock_phrase_names_the_reports_own_county() -> None:
    """中国式现代化建设荥阳实践: the page's figures are 荥阳市's, not 郑州市's, the city it names in passing."""
    g = _graph(PLAN)
    assert set(target_scopes(g).values()) == {"荥阳市"}


def test_the_stock_phrase_naming_a_province_changes_nothing() -> None:
    """中国式现代化湖北实践: a province, no county's own phrase; the text's subject stays as it was read."""
    g = _graph(PLAN.replace("建设荥阳实践", "湖北实践"))
    assert "荥阳市" not in set(target_scopes(g).values())


REPORT = ("2025年工作安排\n"
          "坚定“做精老城区、做强经开区、做大高新区”发展方向，书写好中国式现代化钟楼答卷。\n"
          "今年全区经济社会发展的主要预期目标为：地区生产总值增长5%左右；制造业投资增长8%左右。\n")


def test_a_whole_district_after_a_common_noun_naming_a_county_elsewhere_is_the_reports_own() -> None:
    """全区 after 做精老城区 (洛阳's 老城区) and 做大高新区 (a zone of another city) in a 钟楼 report: 钟楼区's figures."""
    g = _graph(REPORT)
    assert set(target_scopes(g).values()) == {"钟楼区"}
