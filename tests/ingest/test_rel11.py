"""LOCATED_IN and PROJECT_OF wordings read across the learning halves of batches 5-9 (rel11), each on a composed text,
with the shapes each must leave alone."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.test_other_cities import _edges, _news, _rules


def _projects(g) -> set[str]:
    return {n.name for n in g.nodes if n.label == Label.PROJECT}


def test_a_countys_news_outlet_names_the_reports_place() -> None:
    text = ("东南网5月9日讯 据武平新闻网报道，5月8日，项目集中开工仪式举行。\n"
            "当天，梁野山绿道工程、城东片区污水管网工程等6个项目集中开工，为武平县高质量发展增添后劲。")
    g = _news(text)
    located = _edges(g, RelType.LOCATED_IN)
    assert ("梁野山绿道工程", "武平县") in located and ("城东片区污水管网工程", "武平县") in located
    assert "dateline" in _rules(g, RelType.LOCATED_IN)
    # a province's paper is no report's place
    g = _news("福建日报5月9日讯 5月8日，项目集中开工仪式举行。\n当天，梁野山绿道工程、城东片区污水管网工程等6个项目集中开工，"
              "为福建高质量发展增添后劲。")
    assert not any(b in ("福建省", "福建") for _, b in _edges(g, RelType.LOCATED_IN))


def test_the_title_line_after_a_pages_menu_names_the_reports_place() -> None:
    title = "机械轰鸣 武平县8个工业项目赢得开门红"
    menu = "\n".join(f"栏目{i} 新闻 国际 财经 体育" for i in range(6))
    text = (f"{menu}\n地方网 > 新闻 > 正文\n{title}\n来源：某某日报 2010-03-11\n"
            "眼下，梁野山绿道工程、城东片区污水管网工程等8个项目已全面开工。")
    g = _news(text, title=title)
    assert ("梁野山绿道工程", "武平县") in _edges(g, RelType.LOCATED_IN)
    # the same line without being the document's title, that far down, is no headline
    g = _news(text, title="")
    assert ("梁野山绿道工程", "武平县") not in _edges(g, RelType.LOCATED_IN)


def test_a_verb_of_pushing_opens_a_list_of_projects() -> None:
    g = _news("着力打造干部队伍，以全方位服务推动煤焦油加氢、苯酐联产等项目投产达效。")
    assert {"煤焦油加氢", "苯酐联产"} <= _projects(g)
    assert not any("推动" in p for p in _projects(g))


def test_a_firm_after_the_place_it_settled_in_owns_what_it_builds() -> None:
    g = _news("签约落户宁河的华星航天科技集团有限公司将在宁河投资25亿元，建设航天装备制造基地项目。")
    assert ("航天装备制造基地项目", "华星航天科技集团") in _edges(g, RelType.CARRIED_OUT_BY)
    # a project before the firm is not what the firm builds
    g = _news("航天装备制造基地项目签约落户宁河的华星航天科技集团有限公司，将举行开工仪式。")
    assert ("航天装备制造基地项目", "华星航天科技集团") not in _edges(g, RelType.CARRIED_OUT_BY)


def test_a_builders_outlay_between_by_and_the_verb() -> None:
    g = _news("华恒生化项目由英国鑫迪国际投资有限公司斥资5.5亿美元建设，设计年产5万吨苯酚。")
    assert ("华恒生化项目", "英国鑫迪国际投资") in _edges(g, RelType.CARRIED_OUT_BY)
    assert "built_by" in _rules(g, RelType.CARRIED_OUT_BY)


def test_two_firms_building_together() -> None:
    g = _news("宏达集团有限公司与东方科技有限公司合作建设年产10万吨新材料项目。")
    owners = _edges(g, RelType.CARRIED_OUT_BY)
    assert ("年产10万吨新材料项目", "宏达集团") in owners and ("年产10万吨新材料项目", "东方科技") in owners
