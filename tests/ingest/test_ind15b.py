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


def test_fields_a_place_works_in_are_industries_when_one_ends_in_a_makers_word() -> None:
    g = news("第一，主攻工业，该区将在船舶配套装备、管道管材、特色轻工等领域精耕细作，不断夯实工业基础。")
    assert {"船舶配套装备", "管道管材", "特色轻工"} <= named(g, Label.CLUSTER)


def test_fields_of_tasks_are_no_industries() -> None:
    g = news("该区将在人才招引、作风建设等领域持续发力。")
    got = named(g, Label.CLUSTER)
    assert "人才招引" not in got and "作风建设" not in got
