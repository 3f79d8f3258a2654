"""clu20: firms a text says belong to an industry, read across the learning halves of batches 5-18 (learn5to18), on
sentences composed for the test (shapes from those texts, rewritten), through the real pipeline."""

from __future__ import annotations

from tests.ingest.graphs import members_by_rule


def _firms_in(got: set[tuple[str, str]], industry: str) -> set[str]:
    return {f for f, c in got if c == industry}


# ----------------------------------------------------------------- lead_firms

def test_firms_framed_as_leading_are_in_the_industry_the_group_names_after_them() -> None:
    # the industry found in the sentence before, named again in this one where no rule reads it
    text = ("“我们全力打造宠物食品产业链，做大特色产业。”近年来，青山县以鹏飞宠物股份有限公司、云翼用品股份有限公司两家"
            "行业上市企业为龙头，引导小企业开展合作，推动宠物食品产业链向下延伸，带动小企业快速发展。")
    got = members_by_rule(text, "lead_firms")
    got = _firms_in(got, "宠物食品产业链") | _firms_in(got, "宠物食品")
    assert any(f.startswith("鹏飞宠物") for f in got), got
    assert any(f.startswith("云翼用品") for f in got), got


def test_firms_framed_as_leading_after_the_industry_the_group_names_first() -> None:
    text = ("为了做大做强储能装备产业，青山县在工业园区划出100亩土地，目前已有以鹏飞重工有限公司、云翼动力股份有限公司"
            "为核心的5家企业建成投产。")
    got = _firms_in(members_by_rule(text, "lead_firms"), "储能装备")
    assert any(f.startswith("鹏飞重工") for f in got), got
    assert any(f.startswith("云翼动力") for f in got), got


def test_a_frame_before_an_industry_or_two_industries_gives_none() -> None:
    # 以A为龙头的Y产业 is cluster_of_firms'; a group of two industries names none
    own = "青山县形成了以鹏飞重工有限公司为龙头的储能装备产业集群。"
    assert not members_by_rule(own, "lead_firms"), members_by_rule(own, "lead_firms")
    two = ("青山县以鹏飞重工有限公司、云翼动力股份有限公司为龙头，大力推动储能装备、光学电子等产业发展。")
    assert not members_by_rule(two, "lead_firms"), members_by_rule(two, "lead_firms")


def test_a_list_closed_by_lead_firms_without_the_frame_is_left_to_other_rules() -> None:
    # measured and left out (6 right of 7 on learn5to18, none right of 9 on the other texts)
    text = ("未来三年，青山经开区将坚持整机与核心零部件协同发展，依托鹏飞重工有限公司、云翼动力股份有限公司等龙头企业，"
            "加快产业园建设，做强储能装备产业。")
    assert not members_by_rule(text, "lead_firms"), members_by_rule(text, "lead_firms")


def test_no_firm_joins_an_industry_named_with_a_demonstrative() -> None:
    # 做大做强鱼钩这一传统产业: another rule cuts 鱼钩这一传统; a demonstrative makes no industry's name (prose.yaml not_in_name)
    text = ("为了做大做强鱼钩这一传统产业，青山县在工业园区划出100亩土地，目前已有以鹏飞渔具有限公司、云翼渔具有限公司"
            "为核心的5家企业建成投产。")
    got = members_by_rule(text, "lead_firms")
    assert not any("这一" in c for _f, c in got), got


# ----------------------------------------------------------------- firm_industry, the industry named bare

def test_a_firm_fronted_as_the_lead_firm_of_an_industry_named_bare() -> None:
    # the firm named again without its legal form after 作为…龙头企业，
    text = ("青山县大力发展铜加工、新材料等产业。走进鹏飞铜业有限公司的生产车间，机械臂高效运转。"
            "作为铜加工龙头企业，鹏飞铜业于2018年落户青山县，短短几年已发展成为当地产值超百亿的企业。")
    got = members_by_rule(text, "firm_industry")
    assert ("鹏飞铜业", "铜加工") in got, got


def test_the_firm_opening_a_sentence_said_to_become_an_industrys_lead() -> None:
    trades = "图们市大力发展造纸、制药、建材、旅游等产业。"
    said = "鹏飞药业公司接管该市一家药厂，以其销售网路的优势成为我市制药业的龙头，带动保健药品企业的发展。"
    assert any(c == "制药" and f.startswith("鹏飞药业") for f, c in members_by_rule(trades + said, "firm_industry"))
    grown = ("这里的衣架产业逐渐孵育、生长。云翼家居用品集团有限公司从事衣架生产近20年，"
             "已从手工作坊发展成年产值两亿多元的衣架龙头企业。")
    assert any(c == "衣架" and f.startswith("云翼家居用品") for f, c in members_by_rule(grown, "firm_industry"))


def test_a_bare_word_the_document_names_as_no_industry_is_none() -> None:
    # 宁河区 is a place; 年产值两亿多元 holds no industry the document names
    place = "作为宁河区龙头企业的鹏飞特钢有限公司，2021年实现年产值500亿元。"
    assert not members_by_rule(place, "firm_industry"), members_by_rule(place, "firm_industry")
    unnamed = "云翼家居用品集团有限公司从事衣架生产近20年，已从手工作坊发展成年产值两亿多元的衣架龙头企业。"
    assert not members_by_rule(unnamed, "firm_industry"), members_by_rule(unnamed, "firm_industry")
