"""What the prose tests read off an extraction: a composed news text extracted as `kg ingest` extracts a
document, the names of one label, and the (source, target) names of one relation."""

from __future__ import annotations

from graph.model import DocumentGraph, Label, RelType
from ingest.extract import extract_document
from tests.ingest.test_extract import _doc


def news(text: str) -> DocumentGraph:
    return extract_document(_doc(text, kind="news", date="2024-05-01"))


def named(g: DocumentGraph, label: Label) -> set[str]:
    return {n.name for n in g.nodes if n.label == label}


def pairs(g: DocumentGraph, rel: RelType) -> set[tuple[str, str]]:
    names = {n.id: n.name for n in g.nodes}
    return {(names[e.source], names[e.target]) for e in g.edges if e.type == rel}
