"""Targets in prose, eighth round (ingest/extract/targets.py): false targets of the development sets grouped by cause
(the present read as a plan, a project's figures read as an area's, a verb swallowed by a name) and the year's batch
priced before its planned money, each mechanism on a composed sentence through the real pipeline."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import extracted, figures as _targets


def test_the_present_reports_under_a_plan_year_an_earlier_sentence_carries() -> None:
    g = extracted("启动实施肉牛产业项目计划到2024年，争取园区肉牛存栏达到2万头。目前，园区已入驻甲公司、乙公司等2家肉牛龙头"
                  "企业。肉羊养殖方面，已引进丙公司，肉羊养殖合作社2家。", date="2023-03-31")
    t = _targets(g)
    assert t["园区肉牛存栏"]["value"] == 20000.0
    assert not any("龙头企业" in n or "合作社" in n for n in t), t


def test_the_present_and_a_figure_set_against_the_plan_report() -> None:
    t = _targets(extracted("整个园区计划分三期建设，目前一期开发约35000平方米。", date="2026-02-10"))
    assert not any("开发" in n for n in t), t
    g = extracted("市重点调度的20个项目，今年计划投资70.2亿元，实际完成投资60.8亿元。", date="2012-11-28")
    assert not any(v["value"] == 60.8 for v in _targets(g).values())
    assert any(v["value"] == 70.2 for v in _targets(g).values())


def test_a_projects_anaphor_mid_sentence_makes_its_part_the_projects() -> None:
    for text in ("水利局副局长介绍，该工程总投资1.43亿元，于3月初进入全面施工阶段，将治理河道总长7.65公里。",
                 "“整个项目计划是分三期建设，目前一期开发约35000平方米。”"):
        assert not _targets(extracted(text, date="2025-04-01")), text


def test_a_verb_of_having_before_a_count_is_no_name() -> None:
    t = _targets(extracted("预计3月底前，还将有42个新建项目开复工。", date="2021-03-01"))
    assert t["新建项目"]["value"] == 42.0
    t = _targets(extracted("力争年底全市规上企业共有500家。", date="2021-03-01"))
    assert t["规模以上企业"]["value"] == 500.0


def test_a_goals_frame_and_a_hope_close_the_name() -> None:
    t = _targets(extracted("2021年地区生产总值目标确定为增长8.5%以上。", date="2021-02-01"))
    assert any(n.endswith("增长率") and "目标" not in n for n in t), t
    t = _targets(extracted("力争全年规上工业产值有望突破300亿元。", date="2025-03-01"))
    assert [v["value"] for v in t.values()] == [300.0] and not any("有望" in n for n in t), t


def test_a_grid_connection_keeps_its_and() -> None:
    t = _targets(extracted("力争年内并网装机容量达到90万千瓦。", date="2016-07-27"))
    assert "并网装机容量" in t, t


def test_a_years_batch_counted_and_priced_before_its_planned_money_is_planned() -> None:
    t = _targets(extracted("今年，经开区铺排重点项目112个，总投资过千亿元，年度计划投资221.7亿元。", date="2023-08-05"))
    assert {v["value"] for v in t.values()} >= {112.0, 1000.0}, t


def test_a_share_of_the_plan_met_is_no_planned_money() -> None:
    g = extracted("全年谋划实施项目473个，总投资1991.5亿元，年度投资完成率110%。", date="2023-12-20")
    assert not _targets(g), _targets(g)
    assert _targets(g, RelType.REPORTS)
