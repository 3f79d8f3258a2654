"""Parks inside a zone, county or park, as a sentence lists them (rule_parks_built_in, one call per sentence).

Reads: a sentence, the parks and places found in it, the zone or park named last (ProseState). Writes: LOCATED_IN from
each park to the place holding it. Rules: built_in_park (在X建设A、B和C产业园), composed_of (X由A、B和C组成), zone_parks
(A、B、C一区三园, 开发区西部规划为A、B、C).
"""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.prose.common import Found, prose_pattern, PLACE_LABELS, end_of_clause, start_of_clause, prose_edge, above_county
from ingest.extract.prose.state import ProseState
from ingest.rules import scan
from ingest.structure import Sentence


def rule_parks_built_in(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """Parks a place builds in itself: "在X建设A、B和C产业园" (X a zone, a county, or a bare 园区 for the park
    named last; rule built_in_park), and a list of parks closed by "一区N园" (A、B、C一区三园), each in the zone
    named before the list (rule zone_parks)."""
    text = sent.text
    parks = [f for f in spans if f.label == Label.PARK]
    if not parks:
        return
    for m in scan(prose_pattern("built_in"), text):
        place = next((f for f in spans if f.start == m.start("place") and f.end == m.end("place") and f.label in PLACE_LABELS),
                     None)
        if place is None and prose_pattern("bare_park_word").fullmatch(m.group("place")):
            place = next((f for f in reversed(parks) if f.end <= m.start() and not prose_pattern("bare_park_word").fullmatch(f.surface)),
                         None) or state.last_park
        end = end_of_clause(text, m.end())
        for f in parks:
            if place is not None and m.end() <= f.start < end and f.nid != place.nid:
                prose_edge(b, RelType.LOCATED_IN, f, place, sent, "built_in_park", state)
    _composed_of(b, sent, spans, state)
    for m in scan(prose_pattern("zone_parks"), text):
        if m.group("close"):  # A、B、C一区三园, A、B等园中园: the list before, in its clause
            listed = [f for f in parks if start_of_clause(text, m.start()) <= f.start and f.end <= m.start()]
        elif m.group("parts"):  # 开发区西部规划为A、B、C: the parks listed right after, in the zone its clause names before
            listed = [f for f in parks if m.end() <= f.start and f.end <= end_of_clause(text, m.end())]
            zone = next((f for f in reversed(spans) if start_of_clause(text, m.start()) <= f.start and f.end <= m.start()
                         and f.label in PLACE_LABELS and (f.label == Label.PARK or b.nodes[f.nid].props.get("kind") == "zone")), None)
            if len(listed) >= 2 and listed[0].start == m.end() and zone is not None:
                for f in listed:
                    prose_edge(b, RelType.LOCATED_IN, f, zone, sent, "zone_parks", state)
            continue
        else:  # “区中园”建设，规划建设了A、B…: the list after, in the sentence
            listed = [f for f in parks if m.end() <= f.start]
        if not listed:
            continue
        zone = next((f for f in reversed(spans) if f.end <= listed[0].start and f.label in PLACE_LABELS
                     and (f.label == Label.PARK or b.nodes[f.nid].props.get("kind") == "zone")), None) \
            or _zone_spoken_of(b, state, listed)
        for f in listed if zone is not None else []:
            prose_edge(b, RelType.LOCATED_IN, f, zone, sent, "zone_parks", state)


def _zone_spoken_of(b: GraphBuilder, state: ProseState, parts: list[Found]) -> Found | None:
    """The zone or park a text names last before a sentence that names none before a list of a zone's parts (…新型工业园区
    迅速投入实施，并逐步形成了A、B、C的“一区三园”; 该园区由A、B组成): the zone the text is about (park14)."""
    whole = state.last_zone or state.last_park
    if whole is None or any(f.nid == whole.nid for f in parts) or above_county(b, whole):
        return None
    return whole


def _composed_of(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"铁西区…，由主城区、沈阳经济技术开发区（以下简称…）和中德（沈阳）高端装备制造产业园组成": a county, zone or park
    made up of parts holds each park among them (rule composed_of). The whole is the place right before 由, or the
    one opening the sentence when 由 opens a later clause; no prefecture or province."""
    text = sent.text
    for m in scan(prose_pattern("composed_of"), text):
        whole = next((f for f in spans if f.end == m.start() and f.label in PLACE_LABELS), None)  # X由A、B组成
        if whole is None and start_of_clause(text, m.start()) == m.start():  # X位于…，由A、B组成: the sentence's subject
            first = min(spans, key=lambda f: f.start, default=None)
            if first is not None and first.label in PLACE_LABELS and first.end <= m.start() \
                    and prose_pattern("subject_lead").fullmatch(text[:first.start]):
                whole = first
        if whole is None and prose_pattern("park_demonstrative").search(text, 0, m.start()):  # 该园区由A、B、C组成 (park14)
            whole = _zone_spoken_of(b, state, [f for f in spans if m.start(1) <= f.start and f.end <= m.end(1)])
        if whole is None or above_county(b, whole):
            continue
        for f in spans:
            if m.start(1) <= f.start and f.end <= m.end(1) and f.nid != whole.nid and f.label == Label.PARK:
                # a zone among the parts is left alone: a district and its zone often share one administration (区政合一)
                prose_edge(b, RelType.LOCATED_IN, f, whole, sent, "composed_of", state)
