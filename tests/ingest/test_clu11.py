"""Industries and clusters as new texts state them (clu11, read against the misses of learn5to9, five batches at
once): the fields a batch of projects covers, on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, named, pairs


def test_the_fields_a_batch_of_projects_covers_are_industries_of_no_place() -> None:
    """项目共18个，…，涵盖A、B和C等领域: each field an industry; no place develops them; a public work is none."""
    g = extracted("某县举行项目集中开工仪式。本次集中开工项目共18个，总投资60亿元，涵盖航空航天、现代煤化工、"
                  "基础设施和节能环保等多个领域。")
    industries = named(g, Label.CLUSTER)
    assert {"航空航天", "现代煤化工", "节能环保"} <= industries
    assert "基础设施" not in industries
    assert not pairs(g, RelType.DEVELOPS)


def test_fields_closing_a_description_of_projects() -> None:
    """A、B等涵盖C、D领域的…项目: the projects come after the fields; 涉及A、B等行业 closes with 行业."""
    g = extracted("项目清单中，有甲乙年产5万吨薄膜项目等涵盖智能装备制造、功能薄膜领域的新兴产业项目。"
                  "另有9个签约项目分别涉及文化旅游、冷链物流等行业。")
    assert {"智能装备制造", "功能薄膜", "文化旅游", "冷链物流"} <= named(g, Label.CLUSTER)


def test_fields_need_a_batch_of_projects() -> None:
    """涵盖A、B等领域 with no project before or after: a list of something else (a course, a fund), no industries."""
    g = extracted("培训课程涵盖冷链管理、功能薄膜等领域。")
    assert not {"冷链管理", "功能薄膜"} & named(g, Label.CLUSTER)


def test_a_role_group_closed_by_deng_and_the_cluster_it_closes_with() -> None:
    """形成了以A、B等为重点的X产业集群; …为主体的Y集群: the items and the closing cluster are the place's."""
    g = extracted("近年来，临朐县形成了以智能终端、光学镜头等为重点的电子信息产业集群，以及以锂电隔膜、储能电池为主体的新能源材料集群。")
    dev = {t for _s, t in pairs(g, RelType.DEVELOPS)}
    assert {"智能终端", "光学镜头", "锂电隔膜", "储能电池"} <= dev
    assert any(t.startswith("新能源材料") for t in dev)


def test_a_firm_led_group_leaves_its_cluster_to_the_firm_rule() -> None:
    """以A、B等为龙头的X产业集群: A and B are firms; the place is not said to develop X by the role group."""
    g = extracted("近年来，临朐县形成了以甲乙药业、丙丁生物等为龙头的医药产业集群。")
    assert not [e for e in g.edges if e.type == RelType.DEVELOPS and any(ev.rule == "role_group" for ev in e.evidence)]


def test_a_paragraph_headed_by_one_developed_industry() -> None:
    """大力发展X。 opening a paragraph: the report's place develops X; the next sentence's projects are in it; a rank
    word (发展特色产业。) or a count (打造五个千亿产业集群。) names none."""
    g = extracted("临朐县2024年政府工作报告\n大力发展设施农业。加快实施甲乙蔬菜冷链仓储项目，新建大棚2000亩。\n"
                  "培育发展花卉业。建设花卉交易中心。\n发展特色产业。推进丙丁项目建设。\n打造五个千亿产业集群。推进戊己项目。",
                  title="临朐县2024年政府工作报告")
    clusters = named(g, Label.CLUSTER)
    assert {"设施农业", "花卉业"} <= clusters
    assert not any(c.startswith(("特色", "五个")) for c in clusters)
    assert ("甲乙蔬菜冷链仓储项目", "设施农业") in pairs(g, RelType.IN_CLUSTER)
    assert not [p for p in pairs(g, RelType.IN_CLUSTER) if p[0].startswith(("丙丁", "戊己"))]


def test_a_project_serves_a_sector_and_the_reports_own_industry() -> None:
    """该项目将助力X区高端制造业发展: a sector's name; 推动该区X产业: 该区 is the report's place, no part of the name;
    项目建成后…，进一步壮大度假区X产业: the paragraph's last project."""
    g = extracted("历城区甲乙重卡生产线项目正式投产。该项目将助力历城区高端制造业发展。")
    assert ("甲乙重卡生产线项目", "高端制造业") in {(s.removeprefix("历城区"), t) for s, t in pairs(g, RelType.IN_CLUSTER)}
    g = extracted("临朐县丙丁胶辊生产项目总投资1亿元，推动该县胶辊产业的强势崛起。", title="临朐县项目集中开工")
    assert not [c for c in named(g, Label.CLUSTER) if c.startswith("该县")]
    assert [t for _s, t in pairs(g, RelType.IN_CLUSTER) if t.startswith("胶辊")]
    g = extracted("本次开工的戊己康养中心建设项目总投资2亿元，占地30亩。项目建成后可提供床位600个，进一步壮大度假区医养健康产业。")
    assert [s for s, t in pairs(g, RelType.IN_CLUSTER) if t.startswith("医养健康")]


def test_what_a_park_is_mainly_made_of() -> None:
    """园区主要以A、B、C等为主: the park's industries when one is a maker's or official; 以中小企业、民营企业等为主 names none."""
    g = extracted("临朐县经济开发区始建于2006年，园区主要以生物、食品加工、商贸物流等为主。")
    assert {("临朐经济开发区", "食品加工"), ("临朐经济开发区", "商贸物流")} <= pairs(g, RelType.DEVELOPS)
    g = extracted("临朐县经济开发区现有企业120家，园区企业以中小企业、民营企业等为主。")
    assert not pairs(g, RelType.DEVELOPS)
