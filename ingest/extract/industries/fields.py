"""Kinds of project and fields: what a batch of projects is sorted by or covers, and the fields a focus verb takes,
each read by one function rule_industry_list calls:

    project_kinds      美丽健康产业项目26个: the kind named (its projects are left to the IN_CLUSTER rules)
    counted_kinds      产业类项目中电子信息项目5个，新能源汽车项目2个…: the counted kinds named (project_kind)
    kind_batches       新能源新材料类项目5个：A、B; A项目，属于旅游商贸类: each project IN_CLUSTER its kind (project_kind)
    batch_fields       开工签约项目共82个，…，涉及A、B、C等领域: the fields named, no place's (batch_fields)
    focus_fields       围绕A、B等领域，已集聚…: the fields named; the clause's county, zone or park DEVELOPS them (focus_fields)

Reads: a prose sentence, its names, the ProseState (a breakdown by industry carried over its paragraph). Writes: Cluster
nodes, IN_CLUSTER and DEVELOPS edges. Patterns: prose.yaml `industry_list`, `kind_kept_ends`.
"""

from __future__ import annotations

import re

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.context import names_home
from ingest.extract.industries.items import field_name, list_items, without_place_head
from ingest.extract.industries.name_tests import industry_item
from ingest.extract.industries.shared import (LIST_MARK, clause_group_end, clause_group_start, cluster_or_new,
                                              list_patterns, new_industry)
from ingest.extract.industries.subject import subject_place
from ingest.extract.industry_vocabulary import in_vocabulary
from ingest.extract.names import CLAUSE_MARKS, LEAD_WORDS, after_last_mark, holds_verb
from ingest.extract.prose import ABOVE_COUNTY, Found, ProseState, NOT_INDUSTRY_NAMES, PLACE_LABELS, prose_edge, held_by_name
from ingest.rules import rule_data, scan, search
from ingest.structure import Sentence


_KEPT_KIND_ENDS = tuple(map(str, rule_data("prose")["kind_kept_ends"]))  # 产业, 工业: part of the name


def project_kinds(b: GraphBuilder, sent: Sentence, spans: list[Found]) -> None:
    """"美丽健康产业项目26个", "医药健康产业项目，…": an industry opening a clause names a kind of project, and is
    named (the projects it heads are left to the IN_CLUSTER rules)."""
    P = list_patterns()
    if search(P["kind_cue"], sent.text) is None:
        return
    for m in scan(P["project_kind"], sent.text):
        name = m.group("name")
        if not industry_item(name) or holds_verb(name) or name in LEAD_WORDS:
            continue  # (a verb inside is a clause: 本次开工|工业项目5个, audit J; a clause's word alone: 包括|工业项目16个, audit AF)
        surface = name + m.group("end") if m.group("end") in _KEPT_KIND_ENDS else name
        new_industry(b, sent, spans, surface, m.start("name"), m.end("name"))


def counted_kinds(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"产业类项目中电子信息项目5个，新能源汽车项目2个，医药类项目2个，现代服务业项目2个": a batch broken down into kinds
    of project, each counted, names the kinds as industries when there are two or more and one is an official name
    (data/industries) or all end with an industry word; no place develops them here (rule project_kind).
    A breakdown the text says is by industry ("根据行业划分，农林牧渔项目4个，…；经贸流通项目1个，…") names its counted
    kinds without an official name among them, also in the paragraph's later sentences (cut at ；) that open with one
    (clu10)."""
    P = list_patterns()
    text = sent.text
    if search(P["kind_cue"], text) is None:
        return
    by_industry = search(P["counted_kind_by_industry"], text) is not None
    if by_industry:
        state.industry_breakdown = sent.para_start
    continued = not by_industry and state.industry_breakdown == sent.para_start
    kinds = []
    for m in scan(P["counted_kind"], text):
        a = after_last_mark(text, m.start(), CLAUSE_MARKS + LIST_MARK + ":")  # the kind's clause or item
        lead = P["counted_kind_lead"].match(text, a, m.start())
        a = lead.end() if lead else a
        name = text[a:m.start()]
        if not 2 <= len(name) <= 12 or P["counted_kind_not"].search(name) or name in NOT_INDUSTRY_NAMES \
                or any(f.start < m.start() and f.end > a and f.label != Label.CLUSTER for f in spans):
            continue
        if continued and a > 0:
            continue  # a later sentence of the breakdown: the kind opens it
        if (by_industry or continued) and P["sector_closing"].search(name):
            continue  # "按产业分，先进制造业项目102个": a sector, no industry's name
        if not industry_item(name, P["industry_end"].sub("", name)) or holds_verb(name):
            continue  # a sector (先进制造业, 现代服务业) or a work (城市建设) is no industry's name, by industry or not
        kinds.append((a, name))
    if not (by_industry or continued) and (len(kinds) < 2 or not any(in_vocabulary(n) for _a, n in kinds)
                                           and not all(P["counted_kind_end"].search(n) for _a, n in kinds)):
        return
    for a, name in kinds:
        cluster_or_new(b, sent, spans, name, a, a + len(name), "project_kind")


def kind_batches(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"新能源新材料类项目5个：A、B、C", "旅游商贸类的另外2个项目是：A、B", "A项目，属于旅游商贸类": a report that sorts
    its projects by industry puts each in its kind (rule project_kind)."""
    P = list_patterns()
    text = sent.text
    if search(P["kind_batch_cue"], text) is None:
        return
    for m in (*P["kind_batch"].finditer(text), *P["kind_member"].finditer(text)):
        name = m.group("name")
        if not industry_item(name) or name in NOT_INDUSTRY_NAMES:
            continue
        after = m.re is P["kind_batch"]
        lo, hi = (m.end(), clause_group_end(text, m.end())) if after else (clause_group_start(text, m.start()), m.start())
        members = [f for f in spans if f.label == Label.PROJECT and lo <= f.start and f.end <= hi]
        if not members:
            continue
        found = cluster_or_new(b, sent, spans, name, m.start("name"), m.end("name"), "project_kind")
        for f in members if found is not None else ():
            prose_edge(b, RelType.IN_CLUSTER, f, found, sent, "project_kind", state)


def batch_fields(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"开工签约项目共82个，…，涉及A、B、C等领域", "项目涵盖A、B等多个领域", "…等涵盖A、B领域的战略新兴产业项目": the
    fields a batch of projects covers are industries, but no place's (no DEVELOPS); a public work or service among
    them (基础设施, 社会民生, 环境提升) is none. Not in a text on the home region, whose clusters the lexicon lists
    (as context.document_subject leaves it to the lexicon rules; clu11)."""
    P = list_patterns()
    text = sent.text
    if search(P["batch_fields"], text) is None:
        return
    if names_home(b):
        return
    for m in scan(P["batch_fields"], text):
        group = clause_group_start(text, m.start())
        if P["batch_fields_subject"].search(text, group, m.start()) is None \
                and P["batch_fields_object"].match(text, m.end()) is None:
            continue  # no batch of projects covers them
        body, start = m.group("body"), m.start("body")
        tag = P["batch_field_tag"].search(body)
        body = body[:tag.start()] if tag is not None else body
        items = list_items(body, start, None)
        if len(items) < 2 and P["batch_fields_deng"].match(text, m.end("body")) is None or not items:
            continue  # one field alone is a list only when 等 closes it (涉及新能源等多个领域)
        for a, item in items:
            a, item = without_place_head(spans, text, a, item)
            if P["batch_sector_fields"].match(item) and not held_by_name(spans, a, a + len(item)):
                cluster_or_new(b, sent, spans, item, a, a + len(item), "batch_fields")  # 农业, 制造业 (ind20)
                continue
            if item in NOT_INDUSTRY_NAMES or P["batch_field_not_item"].search(item) or not field_name(b, spans, a, item):
                continue
            cluster_or_new(b, sent, spans, item, a, a + len(item), "batch_fields")


def focus_fields(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"围绕A、B等领域，已集聚…", "C公司在D、E等领域取得突破", "向…的F、G等领域拓展" (rule focus_fields, genre14): the
    fields a focus or breakthrough verb takes, closed by 等…领域/环节, are industries; a county, zone or park the
    sentence names as their clause's subject (平坝区作为…，将在A、B等领域精耕细作; 围绕C、D等重点环节，顺义区已集聚…)
    develops them (ind15b: batches 10, 11, 12, 13), else no place does (a firm's, a province's, the report's). An item
    that is a public work (基础设施) is skipped; one that is no field's name (an action: 龙头引进, 基地建设; a place) voids
    the list; one item at least must be an official name or end in a maker's word (…装备, …材料: ind15b, batches 9 and
    13), or the text have named an industry before."""
    P, text = list_patterns(), sent.text
    if search(P["focus_fields_cue"], text) is None:  # cheap gate: every list this reads closes on a field word
        return
    for m in scan(P["focus_fields"], text):
        body, start = m.group("body"), m.start("body")
        mod = P["focus_fields_modifier"].match(body)
        if mod is not None:
            body, start = body[mod.end():], start + mod.end()
        items = []
        for a, item in list_items(body, start, None):
            a, item = without_place_head(spans, text, a, item)
            if P["batch_field_not_item"].search(item) is not None and not holds_verb(item) or item in NOT_INDUSTRY_NAMES:
                continue  # a public work among fields (围绕基础设施、盐油化工、新能源等领域): no field, the others are
            if not field_name(b, spans, a, item):
                items = []
                break  # one item that is no field's name: the list is of something else (steps, places)
            items.append((a, item))
        if len(items) < 2 or not (any(in_vocabulary(item) or P["mainly_tail"].search(item) for _a, item in items)
                                  or b.nodes_of(Label.CLUSTER)):
            continue  # (a text's own sub-fields are rarely official names: an industry the text named, or an item
            # ending in a maker's word, 航空装备, 降解材料, vouches for them: ind15b)
        subj = _focus_subject(b, sent, spans, state, m)
        for a, item in items:
            found = cluster_or_new(b, sent, spans, item, a, a + len(item), "focus_fields")
            if found is not None and subj is not None:
                prose_edge(b, RelType.DEVELOPS, subj, found, sent, "focus_fields", state)


def _focus_subject(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState,
                   m: re.Match) -> Found | None:
    """The county, zone or park a focus list's clause is said of: the place the sentence opens with, named before the
    list (not the report's place by default), or the place opening the clause right after it (…等重点环节，顺义区已…)."""
    text = sent.text
    subj = subject_place(b, spans, m.start(), state, text, sent)
    named = [f.end for f in spans if f.nid == subj.nid and f.start < m.start()] if subj is not None else []
    if named:
        at = max(named)
        actor = any(f.label in (Label.ENTERPRISE, Label.PROJECT) and at <= f.start < m.start() for f in spans)
        # (陵水的省重点项目投资主要投向A、B等领域: a batch's fields; 安平县的X公司在A、B等领域…: a firm's; no place's)
        return None if actor or list_patterns()["focus_fields_not_own"].search(text, at, m.start()) else subj
    after = list_patterns()["focus_fields_then"].match(text, m.end())
    nxt = next((f for f in spans if after is not None and f.start == after.end() and f.label in PLACE_LABELS), None)
    node = b.nodes.get(nxt.nid) if nxt is not None else None
    return nxt if node is not None and node.props.get("kind") not in ABOVE_COUNTY else None
