"""Industries and clusters a place develops, and the firms in a cluster, as prose states them.

Reads: a sentence, the names found in it, the report's and the paragraph's place and the cluster a heading names
(ProseState). Writes: Cluster nodes (an industry named as a develop verb's object, a place's leading industries),
DEVELOPS from a place or park to a cluster or industry, IN_CLUSTER from a firm or project to a cluster. Rules:
develops_prose, develops_doc_place, develops_paragraph_place, develop_object, industry_of_place, leading_industries,
cluster_place, leading_list, represented_by, place_industry_pairs. Also `generic_industry` (a name that only says what
kind of industry it is) and `counted_object`, which the industry list modules read.
"""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.prose.common import (Found, NOT_INDUSTRY_NAMES, prose_pattern, PLACE_LABELS, end_of_clause, prose_edge, above_county,
                                         aspect_list, cluster_span, split_items)
from ingest.extract.prose.state import ProseState
from ingest.rules import pattern_group, rule_data, scan, search
from ingest.structure import Sentence


def rule_develops(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A place or park opening the sentence (after a short "如今，") 发展/打造/形成… clusters;
    a sentence opening with the verb itself speaks of the document's place."""
    text = sent.text
    first = prose_pattern("short_opening").match(text)
    at = first.end() if first else 0
    subj = next((f for f in spans if f.start in (0, at) and f.label in PLACE_LABELS), None) or next(
        (f for f in spans if f.label in PLACE_LABELS and prose_pattern("heading_colon").match(text, f.end) and f.start <= 30), None)  # "…|茌平区：延伸…"
    m = prose_pattern("as_industry").match(text)
    if m:  # "作为茌平特色优势产业，铝加工产业正向…": the industry of that place
        place = next((f for f in spans if f.label in PLACE_LABELS and f.end <= m.end(1)), None)
        ind = next((f for f in spans if f.label == Label.CLUSTER and f.start == m.end()), None)
        if place is not None and ind is not None:
            prose_edge(b, RelType.DEVELOPS, place, ind, sent, "industry_of_place", state)
    rule = "develops_prose"
    first, limit = 0, len(text)
    para = state.paragraph_place(sent)
    opening = search(prose_pattern("develop_clause"), text) if subj is None and (state.doc_place or para) else None
    if opening is not None and not any(f.label in PLACE_LABELS and f.start < opening.start() for f in spans):
        # a clause with no subject in a report about one place: "大力发展A、B和C" in a zone's profile; a place
        # named in a later clause is that clause's ("大力培育X产业，…，帮助A、B等向…"): the verbs before it only;
        # under a paragraph opened by another place (今年以来，临桂区…。大力发展A、B), that place's (rule develops_paragraph_place)
        own = state.doc_place_found()
        subj, rule = (Found(0, 0, para.label, para.nid, para.surface), "develops_paragraph_place") \
            if para is not None and (own is None or own.nid != para.nid) else (own, "develops_doc_place")
        limit = min((f.start for f in spans if f.label in PLACE_LABELS), default=limit)
        first = opening.start()  # the subject-less clause's verbs, not those of a clause before it with its own subject
    if subj is None:
        _subjectless_objects(b, sent, text, spans, state)
        return
    for m in prose_pattern("develop_verb").finditer(text, first, limit):
        if m.start() < subj.end:
            continue
        stop = end_of_clause(text, m.end())
        if aspect_list(text[m.end():stop]):
            continue  # "聚焦新材料、新模式、新工艺、新市场": what the chain renews, no industries
        _develop_objects(b, sent, subj, text, m.end(), stop, spans, rule, state)
        for f in spans:
            # the cluster is the object itself, not a word of a longer phrase (打造…轴承生产基地: a base)
            if f.label == Label.CLUSTER and m.end() <= f.start and f.end <= stop \
                    and prose_pattern("cluster_object_end").match(text[f.end:]) \
                    and prose_pattern("cluster_object_start").search(text[m.end():f.start]):
                prose_edge(b, RelType.DEVELOPS, subj, f, sent, rule, state)


def _subjectless_objects(b: GraphBuilder, sent: Sentence, text: str, spans: list[Found], state: ProseState) -> None:
    """A develop verb's object with no place to develop it ("海南将加快发展X产业", "积极发展智能智造产业" in a
    province's plan, a clause after another subject's): the industries it names are named all the same, with no
    DEVELOPS (rule develop_object, ind18)."""
    for m in prose_pattern("develop_verb").finditer(text):
        if any(f.start <= m.start() < f.end for f in spans):
            continue  # a name's word (工业集中发展区), no verb
        if any(f.label == Label.CLUSTER and f.end <= m.start() and not prose_pattern("clause_mark").search(text, f.end, m.start())
               for f in spans):
            continue  # "X产业集群则聚焦Y产业": a cluster's own field, its clause's subject a cluster (rule_subindustry's)
        _develop_objects(b, sent, None, text, m.end(), end_of_clause(text, m.end()), spans, "develop_object", state)


_GENERIC_HEADS = tuple(sorted(NOT_INDUSTRY_NAMES, key=len, reverse=True))


_SECTOR_MODIFIERS = tuple(map(str, rule_data("prose")["sector_modifiers"]))


_SECTOR_CORES = frozenset(map(str, rule_data("prose")["sector_cores"]))


def generic_industry(name: str) -> bool:
    """Whether a name says only what kind of industry it is (优势特色, 新兴, 全市重点): what is left after its
    generic opening words (新型, 现代, 高端…) is shorter than two characters. 新型功能材料 and 现代物流 are names;
    so is a sector a quality word opens (现代农业, 现代服务业, 高端制造: prose.yaml `sector_modifiers`, ind14)."""
    if name.startswith(_SECTOR_MODIFIERS) and any(name.endswith(c) and len(name) - len(c) <= 2 and name[:len(name) - len(c)]
                                                  in _SECTOR_MODIFIERS for c in _SECTOR_CORES):
        return False
    core = name
    while core:
        head = next((w for w in _GENERIC_HEADS if core.startswith(w)), None)
        if head is None:
            break
        core = core[len(head):]
    return len(core) < 2


def counted_object(item: str) -> bool:
    """"打造五个千亿产业集群": a count or a scale is what the object says of the clusters, no name (clu11)."""
    P = pattern_group("prose", "industry_list")
    return P["item_counted"].search(item) is not None or P["object_scale"].search(item) is not None


def _develop_objects(b: GraphBuilder, sent: Sentence, subj: Found | None, text: str, start: int, stop: int,
                     spans: list[Found], rule: str, state: ProseState) -> None:
    """"发展新能源汽车和智能家居产业": a verb's object that ends in an industry word names industries
    (each item of its list) even where no other rule named them; canonical ones link, others are new."""
    m = prose_pattern("industry_object").fullmatch(text[start:stop])
    if m is None or any(f.label == Label.CLUSTER and start <= f.start < stop for f in spans) \
            or prose_pattern("object_not_names").search(m.group(1)):
        return  # not an industry phrase, or its names were read already, or a clause
    items = prose_pattern("item_joiner").split(m.group(1))
    pos = start
    for k, item in enumerate(items):
        a = text.find(item, pos)
        pos = a + len(item)
        surface = item + (m.group(2) if k == len(items) - 1 and prose_pattern("kept_tail").fullmatch(m.group(2)) else "")
        if not (2 <= len(item) <= 12) or generic_industry(item) \
                or prose_pattern("develop_verb").search(item) or b.resolver.county(item) is not None \
                or counted_object(item) or prose_pattern("object_item_not").search(item) \
                or any(f.start < a + len(item) and a < f.end for f in spans):
            continue  # (ind18: nor a verb's complement, a question, a park, nor words a firm, place or project holds)
        f = cluster_span(b, surface, a, sent, rule)
        if f is None:
            continue
        spans.append(f)
        if subj is not None:
            prose_edge(b, RelType.DEVELOPS, subj, f, sent, rule, state)


def rule_cluster_place(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """阳谷县化工新材料产业集群: the county it is named after develops it."""
    for f in spans:
        if f.label != Label.CLUSTER or not prose_pattern("says_cluster").search(f.surface):
            continue  # a county's cluster says so (阳谷县化工新材料产业集群); 阳谷特种光电线缆 is a product
        hit = b.resolver.county_prefix(f.surface)
        if hit is not None and len(f.surface) - len(hit[0]) >= 4:
            cid = b.node(hit[1], hit[0], sent, "cluster_place")
            prose_edge(b, RelType.DEVELOPS, Found(f.start, f.start + len(hit[0]), Label.COUNTY, cid, hit[0]), f, sent,
                  "cluster_place", state)


def rule_leading_list(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState,
                      section_cluster: Found | None) -> None:
    """"在龙头企业A、B、C等龙头企业带动下": leading firms of the sentence's cluster."""
    text = sent.text
    cluster = next((f for f in spans if f.label == Label.CLUSTER and f.start == 0), None) or section_cluster
    if cluster is None:
        return
    for m in scan(prose_pattern("leading"), text):
        group = 1 if m.group(1) is not None else 2
        pos = m.start(group)
        for name in prose_pattern("leading_split").split(m.group(group)):
            start = text.find(name, pos)
            pos = start + len(name)
            if not (2 <= len(name) <= 14) or prose_pattern("leading_not_name").search(name):
                continue
            known = next((f for f in spans if f.start == start and f.label == Label.ENTERPRISE), None)
            if known is None:
                r = b.resolver.enterprise(name)
                if r is None:
                    continue
                known = Found(start, start + len(name), Label.ENTERPRISE, b.node(r, name, sent, "leading_list"), name)
            prose_edge(b, RelType.IN_CLUSTER, known, cluster, sent, "leading_list", state, {"role": "leading"})


def rule_represented(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"以潍柴、雷沃为代表的高端装备产业集群": each firm or project named before 为代表的 is in the cluster or
    industry named right after it (rule represented_by)."""
    if not any(f.label == Label.CLUSTER for f in spans):
        return  # the members join a cluster or industry found right after 为代表的: none, nothing to read
    for m in scan(prose_pattern("represented_by"), sent.text):
        cluster = next((f for f in spans if f.label == Label.CLUSTER and f.start == m.end()), None)
        if cluster is None:
            continue
        members = [f for f in spans if f.label in (Label.ENTERPRISE, Label.PROJECT) and m.start(1) <= f.start
                   and f.end <= m.end(1)]
        pos = m.start(1)
        for name in prose_pattern("leading_split").split(prose_pattern("list_etc").sub("", m.group(1))):
            start = sent.text.find(name, pos)
            pos = start + len(name)
            if any(f.start <= start < f.end for f in members) or not (2 <= len(name) <= 14):
                continue
            r = b.resolver.enterprise(name)  # a firm named without a legal form (潍柴)
            if r is not None:
                members.append(Found(start, pos, Label.ENTERPRISE, b.node(r, name, sent, "represented_by"), name))
        for f in members:
            prose_edge(b, RelType.IN_CLUSTER, f, cluster, sent, "represented_by", state)


def rule_place_industry_pairs(b: GraphBuilder, sent: Sentence) -> None:
    """"形成了冠县锻造、东昌府保持器、东阿滚动体齐头并进的轴承产业格局": a list of place+industry
    items closed by a layout word (格局, 布局): each place DEVELOPS its industry."""
    if not search(prose_pattern("layout_word"), sent.text):
        return  # no 格局/布局: the common case, skipped before the regex
    for m in scan(prose_pattern("layout_pairs"), sent.text):
        items = prose_pattern("item_joiner").split(m.group(1))
        if len(items) < 2:
            continue
        for item in items:
            places = b.resolver.counties_in(item)  # the last place of the item: "形成了|莘县|钢管"
            if not places:
                places = [(0, item[:k], r) for k in range(len(item) - 2, 1, -1)
                          for r in [b.resolver.county(item[:k])] if r is not None][:1]
            if not places:
                continue
            pos, surface, county = places[-1]
            hit = (surface, county)
            rest = item[pos + len(surface):]
            if not (2 <= len(rest) <= 8) or rest in NOT_INDUSTRY_NAMES or not prose_pattern("cjk_run").fullmatch(rest):
                continue
            r = b.resolver.cluster(rest)
            if r is None:
                continue
            cid = b.node(hit[1], hit[0], sent, "place_industry_pairs")
            iid = b.node(r, rest, sent, "place_industry_pairs")
            b.edge(RelType.DEVELOPS, cid, iid, sent, "place_industry_pairs", rest, r.resolution)


def rule_leading_industries(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A place's profile stating its leading industries: "商洛经开区批准面积为722.62公顷，主导产业为新材料、智能制造和新型
    建材产业；商南经开区…，主导产业为…" (each ；-group's own place, the last one named before the cue in it), "园区主导产业有
    A、B和C" (a bare 园区 is the report's place), a profile's trades "工业有A、B和C等" (the report's place; after 园区内, the
    zone named last: ind16): the place DEVELOPS each item (rule leading_industries). No place in the group (全市主导产业
    为…, a city's), no rule."""
    text = sent.text
    for m in scan(prose_pattern("leading_industries"), text):
        group = max((g.end() for g in prose_pattern("group_end").finditer(text, 0, m.start())), default=0)
        place = next((f for f in sorted(spans, key=lambda f: -f.end) if f.label in PLACE_LABELS and group <= f.start
                      and f.end <= m.start() and not above_county(b, f)), None)
        sector = place is None and m.group("sector") and prose_pattern("bare_sector_subject").fullmatch(text, group, m.start())
        if sector:  # "工业有A、B…": the report's place; "园区内工业行业主要有…": the zone named last, else no place's (ind16)
            bare_park = prose_pattern("bare_park_subject").match(text, group) is not None
            place = state.last_zone if bare_park else state.doc_place_found()
        elif place is None and prose_pattern("bare_park_subject").fullmatch(text, group, m.start()):
            place = state.doc_place_found()  # "园区主导产业有…": the report's zone
        if place is None and not sector:
            continue
        stop = end_of_clause(text, m.end())
        items = split_items(text[m.end():stop])
        if len(items) < 2:
            continue
        items[-1:] = prose_pattern("leading_last_joiner").split(prose_pattern("leading_last_deng").sub("", items[-1]))
        pos = m.end()
        for item in items:
            start = text.index(item, pos)
            pos = start + len(item)
            f = cluster_span(b, item, start, sent, "leading_industries") if 2 <= len(item) <= 14 else None
            if f is not None and place is not None:
                prose_edge(b, RelType.DEVELOPS, place, f, sent, "leading_industries", state)
