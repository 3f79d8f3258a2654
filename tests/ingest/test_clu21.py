"""clu21: projects a clause group puts in the industry its framed first clause names (rule around_group), read across
the learning halves of batches 5-19 (learn5to19), on sentences composed for the test (shapes from those texts,
rewritten), through the real pipeline."""

from __future__ import annotations

from tests.ingest.graphs import members_by_rule


CHAIN = ("产业链", "产业")  # the endings the cluster's name is compared without


def test_the_projects_of_a_group_opened_by_around_an_industry() -> None:
    # the firm brought in beside the project is a partner, no member; each ；-group its own industry
    text = ("目前，青山市实现合资合作的世界500强企业达到3家。围绕储能装备产业，该市规划实施了青山先进制造产业园，"
            "引进德国鹏飞集团，投资14.3亿元建设了年产180万只储能电池外壳项目，投产后可新增销售收入20亿元；"
            "围绕皮具制造产业，建设了总投资70亿元的云翼皮具制造产业园，实现了和多家品牌的合作。")
    got = members_by_rule(text, "around_group", CHAIN)
    assert ("年产180万只储能电池外壳项目", "储能装备") in got, got
    assert ("云翼皮具制造产业园", "皮具制造") in got, got
    assert not any(m.startswith("德国鹏飞") for m, _c in got), got


def test_the_projects_of_a_group_opened_by_a_purpose_on_an_industry() -> None:
    text = ("为推动硅材料精深加工产业迈向高端，青山区坚持“项目为王”，深入实施大项目带动战略，千方百计加快"
            "鹏飞硅业光伏配套项目、云翼科技高纯硅材料生产线项目等重点项目建设。")
    got = {m for m, c in members_by_rule(text, "around_group", CHAIN) if c.startswith("硅材料")}
    assert any(m.startswith("鹏飞硅业光伏配套") for m in got), got
    assert any(m.startswith("云翼科技高纯硅材料") for m in got), got


def test_a_chain_opening_the_group_with_its_projects_said_to_run() -> None:
    text = "围绕生猪养殖产业链，青山县鹏飞肉类食品有限公司屠宰项目已投产运营，肉制品加工项目即将落地。"
    got = {m for m, c in members_by_rule(text, "around_group", CHAIN) if c == "生猪养殖"}
    assert any(m.endswith("屠宰项目") for m in got), got


def test_a_base_or_a_second_industry_in_the_group_takes_no_project() -> None:
    # 为加快X产业基地建设: a base, no industry's frame; a second industry named in the group keeps the projects after it
    base = "为加快煤化工产业基地建设，延伸产业链条，青山县全力支持和服务好鹏飞矿业公司800万吨/年洗选煤厂项目建设。"
    assert not members_by_rule(base, "around_group", CHAIN), members_by_rule(base, "around_group", CHAIN)
    second = ("围绕储能装备产业，青山县引进德国鹏飞集团，同时大力发展文化旅游产业，建设了总投资5亿元的云翼古镇文旅项目。")
    assert not any(c == "储能装备" for _m, c in members_by_rule(second, "around_group", CHAIN)), members_by_rule(second, "around_group", CHAIN)
