"""Target scopes of session 16 (sco16), on sentences composed for the test: a zone's scope without the clause's verb
before it; a news text opening with a time word and then a zone is about that zone."""

from __future__ import annotations

from graph.model import DocumentGraph
from ingest.extract import extract_document
from tests.ingest.graphs import target_scopes
from tests.ingest.test_extract import _doc


def _graph(text: str) -> DocumentGraph:
    return extract_document(_doc(text, kind="news", date="2023-05-10", title=""))

OPENING = "近日，榆林高新区出台三年行动方案，重点发展三大主导产业。\n"


def test_a_news_text_opening_with_a_time_word_and_a_zone_is_about_the_zone() -> None:
    """日前/近日，X高新区…: the figures after it that name no place are the zone's, not the city's its name opens with."""
    g = _graph(OPENING + "未来三年，高新区将做强装备制造产业，力争到2025年规模以上工业总产值达到280亿元。")
    assert target_scopes(g) == {280.0: "榆林高新区"}


def test_a_verb_opening_a_zones_clause_is_no_part_of_its_name() -> None:
    """加快X产业园建设，…: the scope is the park as named, without the clause's verb before it."""
    g = _graph(OPENING + "加快智能装备产业园建设，促进产业集聚，力争到2025年工业总产值达到150亿元。")
    assert target_scopes(g) == {150.0: "智能装备产业园"}
    g = _graph(OPENING + "以绿色食品产业园为抓手，力争到2025年工业总产值达到150亿元。")
    assert target_scopes(g) == {150.0: "绿色食品产业园"}
    # …while a park that opens the clause as its subject keeps the figure (tgt14)
    g = _graph(OPENING + "智能装备产业园将加快建设，力争到2025年工业总产值达到150亿元。")
    assert target_scopes(g) == {150.0: "智能装备产业园"}
