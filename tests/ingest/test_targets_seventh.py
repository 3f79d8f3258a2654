"""Targets in prose, seventh round (ingest/extract/targets/): false targets of the development sets grouped by shape,
and a recurring construction of dated batches, each mechanism on a composed sentence through the real pipeline."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import extracted, figures as _targets


def test_a_later_clause_opening_with_a_bare_project_speaks_of_the_sentences_project() -> None:
    for text in ("顺德五沙大数据中心总投资16亿元，项目计划建设9000个数据机柜。",
                 "江州区蔗糖循环经济产业园规划面积约2200亩，项目总投资20亿元，计划三年内建设标准厂房20万平方米，"
                 "可容纳企业超过30家。"):
        assert not _targets(extracted(text, date="2017-03-11")), text


def test_a_bare_project_after_a_counted_batch_is_the_batch() -> None:
    t = _targets(extracted("今年，全区计划实施重点项目62项，项目总投资1980亿元。", date="2021-03-01"))
    assert t["重点项目"]["value"] == 62.0


def test_a_reported_cue_in_an_earlier_clause_reports_the_later_clauses() -> None:
    g = extracted("今年，开发区计划建设重点项目38个，现已开工31个，开工率达81.6%。", date="2012-05-26")
    assert "开工率" not in " ".join(_targets(g))
    assert any("开工率" in n for n in _targets(g, RelType.REPORTS))


def test_a_target_word_after_the_reported_cue_still_makes_a_target() -> None:
    t = _targets(extracted("全区已开工项目31个，力争年底开工率达到95%。", date="2012-05-26"))
    assert any("开工率" in n for n in t)


def test_a_plan_word_naming_an_earlier_parts_money_makes_no_later_part_a_target() -> None:
    g = extracted("其中开工项目56个，总投资241.9亿元，今年计划投资82.6亿元；竣工项目51个，总投资167.5亿元。",
                  date="2019-03-03")
    assert not any(n.endswith("竣工项目") or n.endswith("竣工项目总投资") for n in _targets(g))


def test_a_dated_plan_word_of_an_earlier_part_still_plans_the_breakdown() -> None:
    g = extracted("其中：续建项目37项，2010年计划投资185.9亿元；新开工项目25项，2010年计划投资123.3亿元。",
                  date="2010-03-01", kind="report")
    assert _targets(g)["新开工项目"]["value"] == 25.0


def test_a_batch_counted_and_priced_before_its_years_planned_money_is_the_years_plan() -> None:
    g = extracted("从建设性质来看：续建项目92个，总投资839.19亿元，年度计划投资271.50亿元。", kind="report",
                  date="2024-10-15")
    t = _targets(g)
    assert (t["续建项目"]["value"], t["续建项目"]["year"]) == (92.0, 2024)
    assert t["续建项目总投资"]["value"] == 839.19


def test_a_batch_counted_at_an_event_tells_the_event() -> None:
    g = extracted("2月25日，涪陵区举行工业投资项目集中开工活动。其中，工业项目49个，总投资489.6亿元，年度投资178.6亿元。",
                  date="2020-03-18")
    assert not any(n.endswith("工业项目") or n.endswith("工业项目总投资") for n in _targets(g)), _targets(g)


def test_a_headline_restating_a_batch_is_no_plan_of_its_own() -> None:
    g = extracted("发力重点项目\n谋划形成项目432个,年度计划投资222.8亿元\n", kind="report", date="2025-02-01")
    assert not any(v["value"] == 432.0 for v in _targets(g).values())
