"""ind15b: industries and DEVELOPS in wordings counted in three or more of the nine learning halves' batches; sentences
composed for the test, through the real pipeline."""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.lexicon import default_lexicon
from ingest.resolve import Resolver
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


def test_the_place_a_focus_list_is_said_of_develops_its_fields() -> None:
    g = news("第一，主攻工业，安平县作为全市传统的工业聚集区，将在丝网装备、管道管材、特色轻工等领域精耕细作。")
    assert {("安平县", "丝网装备"), ("安平县", "管道管材"), ("安平县", "特色轻工")} <= pairs(g, RelType.DEVELOPS)
    g = news("在航空航天产业，围绕发动机关键部件、复合材料等重点环节，顺义区已集聚一批企业。")
    assert {("顺义区", "发动机关键部件"), ("顺义区", "复合材料")} <= pairs(g, RelType.DEVELOPS)


def test_a_batch_of_projects_fields_and_a_firms_fields_are_no_places() -> None:
    g = news("今年安平县的省重点项目投资主要投向医疗养生、生态环保等领域。")
    assert not {t for s, t in pairs(g, RelType.DEVELOPS) if s == "安平县"} & {"医疗养生", "生态环保"}
    g = news("安平县的恒远科技有限公司在丝网装备、降解材料等领域取得突破。")
    assert not {t for s, t in pairs(g, RelType.DEVELOPS)} & {"丝网装备", "降解材料"}


def test_a_scope_or_a_province_opening_an_industry_is_no_part_of_its_name() -> None:
    g = news("安平工业园项目投资15亿元，承接广东沿海电子制造、生物医药等产业转移。")
    got = named(g, Label.CLUSTER)
    assert "电子制造" in got and not any(n.startswith("广东") for n in got)


def test_a_county_opening_an_industry_stays_in_its_name() -> None:
    r = Resolver(default_lexicon())
    assert r.cluster("国家先进制造业").name == "先进制造业"
    assert r.cluster("阳谷县化工新材料产业集群").name.startswith("阳谷")


def test_a_kind_of_industry_names_none() -> None:
    g = news("呼兰经济开发区将致力于发展专业特色产业，延伸产业链条。")
    assert not any(n.endswith("特色") for n in named(g, Label.CLUSTER))
    g = news("重点发展先进装备制造、生物医药、战略新兴等产业。")
    got = named(g, Label.CLUSTER)
    assert "战略" not in got and {"先进装备制造", "生物医药"} <= got
