"""Mechanisms from audit AD of raw real texts dense in dated figures (tests/audit/docs/307-316, judged_ad.yaml): a
digest's boxed heading reviewing a year (■ 2024年成绩单) and its bullets (●预计…), 年均 right before a rate (保持年均6%增长),
a sum grading the things a count counts (形成6个500亿元重点产业集群), and the count of the kinds of industry a list names
(A、B、C3个特色新兴产业), on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import extracted, figures


def test_a_boxed_heading_of_a_years_record_heads_a_review() -> None:
    """■ 2023年成绩单 ●预计全省GDP增长5%: 2023's estimate, reported, named without the bullet and 预计全省."""
    g = extracted("工作报告导读\n■ 2023年成绩单\n●预计全省地区生产总值增长5%左右\n■ 2024年经济社会发展的主要预期目标\n"
                  "●城镇新增就业50万人以上\n", date="2024-01-20")
    r = figures(g, RelType.REPORTS)
    assert r["GDP增长率"]["year"] == 2023 and r["GDP增长率"]["value"] == 5
    assert not [k for k in figures(g) if "GDP" in k]


def test_an_average_rate_after_baoche_nianjun() -> None:
    """规上工业产值保持年均7%增长: a 年均增长率, the name not cut at 保持年."""
    t = figures(extracted("十四五时期，全市规上工业产值保持年均7%增长，力争到2025年突破3000亿元。", date="2021-12-01"))
    k = [k for k in t if k.endswith("年均增长率")]
    assert k and t[k[0]]["value"] == 7 and "保持" not in k[0]


def test_a_sum_after_a_count_grades_what_is_counted() -> None:
    """形成5个300亿元重点产业集群: no 300亿元 target; the 条 count before stays."""
    t = figures(extracted("到2030年，全市培育重点产业链15条以上，形成5个300亿元重点产业集群。", date="2023-11-01"))
    assert not [v for v in t.values() if v["unit"] == "亿元"]
    assert [v for v in t.values() if v["unit"] == "条" and v["value"] == 15]


def test_the_count_of_the_industries_a_list_names_is_no_target() -> None:
    """培育壮大新能源、数字经济、生物医药3个特色新兴产业: how many the list holds, no target; a figure after stays."""
    t = figures(extracted("十四五时期，某市将培育壮大新能源、数字经济、生物医药3个特色新兴产业。到2025年，全市上市企业达到30家以上。",
                          date="2021-12-01"))
    assert not [k for k in t if "特色新兴产业" in k]
    assert [v for v in t.values() if v["value"] == 30]
