"""Targets on new text across ten batches (tgt16): a work report's review read as targets. A review's figure that
states no year of its own is the reviewed year's, not that of a plan period the paragraph names in passing; a
numbered 回顾2023年 heads a review like 2023年工作回顾; in a report of the year's late months an estimate earlier in
the sentence makes the year's figures estimates (reported); in January 预计全年 is the year just closed. Sentences
composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import dated_figures, extracted


def _edges(text: str, date: str, kind: str = "report", title: str = "临泽县政府工作报告") -> dict[str, tuple[RelType, int, float]]:
    return dated_figures(extracted(text, kind=kind, date=date, title=title))


_REVIEW = ("一、2024年工作回顾\n"
           "2024年，是实现“十四五”规划目标任务的攻坚之年。一年来，临泽县上下团结奋进，实现地区生产总值88亿元、"
           "增长5.5%，圆满完成全年目标任务。\n"
           "二、2025年工作安排\n"
           "2025年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n")


def test_a_reviews_yearless_figure_is_the_reviewed_years() -> None:
    """Of 2024-12-20: the review's 88亿元 is 2024's, reported, not a 2025 target of the 十四五 the paragraph names; the
    coming year's goal stays a target."""
    t = _edges(_REVIEW, "2024-12-20")
    gdp = [v for k, v in t.items() if k.endswith("GDP") or k.endswith("地区生产总值")]
    assert gdp and all(v == (RelType.REPORTS, 2024, 88.0) for v in gdp)
    assert any(v == (RelType.SETS_TARGET, 2025, 6.0) for v in t.values())


def test_the_plan_period_still_counts_outside_a_review() -> None:
    """The same paragraph under a heading that reviews nothing: the 十四五 year is left as it was read."""
    t = _edges(_REVIEW.replace("一、2024年工作回顾", "一、2024年发展成就"), "2024-12-20")
    assert not any(v == (RelType.REPORTS, 2024, 88.0) for v in t.values())


_LEAD = ("一、回顾2023年，我们砥砺前行\n"
         "2023年是承上启下的关键一年。全年实现地区生产总值增长5%；预计城镇居民人均可支配收入增长4.5%。\n")


def test_a_numbered_review_with_the_year_after_its_word() -> None:
    """Of 2024-02-21 (no January report): under 一、回顾2023年 the estimate is 2023's, no 2024 target."""
    t = _edges(_LEAD, "2024-02-21")
    assert not any(ty == RelType.SETS_TARGET for ty, _, _ in t.values())
    assert any(v == (RelType.REPORTS, 2023, 4.5) for v in t.values())


_LATE = "2025年，临泽县预计地区生产总值增长6.5%左右，规上工业增加值增长9%，顺利实现年度目标任务。"


def test_a_late_reports_estimate_covers_the_sentences_figures() -> None:
    """Of 2025-12-24: each figure after 预计 is the closing year's estimate, reported; of 2025-06 they stay targets."""
    t = _edges(_LATE, "2025-12-24", kind="news", title="临泽县召开人代会")
    assert t and all(ty == RelType.REPORTS for ty, _, _ in t.values())
    t = _edges(_LATE, "2025-06-10", kind="news", title="临泽县召开人代会")
    assert any(ty == RelType.SETS_TARGET for ty, _, _ in t.values())


def test_in_january_the_estimated_whole_year_is_the_year_just_closed() -> None:
    """Of 2025-01-13: 预计全年地区生产总值361亿元 is 2024's estimate, no 2025 target (a bare figure of the past is not
    written as a reported value either); of 2025-06 it is the year's target."""
    text = "临泽县经济运行情况\n预计全年地区生产总值361亿元。\n"
    t = _edges(text, "2025-01-13", kind="news", title="临泽县经济运行情况")
    assert not any(ty == RelType.SETS_TARGET for ty, _, _ in t.values())
    t = _edges(text, "2025-06-13", kind="news", title="临泽县经济运行情况")
    assert any(v[0] == RelType.SETS_TARGET and v[1] == 2025 for v in t.values())


def test_the_scorer_reads_a_measures_spellings_as_one() -> None:
    """evaluation: 规上 is 规模以上, 同比增长 is the extraction's 增长率, a whole division's word is the scope's; a
    different measure still differs."""
    from evaluation.docset import indicator_match, type_map
    tm = type_map()
    assert indicator_match("规上工业增加值", ["规模以上工业增加值"], tm)
    assert indicator_match("上争资金同比增长", ["兴庆区上争资金增长率"], tm)
    assert indicator_match("全省工业总产值年均增长", ["贵州省工业总产值年均增长率"], tm)
    assert not indicator_match("全省工业总产值", ["全省工业增加值"], tm)
