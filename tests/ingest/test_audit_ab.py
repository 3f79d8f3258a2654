"""Mechanisms from audit AB of raw real texts (tests/audit/docs/285-296, judged_ab.yaml: zone and park profiles and
industry-cluster reports): a paragraph opening with a year and its comma speaks of that year in its 全年 (a yearbook's
review), a rank's field (全国N家…中位列第M位) holds no figure of the zone's, a list closed by a word of regions (等沿海地区
产业转移) names no industries, and 等行业龙头企业 closes a list of firms, on sentences composed for the test (not copied
from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, news, pairs


def test_a_paragraph_opening_with_a_year_and_a_comma_reviews_that_year() -> None:
    """2022年，…。全年，…实现财政总收入4.2亿元 in a report of January 2023: the past year's results, no target of 2023;
    a paragraph opening with the document's own year and a goal still sets that year's target."""
    g = extracted("2022年，滑县经济开发区主攻新材料产业。全年，滑县经济开发区实现财政总收入4.2亿元，入库税收2.6亿元。",
                  kind="report", date="2023-01-20")
    assert not figures(g)
    g = extracted("2023年，滑县经济开发区将主攻新材料产业。全年力争实现财政总收入5亿元。", kind="report", date="2023-01-20")
    assert any(v["year"] == 2023 and v["value"] == 5.0 for v in figures(g).values())


def test_the_field_of_a_rank_is_no_figure_of_the_zone() -> None:
    """在2018年全国156家国家高新区和苏州工业园区（共157家高新区）中位列第84位, in a page dated before 2018 (an undated
    profile's date is read off its text): the count of the field ranked, no target nor value of the zone's."""
    g = extracted("滑县高新区入驻各类企业3531家。在2018年全国156家国家高新区和苏州工业园区（共157家高新区）中位列第84位，"
                  "较2017年提升了8个位次。", date="2016-04-01", title="滑县高新区简介")
    assert not figures(g)
    assert not figures(g, RelType.REPORTS)


def test_regions_and_leading_firms_closing_a_list_are_no_industries() -> None:
    """聚焦长三角、珠三角等沿海地区产业转移: regions; 泰普森、永强等行业龙头企业相继入驻: firms, settled in the county."""
    g = extracted("近年来，滑县聚焦长三角、珠三角等沿海地区产业转移，围绕户外休闲产业链加大招商力度，"
                  "宏泰、永盛等行业龙头企业相继入驻。")
    clusters = named(g, Label.CLUSTER)
    assert not clusters & {"长三角", "珠三角", "宏泰", "永盛"}
    assert not {t for s, t in pairs(g, RelType.DEVELOPS)} & {"长三角", "珠三角", "宏泰", "永盛"}
    g = extracted("滑县重点发展电子信息、装备制造等行业，培育壮大新材料等产业。")
    assert {"电子信息", "装备制造"} <= named(g, Label.CLUSTER)


def test_a_date_of_the_texts_history_is_no_publication_date() -> None:
    """建于2001年的…工业园区, 2002年12月23日，经…批准设立, 2016年4月被国务院批准为… in an undated profile's first lines: the
    park's history, not the day the page was written (its 2009年实现… figures would else be that page's plans); a date
    the text signs or issues on stays its date."""
    from ingest.read.files import metadata_from_text

    assert "date" not in metadata_from_text("滑县工业园区是建于2001年的省级工业园区，规划面积30.5平方公里。\n"
                                            "2009年实现工业增加值2.48亿元。")
    assert "date" not in metadata_from_text("简介：滑县工业园区2002年12月23日，经安阳市人民政府批准设立，是重点开发区之一。")
    assert "date" not in metadata_from_text("滑县高新区成立于1992年，2016年4月被国务院批准为国家级高新区。")
    assert metadata_from_text("关于印发滑县工业发展方案的通知\n各乡镇：\n现印发给你们。\n滑县人民政府\n2023年5月4日")["date"] \
        == "2023-05-04"


def test_a_chain_and_its_downstream_are_two_leading_industries() -> None:
    """主导产业为煤电、煤化工及其下游精细化工: 煤化工 and 精细化工, each developed, no joined name."""
    g = extracted("滑县煤化工园区于2014年8月设立，主导产业为煤电、煤化工及其下游精细化工。")
    devs = {t for s, t in pairs(g, RelType.DEVELOPS)}
    assert {"煤化工", "精细化工"} <= devs
    assert not any("及其" in c for c in named(g, Label.CLUSTER))


def test_a_level_and_an_award_of_parks_are_no_parks_and_in_the_park_opens_no_name() -> None:
    """被列为“自治区统一调试的盟市工业园区”: a level; 是…经济带优秀园区: an award; 园内|16亿立方米煤制气项目: the clause's place,
    no part of a project's name; a park named plainly stays."""
    g = news("滑县工业园区2010年被列为“自治区统一调试的盟市工业园区”，是沿黄河沿交通干线经济带优秀园区。"
             "园内16亿立方米煤制气项目是国家第一批示范项目之一。")
    parks = named(g, Label.PARK)
    assert "滑县工业园区" in parks
    assert not any(p.startswith("盟市") or "优秀" in p for p in parks)
    assert not any(p.startswith("园内") for p in named(g, Label.PROJECT))


def test_a_park_is_not_placed_in_a_district_of_its_own_name() -> None:
    """苏州工业园区 is a park and a district of the same name: the park is in no 苏州工业园区; a park whose name opens with its
    county is still placed there."""
    g = news("在全国国家高新区和苏州工业园区中，滑县工业园区位列第84位。")
    assert not {(s, t) for s, t in pairs(g, RelType.LOCATED_IN) if s == t}
    assert ("滑县工业园区", "滑县") in pairs(g, RelType.LOCATED_IN)
