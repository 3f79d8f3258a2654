"""Park mechanisms of the eighth session (park8, issue 10: false parks), on sentences composed for the test: each
false park found on the development sets had a construction of Chinese policy prose behind it."""

from __future__ import annotations

from ingest.extract.names import find_parks


def _names(text: str) -> set[str]:
    return {name for _, _, name in find_parks(text)}


def test_a_bare_park_word_after_a_verb_or_preposition_is_its_object_not_a_name() -> None:
    for text in ("全县将营造园区良好营商环境。", "多措并举降低园区企业用电成本。", "客商看中园区优越的交通条件。",
                 "搬迁群众入住园区后就近务工。", "青山园区作为滨江经济开发区组成园区，享受同等政策。",
                 "项目主要包括园区道路和管网。", "体现了投资者对开发区的充分认可。", "各部门要聚力园区高质量发展。"):
        assert _names(text) <= {"青山园区", "滨江经济开发区"}, text


def test_a_named_bare_park_word_stays_a_park() -> None:
    assert "向阳区南湖新能源园区" in {n[-10:] for n in _names("项目落户在鹤北市向阳区南湖新能源园区。")}
    assert "青山园区" in _names("客商看中青山园区优越的交通条件。")
    assert "清河开发区" in _names("项目位于清河开发区。")


def test_a_park_named_again_after_its_town_starts_after_the_town() -> None:
    assert "北坪工业园" in _names("项目位于临河经济开发区北坪镇北坪工业园的东部。")


def test_a_park_after_its_province_prefecture_and_county_named_in_full_drops_them() -> None:
    names = _names("物流中心项目位于甘肃省定西市临洮县临洮经济开发区北坪镇北坪工业园的西南部。")
    assert names == {"临洮经济开发区", "北坪工业园"}


def test_a_heading_number_and_a_bracket_closed_before_the_name_are_no_part_of_it() -> None:
    assert _names("(二)新能源装备产业园\n") == {"新能源装备产业园"}
    assert "中德（江州）智能制造产业园" in _names("江州经济开发区（以下简称“开发区”）和中德（江州）智能制造产业园联合招商。")


def test_an_event_held_a_rank_entered_a_campaign_or_an_enclave_names_no_park() -> None:
    assert _names("我区举行西部（江州）科学城重大项目集中开工活动。") == {"西部（江州）科学城"}
    for text in ("该区跨入全省省级开发区前20强。", "着力打造一系列园区品牌。", "本次全省开发区观摩活动圆满结束。", "建成飞地园区3个。"):
        assert not _names(text), text
