"""Where a firm is when no sentence says it (firm13): a firm whose legal name opens with the report's county, each on a
composed text, with the shapes it must leave alone."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.test_other_cities import _edges, _news, _rules


def test_a_firm_named_after_the_reports_county_is_in_it() -> None:
    g = _news("望奎县：工业经济稳中有进\n今年以来，望奎县工业经济稳中有进。望奎县宏达丝网制品有限公司、黑龙江望奎恒信滤材有限公司"
              "等十余家企业产值增长两成。")
    located = _edges(g, RelType.LOCATED_IN)
    assert any(a.startswith("宏达丝网") and b == "望奎县" for a, b in located)
    assert any("恒信滤材" in a and b == "望奎县" for a, b in located)  # after its province: 黑龙江|望奎|恒信…
    assert "name_county_firm" in _rules(g, RelType.LOCATED_IN)


def test_a_report_on_a_park_of_the_county_holds_the_firm() -> None:
    g = _news("望奎县丝网产业园：企业满负荷生产\n在望奎县丝网产业园，企业加紧赶制订单。“今年订单排到了六月。”"
              "望奎宏达丝网制品有限公司厂长王某说。")
    assert any(a.startswith("宏达丝网") and b == "望奎县丝网产业园" for a, b in _edges(g, RelType.LOCATED_IN))


def test_a_project_owner_and_a_firm_from_elsewhere_are_left_alone() -> None:
    # the firm owns the project its clause goes on to: the gold places the project, not the firm
    g = _news("望奎县项目投产\n近日，望奎县两个项目投产，分别是望奎县宏达丝网制品有限公司2亿元的丝网深加工项目。")
    assert not any(a.startswith("宏达丝网") for a, _ in _edges(g, RelType.LOCATED_IN))
    # a firm whose name opens with another county, in a report on this one
    g = _news("望奎县签约5个项目\n活动现场，望奎县人民政府与浙江省德清宏达丝网制品有限公司等多家企业座谈。")
    assert not any(b in ("德清县",) for _, b in _edges(g, RelType.LOCATED_IN))
    # a county written before a province's name is where the firm is visited, not the head of its name
    g = _news("望奎县：企业见闻\n在望奎县黑龙江宏达丝网制品有限公司，展厅里摆放着各类产品。")
    assert "name_county_firm" not in _rules(g, RelType.LOCATED_IN)


def test_a_brand_and_a_citys_counties_are_left_alone() -> None:
    # a brand with no legal form, though it opens with the report's county
    g = _news("望奎县：丝网产业集群\n望奎县丝网产业集群在龙头企业望奎宏达、望奎恒信等带动下，市场占有率持续提升。")
    assert "name_county_firm" not in _rules(g, RelType.LOCATED_IN)
    # no report's place holds the county, and the text names several counties: a city's plan names their firms
    g = _news("全市产业集群发展规划\n望奎县、兰西县、青冈县加快发展丝网产业。望奎县宏达丝网制品有限公司产值增长两成。")
    assert "name_county_firm" not in _rules(g, RelType.LOCATED_IN)
    # the one county such a text names holds the firm named after it
    g = _news("丝网产业发展见闻\n望奎县加快发展丝网产业。望奎县宏达丝网制品有限公司产值增长两成。")
    assert ("宏达丝网制品", "望奎县") in _edges(g, RelType.LOCATED_IN)
