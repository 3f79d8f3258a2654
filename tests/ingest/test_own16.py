"""PROJECT_OF of a listed project opened by a brand and a trade word right before its capacity (own16), on composed
texts, with the shapes that must stay without an owner."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.test_other_cities import _edges, _news


def _owners(text: str) -> set[tuple[str, str]]:
    return set(_edges(_news(text), RelType.CARRIED_OUT_BY))


LIST = "今年以来，{}、城南污水处理厂提标改造工程等12个项目签约落地。"


def test_a_brand_and_a_trade_word_before_a_capacity_own_the_project() -> None:
    """瑞晶香料|年产…, 西部水电|年产…, 飞龙食品|年屠宰…: named nowhere else, the brand and its trade word are the firm."""
    for item, firm in (("金穗香料年产6000吨食用香精项目", "金穗香料"), ("东岭水电年产20万吨铝合金锭项目", "东岭水电"),
                       ("祥和食品年屠宰50万头生猪项目", "祥和食品")):
        assert any(a == item and b.startswith(firm) for a, b in _owners(LIST.format(item))), item


def test_a_long_head_ends_as_a_firm_and_a_bracketed_place_is_the_firms() -> None:
    """红阳新型环保建材|年产…: seven or eight characters ending in a trade word; 蒙牛乳业(曲靖)|年产…: the branch's place."""
    owners = _owners(LIST.format("青松新型环保建材年产100万吨机制砂项目"))
    assert any(b.startswith("青松新型环保建材") for _, b in owners)
    owners = _owners(LIST.format("天润乳业(昭通)年产20万吨乳制品生产项目"))
    assert any(b.replace("（", "(").replace("）", ")").startswith("天润乳业(昭通)") for _, b in owners)


def test_a_bare_head_or_a_long_one_with_no_trade_word_owns_nothing() -> None:
    """伊春郭萱一期|年产…: a brand named only before the capacity is no firm; so is a long head ending in no trade word."""
    assert not _owners(LIST.format("伊春郭萱一期年产5万吨木制品项目"))
    assert not _owners(LIST.format("高新区北部片区新建年产3万吨饲料项目"))
    assert not _owners(LIST.format("小岭年产30万吨机制砂项目"))
