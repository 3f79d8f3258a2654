"""A bare zone word in another place's text resolves to the zone the text names in full; a "zone name" that opens with the
bare word itself (开发区…居全省同类开发区, a clause the park finder read as one name) is no such zone. Resolving it asked for
the bare word again, without end: one real work report crashed the whole extraction (RecursionError) in the sixteenth
session. Composed sentences, through the real pipeline."""

from __future__ import annotations

from graph.model import Label
from tests.ingest.graphs import extracted, named


def test_a_clause_between_two_zone_words_does_not_recurse() -> None:
    g = extracted("岢岚县第十届人民代表大会召开。2024年，开发区综合考评居全省同类开发区前列，新引进项目12个。",
                  title="岢岚县政府工作报告")
    assert "岢岚县" in named(g, Label.COUNTY)


def test_a_bare_zone_word_still_takes_the_zone_named_in_full() -> None:
    """The mend keeps what it guards: a bare 开发区 in a report on 临川经济开发区 is that zone."""
    g = extracted("临川经济开发区位于某市东部。开发区主导产业为装备制造。", title="临川经济开发区简介")
    parks = named(g, Label.PARK) | named(g, Label.COUNTY)
    assert "临川经济开发区" in parks and "开发区" not in parks
