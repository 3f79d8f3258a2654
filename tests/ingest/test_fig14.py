"""Targets no figure was read for (fig14): 年内 (within the year) dates a batch's investment as 今年 does, and the
wording is kept beside the year's planned investment; a sum graded by 级 with no count before it is one industry's
scale; a bare 亿 before 的 or 级 is 亿元. Sentences composed for the test (not copied from any set's
texts)."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import extracted, figures


def _years(text: str, date: str = "2024-03-05") -> dict[str, tuple[int, float]]:
    t = figures(extracted(text, kind="news", date=date, title="某地新闻"))
    return {k: (v["year"], v["value"]) for k, v in t.items()}

def test_within_the_year_dates_a_batchs_investment() -> None:
    """安排市级重点项目8项，年内计划完成投资6.5亿元: the batch's investment planned within the year is its year's plan,
    its wording kept as the indicator's alias."""
    g = extracted("全旗安排市级重点项目8项，年内计划完成投资6.5亿元。", kind="news", date="2024-03-05", title="某地新闻")
    t = figures(g)
    assert t["市级重点项目年度计划投资"]["year"] == 2024 and t["市级重点项目年度计划投资"]["value"] == 6.5
    aliases = {a for n in g.nodes for a in n.aliases}
    assert any(a.endswith("年内计划完成投资") for a in aliases)
    assert all(e.type != RelType.REPORTS for e in g.edges)


def test_within_the_year_before_a_bare_completion_word_is_kept_in_its_alias() -> None:
    """年内完成投资 after a batch put in hand is the year's goal, written so beside its name; 完成投资 alone is not dated."""
    g = extracted("全旗安排市级重点项目8项，年内完成投资6.5亿元。", kind="news", date="2024-03-05", title="某地新闻")
    assert any(a.endswith("年内完成投资") for n in g.nodes for a in n.aliases)
    g = extracted("全旗安排市级重点项目8项，完成投资6.5亿元。", kind="news", date="2024-03-05", title="某地新闻")
    assert not any("年内" in a for n in g.nodes for a in n.aliases)


def test_a_sum_grading_one_industry_is_its_scale() -> None:
    """A grade with no count before it sets the scale of the industry named after it, opening its clause, or the topic
    the sentence opens with (fig14)."""
    assert _years("到2026年，某县着力打造200亿级的绿色建材产业集群。") == {"绿色建材产业规模": (2026, 200.0)}
    assert _years("到2026年，特色果蔬产业建成80亿级产业集群。") == {"特色果蔬产业规模": (2026, 80.0)}
    assert _years("在装备制造产业上，以龙头企业为引领，力争2027年形成150亿级产业规模。") == {"装备制造产业规模": (2027, 150.0)}


def test_a_grade_of_counted_things_or_of_nothing_named_is_no_scale() -> None:
    """形成4个300亿级产业集群: the grade of each counted cluster; 形成90亿级产业规模 naming no industry: no name is safe; a
    past grade reached is no target."""
    assert _years("到2026年，形成4个300亿级产业集群。") == {}
    assert _years("到2026年，力争形成90亿级产业规模。") == {}
    assert _years("2020年，全县已形成200亿级的光伏产业。") == {}
    # (a list's grades with the count of its items after them: 两个主导产业 names no one industry)
    assert _years("力争到2028年，形成300亿级的纺织服装、80亿级的食品加工两个主导产业。") == {}


def test_a_bare_yi_before_de_is_a_sum() -> None:
    """经济总量超300亿的…开发区: 亿 before 的 is 亿元, as before a stop."""
    t = _years("到2028年，将开发区建设成为经济总量超300亿的头部开发区。")
    assert [v for k, v in t.items() if k.endswith("经济总量")] == [(2028, 300.0)]
