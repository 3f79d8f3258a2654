"""Industries named by the official vocabulary (ingest/extract/industry_vocabulary.py, data/industries/), on
sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

import re

from graph.model import Label, RelType
from ingest.extract.industry_vocabulary import in_vocabulary, vocabulary
from tests.ingest.graphs import by_rule
from tests.ingest.test_prose_relations import _news

RULE = "vocabulary_list"


def _industries(text: str) -> set[str]:
    return {n.name for n in _news(text).nodes if n.label == Label.CLUSTER}


def test_the_vocabulary_holds_official_names_by_its_stated_rule() -> None:
    words = vocabulary()
    assert {"集成电路", "新能源汽车", "生物医药", "锂离子电池", "高端装备", "汽车", "医药"} <= words
    assert all(2 <= len(w) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", w) for w in words)
    assert not any(re.search("[、及和与其]|未列明", w) for w in words)  # no list, no remainder class
    assert not {"服务", "制造", "机械", "器材"} & words  # generic words
    assert in_vocabulary("集成电路产业") and not in_vocabulary("电路")


def test_a_develop_verbs_list_with_a_vocabulary_name_needs_no_industry_word() -> None:
    g = _news("临清经济开发区重点发展新能源汽车、精密轴承、集成电路，推动产业升级。")
    assert by_rule(g, RelType.DEVELOPS, RULE) == {
        ("临清经济开发区", "新能源汽车"), ("临清经济开发区", "精密轴承"), ("临清经济开发区", "集成电路")}


def test_a_lone_vocabulary_name_after_a_develop_verb() -> None:
    g = _news("临清经济开发区大力培育生物医药，支持企业上市。")
    assert by_rule(g, RelType.DEVELOPS, RULE) == {("临清经济开发区", "生物医药")}


def test_a_list_without_a_vocabulary_name_is_not_read_so() -> None:
    g = _news("临清经济开发区重点发展精密轴承、智慧农机，推动产业升级。")
    assert not by_rule(g, RelType.DEVELOPS, RULE)


def test_xingcheng_takes_a_list_not_a_lone_name() -> None:
    assert by_rule(_news("临清经济开发区形成汽车、城市轨道交通产业协同发展的格局。"), RelType.DEVELOPS, RULE) == {
        ("临清经济开发区", "汽车"), ("临清经济开发区", "城市轨道交通")}
    assert not by_rule(_news("临清经济开发区形成了较为完整的新能源汽车产业链。"), RelType.DEVELOPS, RULE)
    assert not by_rule(_news("临清经济开发区布局汽车产业创新、智造、服务三大生态。"), RelType.DEVELOPS, RULE)


def test_a_clause_a_bracket_and_a_facility_are_no_items() -> None:
    assert not by_rule(_news("临清经济开发区形成以汽车及零部件为主的格局。"), RelType.DEVELOPS, RULE)
    g = _news("临清经济开发区重点发展生物医药、家具、食品和农产品深加工（粮油加工、果蔬加工），推动产业升级。")
    assert {d for _s, d in by_rule(g, RelType.DEVELOPS, RULE)} == {"生物医药", "家具"}
    g = _news("临清经济开发区加快发展新能源汽车、重大基础设施，推动产业升级。")
    assert {d for _s, d in by_rule(g, RelType.DEVELOPS, RULE)} == {"新能源汽车"}


def test_the_vocabulary_holds_the_strategic_subfields_and_the_digital_economy() -> None:
    # 战略性新兴产业分类（2018）'s subfields and 数字经济及其核心产业统计分类（2021） (data/industries/sources.yaml)
    words = vocabulary()
    assert {"先进钢铁材料", "先进有色金属材料", "智能电网", "生物农业", "数字经济", "风能"} - {"风能"} <= words
    assert not {"生物农", "制品", "相关"} & words  # 农业 stays whole; a subfield's two-character part is no name


def test_a_lists_count_ends_it() -> None:
    g = _news("临清经济开发区成功打造先进钢铁材料、精密轴承2个百亿级产业集群。")
    assert by_rule(g, RelType.DEVELOPS, RULE) == {
        ("临清经济开发区", "先进钢铁材料"), ("临清经济开发区", "精密轴承")}


def test_a_covering_verb_after_the_develop_verb_lists_fields() -> None:
    g = _news("临清经济开发区初步形成覆盖精密轴承、智能制造装备、电池构件等三大类配套项目的产业集群。")
    assert {"精密轴承", "智能制造装备", "电池构件"} <= _industries(
        "临清经济开发区初步形成覆盖精密轴承、智能制造装备、电池构件等三大类配套项目的产业集群。")
    assert not by_rule(g, RelType.DEVELOPS, RULE)
