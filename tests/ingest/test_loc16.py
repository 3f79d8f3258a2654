"""Where things are on new text, sixteenth session (loc16): a place's firms it leans on, drew in or watches over
(依托/吸引了/紧盯 A、B等…企业; batches 3, 4, 6, 10 of learn5to14), in the place their own sentence names before them,
else the report's; on composed sentences through the real pipeline."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.test_other_cities import _edges, _news, _rules


def test_the_firms_a_zone_leans_on_are_the_reports_zones() -> None:
    # a zone's report: the firms it leans on, with no place in their sentence, are the zone's
    g = _news("今年以来，屏山经济开发区坚持项目为王，全力推进项目建设。\n"
              "未来三年，将依托宏达纸业、天元重工等龙头企业，加快装备制造产业园建设。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("宏达纸业", "屏山经济开发区") in located and ("天元重工", "屏山经济开发区") in located


def test_firms_drawn_in_are_in_the_place_their_sentence_names() -> None:
    # the clause's own county, not the report's zone, holds the firms it drew in
    g = _news("今年以来，屏山经济开发区坚持项目为王，全力推进项目建设。\n"
              "园区管委会主任介绍说，近年来，江安县大力实施工业强县战略，吸引了宏达纸业、天元重工等龙头企业。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("宏达纸业", "江安县") in located and ("宏达纸业", "屏山经济开发区") not in located
    assert "sentence_place" in _rules(g, RelType.LOCATED_IN)


def test_a_place_inside_a_listed_firms_name_is_no_place_of_the_list() -> None:
    # 紧盯A、B等重点企业: the county 江安 opening the first firm's name places neither firm
    g = _news("今年以来，屏山县坚持工业强县战略，全力推进项目建设。\n"
              "强化运行监测，紧盯江安宏达纸业、天元重工等重点企业生产经营情况。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("天元重工", "江安县") not in located
    assert ("天元重工", "屏山县") in located


def test_firms_a_place_meets_as_guests_or_partners_stay_unplaced() -> None:
    # 与A、B等企业对接合作: partners from elsewhere, no verb of holding
    g = _news("今年以来，屏山县坚持工业强县战略，全力推进项目建设。\n"
              "县领导与宏达纸业、天元重工等企业对接合作。")
    assert not [s for s, t in _edges(g, RelType.LOCATED_IN) if s in ("宏达纸业", "天元重工")]


def test_the_one_county_a_report_names_is_its_place() -> None:
    # no sentence opens with the place, but the report names one county, twice: its projects and parks are there
    g = _news("本报讯 近日，第三届“百企进屏山”系列活动开启，推介会在屏山龙华古镇举行。\n"
              "活动期间，客商走访了屏山县纺织产业园，感受屏山发展脉搏。\n"
              "推介会上，共签约宏达纸业年产10万吨生活用纸、天元重工精密铸件等6个项目。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("天元重工精密铸件", "屏山县") in located and ("宏达纸业年产10万吨生活用纸", "屏山县") in located
    assert "sole_place" in _rules(g, RelType.LOCATED_IN)


def test_a_report_naming_two_counties_or_its_city_has_no_sole_place() -> None:
    two = _news("本报讯 近日，推介会在屏山龙华古镇举行。\n活动期间，客商走访了屏山县纺织产业园和江安县阳春工业园区。\n"
                "屏山县签约6个项目。")
    assert "sole_place" not in _rules(two, RelType.LOCATED_IN)
    # the one place named is a zone named by its prefecture, and the prefecture is named on its own as often: the city's
    city = _news("本报讯 近日，一批客商走访了白银高新技术产业开发区。\n白银抓住机遇，白银定位为节点城市。\n"
                 "客商参观了白银高新技术产业开发区纺织产业园，宏达纸业年产10万吨生活用纸项目正在建设。")
    assert "sole_place" not in _rules(city, RelType.LOCATED_IN)
