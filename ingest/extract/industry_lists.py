"""Lists of industries in prose: every item is an industry; the place the sentence is about DEVELOPS it.

Reads: a prose sentence and the names found in it (prose.Found). Writes: Cluster nodes (level
industry unless the lexicon knows them) and DEVELOPS edges (rule `industry_list`) from the place
that opens the sentence, else the report's place (prose.ProseState.doc_place). Patterns:
data/rules/prose.yaml `industry_list`.

    营口辽河经济开发区…，重点发展汽车及汽车零部件相关产业、农副产品深加工产业、现代物流业等三大主导产业
    兰州新区当天集中开工项目中，…，涵盖了智能制造、绿色化工、新材料…等重点产业
    …形成了以A为支柱，B、C、D为主导产业的“1+4”工业产业体系
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.model import RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.prose import (_NOT_INDUSTRY, _PLACE, Found, ProseState, _clause_start, _edge, cluster_span,
                                  is_list, split_items)
from ingest.rules import rule_data
from ingest.structure import Sentence

RULE = "industry_list"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    d = rule_data("prose")["industry_list"]
    return {k: re.compile(v) for k, v in d.items()}


def _subject(b: GraphBuilder, spans: list[Found], before: int, state: ProseState) -> Found | None:
    """The place the sentence opens with (its first name, if a county, zone or park), else the report's."""
    first = min((f for f in spans if f.start < before), key=lambda f: f.start, default=None)
    if first is not None and first.label in _PLACE and first.start <= 24:
        node = b.nodes.get(first.nid)
        if node is not None and node.props.get("kind") not in ("prefecture", "province", "region"):
            return first
        return None  # a province's or city's industries: no county or zone develops them here
    if not any(f.label in _PLACE for f in spans if f.start < before):
        return state.doc_place_found()
    return None


def rule_industry_list(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    P = _patterns()
    text = sent.text
    for m in P["closing"].finditer(text):
        start = _clause_start(text, m.start())
        opens = list(P["opening"].finditer(text, start, m.start()))
        if opens:
            start = opens[-1].end()
        body = text[start:m.start()]
        if not is_list(body):
            continue
        if not P["develops_cue"].search(text, 0, m.end()):
            continue
        subj = _subject(b, spans, start, state)
        head = P["bare_head"].search(split_items(body)[0])
        if head is not None and state.last_park is not None:  # "为开发区煤炭、煤电…": the zone named last
            subj = state.last_park
            start += head.end()
            body = body[head.end():]
        pos = start
        for item in split_items(body):
            a, pos = pos, pos + len(item) + 1
            if not P["item"].match(item) or item in _NOT_INDUSTRY or b.resolver.county(item) is not None:
                continue
            found = cluster_span(b, item, a, sent, RULE)
            if found is None:
                continue
            spans.append(found)
            if subj is not None:
                _edge(b, RelType.DEVELOPS, subj, found, sent, RULE, state)
