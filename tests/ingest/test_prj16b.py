"""prj16b: a railway's or motorway's name written right before a place on it and the noun of a thing built there (…铁路|
某某物流中心的建设, …城际铁路|某某站) is a landmark locating that thing, no project, though the clause holds a word of
building; a line built itself (…高铁开工建设, …高速|某某隧道施工) stays a project. Sentences composed for the test."""

from __future__ import annotations

from graph.model import Label
from tests.ingest.graphs import named, news


def test_a_line_before_a_station_built_on_it_is_no_project() -> None:
    g = named(news("今年，全区将高标准建设东岭城际铁路西湖站，带动周边片区开发。"), Label.PROJECT)
    assert "东岭城际铁路" not in g


def test_a_line_before_a_logistics_centre_is_no_project() -> None:
    g = named(news("南川铁路北坪物流中心的建设将给全县农产品外运带来机遇。"), Label.PROJECT)
    assert "南川铁路" not in g


def test_a_line_built_itself_stays_a_project() -> None:
    g = named(news("今年，全区将加快推进东岭城际铁路建设，确保年内开工。"), Label.PROJECT)
    assert "东岭城际铁路" in g


def test_a_tunnel_of_the_line_is_the_lines_work() -> None:
    g = named(news("目前，东岭高速青石岭隧道施工稳步推进。"), Label.PROJECT)
    assert "东岭高速" in g
