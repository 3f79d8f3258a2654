"""ind13: industries a place develops, stated by grammars found in three or more batches of the learning halves, on
sentences composed for the test (not copied from any set's texts), through the real pipeline."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_an_emphatic_develop_verbs_list_names_industries_without_an_official_name() -> None:
    """大力发展A、B、C (no 产业 closing, no vocabulary name): each an industry the place opening the sentence develops."""
    g = news("临泽县大力发展冰雪经济、低空旅游、林下养殖，带动群众增收。")
    assert {"冰雪经济", "低空旅游", "林下养殖"} <= named(g, Label.CLUSTER)
    assert {("临泽县", "冰雪经济"), ("临泽县", "林下养殖")} <= pairs(g, RelType.DEVELOPS)


def test_a_kind_after_deng_closes_the_list_and_a_chain_is_no_part_of_the_last_name() -> None:
    got = named(news("构建清洁能源体系，积极发展光热、生物质发电等新能源，做强电解铝、铝箔和铝型材全产业链。"), Label.CLUSTER)
    assert {"光热", "生物质发电", "电解铝", "铝箔", "铝型材"} <= got
    assert "铝型材全产业链" not in got


def test_a_plain_list_of_no_industries_is_not_read() -> None:
    """Schools, firms, projects or sites after the verb, a bare 发展/重点 before a list: no industry."""
    for text in ("大力发展职业教育、老年教育，办好人民满意的教育。",
                 "做强龙头企业、骨干企业，培育专精特新企业。",
                 "加快发展光伏、风电等重大能源项目，推进电网建设。",
                 "重点建设农产品加工区、物流仓储区，完善园区配套。",
                 "培育壮大市场主体、人才队伍，优化营商环境。",
                 "重点发展竹地板、竹家具产品，延伸竹产业链。",
                 "大力发展蒸压砖、石膏板、岩棉板等新型建材业，发展循环经济。",
                 "做优一产、做强二产、做活三产，扩大经济总量。"):
        got = named(news(text), Label.CLUSTER)
        assert not got & {"职业教育", "老年教育", "龙头企业", "骨干企业", "光伏", "风电", "农产品加工区", "物流仓储区",
                          "市场主体", "人才队伍", "竹地板", "竹家具产品", "蒸压砖", "石膏板", "二产", "做活三产"}, (text, got)


def test_a_place_listed_with_others_is_no_subject_of_the_develop_clause() -> None:
    """整合A、B工业园建设C，大力发展X、Y: the parks merged are the verb's objects; neither develops X."""
    g = news("整合东坝、临泽县工业园打造新园区，重点发展新能源汽车、生物医药，创成省级园区。")
    assert {"新能源汽车", "生物医药"} <= named(g, Label.CLUSTER)
    assert not [s for s, _t in pairs(g, RelType.DEVELOPS) if s == "临泽县工业园"]


def test_a_speakers_plan_in_quotes_names_no_plain_industries() -> None:
    """“我们将…大力发展A、B、C…”: no place is said to carry the plan out; the plain list is not read."""
    got = named(news("“我们将依托产业园，大力发展冰雪经济、低空旅游、林下养殖，打造千亿级产业集群。”他说。"), Label.CLUSTER)
    assert not got & {"冰雪经济", "低空旅游", "林下养殖"}, got
