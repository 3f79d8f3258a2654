"""clu14: IN_CLUSTER on new text, read across the learning halves of eight batches (learn5to12), on sentences composed
for the test (not copied from any set's texts), through the real pipeline."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def _by_rule(text: str, rule: str) -> set[tuple[str, str]]:
    """(project, cluster) of the IN_CLUSTER edges one rule made; the cluster without its 产业/产业集群 ending."""
    g = news(text)
    names = {n.id: n.name for n in g.nodes}
    return {(names[e.source], names[e.target].removesuffix("产业集群").removesuffix("产业"))
            for e in g.edges if e.type == RelType.IN_CLUSTER and any(ev.rule == rule for ev in e.evidence)}


def test_a_list_closed_by_a_kind_the_text_names_as_an_industry_puts_its_projects_there() -> None:
    text = ("青山县大力发展储能材料产业，力争建成百亿级储能材料产业集群。"
            "今年，青山县加快推进鹏飞钠电池正极材料项目、云翼储能电站项目等储能材料项目建设。")
    got = _by_rule(text, "list_named_kind")
    assert ("鹏飞钠电池正极材料项目", "储能材料") in got, got
    assert ("云翼储能电站项目", "储能材料") in got, got


def test_a_kind_the_text_never_names_as_an_industry_names_none() -> None:
    # 民生 is no industry; 标志性 is a rank, and what follows it the text never writes as an industry
    for kind in ("民生", "标志性"):
        text = f"今年，青山县加快推进鹏飞钠电池正极材料项目、云翼储能电站项目等{kind}项目建设。"
        assert not _by_rule(text, "list_named_kind"), kind


def test_the_secondary_sector_and_a_batch_name_no_cluster() -> None:
    # 工业产业项目 are industrial projects; 一大批 counts a batch (its 一大 read as a count leaves 批 opening the kind)
    for kind in ("42个工业产业", "一大批光电新兴产业"):
        g = news(f"重点推进鹏飞钠电池正极材料、云翼储能电站、青山精密轴承技改等{kind}项目，全年完成投资20亿元。")
        clusters = named(g, Label.CLUSTER)
        assert "工业" not in clusters and not any(c.startswith("批") for c in clusters), (kind, clusters)
        assert not any(c in ("工业", "工业产业") or c.startswith("批") for _p, c in pairs(g, RelType.IN_CLUSTER)), kind


def test_a_count_makes_no_cluster_name() -> None:
    # a count inside a name (7个…产业链, 主攻三大) or the three sectors (一二三产业融合) is no industry
    g = news("“今年，鹏飞二期、云翼二期等多个签约项目已正式启动，必将带动我县一二三产业融合发展。”"
             "以青山重工为链主的7个高端装备产业链项目实现签约即开工建设。")
    clusters = named(g, Label.CLUSTER)
    assert not any(c.startswith(("一二三", "7个")) for c in clusters), clusters
    assert not any(c.startswith(("一二三", "7个")) for _p, c in pairs(g, RelType.IN_CLUSTER))
