"""County_or_Zone and Park mechanisms of the ninth session (zone9), on sentences composed for the test: short and
irregular forms of divisions and zones, and false parks, each a construction of Chinese policy prose."""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.names import find_parks
from ingest.gazetteer import default_gazetteer
from tests.ingest.test_other_cities import _edges, _news


def _parks(text: str) -> set[str]:
    return {name for _, _, name in find_parks(text)}


def _names(text: str, label: Label) -> set[str]:
    return {n.name for n in _news(text).nodes if n.label == label}


def test_a_banner_with_a_wing_is_named_in_full_by_its_first_character_and_wing() -> None:
    gaz = default_gazetteer()
    assert [u.name for u in gaz.full["土右旗"]] == ["土默特右旗"]
    assert [u.name for u in gaz.full["科右中旗"]] == ["科尔沁右翼中旗"]
    assert [u.name for u in gaz.full["鄂前旗"]] == ["鄂托克前旗"]
    assert "达旗" not in gaz.full  # 达拉特旗 has no wing: no such form is made
    assert "土默特右旗" in _names("近日，土右旗召开全旗经济工作会议，确定了今年的主要预期目标。", Label.COUNTY)


def test_a_banners_zone_keeps_the_banners_short_full_name() -> None:
    g = _news("兴安盟科右中旗工业园区新入驻企业5家，科右中旗工业园区已成为全旗发展的主阵地。")
    assert "科右中旗工业园区" in {n.name for n in g.nodes if n.label == Label.PARK}


def test_a_division_before_a_zone_word_names_its_zone() -> None:
    g = _news("德宏州继续主打瑞丽试验区牌，云南省赋予瑞丽市多项优惠政策。")
    zone = next(n for n in g.nodes if n.name == "瑞丽试验区")
    assert zone.label == Label.COUNTY and zone.props.get("kind") == "zone"
    assert "百色试验区" in _names("近年来，广西百色市牢牢抓住百色试验区建设机遇。", Label.COUNTY)
    # a province's title and a kind named so are no zone
    assert not {n for n in _names("江苏省加快建设江苏示范区，推进农业示范区建设。", Label.COUNTY) if n.endswith("示范区")}


def test_resources_is_no_county() -> None:
    text = "桂林市恭城瑶族自治县依托重金属矿、大理石等矿资源优势，加快工业发展。"
    assert _names(text, Label.COUNTY) == {"恭城瑶族自治县"}


def test_a_pillar_park_is_a_kind_of_park() -> None:
    assert "经济支柱产业园" not in _parks("力争把开花山工业园建设成为恭城县重要经济支柱产业园。")
    assert "开花山工业园" in _parks("力争把开花山工业园建设成为恭城县重要经济支柱产业园。")


def test_a_bare_border_zone_opening_a_parks_name_is_where_it_lies() -> None:
    names = _parks("绥芬河市重点项目集中开工仪式近日在边境经济合作区俄蜜源蜂业产业园区举行。")
    assert names == {"俄蜜源蜂业产业园区"}
    assert "满洲里边境经济合作区木材产业园" in _parks("项目位于满洲里边境经济合作区木材产业园。")


def test_a_firms_own_site_is_its_project_no_park_and_lies_in_the_county_after_the_firm() -> None:
    text = "7月9日，山西焦炭集团介休碳材料产业园转型升级项目一期工程日前举行了开工仪式。"
    assert not _parks(text)
    g = _news("山西省晋中市介休市重点项目建设提速。\n" + text)
    assert not {n.name for n in g.nodes if n.label == Label.PARK}
    assert ("山西焦炭集团介休碳材料产业园转型升级项目", "介休市") in _edges(g, RelType.LOCATED_IN)
    # a park named before a firm is still a park (光电产业园|某某有限公司: the firm's name starts after it)
    assert "光电产业园" in _parks("光电产业园内的太平洋光缆有限公司投产。")


def test_a_project_named_after_a_divisions_zone_lies_in_the_zone() -> None:
    g = _news("德宏州集中开工的重大项目共4个，分别是瑞丽试验区城市综合展示中心项目、盈江县大盈江北路建设工程。\n"
              "瑞丽市、盈江县分别举行了开工仪式。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("瑞丽试验区城市综合展示中心项目", "瑞丽试验区") in located
    assert ("瑞丽试验区城市综合展示中心项目", "瑞丽市") not in located


def test_a_line_named_after_its_county_lies_in_the_county() -> None:
    g = _news("德宏州本次集中开工项目中，陇川县特色工业园区至陇瑞高速公路连接线项目开工建设。")
    assert "陇川县" in {n.name for n in g.nodes if n.label == Label.COUNTY}
    assert any(src.endswith("连接线") and dst == "陇川县" for src, dst in _edges(g, RelType.LOCATED_IN))
    # a line opening with a prefecture is no county's (德州至高唐: 德州 is the city, not a county)
    g = _news("山东省德州市德州至高唐高速公路项目开工建设。")
    assert not any("高速" in src for src, _dst in _edges(g, RelType.LOCATED_IN))


def test_a_sites_section_or_an_association_named_after_zones_is_no_zone() -> None:
    assert not _parks("时间：2013-07-01 09:23:48来源：上海开发区协会")
    g = _news("您现在的位置：首页 > 开发区新闻 > 青浦区 > 文字新闻\n上海青浦工业园区召开重点项目推进会。")
    assert not {n.name for n in g.nodes if n.name.endswith("开发区")}
    assert "上海青浦工业园区" in {n.name for n in g.nodes}


def test_a_free_trade_zones_area_named_after_a_division_is_a_zone() -> None:
    from ingest.extract.names import find_zone_areas
    assert [n for *_, n in find_zone_areas("中德园是辽宁自贸区沈阳片区协同区。")] == ["辽宁自贸区沈阳片区"]
    assert [n for *_, n in find_zone_areas("加快中国(安徽)自由贸易试验区阜阳联动创新区太和片区建设。")] == \
        ["中国(安徽)自由贸易试验区阜阳联动创新区太和片区"]
    assert not find_zone_areas("推进城东片区改造，加快西部科学城核心片区建设。")  # no division before 片区
    g = _news("重庆市璧山区将进一步推动西部（重庆）科学城璧山片区高水平建设。")
    zone = next(n for n in g.nodes if n.name == "西部（重庆）科学城璧山片区")
    assert zone.label == Label.COUNTY and zone.props.get("kind") == "zone"
    assert "西部（重庆）科学城" not in {n.name for n in g.nodes}


def test_a_bare_jingkaiqu_is_the_zone_of_the_city_in_context() -> None:
    g = _news("河南省新乡市召开新闻发布会。2022年，经开区多项经济指标增速均居全市前列，经开区绿色纤维新材料项目投产。")
    assert "新乡经济技术开发区" in {n.name for n in g.nodes if n.label == Label.COUNTY}
    # a kind of zone after a level is still none (升级为国家级经开区)
    g = _news("河南省新乡市召开新闻发布会。该区已升级为国家级经开区。")
    assert not {n.name for n in g.nodes if n.name.endswith("经济技术开发区")}
