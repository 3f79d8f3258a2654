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


def by_rule(g: DocumentGraph, rel: RelType, rule: str) -> set[tuple[str, str]]:
    """(source, target) names of the edges of one type that one rule states, alone or with another (a+b)."""
    names = {n.id: n.name for n in g.nodes}
    return {(names[e.source], names[e.target]) for e in g.edges
            if e.type == rel and any(rule in ev.rule.split("+") for ev in e.evidence)}


def members_by_rule(text: str, rule: str, endings: tuple[str, ...] = ("产业集群", "产业")) -> set[tuple[str, str]]:
    """(member, cluster) of the IN_CLUSTER edges one rule made in a news text; the cluster without its ending (each of
    `endings` removed in turn)."""
    def bare(name: str) -> str:
        for ending in endings:
            name = name.removesuffix(ending)
        return name
    return {(member, bare(cluster)) for member, cluster in by_rule(news(text), RelType.IN_CLUSTER, rule)}


def target_scopes(g: DocumentGraph) -> dict[float, str]:
    """Each target's value and the scope its edge carries."""
    return {float(e.props["value"]): str(e.props.get("scope")) for e in g.edges if e.type == RelType.SETS_TARGET}


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
