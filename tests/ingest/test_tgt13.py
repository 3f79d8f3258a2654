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
