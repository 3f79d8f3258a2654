"""ind15b: industries and DEVELOPS in wordings counted in three or more of the nine learning halves' batches; sentences
composed for the test, through the real pipeline."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_a_group_of_industries_representing_a_cluster_is_the_places() -> None:
    g = news("近年来，建湖县积极培育壮大以节能环保、石油装备、新型建材为代表的特色产业集群。")
    assert {"节能环保", "石油装备", "新型建材"} <= named(g, Label.CLUSTER)
    assert {("建湖县", "节能环保"), ("建湖县", "石油装备"), ("建湖县", "新型建材")} <= pairs(g, RelType.DEVELOPS)


def test_firms_representing_a_named_industry_are_no_industries() -> None:
    g = news("开发区形成了以恒远科技、华泰股份为代表的精细化工产业集群。")
    got = named(g, Label.CLUSTER)
    assert "恒远科技" not in got and "华泰股份" not in got
