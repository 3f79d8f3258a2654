"""genre14: what cluster reports (the genre that failed most on relations and entities recall across the eight learning
halves) write about a chain, on sentences composed for the test (not copied from any set's texts), through the real
pipeline."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_firms_a_list_names_join_the_industry_their_paragraph_opens_on() -> None:
    """"在X产业上，…已集聚A、B等12家实体企业": the firms only the list rule names are the topic industry's too (the list
    rule ran after the topic rules, which saw no firm in the sentence)."""
    g = news("在新能源电池产业上，围绕正负极材料研发，已集聚甲乙锂能、丙丁储能等12家实体企业，产值增长三成。")
    assert {"甲乙锂能", "丙丁储能"} <= named(g, Label.ENTERPRISE)
    got = pairs(g, RelType.IN_CLUSTER)
    assert {("甲乙锂能", "新能源电池"), ("丙丁储能", "新能源电池")} <= got, got


def test_fields_a_focus_verb_takes_before_a_closing_field_word_are_industries() -> None:
    """"围绕A、B等重点环节", "在C、D等领域取得突破", "向…的E、F等领域拓展": each item an industry (no DEVELOPS)."""
    g = news("莘县大力发展食用菌产业。该县围绕菌种培育、菌菇精深加工等重点环节，引进了一批企业。"
             "甲乙菌业在菌糠饲料、菌菇休闲食品等领域取得创新突破。"
             "食用菌产业链正向附加值更高、污染更小的生物医药、功能保健品等领域延伸。")
    got = named(g, Label.CLUSTER)
    assert {"菌种培育", "菌菇精深加工", "菌糠饲料", "菌菇休闲食品", "生物医药", "功能保健品"} <= got, got
    assert not any("附加值" in n or "污染" in n for n in got)
    develops = {t for _s, t in pairs(g, RelType.DEVELOPS)}
    assert not develops & {"菌种培育", "菌糠饲料"}


def test_uses_steps_or_a_text_with_no_industry_name_no_field() -> None:
    """A use of products (应用于), steps of work (龙头引进、基地建设), or a text that named no industry: no industry."""
    g = news("莘县大力发展食用菌产业。产品主要应用于餐饮、医药保健等领域。该县注重在龙头引进、基地建设、品质提升等环节发力。")
    got = named(g, Label.CLUSTER)
    assert not got & {"餐饮", "医药保健", "龙头引进", "基地建设", "品质提升"}, got
    g = news("甲乙公司在微波射频、电力电子等领域取得突破。")
    assert not named(g, Label.CLUSTER) & {"微波射频", "电力电子"}


def test_a_public_work_among_the_fields_is_skipped_and_the_others_are_read() -> None:
    """"围绕基础设施、盐油化工、新能源等领域": 基础设施 is no industry, the other items are."""
    g = news("莘县大力发展食用菌产业。该县围绕基础设施、盐油化工、新能源、现代物流等领域，储备一批项目。")
    got = named(g, Label.CLUSTER)
    assert {"盐油化工", "新能源", "现代物流"} <= got and "基础设施" not in got, got


def test_a_batch_word_closing_a_list_of_firms_counts_them() -> None:
    """"A、B、C等一批知名数字经济企业": 一批 counts the firms as 多家 does; the items are firms (a field of eight
    characters after it no longer hides the closing)."""
    g = news("甲乙科技、丙丁通信、戊己数码等一批知名数字经济企业紧随其后。")
    assert {"甲乙科技", "丙丁通信", "戊己数码"} <= named(g, Label.ENTERPRISE)
