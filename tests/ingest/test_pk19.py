"""Park names, nineteenth session (pk19): composed sentences through the whole extraction."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_a_park_described_after_a_verb_of_forming_is_no_park() -> None:
    """形成一个…的|高科技工业园区, 打造…的|标杆性零碳园区, 建成集…于一体的|…产业园区: the kind of park aimed at or built,
    no park's name; a park named so elsewhere or after 已建成…的 (a quality of a park named so) stays."""
    g = news("望奎县工业发展\n望奎县将形成一个功能分区明确、交通便捷高效的高科技工业园区。"
             "某某物流将投资10亿元，打造代表行业最高水平的标杆性零碳园区。"
             "项目要建成集铸造、机加工于一体的环保绿色汽配产业园区。")
    parks = named(g, Label.PARK)
    assert not {"高科技工业园区", "标杆性零碳园区", "环保绿色汽配产业园区"} & parks, parks
    g = news("望奎县工业发展\n望奎县依托已建成、初具规模的东岗生态食品加工园，引进企业5家。")
    assert "东岗生态食品加工园" in named(g, Label.PARK)


def test_a_park_written_again_without_its_head_is_that_park() -> None:
    """望奎县|循环经济产业园, then 循环经济产业园: one park, in the county; 绥化市东岗|陶瓷产业园, then 陶瓷产业园: one park."""
    g = news("望奎县工业发展\n考察组先后深入望奎县循环经济产业园、绥化市东岗陶瓷产业园调研。"
             "考察组表示，望奎的循环经济产业园建设尚处于起步阶段，陶瓷产业园已有企业12家。")
    parks = named(g, Label.PARK)
    assert "循环经济产业园" not in parks and "陶瓷产业园" not in parks, parks
    assert "望奎县循环经济产业园" in parks and any(p.endswith("东岗陶瓷产业园") for p in parks), parks
    assert ("望奎县循环经济产业园", "望奎县") in pairs(g, RelType.LOCATED_IN)


def test_a_head_that_is_a_clause_takes_no_park_written_without_it() -> None:
    """事实上，这并非|宜都化工园 beside 宜都化工园, 万宁有|海南湾区经济开发区 beside 海南湾区经济开发区: a clause before the
    name is no head, so the name written alone stays its own park."""
    from ingest.extract.document import _longer_written
    def longer(surface: str, parks: set[str]) -> str | None:
        return _longer_written(surface, parks, set(), dict.fromkeys(parks, True))
    assert longer("宜都化工园", {"这并非宜都化工园", "宜都化工园"}) is None
    assert longer("海南湾区经济开发区", {"万宁有海南湾区经济开发区", "海南湾区经济开发区"}) is None
    assert longer("循环经济产业园", {"清水县循环经济产业园", "循环经济产业园"}) == "清水县循环经济产业园"
    assert longer("工业园区", {"清水县工业园区"}) is None
    assert longer("陶瓷产业园", {"望奎县陶瓷产业园", "绥化市东岗陶瓷产业园"}) is None
