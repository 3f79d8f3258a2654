"""Speed work of session 16: a project named again by its name's end is looked up among the endings of the projects made
(GraphBuilder.project_ending), which must find what a walk over every project found; and the rule reading it still fires
through the pipeline."""

from __future__ import annotations

from graph.model import Label
from ingest.extract.builder import GraphBuilder
from ingest.lexicon import default_lexicon
from ingest.resolve import Resolved, Resolver
from ingest.structure import analyse
from tests.ingest.graphs import extracted
from tests.ingest.test_extract import _doc


def _walk(b: GraphBuilder, tail: str) -> str | None:
    """What text_project read before the index: the first project made whose name ends with `tail` and is longer."""
    return next((n.name for n in b.nodes_of(Label.PROJECT) if n.name.endswith(tail) and len(n.name) > len(tail)), None)


def test_the_endings_index_finds_what_the_walk_found() -> None:
    doc = _doc("某县建设项目。")
    sent = analyse(doc.text).sentences[0]
    b = GraphBuilder(doc, Resolver(default_lexicon()))
    for name in ("甲乙玻璃项目", "丙甲乙玻璃项目", "丁戊项目"):
        b.node(Resolved(Label.PROJECT, name), name, sent, "test")
    b.node(Resolved(Label.ENTERPRISE, "己庚玻璃项目公司"), "己庚玻璃项目公司", sent, "test")  # no project: not indexed
    for tail in ("玻璃项目", "乙玻璃项目", "甲乙玻璃项目", "项目", "戊项目", "丁戊项目", "庚玻璃项目", "目", "公司"):
        found = b.project_ending(tail)
        assert (found.name if found else None) == _walk(b, tail), tail
    assert b.project_ending("玻璃项目").name == "甲乙玻璃项目"  # the first made
    b.nodes.pop(b.project_ending("玻璃项目").id)  # a dropped node is skipped
    assert b.project_ending("玻璃项目").name == "丙甲乙玻璃项目" == _walk(b, "玻璃项目")


def test_a_project_named_again_by_its_end_is_that_project() -> None:
    g = extracted("今年，全县开工建设全透明太阳能发电玻璃项目，总投资12亿元。目前，太阳能发电玻璃项目进展顺利。")
    projects = {n.name for n in g.nodes if n.label == Label.PROJECT}
    assert "全透明太阳能发电玻璃项目" in projects and "太阳能发电玻璃项目" not in projects
