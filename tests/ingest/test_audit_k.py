"""Mechanisms from audit K of raw real texts (tests/audit/docs/97-106, judged_k.yaml): industry lists, park and
project names, owners and targets, on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, news, pairs


def test_an_action_on_an_industry_in_a_list_ends_the_name_at_its_ending() -> None:
    """纺织产业转型、家具制造产业扩能、…三大计划: the plans act on industries; no name holds 转型, 扩能 or 升级."""
    g = news("近年来，开发区大力实施纺织产业转型、家具制造产业扩能、汽车零部件产业升级、新兴产业倍增“四大计划”。")
    clusters = named(g, Label.CLUSTER)
    assert not {c for c in clusters if c.endswith(("转型", "扩能", "升级"))}
    assert {"家具制造", "汽车零部件"} <= clusters


def test_a_copula_or_a_verb_of_rank_opens_a_park_name() -> None:
    """时期是|开发区…; 工业集中区跻身|省级开发区: no park named 时期是开发区 or 跻身省级开发区."""
    g = news("“十五五”时期是开发区提质增效的关键五年。东山县工业集中区跻身省级开发区，园区规模不断扩大。")
    parks = named(g, Label.PARK)
    assert not {p for p in parks if "是" in p or "跻身" in p}
    assert "东山县工业集中区" in parks


def test_a_round_or_a_superlative_in_a_prose_project_names_none() -> None:
    """掀起新一轮项目建设热潮; 这个…的华南地区最大纸浆生产项目 (an appositive description): no project."""
    g = news("全县上下掀起新一轮项目建设热潮。这个总投资3亿元的华南地区最大纸浆生产项目预计年底投产。")
    assert not {p for p in named(g, Label.PROJECT) if "一轮" in p or "最大" in p}


def test_a_count_of_lines_names_no_motorway() -> None:
    """力争开工建设南北、东西两条高速: a count of two motorways, no project named 东西两条高速."""
    g = news("该州今年力争开工建设南北、东西两条高速，总投资150亿元。")
    assert not {p for p in named(g, Label.PROJECT) if "两条" in p}


def test_an_investor_before_another_of_names_no_later_items_owner() -> None:
    """由A公司投资2亿元的X、由B公司总投资5亿元的Y项目: A owns X only, never Y; B owns Y."""
    g = news("此次签约的项目有：由四川甲乙科技有限公司投资2亿元的新型电池材料生产、由浙江丙丁实业有限公司总投资5亿元的"
             "智能家居产业园项目。")
    owners = pairs(g, RelType.CARRIED_OUT_BY)
    assert not {(p, f) for p, f in owners if f.startswith("四川甲乙") and p.startswith("智能家居")}
    assert ("智能家居产业园项目", "浙江丙丁实业") in owners


def test_a_park_said_to_be_a_key_project_is_a_project() -> None:
    """东湖石墨烯产业园是全市新材料产业重点项目: a project being built, no park."""
    g = news("东湖石墨烯产业园是全市新材料产业重点项目，全年施工建设，冬季不停工。")
    assert "东湖石墨烯产业园" in named(g, Label.PROJECT)
    assert "东湖石墨烯产业园" not in named(g, Label.PARK)


def test_a_target_name_starts_after_the_frame_announcing_the_goals() -> None:
    """主要预期目标是|地区生产总值增长6%; 50%达到可研阶段 (a share of the projects named before): no name holds 目标 or 达到."""
    g = extracted("2024年，全市经济社会发展主要预期目标是地区生产总值增长6%，固定资产投资增长5%。"
                 "全年谋划储备5000万元以上项目300个，50%达到可研阶段。", date="2024-02-02")
    t = figures(g, RelType.SETS_TARGET)
    assert not {n for n in t if "目标" in n or "达到" in n}
    assert any(n.endswith("GDP增长率") and v["value"] == 6.0 for n, v in t.items())
