"""Precision fixes found by hand-judging extraction on raw real texts (tests/audit, issue 10), each on a
sentence composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.names import find_industries
from tests.ingest.graphs import by_rule, extracted, figures
from tests.ingest.test_prose_relations import _news


def test_a_scale_before_a_cluster_is_no_part_of_its_name() -> None:
    """千亿级|装备制造产业集群: the scale qualifies the cluster; the firms a 以…为龙头 frame lists are in the named one."""
    assert [n for _s, _e, n in find_industries("全区打造千亿级新能源汽车产业集群。")] == ["新能源汽车产业集群"]
    g = _news("开发区形成以宏达重工、华光机械等企业为龙头的百亿级工程机械产业集群。")
    assert by_rule(g, RelType.IN_CLUSTER, "cluster_of_firms") == {("宏达重工", "工程机械"), ("华光机械", "工程机械")}
    assert not any(n.label == Label.CLUSTER and "亿级" in n.name for n in g.nodes)


def test_an_item_closed_by_its_kind_and_role_is_named_without_them() -> None:
    """以A传统产业为基础、B未来产业为引领的…格局: the kind word and the role are no part of the industry's name."""
    g = _news("宏达经济开发区形成以纺织服装传统产业为基础、低空经济未来产业为引领的“1+1”现代产业格局。")
    devs = by_rule(g, RelType.DEVELOPS, "industry_list")
    assert {t for _s, t in devs} == {"纺织服装", "低空经济"}
    assert not any("为基础" in n.name or "为引领" in n.name for n in g.nodes)


def test_a_present_count_a_list_size_a_per_item_norm_and_listed_firms_are_no_targets() -> None:
    """现入驻企业超500家 reports the present; 等4条产业链 counts a list; 每个平台…2至5条 is a norm for each;
    培育A、B等企业超百亿 is each firm's goal. A figure of the area beside them stays a target."""
    g = extracted("今年，宏达开发区现入驻企业超500家，力争规上工业产值突破300亿元。")
    t = figures(g, RelType.SETS_TARGET)
    assert not any("入驻企业" in k for k in t)
    assert [v["value"] for v in t.values()] == [300.0]  # 规上工业产值, written 工业总产值 by the lexicon
    g = extracted("方案明确，到2025年，甲县平台重点承载新能源汽车、智能家居等2条产业链，每个平台适配2至5条产业链。")
    assert figures(g, RelType.SETS_TARGET) == {}
    g = extracted("今年，全区力争培育宏达、华光、蓝海等企业超百亿，新增高新技术企业50家。")
    t = figures(g, RelType.SETS_TARGET)
    assert not any("等企业" in k for k in t)
    assert any("高新技术企业" in k and v["value"] == 50.0 for k, v in t.items())


def test_a_batch_named_after_its_figure_ends_with_its_ending() -> None:
    """"促使…等100个工业新增长点项目尽快竣工投产": the batch's name ends at 项目; the verb after is the clause's."""
    g = extracted("今年，全区将促使宏达电器等100个工业新增长点项目尽快竣工投产。")
    assert [k for k in figures(g, RelType.SETS_TARGET) if "项目" in k] == ["工业新增长点项目"]
