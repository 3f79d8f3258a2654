"""What the prose and target tests read off an extraction: a composed text extracted as `kg ingest` extracts a
document, the names of one label, the (source, target) names of one relation, and the figures of targets."""

from __future__ import annotations

from graph.model import DocumentGraph, Label, RelType
from ingest.extract import extract_document
from ingest.extract.targets import rules as _target_rules
from tests.ingest.test_extract import _doc

UNKNOWN_SCOPE = _target_rules().data["unknown_scope"]
# the title of a home-city text: a composed text naming no place would keep its figures apart (targets.names_home)
HOME_TITLE = "聊城市工作报告"


def news(text: str) -> DocumentGraph:
    return extract_document(_doc(text, kind="news", date="2024-05-01"))


def named(g: DocumentGraph, label: Label) -> set[str]:
    return {n.name for n in g.nodes if n.label == label}


def pairs(g: DocumentGraph, rel: RelType) -> set[tuple[str, str]]:
    names = {n.id: n.name for n in g.nodes}
    return {(names[e.source], names[e.target]) for e in g.edges if e.type == rel}


def extracted(text: str, kind: str = "news", date: str = "2023-01-10", title: str = "测试") -> DocumentGraph:
    """A text cleaned and extracted as a document of that kind, date and title."""
    return extract_document(_doc(text, kind=kind, date=date, title=title))


def dated_figures(g: DocumentGraph) -> dict[str, tuple[RelType, int, float]]:
    """Indicator name -> (SETS_TARGET or REPORTS, year, value): whether a figure was read as a goal or a reported
    value, and for which year."""
    names = {n.id: n.name for n in g.nodes}
    return {names[e.target]: (e.type, e.props["year"], e.props["value"]) for e in g.edges
            if e.type in (RelType.SETS_TARGET, RelType.REPORTS)}


def figures(g: DocumentGraph, rel: RelType = RelType.SETS_TARGET) -> dict[str, dict]:
    """Indicator name -> the edge's properties and the indicator's measure, for one relation (SETS_TARGET, REPORTS).
    Composed sentences mostly name no place, so the mark such a text's indicators carry (data/rules/targets.yaml
    unknown_scope) is left out of the name; the edge's empty scope still says it."""
    names = {n.id: n for n in g.nodes}
    return {names[e.target].name.removesuffix(UNKNOWN_SCOPE): {**e.props, "measure": names[e.target].props.get("measure")}
            for e in g.edges if e.type == rel}
