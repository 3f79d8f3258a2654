"""Industry and target mechanisms from audit I of raw real texts (tests/audit/docs/77-86, judged_i.yaml), on
sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import DocumentGraph, Label, RelType
from ingest.read.clean import clean_text
from tests.ingest.graphs import extracted, figures, named, news


def _undated(text: str) -> DocumentGraph:
    """A text with no date and no headline, its title read off its first line as `kg ingest` reads one."""
    return extracted(text, date="", title=clean_text(text).text.strip().split("\n", 1)[0][:120])


def test_figures_after_fenbie_pair_in_order_with_the_items_before() -> None:
    """A、B、C产业产值分别达到x、y、z: each item's own figure, the last item's head (产业产值) shared; items that do not
    pair up with the figures (no head word to share) give no target rather than the first figure under the last name."""
    t = figures(extracted("力争今年新能源、轨道交通、现代医药产业产值分别达到150亿元、90亿元、40亿元。"), RelType.SETS_TARGET)
    assert {k: v["value"] for k, v in t.items()} == {"新能源产业产值": 150.0, "轨道交通产业产值": 90.0,
                                                     "现代医药产业产值": 40.0}
    t = figures(extracted("力争今年甲醛和苯胺排放分别控制在2万吨和0.5万吨。"), RelType.SETS_TARGET)
    assert t == {}


def test_a_list_closed_by_de_before_the_system_describes_it_and_names_no_industry() -> None:
    """构建特色彰显、优势突出的“4+N”现代产业体系: the items describe the system; a list of industries still is one."""
    g = news("高唐县加快构建特色彰显、优势突出的“4+N”现代产业体系。高唐县重点发展新材料、生物医药等主导产业。")
    industries = named(g, Label.CLUSTER)
    assert not {n for n in industries if "特色" in n or "优势" in n}
    assert {"新材料", "生物医药"} <= industries


def test_an_undated_texts_first_paragraph_read_as_its_title_announces_no_target() -> None:
    """A first line that is a paragraph (确立了…的发展目标，…) is no headline: the figures it and the text report stay
    reported values."""
    g = _undated("甲区确立了向高质量发展迈进的发展目标，工业经济稳步增长；2024年甲区工业总产值达115.6亿元。")
    assert figures(g, RelType.SETS_TARGET) == {}


def test_a_bullet_run_into_the_line_starts_a_new_statement() -> None:
    """"…的发展目标 [1] 产业发展 - 工业总产值：2024年达115.6亿元": the target word of the bullet before does not reach it."""
    g = _undated("核心观点\n甲区确立了迈向高质量发展的目标 [1] 产业发展 - 工业总产值稳步增长：2024年达115.6亿元，"
                 "同比增长5.0% [2] - 企业培育：2024年新增规上企业19家，较2022年增长57.7%；总收入达5619万元 [3]")
    assert figures(g, RelType.SETS_TARGET) == {}


def test_a_year_after_jiao_is_the_base_of_a_comparison() -> None:
    """2024年…收入达69.38万元，较2022年增长57.74%: the growth is 2024's, not 2022's."""
    r = figures(extracted("2024年全县村集体经济平均收入达69.38万元，较2022年增长57.74%。", date="2025-01-10"),
                 RelType.REPORTS)
    assert {v["year"] for v in r.values()} == {2024}


def test_an_enumerations_figures_are_for_the_place_that_introduces_it() -> None:
    """"其中，X示范区主要以…推动…。" then "一是…力争…" paragraphs: their figures are the zone's, not the city's of the
    headline; a paragraph naming its own place keeps it."""
    text = ("宿州：聚力奋发推动高质量发展\n其中，宿州市城乡一体化示范区主要以三个关键词推动跨越式发展。\n"
            "一是围绕主线，力争规上工业企业新增10家，规上工业总产值突破500亿元。\n"
            "二是把握内涵，力争新增国家级高新技术企业12家以上。\n")
    t = figures(extracted(text, title="宿州：聚力奋发推动高质量发展"), RelType.SETS_TARGET)
    assert t and {v["scope"] for v in t.values()} == {"宿州市城乡一体化示范区"}
