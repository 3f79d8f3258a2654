"""Where things are on new text, seventeenth session (loc17): a park's or zone's firms a list names with no settle verb
after it (batches 9, 10, 13, 15 of learn5to15): in the park its close settles them in (A、B两家进驻X产业园的企业), or the
park or zone its sentence or clause opens with as its subject (X产业园内，A、B、C三家企业…; X产业园新增投产A、B等10家企业;
X开发区共入驻企业178家，…骨干企业有A、B); on composed sentences through the real pipeline."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.test_other_cities import _edges, _news, _rules


def test_firms_a_lists_close_settles_in_a_park_are_there() -> None:
    g = _news("今年以来，江安县坚持工业强县战略，全力推进项目建设。\n"
              "日前，宏达纸业、天元重工两家进驻阳春纺织产业园的企业开工建设。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("宏达纸业", "阳春纺织产业园") in located and ("天元重工", "阳春纺织产业园") in located
    assert "park_firms" in _rules(g, RelType.LOCATED_IN)


def test_the_firms_of_a_sentence_a_park_opens_are_the_parks() -> None:
    g = _news("今年以来，江安县坚持工业强县战略，全力推进项目建设。\n"
              "特别是阳春纺织产业园内，宏达纸业、天元重工、金鑫化工三家民营企业全力组织生产。\n"
              "力争今年红星食品产业园新增投产瑞丰食品、福源饮料等10家企业。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("宏达纸业", "阳春纺织产业园") in located and ("金鑫化工", "阳春纺织产业园") in located
    assert ("瑞丰食品", "红星食品产业园") in located and ("福源饮料", "红星食品产业园") in located


def test_a_zone_opening_its_sentence_holds_the_firms_it_has() -> None:
    g = _news("今年以来，江安县坚持工业强县战略，全力推进项目建设。\n"
              "截至目前，江安经济开发区共入驻企业178家，其中规上企业47家，骨干企业包括宏达纸业、天元重工等。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("宏达纸业", "江安经济开发区") in located and ("天元重工", "江安经济开发区") in located


def test_a_later_subject_of_the_sentence_takes_the_firms_from_the_park() -> None:
    # the park opens the sentence as its committee's speaker; the county after it is what drew the firms in
    g = _news("今年以来，屏山经济开发区坚持项目为王，全力推进项目建设。\n"
              "阳春工业园区管委会主任介绍说，近年来，江安县大力实施工业强县战略，吸引了宏达纸业、天元重工等龙头企业。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("宏达纸业", "阳春工业园区") not in located
    assert ("宏达纸业", "江安县") in located


def test_a_county_opening_the_sentence_is_no_park_of_its_firms() -> None:
    # a county is not what park_firms speaks for: the firms it lists it merely names (获评, 进规) stay with other rules
    g = _news("近日，有关部门公布了名单。\n江安县宏达纸业、天元重工等4户企业获评省级瞪羚企业。")
    assert "park_firms" not in _rules(g, RelType.LOCATED_IN)
