"""Park names, nineteenth session (pk19): composed sentences through the whole extraction."""

from __future__ import annotations

from graph.model import Label
from tests.ingest.graphs import named, news


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
