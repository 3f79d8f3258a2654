"""ent16: the firms a clause group lists after the one industry it names (rule group_firms), read across the learning
halves of ten batches (learn5to14), on sentences composed for the test (not copied from any set's texts), through the
real pipeline."""

from __future__ import annotations

from tests.ingest.graphs import members_by_rule


def test_the_first_firm_list_after_the_one_industry_of_a_clause_group_is_its_members() -> None:
    text = ("近年来，青山经济开发区高度重视储能材料产业发展，将其作为主导产业重点培育，"
            "集聚了鹏飞新能源科技有限公司、云翼电池股份有限公司等一批行业龙头企业。")
    got = members_by_rule(text, "group_firms")
    assert ("鹏飞新能源科技", "储能材料") in got or ("鹏飞新能源科技有限公司", "储能材料") in got, got
    assert any(f.startswith("云翼电池") for f, c in got if c == "储能材料"), got


def test_a_second_list_of_the_group_is_the_places_other_firms() -> None:
    text = ("北部片区以储能材料产业为主，已经形成产业聚集，规模以上企业主要有鹏飞新能源科技有限公司、云翼电池股份有限公司等，"
            "其他重要企业还有青禾物流有限公司、远山建设有限公司等公司。")
    got = members_by_rule(text, "group_firms")
    assert any(f.startswith("鹏飞新能源") for f, _c in got), got
    assert not any(f.startswith(("青禾物流", "远山建设")) for f, _c in got), got


def test_a_group_naming_two_industries_or_firms_before_the_industry_gives_none() -> None:
    two = ("青山县立足储能材料和智能装备两大产业，集聚了鹏飞新能源科技有限公司、云翼电池股份有限公司等一批重点企业。")
    assert not members_by_rule(two, "group_firms"), members_by_rule(two, "group_firms")
    before = ("青山县依托鹏飞新能源科技有限公司、云翼电池股份有限公司等龙头企业，加快产业园建设，做强储能材料产业。")
    assert not members_by_rule(before, "group_firms"), members_by_rule(before, "group_firms")


def test_a_lone_firm_is_no_list() -> None:
    text = "青山县大力培育储能材料产业，帮助鹏飞新能源科技有限公司向产业高端发展。"
    assert not members_by_rule(text, "group_firms"), members_by_rule(text, "group_firms")



def test_an_item_read_as_a_park_and_a_firm_keeps_the_list_going() -> None:
    # 青禾光谷 ends like a park and stands among firms: the list goes on after it
    text = "北部片区以储能材料产业为主，规模以上企业主要有鹏飞新能源科技有限公司、青禾光谷、云翼电池股份有限公司等。"
    got = members_by_rule(text, "group_firms")
    assert any(f.startswith("云翼电池") for f, _c in got), got
