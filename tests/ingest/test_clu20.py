"""clu20: firms a text says belong to an industry, read across the learning halves of batches 5-18 (learn5to18), on
sentences composed for the test (shapes from those texts, rewritten), through the real pipeline."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import news


def _by_rule(text: str, rule: str) -> set[tuple[str, str]]:
    """(firm, cluster) of the IN_CLUSTER edges one rule made; the cluster without its 产业/产业集群 ending."""
    g = news(text)
    names = {n.id: n.name for n in g.nodes}
    return {(names[e.source], names[e.target].removesuffix("产业集群").removesuffix("产业"))
            for e in g.edges if e.type == RelType.IN_CLUSTER and any(rule in ev.rule.split("+") for ev in e.evidence)}


def _firms_in(got: set[tuple[str, str]], industry: str) -> set[str]:
    return {f for f, c in got if c == industry}


# ----------------------------------------------------------------- lead_firms

def test_firms_framed_as_leading_are_in_the_industry_the_group_names_after_them() -> None:
    # the industry found in the sentence before, named again in this one where no rule reads it
    text = ("“我们全力打造宠物食品产业链，做大特色产业。”近年来，青山县以鹏飞宠物股份有限公司、云翼用品股份有限公司两家"
            "行业上市企业为龙头，引导小企业开展合作，推动宠物食品产业链向下延伸，带动小企业快速发展。")
    got = _by_rule(text, "lead_firms")
    got = _firms_in(got, "宠物食品产业链") | _firms_in(got, "宠物食品")
    assert any(f.startswith("鹏飞宠物") for f in got), got
    assert any(f.startswith("云翼用品") for f in got), got


def test_firms_framed_as_leading_after_the_industry_the_group_names_first() -> None:
    text = ("为了做大做强储能装备产业，青山县在工业园区划出100亩土地，目前已有以鹏飞重工有限公司、云翼动力股份有限公司"
            "为核心的5家企业建成投产。")
    got = _firms_in(_by_rule(text, "lead_firms"), "储能装备")
    assert any(f.startswith("鹏飞重工") for f in got), got
    assert any(f.startswith("云翼动力") for f in got), got


def test_a_frame_before_an_industry_or_two_industries_gives_none() -> None:
    # 以A为龙头的Y产业 is cluster_of_firms'; a group of two industries names none
    own = "青山县形成了以鹏飞重工有限公司为龙头的储能装备产业集群。"
    assert not _by_rule(own, "lead_firms"), _by_rule(own, "lead_firms")
    two = ("青山县以鹏飞重工有限公司、云翼动力股份有限公司为龙头，大力推动储能装备、光学电子等产业发展。")
    assert not _by_rule(two, "lead_firms"), _by_rule(two, "lead_firms")


def test_a_list_closed_by_lead_firms_without_the_frame_is_left_to_other_rules() -> None:
    # measured and left out (6 right of 7 on learn5to18, none right of 9 on the other texts)
    text = ("未来三年，青山经开区将坚持整机与核心零部件协同发展，依托鹏飞重工有限公司、云翼动力股份有限公司等龙头企业，"
            "加快产业园建设，做强储能装备产业。")
    assert not _by_rule(text, "lead_firms"), _by_rule(text, "lead_firms")


def test_no_firm_joins_an_industry_named_with_a_demonstrative() -> None:
    # 做大做强鱼钩这一传统产业: another rule cuts 鱼钩这一传统; a demonstrative makes no industry's name (prose.yaml not_in_name)
    text = ("为了做大做强鱼钩这一传统产业，青山县在工业园区划出100亩土地，目前已有以鹏飞渔具有限公司、云翼渔具有限公司"
            "为核心的5家企业建成投产。")
    got = _by_rule(text, "lead_firms")
    assert not any("这一" in c for _f, c in got), got
