"""The place a sentence about industries is about: the county, zone or park opening it (subject_place), else the
report's county or place (report_place); a paragraph opening "民乐工业园区：…" makes its later bare 园区 that park
(note_topic); an industry a paragraph opens on is developed by the paragraph's place (topic_develops).

Reads: a prose sentence, its names, the ProseState (the report's place, the last park and zone, the paragraph's place).
Writes: the ProseState's topic_place (note_topic); DEVELOPS edges (topic_develops, rules field_topic, paragraph_topic);
report_place may make the report's county node. Patterns: prose.yaml `industry_list` (appositive, speaker and actor
openings), `place_industry` (bare_park_opening).
"""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.industries.name_tests import node_above_county
from ingest.extract.industries.shared import LIST_MARK, in_quotes, list_patterns, place_patterns
from ingest.extract.names import after_last_mark, holds_verb
from ingest.extract.prose import ABOVE_COUNTY, Found, ProseState, PLACE_LABELS, prose_edge
from ingest.structure import Sentence


def subject_place(b: GraphBuilder, spans: list[Found], before: int, state: ProseState, text: str = "",
             sent: Sentence | None = None) -> Found | None:
    """The place the sentence opens with (its first name, if a county, zone or park), else the report's;
    a bare 产业园/园区 opening it is the park its paragraph opens with ("民乐工业园区：…。园区形成了…"),
    else the park named last."""
    spans = [f for f in spans if not in_quotes(text, f.start)]  # "以打造“…卓越科创园区”为目标": a goal's name, no subject
    # "火炬(翔安)产业区形成了…": a place in brackets is an aside inside another name, no subject (clu11)
    spans = [f for f in spans if not (0 < f.start and f.end < len(text) and list_patterns()["aside_bracket"].fullmatch(
        text[f.start - 1] + text[f.end]))]
    if text and _actor_subject(spans, text, before):
        return None
    lead = list_patterns()["appositive_opening"].match(text) or list_patterns()["speaker_opening"].match(text)
    base = 0
    if lead is not None:  # "作为东丽区…的主战场，|东丽经开区…": the subject follows the phrase describing it (or the speaker)
        spans = [f for f in spans if f.start >= lead.end()]
        base = lead.end()
    # "提升A科技城…综合承载力，…，着力培育X、Y…": a place a verb governs in an earlier clause is its object, not the subject
    listed = after_last_mark(text, before) if text else 0
    spans = [f for f in spans if f.start >= listed or f.label not in PLACE_LABELS
             or not holds_verb(text[after_last_mark(text, f.start):f.start])]
    # "整合A、B、C创业园培育D工业园，大力发展…": a place listed with others (、 before or after it) is no clause's subject
    spans = [f for f in spans if f.label not in PLACE_LABELS or not (0 < f.start and text[f.start - 1:f.start] == LIST_MARK)]
    first = min((f for f in spans if f.start < before), key=lambda f: f.start, default=None)
    if first is not None and first.label in PLACE_LABELS and first.start - base <= 24:
        node = b.nodes.get(first.nid)
        if node is not None and node.props.get("kind") not in ABOVE_COUNTY:
            return first
        return None  # a province's or city's industries: no county or zone develops them here
    if state.last_park is not None and place_patterns()["bare_park_opening"].match(text):
        topic = state.topic_place
        if sent is not None and topic is not None and topic[0] == sent.para_start:
            return topic[1]
        return state.last_park  # "“产业园将持续引进…": the park the text is about
    places = [f for f in spans if f.label in PLACE_LABELS and f.start < before]
    doc = state.doc_place_found()
    if not places or doc is not None and {f.nid for f in places} == {doc.nid}:
        return doc  # no subject, or only the report's own place named on the way ("占开发区工业总产值的65%，…形成…")
    return None


def _actor_subject(spans: list[Found], text: str, before: int) -> bool:
    """"未来，合作方将聚焦A、B等…", "东北部区域规划发展方向以A、B为主导产业": the list's own clause opens with an actor
    that is no place (partners, firms) or with a part of a place: its industries are no place's (prose.yaml
    `industry_list.actor_subject`)."""
    start = after_last_mark(text, before)
    m = list_patterns()["actor_subject"].match(text, start, before)
    return m is not None and not any(f.label in PLACE_LABELS and f.start < m.end() and f.end > start for f in spans)


def note_topic(sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A paragraph opening "民乐工业园区：…" is about that park: its later bare 园区 is it."""
    if sent.start != sent.para_start:
        return
    first = min(spans, key=lambda f: f.start, default=None)
    if first is not None and first.label in PLACE_LABELS and not sent.text[:first.start].strip() \
            and list_patterns()["topic_colon"].match(sent.text, first.end):
        state.topic_place = (sent.para_start, first)


def report_place(b: GraphBuilder, sent: Sentence, spans: list[Found], start: int, state: ProseState,
                 rule: str = "industry_subject") -> Found | None:
    """A subject with no place before it: the county the report is about (context.report_county: 我县/全县 is that
    county even where the report's place is one of its zones), else the report's place; none where the sentence
    names another place before the industry (东方生命港开工，去年X产业规模突破…: whose, it does not say)."""
    doc = state.doc_place_found()
    doc = doc if doc is not None and doc.nid in b.nodes else None
    county = b.resolver.doc_county
    own = {b.nodes[doc.nid].name if doc is not None else "", county.name if county else ""}
    if any(f.label in PLACE_LABELS and f.start < start and b.nodes[f.nid].name not in own for f in spans if f.nid in b.nodes):
        return None
    if county is None:
        return doc if doc is not None and not node_above_county(b.nodes[doc.nid]) else None
    return Found(0, 0, Label.COUNTY, b.node(county, county.name, sent, rule), county.name)


def topic_develops(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, found: Found,
                    rule: str) -> None:
    """An industry a sentence opens on as its topic ("在X产业上，…", "X产业方面，…", "这个县围绕X产业上项目。"): the place
    whose work the paragraph reports (the one it opens with, else the report's county or place: `report_place`)
    DEVELOPS it (ind14: batches 10, 11, 12 of the learning halves)."""
    para = state.paragraph_place(sent)
    node = b.nodes.get(para.nid) if para is not None else None
    subj = para if node is not None and not node_above_county(node) else report_place(b, sent, spans, found.start, state, rule)
    if subj is not None:
        prose_edge(b, RelType.DEVELOPS, subj, found, sent, rule, state)
