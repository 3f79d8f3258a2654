"""Industries and clusters named in open vocabulary, and what develops them (names.find_industries,
industry_lists.py), on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import RelType
from ingest.extract.names import find_industries
from graph.model import DocumentGraph
from tests.ingest.test_prose_relations import _names, _news


def _by_rule(g: DocumentGraph, rel: RelType, rule: str) -> set[tuple[str, str]]:
    """(source, target) names of the edges of one type that one rule states, alone or with another (a+b)."""
    names = _names(g)
    return {(names[e.source], names[e.target]) for e in g.edges
            if e.type == rel and any(rule in ev.rule.split("+") for ev in e.evidence)}


def _industries(text: str) -> list[str]:
    return [n for _s, _e, n in find_industries(text)]


def test_a_joiner_inside_an_earlier_item_stays_in_its_name() -> None:
    assert _industries("全市将做强轨道交通和航空航天产业、精细化工、现代家居等3个主导产业。") == [
        "轨道交通和航空航天产业", "精细化工", "现代家居"]


def test_the_last_item_splits_at_its_joiner() -> None:
    assert _industries("该县壮大绿色建材、现代物流和电子商务等新兴产业。") == ["绿色建材", "现代物流", "电子商务"]


def test_yu_joins_one_industrys_name_but_not_two_places() -> None:
    assert "海洋装备与船舶制造" in _industries("培育新材料、海洋装备与船舶制造等4个新兴产业。")
    assert _industries("临沂与潍坊纺织产业集群共同发展。") == []


def test_a_count_and_a_magnitude_after_the_list() -> None:
    assert _industries("三年内形成纺织、冶金、建材等千亿级产业3个。") == ["纺织", "冶金", "建材"]


def test_a_verb_opening_a_list_is_no_part_of_its_first_item() -> None:
    assert _industries("签约项目涵盖新能源、生物医药、现代服务业等多个领域。")[0] == "新能源"


def test_a_counted_list_without_deng_is_the_places_industries() -> None:
    g = _news("临清经济开发区将构筑精细化工、高端轴承、现代纺织三大百亿级集群。")
    assert _by_rule(g, RelType.DEVELOPS, "industry_list") == {
        ("临清经济开发区", "精细化工"), ("临清经济开发区", "高端轴承"), ("临清经济开发区", "现代纺织")}


def test_a_description_before_an_item_is_dropped_and_the_count_splits_joined_items() -> None:
    g = _news("临清经济开发区聚焦智能农机及零部件和辐射全国的冷链物流两大主导产业。")
    assert _by_rule(g, RelType.DEVELOPS, "industry_list") == {
        ("临清经济开发区", "智能农机及零部件"), ("临清经济开发区", "冷链物流")}


def test_a_role_ending_and_a_vague_count() -> None:
    g = _news("临清经济开发区已形成轴承制造、纺织服装为支撑的产业集群。")
    assert {d for _s, d in _by_rule(g, RelType.DEVELOPS, "industry_list")} == {"轴承制造", "纺织服装"}
    g = _news("临清经济开发区全面建设轴承制造、纺织服装、冷链物流等几大支柱产业。")
    assert {d for _s, d in _by_rule(g, RelType.DEVELOPS, "industry_list")} == {"轴承制造", "纺织服装", "冷链物流"}


def test_firms_and_places_closing_a_list_are_no_industries() -> None:
    g = _news("临清经济开发区引进宏达新材料有限公司、鲁西化工集团等多家行业内龙头企业。")
    assert not _by_rule(g, RelType.DEVELOPS, "industry_list")
    g = _news("临清经济开发区带动形成了山东、江苏、浙江三大轴承产业集聚区。")
    assert not _by_rule(g, RelType.DEVELOPS, "industry_list")
