"""Targets on new text (tgt13): a plan's goals listed in paragraphs that each open with a short heading sentence keep
the year the paragraph above set, and a verb of reaching a level closes no indicator's name. Sentences composed for the
test (not copied from any set's texts)."""

from __future__ import annotations

from tests.ingest.graphs import extracted, figures

_GOALS = ("某省印发行动方案，到2028年，实现以下目标：\n\n"
          "产业规模实现新跨越。规模以上工业企业营业收入迈上3万亿元台阶，工业增加值年均增长6%。\n\n"
          "创新能力明显增强。规模以上工业企业研发投入超过600亿元。")


def test_a_goal_heading_sentence_continues_the_years_carry() -> None:
    """产业规模实现新跨越。… under 到2028年，实现以下目标：: the figures after each heading are 2028's targets."""
    t = figures(extracted(_GOALS, kind="notice", date="2024-03-01", title="某省行动方案"))
    assert {k: (v["year"], v["value"]) for k, v in t.items()} == {
        "规模以上工业企业营业收入": (2028, 30000.0), "工业增加值年均增长率": (2028, 6.0),
        "规模以上工业企业研发": (2028, 600.0)}


def test_a_heading_paragraph_without_the_year_above_sets_nothing() -> None:
    """The same paragraphs under a review (no year carried): no target comes of a heading sentence alone."""
    text = _GOALS.replace("到2028年，实现以下目标：", "回顾过去一年：")
    assert not figures(extracted(text, kind="notice", date="2024-03-01", title="某省工作回顾"))


def test_a_count_before_the_batchs_name_owns_the_sums_after_it() -> None:
    """某区继续实施120个重点项目，计划总投资530亿元: the count written before the batch's name is the batch put in hand,
    and the sum after it is that batch's."""
    t = figures(extracted("今年，某区继续实施120个重点项目，计划总投资530亿元，力争早日建成。", kind="news",
                          date="2024-03-05", title="某区重点项目"))
    assert {k: (v["year"], v["value"]) for k, v in t.items()} == {
        "重点项目": (2024, 120.0), "重点项目计划总投资": (2024, 530.0)}


def test_a_count_of_a_reviewed_year_puts_no_batch_in_hand() -> None:
    """The same words about a year gone by (2022年，…共实施…) set no target."""
    t = figures(extracted("2022年，某区共实施120个重点项目，计划总投资530亿元。", kind="news",
                          date="2024-03-05", title="某区重点项目"))
    assert not t


def test_a_part_of_the_year_planned_in_its_clause_is_the_years_target() -> None:
    """落实责任，力争三季度全县地区生产总值增长9%以上，…: a quarter's figures a target word plans are the year's targets,
    the clauses after the planned one too; the span of months opening a name is no part of it."""
    t = figures(extracted("压实各方责任，力争三季度全县地区生产总值增长9%以上，规上工业增加值增长10%以上。"
                          "根据开工计划，1-9月计划新开工项目40个。", kind="notice", date="2023-08-20",
                          title="某县冲刺三季度目标"))
    assert {k: (v["year"], v["value"]) for k, v in t.items()} == {
        "三季度全县GDP增长率": (2023, 9.0), "规模以上工业增加值增长率": (2023, 10.0), "计划新开工项目": (2023, 40.0)}


def test_a_part_of_the_year_reviewed_is_no_target() -> None:
    """一季度，全县完成…: a quarter's tally without a target word sets no target."""
    t = figures(extracted("一季度，全县完成固定资产投资12亿元，同比增长10%，规上工业增加值增长8%。", kind="notice",
                          date="2023-04-20", title="某县一季度经济运行"))
    assert not t


def test_counts_of_buildings_flocks_and_events_are_read() -> None:
    """栋, 羽, 场次: units of plans for buildings, poultry and events."""
    t = figures(extracted("到2026年，建成人才公寓4栋，饲养肉鸭80万羽，举办产销对接活动60场次以上。", kind="notice",
                          date="2024-02-01", title="某县发展规划"))
    assert {k: (v["value"], v["unit"]) for k, v in t.items()} == {
        "人才公寓": (4.0, "栋"), "饲养肉鸭": (800000.0, "羽"), "举办产销对接活动": (60.0, "场次")}
