"""Target scopes of session 15 (sco15): a page that names no place of its own takes its publisher's (the manifest's
`publisher`, a sources manifest's `site`: 洛川县人民政府 (lcx.gov.cn)), on sentences composed for the test."""

from __future__ import annotations

from pathlib import Path

from evaluation.docset import document_meta
from graph.model import DocumentGraph, RelType
from ingest.extract import extract_document
from ingest.read import read_document
from tests.ingest.test_extract import _doc

PLAN = "2025年，全县计划实施重点项目40个，年度计划投资52亿元。"


def _published(text: str, publisher: str, title: str = "") -> DocumentGraph:
    return extract_document(_doc(text, kind="news", date="2025-03-01", title=title).model_copy(update={"publisher": publisher}))


def _scopes(g: DocumentGraph) -> set[str]:
    return {str(e.props.get("scope")) for e in g.edges if e.type in (RelType.SETS_TARGET, RelType.REPORTS)}


def test_a_county_governments_page_naming_no_place_is_that_countys() -> None:
    """A county's site publishing its plan without naming the county: the figures are the county's."""
    assert _scopes(_published(PLAN, "武功县人民政府 (wugong.gov.cn), 重点项目")) == {"武功县"}
    assert _scopes(_published(PLAN, "")) == {""}  # (without a publisher: no place)


def test_the_lowest_unit_the_body_names_settles_an_ambiguous_name() -> None:
    """北京市朝阳区人民政府: 朝阳区 of 北京 (there are several 朝阳区); 白城市大安市人民政府办公室: 大安市."""
    assert _scopes(_published(PLAN, "北京市朝阳区人民政府 (bjchy.gov.cn)")) == {"朝阳区"}
    assert _scopes(_published(PLAN, "某网 (source 白城市大安市人民政府办公室)")) == {"大安市"}


def test_a_city_congress_by_its_short_name() -> None:
    assert _scopes(_published("2024年，全市计划实施重点项目300个，年度计划投资520亿元。", "安庆人大 (aqrd.gov.cn)")) == {"安庆市"}


def test_the_texts_own_place_wins_and_a_news_site_names_none() -> None:
    """A text naming its county keeps it over the publisher's; a newspaper or portal publisher names no place."""
    own = "2025年，泾阳县计划实施重点项目40个，年度计划投资52亿元。"
    assert _scopes(_published(own, "武功县人民政府 (wugong.gov.cn)")) == {"泾阳县"}
    assert _scopes(_published(PLAN, "某某日报 (example.com)")) == {""}


def test_a_manifests_site_reaches_the_document_as_its_publisher(tmp_path: Path) -> None:
    meta = document_meta({"file": "1.txt", "site": "武功县人民政府 (wugong.gov.cn)", "title": None})
    assert meta == {"publisher": "武功县人民政府 (wugong.gov.cn)"}
    path = tmp_path / "1.txt"
    path.write_text(PLAN, encoding="utf-8")
    assert read_document(path, meta).publisher == "武功县人民政府 (wugong.gov.cn)"


def _scopes_of(text: str) -> set[str]:
    """The scopes of an untitled page whose first line is a source line (△来源：…)."""
    return _scopes(_published(text, "", title=""))


def test_a_news_sentences_day_does_not_hide_its_subject() -> None:
    """9月28日下午，X州在Y县举行…: the prefecture opening the sentence after its day is the figures' place, not the
    province the source line names (来源：…日报) nor the county of the venue."""
    text = "△来源：四川日报\n9月28日下午，凉山彝族自治州在西昌市举行集中开工仪式，共有12个产业项目集中开工，总投资36亿元，年度计划完成投资9亿元。"
    assert _scopes_of(text) == {"凉山彝族自治州"}


def test_a_province_right_before_a_county_only_locates_it() -> None:
    """河南省鲁山县举行…: the county's figures, not the province's."""
    text = "△来源：某某网\n9月28日，河南省鲁山县举行项目建设活动，集中开工项目9个，总投资23.5亿元，年度计划投资8.8亿元。"
    assert _scopes_of(text) == {"鲁山县"}


def test_the_reporters_attribution_and_a_time_word_do_not_hide_the_subject() -> None:
    """据了解，今年武功县共谋划…: the county after 据了解 and 今年 (a lead word 开发 is no part of what follows either)."""
    text = "△来源：某某网\n据了解，今年武功县共谋划重点项目91个，总投资额达到419亿元，年度计划投资139.5亿元。"
    assert _scopes_of(text) == {"武功县"}
