"""Targets in prose, sixth round (ingest/extract/targets/, context.document_subject): mechanisms kept because they
also fire on the held-out half of the fourth batch (b4check), each on a composed sentence through the real pipeline."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import extracted, figures as _targets

_PLAN = "全年新增各类研发平台40家以上，全社会研发投入增长20%以上。"


def test_a_report_of_the_years_first_month_states_its_years_figures_as_plans() -> None:
    t = _targets(extracted(_PLAN, kind="report", date="2021-01-21"))
    assert (t["新增各类研发平台"]["year"], t["新增各类研发平台"]["value"], t["新增各类研发平台"]["comparator"]) \
        == (2021, 40.0, ">=")
    assert any(n.endswith("增长率") for n in t)


def test_later_in_the_year_or_in_news_the_same_figures_are_reports() -> None:
    for kind, date in (("report", "2021-06-21"), ("news", "2021-01-21")):
        g = extracted(_PLAN, kind=kind, date=date)
        assert not _targets(g), (kind, date)
        assert "新增各类研发平台" in _targets(g, RelType.REPORTS)


def test_a_province_named_most_yields_to_the_city_the_text_is_about() -> None:
    g = extracted("湖南日报讯（记者 张三）近日，湖南省重点项目建设推进会召开。湖南省发改委介绍，郴州市重点项目进展顺利。"
                 "今年力争新增规模以上工业企业100家。", date="2021-03-01", title="")
    assert _targets(g)["郴州市新增规模以上工业企业"]["scope"] == "郴州市"


def test_a_city_in_the_dateline_is_where_the_report_is_filed_from() -> None:
    g = extracted("中新网合肥9月25日电 记者从安徽省经济和信息化厅获悉，安徽省经济和信息化厅介绍，力争到2025年新增"
                 "规模以上工业企业1000家。", date="2020-09-25", title="")
    assert _targets(g)["安徽省新增规模以上工业企业"]["scope"] == "安徽省"


def test_figures_a_name_states_describe_what_a_park_is_made_into() -> None:
    t = _targets(extracted("到2025年，把杨林工业园区打造成为主营业务收入超500亿元、增加值超100亿元的现代化开发区。",
                          date="2021-03-01"))
    assert {n: (v["value"], v["comparator"], v["scope"]) for n, v in t.items()} == {
        "杨林工业园区主营业务收入": (500.0, ">", "杨林工业园区"), "杨林工业园区增加值": (100.0, ">", "杨林工业园区")}


def test_a_figure_qualifying_a_counted_class_or_a_bare_noun_is_no_target() -> None:
    t = _targets(extracted("到2025年，营业收入突破1000亿元的产业集群达到7个，引进投资超50亿元的项目10个，建成过10亿元的项目。",
                          date="2021-03-01"))
    assert all(v["unit"] != "亿元" for v in t.values()), t


def test_a_batch_planned_by_a_lead_word_dropped_from_its_name_plans_its_money() -> None:
    g = extracted("今年，全区确定重点项目120项，总投资800亿元，年度计划投资150亿元。", date="2021-03-01")
    assert (_targets(g)["重点项目总投资"]["value"], _targets(g)["重点项目总投资"]["year"]) == (800.0, 2021)
    assert "重点项目总投资" not in _targets(g, RelType.REPORTS)


def test_a_clause_of_only_a_verb_and_a_figure_continues_the_subject_before_it() -> None:
    t = _targets(extracted("力争到2025年，规上工业增加值在2020年的基础上翻一番，突破900亿元。", date="2021-03-01"))
    assert (t["规模以上工业增加值"]["value"], t["规模以上工业增加值"]["comparator"]) == (900.0, ">")


def test_a_batch_of_key_projects_put_in_hand_is_the_years_plan() -> None:
    g = extracted("今年，全县实施投资500万元以上重点项目121个，总投资203亿元。", date="2020-03-01")
    assert (_targets(g)["重点项目"]["value"], _targets(g)["重点项目"]["year"]) == (121.0, 2020)
    assert any(n.endswith("重点项目总投资") for n in _targets(g))


def test_an_average_a_tally_or_a_past_deed_puts_no_batch_in_hand() -> None:
    for text in ("五年来，全县年均实施重点项目87个。", "五年来，全县实施了438个重点项目，累计完成投资631亿元。",
                 "今年以来，全县实施重点项目121个，总投资203亿元。"):
        assert not _targets(extracted(text, date="2020-10-01")), text
