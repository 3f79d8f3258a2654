"""Park names and PARK_IN, seventeenth session (pk17): where a park name's left edge falls; composed sentences through
the whole extraction."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_a_countys_short_form_before_a_bare_zone_word_opens_the_name() -> None:
    """投资方负责人向|永康开发区: the clause before the county's zone is no part of its name."""
    g = news("金华市项目服务\n当天，投资方负责人向永康开发区提交了厂房验收申请。")
    parks = named(g, Label.PARK)
    assert parks and not any("负责人" in p for p in parks)
    assert any(a.startswith("永康") and b == "永康市" for a, b in pairs(g, RelType.LOCATED_IN))


def test_a_name_of_its_own_before_a_zone_word_stays_whole() -> None:
    """老四平开发区: a county's short form inside the name's own words (四平) does not cut it."""
    g = news("项目建设\n记者走进老四平开发区，各项目建设正酣。")
    assert "老四平开发区" in named(g, Label.PARK)
