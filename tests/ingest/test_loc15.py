"""Where things are on new text, fifteenth session (loc15): mechanisms found in three or more of the nine batches of
the learning halves (learn5to13), on composed sentences through the real pipeline."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.test_other_cities import _edges, _news, _rules


def test_a_county_reports_own_parks_are_in_the_county() -> None:
    # a county's report (its place from the first sentence) names its parks with no place in their sentence
    g = _news("今年以来，屏山县坚持工业强县战略，全力推进项目建设。\n"
              "全年新建标准厂房8万平方米，柑橘深加工产业园新入驻企业6家。")
    assert ("柑橘深加工产业园", "屏山县") in _edges(g, RelType.LOCATED_IN)
    assert "county_park" in _rules(g, RelType.LOCATED_IN)


def test_a_county_report_does_not_place_a_phrase_a_theme_town_or_another_countys_park() -> None:
    g = _news("今年以来，屏山县坚持工业强县战略，全力推进项目建设。\n"
              "要大力扶持园区企业发展，建设数字经济科技城。\n"
              "考察团走进江安县阳春工业园区、纺织服装产业园，了解企业生产情况。")
    located = _edges(g, RelType.LOCATED_IN)
    assert not any(t == "屏山县" and "扶持" in s for s, t in located)  # a phrase before a bare 园区: no park's own name
    assert ("数字经济科技城", "屏山县") not in located  # a theme's town may stand for the city
    assert ("纺织服装产业园", "屏山县") not in located  # the clause's list opens in another county


def test_a_zone_report_leaves_its_parks_to_park_dateline() -> None:
    g = _news("今年以来，屏山经济开发区坚持项目为王，全力推进项目建设。\n柑橘深加工产业园新入驻企业6家。")
    assert "county_park" not in _rules(g, RelType.LOCATED_IN)


def test_a_firm_whose_workshop_the_reportage_stands_in_is_in_the_place() -> None:
    g = _news("今年以来，屏山县坚持工业强县战略，全力推进项目建设。\n"
              "在屏山县四川宏达纸业有限公司生产车间，一卷卷纸品正源源不断下线。")
    assert ("四川宏达纸业", "屏山县") in _edges(g, RelType.LOCATED_IN)
    assert "firm_site" in _rules(g, RelType.LOCATED_IN)
    # the park written between the verb and the firm is the nearer place
    park = _news("今年以来，屏山县坚持工业强县战略，全力推进项目建设。\n"
                 "走进屏山县工业集中区纺织产业园四川宏达纸业有限公司生产车间，机器飞速运转。")
    assert ("四川宏达纸业", "纺织产业园") in _edges(park, RelType.LOCATED_IN)


def test_a_firm_brought_in_with_its_plant_is_no_site_of_the_reportage() -> None:
    g = _news("今年以来，屏山县坚持工业强县战略，全力推进项目建设。\n"
              "2008年，屏山县在震后引进总投资近20亿元的宏达集团新型干法水泥生产线，项目一期工程已投产。")
    assert "firm_site" not in _rules(g, RelType.LOCATED_IN)


def test_a_project_whose_name_holds_one_county_is_in_it() -> None:
    # a city's plan (no report place holds them): each project's name says where it is, after a firm or a prefecture
    g = _news("全市加快能源项目建设。\n推进中广核兴城一期20万千瓦风电、辽宁华能葫芦岛南票25万千瓦风力发电等清洁能源项目。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("中广核兴城一期20万千瓦风电", "兴城市") in located
    assert ("辽宁华能葫芦岛南票25万千瓦风力发电", "南票区") in located
    assert "name_county_place" in _rules(g, RelType.LOCATED_IN)


def test_no_place_from_a_line_between_counties_or_a_places_projects() -> None:
    g = _news("全市加快交通项目建设。\n开工兴城至葫芦岛一级公路改造工程、葫芦岛市南票区项目。")
    assert "name_county_place" not in _rules(g, RelType.LOCATED_IN)
