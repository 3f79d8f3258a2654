"""Mechanisms of ent15 (firms and their industries on new text, counted over the nine learning halves), on sentences
composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label
from tests.ingest.graphs import named, news


def test_a_lone_name_before_a_ranked_close_is_a_firm() -> None:
    """A、B等…企业 with one item only: a firm when the close ranks, fields or batches the firms it closes."""
    assert "星河微电" in named(news("今年以来，推动星河微电等一批细分赛道领军企业落户园区。"), Label.ENTERPRISE)
    assert "青禾酒业" in named(news("青禾酒业等骨干企业产销两旺。"), Label.ENTERPRISE)
    assert "云帆数科" in named(news("云帆数科等一批知名数字经济企业紧随其后。"), Label.ENTERPRISE)


def test_a_lone_trade_or_bare_close_names_no_firm() -> None:
    """A bare 等企业 does not say its one item is a firm; an industry before a ranked close is the industry's firms."""
    assert not named(news("积极引进表面处理等企业。"), Label.ENTERPRISE)
    assert not named(news("积极引进新能源等龙头企业。"), Label.ENTERPRISE)
    assert not named(news("新能源汽车等重点企业加快发展。"), Label.ENTERPRISE)


def test_a_firms_name_starts_after_the_clauses_words_the_tagger_reads() -> None:
    """名字叫|青禾有机食品有限公司, 涵盖|星岚集团: the name the grammar found by its ending starts after the verb; 过去|公司
    is no firm at all; an item a list mark opens keeps its words (、大有星联能源发展有限公司)."""
    assert named(news("这里新来了一家企业，名字叫青禾有机食品有限公司。"), Label.ENTERPRISE) == {"青禾有机食品"}
    assert named(news("当地的产业链涵盖星岚集团等龙头企业。"), Label.ENTERPRISE) == {"星岚集团"}
    assert not named(news("王某回忆，过去公司自行研发时缺乏合作。"), Label.ENTERPRISE)
    assert "大有星联能源发展" in named(news("县政府与青禾茶业有限公司、大有星联能源发展有限公司等企业签约。"), Label.ENTERPRISE)
    assert "供星茸乡农业发展" in named(news("推出两款新酒；供星茸乡农业发展有限公司全资建设酒厂。"), Label.ENTERPRISE)


def test_a_framed_list_holding_an_industry_lists_industries() -> None:
    """以A、B、C为代表的…: when one item is an industry, the others are industries too, no firms; a list of brands stays."""
    assert not named(news("培育壮大以新一代信息技术、汽摩制造、康养服务、新材料为代表的特色产业集群。"), Label.ENTERPRISE)
    assert {"星岚电缆", "青禾变压器"} <= named(news("形成以星岚电缆、青禾变压器为代表的输变电产业。"), Label.ENTERPRISE)


def test_a_counted_list_with_a_word_of_kind_before_firms() -> None:
    """A、B两家…的企业, A、B2家澳门企业, A、B两大汽车生产商: the count closes a list of firms though words stand between it
    and 企业; a count of platforms or a kind of firm before the count lists none."""
    assert {"星岚纺织", "青禾织造"} <= named(news("日前，星岚纺织、青禾织造两家进驻福绵纺织产业园的企业开工建设。"), Label.ENTERPRISE)
    assert {"星联贸易", "禾中控股"} <= named(news("星联贸易、禾中控股2家澳门企业落户经开区。"), Label.ENTERPRISE)
    assert {"星途", "禾川"} <= named(news("该公司与星途、禾川两大汽车生产商签订供货协议。"), Label.ENTERPRISE)
    assert not named(news("今年新增国家级、省级创新平台31家，培育省级、市级龙头企业7家。"), Label.ENTERPRISE)
