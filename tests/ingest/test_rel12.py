"""The report's place read past a page's chrome (rel12: misses of the learning halves of batches 5-10, the wording in
five of six batches), on composed texts, with the shapes it must leave alone."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.test_other_cities import _edges, _news, _rules

_CHROME = "首页>> 要闻\n努力争取更好成绩\n●中共武平县委 武平县人民政府\n发布时间：2022-09-28 09:46\n编辑：张三\n"
_BODY = ("武平县将坚持项目为王，全力冲刺全年目标，为全市增长多作贡献。\n"
         "加快推进梁野山绿道工程、城东片区污水管网工程等8个项目建设，确保年内建成投用。\n")


def test_the_opening_past_a_pages_chrome_names_the_reports_place() -> None:
    """A menu, a headline, a masthead, a date and a byline before the first sentence: the county opening it is the
    report's place, as it is with no chrome at all."""
    g = _news(_CHROME + _BODY)
    located = _edges(g, RelType.LOCATED_IN)
    assert ("梁野山绿道工程", "武平县") in located and ("城东片区污水管网工程", "武平县") in located
    assert "opening_past_chrome" in _rules(g, RelType.LOCATED_IN)
    g = _news(_BODY)  # no chrome: opening_subject reads it as before
    assert ("梁野山绿道工程", "武平县") in _edges(g, RelType.LOCATED_IN)
    assert "opening_past_chrome" not in _rules(g, RelType.LOCATED_IN)


def test_a_city_report_past_the_chrome_gives_no_place() -> None:
    """The first sentence past the chrome has the prefecture hold the event: a report on the city, whose counties'
    projects it names; no county is the report's place by this rule."""
    g = _news("首页>> 要闻\n发布时间：2022-03-01\n编辑：张三\n来源：某某网\n"
              "3月1日，龙岩市举行一季度重大项目集中开工活动。\n"
              "当天，武平县举行分会场开工仪式，梁野山绿道工程、城东片区污水管网工程等8个项目集中开工。\n"
              "加快推进城南物流园建设项目、城北污水处理厂项目建设。\n")
    assert "opening_past_chrome" not in _rules(g, RelType.LOCATED_IN)
    assert ("城南物流园建设项目", "武平县") not in _edges(g, RelType.LOCATED_IN)


def test_a_town_read_as_a_project_is_not_placed_by_the_reports_place() -> None:
    """武平县在五里桥镇、丹水镇、太平镇等地…: the towns, where a list rule takes them for projects, are places, not works
    the report's place holds."""
    g = _news(_CHROME + "2月21日，武平县在五里桥镇、丹水镇、太平镇等地同时举行四场重大项目集中开工仪式。\n"
              "梁野山绿道工程、城东片区污水管网工程等8个项目集中开工。\n")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("梁野山绿道工程", "武平县") in located
    assert not [a for a, _ in located if a in ("丹水镇", "太平镇")]


def test_a_short_form_heading_a_prefectures_name_is_no_county() -> None:
    """防城|港市: the prefecture's name, not 防城区 by its short form."""
    g = _news("近日，广西防城港市发布了工业经济运行数据，全市规模以上工业增加值同比增长14.2%。")
    assert "防城区" not in {n.name for n in g.nodes if n.label == Label.COUNTY}
