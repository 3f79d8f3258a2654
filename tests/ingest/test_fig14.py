"""Targets no figure was read for (fig14): 年内 (within the year) dates a batch's investment as 今年 does, and the
wording is kept beside the year's planned investment. Sentences composed for the test (not copied from any set's
texts)."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import extracted, figures


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
