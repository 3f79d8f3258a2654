"""The place a report is about when neither a dateline nor a headline says it (rule opening_subject).

Reads: the report's first sentences and the names found in them; data/rules/prose.yaml (`opening_lead`,
`subject_follows`). Writes nothing itself: document.rule_prose makes the place the report's place, which
rule_dateline gives to the projects (and brought-in firms) nothing nearer places.

  opening_subject  a county, zone or park opening one of the report's first sentences as its subject, after
                   at most a dateline and a time ("今年以来，凉州区不断加快…", "2018年，姜堰经济开发区以…为目标",
                   "化隆县坚持以项目支撑为关键"): the report speaks of that place, unless a sentence before it (or its own) speaks
                   of the city or province (我市, 全市: a report on the city names its counties' projects)
  subject_parks    a county or zone opening a run of clauses that 打造/规划建设/分为… parks: the parks are in it
  topic_place      a paragraph "X开发区：…" profiles X: the firms and parks it names that nothing nearer places
"""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.names import AREA_PARK_SUFFIXES
from ingest.extract.prose import Found, ProseState, _edge
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


def rule_subject_parks(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A county or zone opening a run of clauses (up to ；) that builds, plans or is divided into parks:
    "近年来，全南县聚焦…，打造电子信息产业园、智能装备制造产业园、龙门工业新区三个产业承接平台",
    "民乐工业园区：…分为农副产品加工产业园、生物制药产业园…", "该市…规划建设了A产业园，完善提升了B产业园"
    (该市/该县 the report's own county): each park named after the verb is in it (rule subject_parks)."""
    text = sent.text
    parks = [f for f in spans if f.label == Label.PARK]
    if not parks or not pattern("prose", "park_holding_verb").search(text):
        return
    located = {e.source for e in b.edges.values() if e.type == RelType.LOCATED_IN}
    run_start = 0
    for run_end in [m.start() for m in pattern("prose", "run_end").finditer(text)] + [len(text)]:
        subj = _run_subject(b, text, run_start, spans, state)
        if subj is not None:
            for m in pattern("prose", "park_holding_verb").finditer(text, subj.end, run_end):
                for f in parks:
                    if m.end() <= f.start < run_end and f.nid != subj.nid and f.nid not in located \
                            and not f.surface.endswith(AREA_PARK_SUFFIXES):  # 打造世界著名汽车城: a goal, no park
                        _edge(b, RelType.LOCATED_IN, f, subj, sent, "subject_parks", state)
                        located.add(f.nid)
        run_start = run_end + 1


def _run_subject(b: GraphBuilder, text: str, start: int, spans: list[Found], state: ProseState) -> Found | None:
    """The county or zone opening a run of clauses after a short time (近年来，), or 该县/该市 for the report's
    own county."""
    lead = pattern("prose", "run_lead").match(text, start)
    at = lead.end() if lead else start
    f = next((f for f in spans if f.start == at and f.label in (Label.COUNTY, Label.PARK)), None)
    if f is not None:
        kind = b.nodes[f.nid].props.get("kind") if f.nid in b.nodes else None
        if kind in ("prefecture", "province", "region") or not pattern("prose", "subject_follows").match(text, f.end):
            return None
        return f
    if pattern("prose", "own_county").match(text, at) and state.doc_place is not None \
            and state.doc_place[0].startswith("county:"):
        return state.doc_place_found()
    return None


def rule_topic_place(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState,
                     topics: dict[int, Found]) -> None:
    """A paragraph opening with a zone, park or county and a colon ("张掖经济技术开发区：2006年…。形成以正大集团、
    奥林贝尔等企业为龙头的…") profiles that place: the firms and parks its sentences name, that nothing nearer
    places, are there (rule topic_place)."""
    text = sent.text
    if sent.start == sent.para_start:
        f = next((f for f in spans if f.start == 0 and f.label in (Label.COUNTY, Label.PARK)), None)
        if f is not None and pattern("prose", "topic_colon").match(text, f.end) and f.nid in b.nodes \
                and b.nodes[f.nid].props.get("kind") not in ("prefecture", "province", "region"):
            topics[sent.para_start] = f
    topic = topics.get(sent.para_start)
    if topic is None:
        return
    located = {e.source for e in b.edges.values() if e.type == RelType.LOCATED_IN}
    for f in spans:
        if f.label in (Label.ENTERPRISE, Label.PARK) and f.nid != topic.nid and f.nid not in located:
            _edge(b, RelType.LOCATED_IN, f, topic, sent, "topic_place", state)
            located.add(f.nid)


def listed_firm(text: str, f: Found) -> bool:
    """A firm that is an item of a list of firms closed by 等…企业 after a verb of holding in its clause ("已聚集长虹
    智能终端、华丰连接器、海立电器等龙头企业"): in a report on one place, one of that place's firms (not "吸引到A、B等
    111家知名企业参加", "与A等企业对接合作": guests and partners)."""
    if pattern("prose", "firm_list_rest").match(text, f.end) is None:
        return False
    start = max((m.end() for m in pattern("prose", "clause_end").finditer(text, 0, f.start)), default=0)
    return pattern("prose", "firm_holding").search(text, start, f.start) is not None
