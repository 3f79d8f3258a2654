"""Targets anywhere in prose (ingest/extract/targets.py) and project facts
(ingest/extract/project_facts.py) on short hand-written texts through the real pipeline."""

from __future__ import annotations

import pytest

from graph.model import DocumentGraph, RelType
from ingest.extract import extract_document
from ingest.extract.targets import rules
from ingest.read import SourceDocument
from ingest.read.clean import clean_text


def _extract(text: str, kind: str = "news", date: str = "2023-01-10", title: str = "测试") -> DocumentGraph:
    ct = clean_text(text)
    return extract_document(SourceDocument(key="t", path="t.txt", title=title, date=date, kind=kind,
                                           period=date[:4], text=ct.text, raw_text=text, offsets=ct.offsets))


def _figures(g: DocumentGraph, rel: RelType) -> dict[str, dict]:
    names = {n.id: n for n in g.nodes}
    return {names[e.target].name: {**e.props, "measure": names[e.target].props.get("measure")}
            for e in g.edges if e.type == rel}


def test_targets_with_magnitudes_comparators_and_rates() -> None:
    g = _extract("到2025年，全市力争建成5G基站1.5万个，规模以上工业营业收入突破千亿元，"
                 "高新技术企业达到500家以上，地区生产总值年均增长8%左右。")
    t = _figures(g, RelType.SETS_TARGET)
    assert t["5G基站"] == {"year": 2025, "value": 15000.0, "unit": "个", "comparator": ">=", "scope": "聊城市",
                          "measure": "level"}
    assert (t["规模以上工业营业收入"]["value"], t["规模以上工业营业收入"]["unit"], t["规模以上工业营业收入"]["comparator"]) \
        == (1000.0, "亿元", ">")
    assert (t["高新技术企业"]["value"], t["高新技术企业"]["comparator"]) == (500.0, ">=")
    rate = t["GDP年均增长率"]  # 地区生产总值 is written GDP (resolve.indicator_key)
    assert (rate["value"], rate["unit"], rate["comparator"], rate["measure"]) == (8.0, "%", "~", "rate")
    assert "GDP" not in t  # the rate is not the level


@pytest.mark.parametrize("text, name, year", [
    ("“十四五”末，莘县规模以上工业企业达到300家。", "莘县规模以上工业企业", 2025),   # plan period; a county's own node
    ("年内新增“专精特新”企业50家。", "新增专精特新企业", 2023),                   # the document's year
    ("2023—2025年，累计实施技改项目300个。", "累计实施技改项目", 2025),            # a span ends in its last year
])
def test_the_year_and_the_scope(text: str, name: str, year: int) -> None:
    t = _figures(_extract(text, date="2022-06-01" if "十四五" in text else "2023-01-10"), RelType.SETS_TARGET)
    assert t[name]["year"] == year, t
    assert t[name]["scope"] == ("莘县" if name.startswith("莘县") else "聊城市")


def test_a_past_figure_is_a_reported_value_of_its_period() -> None:
    g = _extract("2022年，全市规模以上工业增加值增长6.5%，新增高新技术企业120家。")
    r = _figures(g, RelType.REPORTS)
    assert r["规模以上工业增加值增长率"]["period"] == "2022" and r["规模以上工业增加值增长率"]["measure"] == "rate"
    assert r["新增高新技术企业"]["value"] == 120.0  # a flow, not the number of such firms
    assert not _figures(g, RelType.SETS_TARGET)


def test_no_target_from_dates_ranges_or_project_figures() -> None:
    g = _extract("到2025年，力争每个县实施投资过10亿元的项目5-10个，3月15日召开会议，鲁西集团年产30万吨尼龙项目总投资20亿元。")
    assert not _figures(g, RelType.SETS_TARGET)


def test_the_rules_file_is_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    import ingest.extract.targets as targets
    from ingest.errors import LexiconError

    rules.cache_clear()
    monkeypatch.setattr(targets, "rule_data", lambda name: {"units": []})
    with pytest.raises(LexiconError, match="missing"):
        targets.rules()
    rules.cache_clear()


def test_project_worth_and_stage() -> None:
    g = _extract("2月17日上午，鲁西集团年产10万吨新材料项目开工建设，项目总投资12.5亿元，占地200亩。"
                 "东阿投资8000万元的阿胶产业园项目竣工投产。", date="2021-02-18")
    props = {n.name: n.props for n in g.nodes if n.label.value == "Project"}
    lx = props["鲁西集团年产10万吨新材料项目"]
    assert (lx["total_investment"], lx["total_investment_yi"], lx["site_area"]) == ("12.5亿元", 12.5, "200亩")
    assert (lx["status"], lx["status_date"]) == ("开工", "2021-02-17")
    assert any(x.startswith("total_investment policy:t#") for x in lx["fact_evidence"])


def test_a_planned_stage_is_not_a_status() -> None:
    g = _extract("力争鲁西集团年产10万吨新材料项目年内开工。")
    assert all("status" not in n.props for n in g.nodes)


def test_facts_said_of_the_last_project() -> None:
    g = _extract("鲁西集团年产10万吨新材料项目签约。\n鲁西集团是化工企业，该项目总投资50亿元，年度计划投资8亿元。", date="2023-12-26")
    lx = next(n.props for n in g.nodes if n.name == "鲁西集团年产10万吨新材料项目")
    assert (lx["total_investment_yi"], lx["annual_investment"], lx["annual_investment_year"]) == (50.0, "8亿元", 2023)
    assert (lx["status"], lx["status_date"]) == ("签约", "2023")
