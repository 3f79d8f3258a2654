"""Relation rules added with the second other-cities batch (ingest/extract/prose/, project_lists.py,
industries/, document.py), on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import DocumentGraph, Label, RelType
import pytest

from ingest.errors import LexiconError
from ingest.rules import patterns, rule_confidence, rule_data
from tests.ingest.graphs import news


_news = news  # tests/ingest/graphs.py's composed news text


def _names(g: DocumentGraph) -> dict[str, str]:
    return {n.id: n.name for n in g.nodes}


def _by_rule(g: DocumentGraph, rel: RelType, rule: str) -> set[tuple[str, str]]:
    """(source name, target name) of the edges of one type one rule states."""
    names = _names(g)
    return {(names[e.source], names[e.target]) for e in g.edges
            if e.type == rel and any(ev.rule == rule for ev in e.evidence)}


def test_a_firm_opening_a_clause_owns_the_projects_after_its_building_verb() -> None:
    g = _news("今年，宏达新材料有限公司在临清经济开发区征地200亩，决定投资建设年产5万吨碳纤维项目和年产2万吨树脂项目。")
    owned = _by_rule(g, RelType.CARRIED_OUT_BY, "subject_owner")
    assert {p for p, _ in owned} == {"年产5万吨碳纤维项目", "年产2万吨树脂项目"}
    assert {f for _, f in owned} == {"宏达新材料"}


def test_no_owner_without_a_building_verb_or_past_the_next_firm() -> None:
    g = _news("宏达新材料有限公司负责人出席了仪式，鲁西化工集团投资建设的年产10万吨己内酰胺项目同日开工。")
    assert not _by_rule(g, RelType.CARRIED_OUT_BY, "subject_owner") - {("年产10万吨己内酰胺项目", "鲁西化工集团")}


def test_a_park_named_after_a_zone_is_in_that_zone() -> None:
    g = _news("株洲高新区动力谷产业园今年新入驻企业12家。")
    assert _by_rule(g, RelType.LOCATED_IN, "park_zone_name") == {("株洲高新区动力谷产业园", "株洲高新技术产业开发区")}


def test_the_host_of_the_opening_ceremony_places_the_projects() -> None:
    g = _news("3月5日，冠县2024年春季重点项目集中开工仪式在东昌府区举行。\n"
              "宏达新材料有限公司年产5万吨碳纤维项目总投资5亿元。")
    placed = _by_rule(g, RelType.LOCATED_IN, "title_place")
    assert ("宏达新材料有限公司年产5万吨碳纤维项目", "冠县") in placed
    assert not any(place == "东昌府区" for _, place in placed)  # the venue (在…举行) is no host
    assert rule_confidence("title_place") < rule_confidence("located_at")


def test_each_item_of_a_list_under_a_topic_is_in_that_industry() -> None:
    g = _news("稀土永磁材料方面，华宏科技、招宝磁业、鑫霖磁业等标志性项目都已开工。")
    assert _by_rule(g, RelType.IN_CLUSTER, "list_topic") == {
        ("华宏科技", "稀土永磁材料"), ("招宝磁业", "稀土永磁材料"), ("鑫霖磁业", "稀土永磁材料")}
    levels = {n.name: n.props.get("level") for n in g.nodes if n.label == Label.CLUSTER}
    assert levels["稀土永磁材料"] == "industry"  # a new name without 集群


def test_a_list_of_kinds_without_a_count_names_no_projects() -> None:
    g = _news("该县招引种苗培育、农资农具等项目。")
    assert not any(n.name in ("种苗培育", "农资农具") for n in g.nodes if n.label == Label.PROJECT)


def test_capacity_items_of_a_list_are_projects_of_the_firm_that_builds_them() -> None:
    g = _news("宏达新材料有限公司今年决定投资建设1000兆瓦薄膜太阳能电池、100兆瓦太阳能示范电站等项目。")
    owned = _by_rule(g, RelType.CARRIED_OUT_BY, "subject_owner")
    assert owned == {("1000兆瓦薄膜太阳能电池", "宏达新材料"), ("100兆瓦太阳能示范电站", "宏达新材料")}
    names = _names(g)
    assert not any("、" in names[e.source] for e in g.edges if e.type != RelType.MENTIONS)  # the run is no project


def test_a_project_opening_with_a_firms_short_name_is_the_firms() -> None:
    g = _news("广东云鹰农业集团有限公司负责人出席仪式。云鹰马铃薯全产业链项目总投资30亿元。"
              "盛世隆服饰有限公司负责人出席。盛世千岛山庄项目同日开工。")
    owned = _by_rule(g, RelType.CARRIED_OUT_BY, "project_short_owner")
    assert ("云鹰马铃薯全产业链项目", "广东云鹰农业集团") in owned
    assert not any(p.startswith("盛世千岛") for p, _ in owned)  # 盛世|隆服饰: 盛世 is no short name of it


def test_a_project_opening_with_a_park_named_on_its_own_is_in_it() -> None:
    g = _news("东岳智造产业园位于东昌府区。东岳智造产业园·一号厂房项目今天开工。")
    assert ("东岳智造产业园·一号厂房项目", "东岳智造产业园") in _by_rule(g, RelType.LOCATED_IN, "name_head_place")


def test_an_industry_list_opening_with_a_bare_zone_word_is_the_last_named_zones() -> None:
    g = _news("准东开发区位于昌吉州。该区产教融合基地项目将为开发区煤炭、煤电、新能源等主导产业做好人才支撑。")
    assert _by_rule(g, RelType.DEVELOPS, "industry_list") == {("准东开发区", "煤炭"), ("准东开发区", "煤电"),
                                                              ("准东开发区", "新能源")}


def test_a_zone_opening_a_later_clause_hosts_what_it_brings_in() -> None:
    g = _news("记者从高唐县获悉，临清经济开发区目前已引进宏达新材料有限公司。")
    assert _by_rule(g, RelType.LOCATED_IN, "clause_place") == {("宏达新材料", "临清经济开发区")}


def test_new_rules_have_confidences_and_every_pattern_compiles() -> None:
    table = rule_data("confidence")["rules"]
    for rule in ("subject_owner", "park_zone_name", "clause_place", "list_topic", "name_head_place"):
        assert 0 < float(table[rule]) <= 1
    compiled = patterns("prose")  # every pattern, its <<list>> slots filled; a bad one raises naming it
    assert set(rule_data("prose")["patterns"]) == set(compiled)
    assert compiled["subject_owner_verb"].search("决定投资建设")


def test_a_bad_pattern_is_reported_by_name(tmp_path, monkeypatch) -> None:
    import ingest.rules as rules
    (tmp_path / "broken.yaml").write_text('patterns:\n  ok: "a+"\n  bad: "(unclosed"\n  slot: "<<missing>>"\n',
                                          encoding="utf-8")
    monkeypatch.setattr(rules, "RULES_DIR", tmp_path)
    with pytest.raises(LexiconError) as e:
        rules.patterns("broken")
    assert "bad:" in str(e.value) and "slot:" in str(e.value) and "ok:" not in str(e.value)


# the relation modules hold mechanisms; their Chinese words and patterns are in data/rules/*.yaml
RELATION_MODULES = ("prose/*", "industries/*", "follows", "document", "project_facts", "project_lists",
                    "enterprise_lists", "builder", "context")


def test_relation_modules_hold_no_chinese_in_string_literals() -> None:
    import ast
    import re
    from pathlib import Path

    cjk = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
    root = Path(__file__).resolve().parents[2] / "ingest" / "extract"
    found = []
    paths = [path for name in RELATION_MODULES for path in sorted(root.glob(f"{name}.py"))]  # prose/*: the package's modules
    assert len(paths) > len(RELATION_MODULES)
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.body[0].value) for n in ast.walk(tree)
                if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
                and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        found += [f"{path.relative_to(root)}:{n.lineno} {n.value[:20]}" for n in ast.walk(tree)
                  if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
                  and cjk.search(n.value)]
    assert not found, found


def test_every_rule_file_with_patterns_compiles() -> None:
    from pathlib import Path

    import yaml
    for path in sorted((Path(__file__).resolve().parents[2] / "data" / "rules").glob("*.yaml")):
        if "patterns" in yaml.safe_load(path.read_text(encoding="utf-8")):
            assert patterns(path.stem)


def test_a_subsidiary_named_after_its_group_is_the_builder() -> None:
    g = _news("年产5万吨碳纤维项目由山东华鲁集团的全资子公司华鲁碳材料有限公司投资建设。")
    owners = {(p, f) for p, f, _ in _owners_any(g)}
    assert owners == {("年产5万吨碳纤维项目", "华鲁碳材料")}


def _owners_any(g: DocumentGraph) -> set[tuple[str, str, str]]:
    names = _names(g)
    return {(names[e.source], names[e.target], ev.rule) for e in g.edges if e.type == RelType.CARRIED_OUT_BY
            for ev in e.evidence}


def test_a_firm_the_reports_place_brought_in_is_placed_there() -> None:
    g = _news("3月5日，冠县2024年春季重点项目集中签约仪式举行。\n据悉，新引进的宏达新材料有限公司将建设研发中心。")
    assert ("宏达新材料", "冠县") in _by_rule(g, RelType.LOCATED_IN, "title_place")


def test_a_firm_a_zone_brings_in_owns_what_it_will_invest_in() -> None:
    g = _news("临清经济开发区引进宏达新材料有限公司拟投资20亿元建设年产5万吨碳纤维项目。")
    assert _by_rule(g, RelType.CARRIED_OUT_BY, "subject_owner") == {("年产5万吨碳纤维项目", "宏达新材料")}


def test_joint_owners_opening_a_clause_each_own_the_project() -> None:
    g = _news("宏达新材料有限公司与华东精工股份有限公司共同投资建设年产5万吨碳纤维项目。")
    assert _by_rule(g, RelType.CARRIED_OUT_BY, "subject_owner") == {
        ("年产5万吨碳纤维项目", "宏达新材料"), ("年产5万吨碳纤维项目", "华东精工")}


def test_firms_named_as_representatives_are_in_the_cluster() -> None:
    g = _news("形成了以宏达新材料有限公司、华东精工股份有限公司为代表的高端装备产业集群。")
    assert _by_rule(g, RelType.IN_CLUSTER, "represented_by") == {  # the canonical cluster's name
        ("宏达新材料", "高端装备制造"), ("华东精工", "高端装备制造")}

