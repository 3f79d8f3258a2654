"""The place a report is about when neither a dateline nor a headline says it (rule opening_subject).

Reads: the report's first sentences and the names found in them; data/rules/prose.yaml (`opening_lead`,
`subject_follows`). Writes nothing itself: document.rule_prose makes the place the report's place, which
rule_dateline gives to the projects (and brought-in firms) nothing nearer places.

  opening_subject  a county, zone or park opening one of the report's first sentences as its subject, after
                   at most a dateline and a time ("今年以来，凉州区不断加快…", "2018年，姜堰经济开发区以…为目标",
                   "化隆县坚持以项目支撑为关键"): the report speaks of that place, unless a sentence before it (or its own) speaks
                   of the city or province (我市, 全市: a report on the city names its counties' projects)
"""

from __future__ import annotations

from graph.model import Label
from ingest.extract.builder import GraphBuilder
from ingest.extract.prose import Found
from ingest.rules import pattern
from ingest.structure import Sentence

_OPENING = 4  # sentences of the report read for its subject


def opening_subject(b: GraphBuilder, sentences: list[Sentence], spans: dict[int, list[Found]]) -> Found | None:
    """The county, zone or park the first sentence opening with one names as its subject (not a province or
    a prefecture, not a place followed by 的 or joined to another)."""
    lead, follows = pattern("prose", "opening_lead"), pattern("prose", "subject_follows")
    for sent in sentences[:_OPENING]:
        text = sent.text
        for f in spans.get(sent.start, []):
            node = b.nodes.get(f.nid)
            if f.label not in (Label.COUNTY, Label.PARK) or node is None \
                    or node.props.get("kind") in ("prefecture", "province", "region"):
                continue
            if lead.fullmatch(text, 0, f.start) and follows.match(text, f.end):
                return f
        if pattern("prose", "other_scope").search(text):
            return None  # "我市今年引进…项目127个": a report on the city, whose counties' projects it lists
    return None
