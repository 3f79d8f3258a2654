"""Place mechanisms from the precision audit of raw real texts (tests/audit 21-30, audit C, issue 10), on
sentences composed for the test (not copied from any set's texts): each false park, zone or place edge the
audit found had a construction of Chinese policy prose behind it."""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.names import find_parks
from tests.ingest.graphs import news, pairs






def test_a_prefectures_zone_named_in_full_is_the_citys_zone_and_no_park() -> None:
    g = news("湖北荆门经济技术开发区近日发布消息，荆门经开区今年新引进项目12个。")
    zones = {n.name for n in g.nodes if n.label == Label.COUNTY and n.props.get("kind") == "zone"}
    assert "荆门经济技术开发区" in zones
    assert not {n.name for n in g.nodes if n.label == Label.PARK and "荆门" in n.name}


def test_a_clause_before_a_bare_park_word_names_no_park() -> None:
    for text in ("记者获悉，近年来开发区坚持创新驱动。", "本文将深入剖析长河产业园区的经验。", "这一做法使得园区企业受益。",
                 "相较于周边园区，这里地价更低。", "主题产业园模式突破传统开发区边界。"):
        assert not [n for _s, _e, n in find_parks(text) if n[:2] in ("近年", "剖析", "使得", "相较", "主题", "模式")], text
    assert [n for _s, _e, n in find_parks("本文将深入剖析长河产业园区的经验。")] == ["长河产业园区"]


def test_a_scale_or_a_regions_level_before_a_park_word_is_a_kind_of_park() -> None:
    assert find_parks("力争用5年时间打造成为千亿产业园区。") == []
    parks = [n for _s, _e, n in find_parks("长河产业园为湖南省级产业园，是全县的工业平台。")]
    assert parks == ["长河产业园"]


def test_a_line_naming_a_county_heads_the_section_of_its_projects() -> None:
    g = news("钟祥市\n8个重大项目集中开工\n4月20日，钟祥市举行重大项目集中开工仪式。\n"
              "主要包括华康新材料项目、远达精密铸件项目等8个亿元以上项目。\n"
              "京山市\n6个重大项目集中开工\n当日上午，集中开工活动同步举行。\n"
              "包括宏远精密铸造项目、长河食品加工项目等6个亿元以上项目。")
    located = pairs(g, RelType.LOCATED_IN)
    assert ("长河食品加工项目", "京山市") in located and ("长河食品加工项目", "钟祥市") not in located
    assert ("远达精密铸件项目", "钟祥市") in located


def test_a_bare_zone_word_listed_among_titles_granted_is_no_zone() -> None:
    g = news("我们认真践行荆门市委的部署。去年，全县获批全域旅游示范区、旅游度假区、生态文明建设示范区三块省级招牌。")
    assert not [n for n in g.nodes if n.label in (Label.COUNTY, Label.PARK) and n.name.endswith("度假区")]


def test_the_bare_zone_word_of_a_report_on_a_prefectures_zone_is_that_zone() -> None:
    g = news("记者从湖北荆门经济技术开发区（简称“开发区”）获悉，近年来开发区坚持创新驱动，开发区今年新引进项目12个。")
    places = {(n.label, n.name) for n in g.nodes if n.label in (Label.COUNTY, Label.PARK)}
    assert places == {(Label.COUNTY, "荆门经济技术开发区")}
