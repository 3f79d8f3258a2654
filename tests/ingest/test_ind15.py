"""ind15: an industry's name cut together with the verb of its clause (高度重视X产业, 承接X产业, 全力加速) keys on what
follows the verb (resolve.cluster_key), a wording found in six of nine batches' learning halves; sentences composed for
the test, through the real pipeline."""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.resolve import cluster_key
from tests.ingest.graphs import named, news, pairs


def test_a_clause_verb_opening_an_industry_name_is_no_part_of_it() -> None:
    assert cluster_key("高度重视超硬材料产业") == "超硬材料"
    assert cluster_key("并形成以食品加工产业集群") == "食品加工"
    assert cluster_key("该县紧盯稀土新材料产业") == "稀土新材料"
    assert cluster_key("新材料产业集群") == "新材料"  # no verb: only the ending goes


def test_a_name_of_only_verbs_names_no_industry() -> None:
    assert cluster_key("全力加速") == ""


def test_the_place_develops_the_industry_after_the_verb() -> None:
    g = news("莘县高度重视食用菌产业发展，产业规模持续扩大。")
    got = named(g, Label.CLUSTER)
    assert not any("重视" in n for n in got)
    assert ("莘县", "食用菌") in pairs(g, RelType.DEVELOPS)
