"""Mechanisms from audit AJ of raw plans, measures and notices with numeric targets (tests/audit/docs/377-388,
judged_aj.yaml): a listed project opening with its county and 的 (重点推进A区的X、B市的Y等项目), 计划 closing a programme's
name in a list of what was done (…行动计划、…等重点工作) and the year of a review's undated figure (a milestone's 在2014年
and a comparison's 是“十一五”末的N倍 date no other figure), on sentences composed for the test (not copied from any set's
texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, pairs


def test_a_listed_project_opening_with_its_county_and_de_is_that_countys_project() -> None:
    """重点推进东城区的华鑫材料铝箔生产线、南溪县的绿源生物饲料加工等项目: names after 的, each LOCATED_IN its own county."""
    g = extracted("今年，全市将重点推进东城区的华鑫材料铝箔生产线、南溪县的绿源生物饲料加工、江安县的蓝海纸业包装等项目，加快建设进度。")
    projects = named(g, Label.PROJECT)
    assert {"华鑫材料铝箔生产线", "绿源生物饲料加工", "蓝海纸业包装"} <= projects
    assert not [p for p in projects if "的" in p]
    located = pairs(g, RelType.LOCATED_IN)
    assert ("绿源生物饲料加工", "南溪区") in located  # (南溪县, today 南溪区) and ("蓝海纸业包装", "江安县") in located
    assert ("蓝海纸业包装", "南溪县") not in located


def test_a_programmes_name_closing_a_list_item_cues_no_target() -> None:
    """深入实施…质量提升行动计划、…三年行动计划等工作，亩均税收从6.2万元增加到11万元: what was done, no 2016 target."""
    g = extracted("全区深入实施企业质量提升行动计划、服务业跨越发展三年行动计划等一系列重点工作，工业用地亩均税收"
                  "从6.2万元增加到11万元，累计盘活存量建设用地15000亩。", kind="notice", date="2016-05-10")
    assert not figures(g)


def test_a_milestones_year_and_a_comparisons_period_date_no_later_figure() -> None:
    """在2014年突破500亿元 dates that figure only; 是“十一五”末的4.2倍 compares: the undated figures are the paragraph's 2015."""
    g = extracted("一般公共预算收入在2013年突破百亿元，2015年达118亿元。全社会固定资产投资在2014年突破500亿元。国有资产总额达1620亿元，"
                  "是“十一五”末的4.2倍。累计进出口总额412亿美元，是“十一五”的1.8倍。", kind="notice", date="2016-05-10")
    reported = figures(g, RelType.REPORTS)
    assert reported["国有资产总额"]["year"] == 2015 and reported["累计进出口总额"]["year"] == 2015
