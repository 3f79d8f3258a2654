"""ent21: firms named by their stock short name alone (ingest/extract/stock_names.py, rule `stock_name`), on sentences
composed for the test (shapes from the learning texts of batches 5, 9, 10, 12, 17 and 19, rewritten), through the real
pipeline and the real tagger."""

from __future__ import annotations

from graph.model import Label
from ingest.extract import stock_names
from ingest.lexicon import stock_short_names
from tests.ingest.graphs import news


def _firms(text: str) -> set[str]:
    return {n.name for n in news(text).nodes if n.label == Label.ENTERPRISE}


def test_a_listed_short_name_written_alone_is_a_firm() -> None:
    # no legal ending, no list of firms: only the list of listed firms and the tagger say it is one
    assert "南山铝业" in _firms("开发区以南山铝业为核心，加快打造高端铝材产业集群。")
    assert "紫金矿业" in _firms("名声在外的紫金矿业已经入驻园区，年产铜精矿3万吨。")
    assert "比亚迪" in _firms("比亚迪的配套企业纷纷落户，新能源汽车产业链加快成形。")
    assert "中国一重" in _firms("答案是这样的：中国一重这个有着光荣历史的企业落户园区。")


def test_the_rule_is_recorded_on_the_mention() -> None:
    g = news("开发区以南山铝业为核心，加快打造高端铝材产业集群。")
    firm = next(n for n in g.nodes if n.label == Label.ENTERPRISE and n.name == "南山铝业")
    rules = {ev.rule for e in g.edges if e.target == firm.id for ev in e.evidence}
    assert stock_names.RULE in rules, rules


def test_a_listed_name_heading_a_longer_name_or_an_everyday_word_is_no_firm() -> None:
    # the head of a base's name: the word after it carries the name on
    assert "东方电气" not in _firms("东方电气新疆木垒高端新能源装备制造基地首台风机下线。")
    # 新动力 and 农产品 are listed names too, and everyday words
    assert not _firms("项目投产后将为县域经济高质量发展注入新动力。")
    assert not _firms("全县大力发展农产品精深加工，延伸产业链条。")
    # a place's name is no firm, whatever the list holds
    assert "张家界" not in _firms("张家界经开区克服重重压力，实现工业总产值增长。")


def test_an_item_of_a_list_of_projects_is_left_to_the_project_rules() -> None:
    assert "金盘科技" not in _firms("金盘科技、德力普等2个项目实现拿地即开工。")


def test_two_character_names_are_never_read() -> None:
    assert any(len(n) == 2 for n in stock_short_names())  # the list holds them (柳工, 金山)
    assert not stock_names.find_stock_names("园区生态环境持续改善，金山片区加快建设。")


def test_without_the_tagger_the_rule_names_nothing(tagger_off: None) -> None:
    assert stock_names.find_stock_names("开发区以南山铝业为核心，加快打造高端铝材产业集群。") == []


def test_an_everyday_word_of_the_list_is_not_even_looked_at() -> None:
    # 农产品 is a listed firm's short name and the commonest word of the list in policy text: skipped before the tagger
    text = "推动农产品精深加工，南山铝业加快建设。"
    assert "农产品" in stock_short_names()
    assert [text[s:e] for s, e in stock_names._listed(text)] == ["南山铝业"]


def test_a_name_the_lexicon_knows_is_left_to_the_lexicon() -> None:
    # the lexicon's own span stands there (东阿阿胶 is in data/lexicon): the tagger is not asked again
    text = "东阿阿胶加快建设阿胶产业园。"
    assert [n for _s, _e, n in stock_names.find_stock_names(text)] == ["东阿阿胶"]
    assert stock_names.find_stock_names(text, known={"东阿阿胶"}) == []
