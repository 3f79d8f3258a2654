"""Where things are on new text, twentieth session (loc20): the misses of learn5to18 whose two ends are found. A firm
whose workshop or line the next clause opens with after a visit's clause walks into a place (走进X开发区，A公司的生产车间
内…; batches 11, 13, 17) is in that place. Composed sentences in the shapes of the learning halves, through the real
pipeline."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.test_other_cities import _edges, _news


def test_a_firm_whose_workshop_a_visit_walks_into_after_a_comma_is_in_that_place() -> None:
    g = _news("5月8日，走进黑龙江宝清经济开发区，黑龙江北方金谷制药有限责任公司的生产车间内机器轰鸣，药材正被加工成成品。")
    assert ("黑龙江北方金谷制药", "宝清经济开发区") in _edges(g, RelType.LOCATED_IN)


def test_a_firm_on_whose_line_the_next_clause_arrives_is_in_the_park_walked_into() -> None:
    g = _news("7日，采访团一行走进港南区工业园，来到广西金源汽车配件有限公司生产线进行实地采访。")
    assert ("广西金源汽车配件", "港南区工业园") in _edges(g, RelType.LOCATED_IN)


def test_a_firm_after_a_visit_with_no_place_is_not_placed_by_the_visit() -> None:
    # the visit's clause walks into no place: nothing to put the firm in
    g = _news("记者走进车间，广西金源汽车配件有限公司生产线上工人们正在忙碌。")
    assert not [e for e in _edges(g, RelType.LOCATED_IN) if e[0] == "广西金源汽车配件"]

