"""Industries a sentence gives a role, a rank or a base, each read by one function rule_industry_list calls:

    led_industries         以A、B等企业为龙头的X产业: X named (cluster_of_firms puts the firms in it)
    named_roles            将智能交通产业作为新增长点: named; the sentence's place DEVELOPS it
    reported_industries    高端装备制造产业实现收入同比增长39.3%: named; in a report on one place, its (develops_doc_place)
    county_product_items   以沙河玻璃、临西轴承…为突破: each county's cluster, the county DEVELOPS it (cluster_place)
    role_groups            形成以A、B为基础，C、D为补充的多元化产业集群: each item (role_group)
    industry_bases         黄陵县…是陕西重要的煤电产业基地 (industry_base)
    counted_heads          蛟河市“四大经济发展动力源”——A、B、C、D领域 (counted_head)
    mainly_list            园区主要以A、B、C等为主, 以A、B、C为主导 (industry_list, mainly_led)
    mainly_lone            …园区是以A为主的综合性农业产业示范园区 (industry_list; called by rule_place_industries)

Reads: a prose sentence, its names, the ProseState. Writes: Cluster nodes; DEVELOPS edges (and IN_CLUSTER for a
project becoming an industry's base). Patterns: prose.yaml `industry_list`.
"""

from __future__ import annotations

import re

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.industries.items import count_of, list_items
from ingest.extract.industries.name_tests import industry_item, industry_name, node_above_county
from ingest.extract.industries.shared import RULE, cluster_at, cluster_or_new, list_patterns, new_industry
from ingest.extract.industries.subject import subject_place
from ingest.extract.industry_vocabulary import in_vocabulary
from ingest.extract.names import holds_verb, is_place_word
from ingest.extract.prose import (Found, ProseState, NOT_INDUSTRY_NAMES, PLACE_LABELS, prose_edge, cluster_span, generic_industry,
                                  held_by_name, split_items)
from ingest.rules import scan, search
from ingest.structure import Sentence


def led_industries(b: GraphBuilder, sent: Sentence, spans: list[Found]) -> None:
    """"以A、B等企业为龙头的X产业；": the industry its firms lead is named (a list of such clauses, one a sentence, is
    a place's industries; cluster_of_firms puts the firms in it)."""
    for m in scan(list_patterns()["led_industry"], sent.text):
        name = m.group("name")
        if industry_name(list_patterns()["inner_joiner"].sub("", name)) and not is_place_word(name):
            new_industry(b, sent, spans, name, m.start("name"), m.end("name"))


def named_roles(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"将智能交通产业作为新增长点", "煤炭工业就成为全市的主导产业": an industry given a role is named; the place
    the sentence is about develops it (a city's own, "全市的", names no county or zone)."""
    P = list_patterns()
    if search(P["role_cue"], sent.text) is None:
        return
    for m in scan(P["named_role"], sent.text):
        start, name = m.start("name"), m.group("name")
        found = cluster_at(spans, start)
        if found is None:
            if not industry_item(name):
                continue
            found = new_industry(b, sent, spans, name, start, m.end("name"))
            if found is None:
                continue
        subj = subject_place(b, spans, start, state, sent.text, sent)
        if subj is not None and not P["city_scope"].search(m.group(0)):
            prose_edge(b, RelType.DEVELOPS, subj, found, sent, RULE, state)


def reported_industries(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"高端装备制造产业实现收入同比增长39.3%；现代物流服务产业集聚了A、B等企业": an industry opening a sentence or a
    clause after ； with what it achieved is named; in a report on one place naming no other, that place's."""
    P = list_patterns()
    for m in scan(P["reported_industry"], sent.text):
        start, name = m.start("name"), m.group("name")
        found = cluster_at(spans, start)
        if found is None:
            if not industry_item(name, P["industry_end"].sub("", name)):
                continue
            found = new_industry(b, sent, spans, name, start, m.end("name"))
            if found is None:
                continue
        doc = state.doc_place_found()
        if doc is not None and not any(f.label in PLACE_LABELS for f in spans):
            prose_edge(b, RelType.DEVELOPS, doc, found, sent, "develops_doc_place", state)


def county_product_items(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"以沙河玻璃、临西轴承、清河南宫羊绒…为突破，引领全市产业集群…": in a sentence on clusters, a list whose items
    are each one or more counties and a product (a county's cluster, 县域特色产业集群) names those clusters, and each
    county develops its own (rule cluster_place)."""
    P = list_patterns()
    text = sent.text
    if search(P["county_cluster_cue"], text) is None:
        return
    for m in scan(P["plain_list"], text):
        pos, items, odd = m.start(), [], 0
        for raw in split_items(m.group(0)):
            lead = P["item_lead"].match(raw)
            a, item = (pos + lead.end(), raw[lead.end():]) if lead else (pos, raw)
            pos += len(raw) + 1
            places, rest = [], item
            while (hit := b.resolver.county_prefix(rest)) is not None and len(rest) > len(hit[0]):
                places.append(hit)
                rest = rest[len(hit[0]):]
            product = P["product"].match(rest)
            if any(f.start < a + len(item) and f.end > a and f.label not in PLACE_LABELS + (Label.CLUSTER,) for f in spans):
                odd = len(text)
                break  # a list of firms is not
            if not places or product is None or generic_industry(product.group(0)):
                odd += 1  # one item the gazetteer cannot split (清河南宫羊绒: 清河南…) leaves the others
                continue
            items.append((a, item[:len(item) - len(rest) + product.end()], places))
        if len(items) < 2 or odd > 1:
            continue
        for a, name, places in items:
            found = cluster_at(spans, a) \
                or cluster_span(b, name, a, sent, "cluster_place")
            if found is None:
                continue
            spans.append(found)
            at = a
            for surface, county in places:
                cid = b.node(county, surface, sent, "cluster_place")
                prose_edge(b, RelType.DEVELOPS, Found(at, at + len(surface), Label.COUNTY, cid, surface), found, sent,
                      "cluster_place", state)
                at += len(surface)


def role_groups(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"形成以A、B为基础，C、D为补充的多元化产业集群", "构建以A为龙头，以B、C为重点，特色鲜明的现代海洋产业体系": groups
    of industries each given a role, closed by the system they make: every item is an industry of the place the
    sentence is about (a group of firms, 以A等企业为龙头, is cluster_of_firms')."""
    P = list_patterns()
    text = sent.text
    if search(P["role_group_cue"], text) is None:
        return
    for first in scan(P["role_group_start"], text):
        groups, pos = [], first.start()
        while (g := P["role_group"].match(text, pos)) is not None:
            groups.append(g)
            pos = g.end()
        close = P["role_group_close"].match(text, pos) if groups else None
        if close is None:
            continue
        own = P["role_group_own_noise"].sub("", close.group("own"))
        firm_led = len(groups) == 1 and P["role_group_firm_role"].search(groups[0].group(0)) is not None \
            and len(own) >= 2 and not generic_industry(own)  # 以A为龙头的|电子信息|300亿产业集群: A is the cluster's lead firm
        subj = subject_place(b, spans, first.start(), state, text, sent)
        for g in groups:
            body, a = g.group("body"), g.start("body")
            if any(f.start < g.end("body") and f.end > a and f.label != Label.CLUSTER for f in spans):
                continue  # firms or places given the role
            for item in split_items(body):
                name = P["item_quotes"].sub("", P["role_group_item_rank"].sub("", item))  # 以“三航一新”首位产业为支撑: 三航一新
                if industry_item(name) and name not in NOT_INDUSTRY_NAMES and (not firm_led or in_vocabulary(name)):
                    found = cluster_or_new(b, sent, spans, name, a, a + len(name), "role_group")
                    if found is not None and subj is not None:
                        prose_edge(b, RelType.DEVELOPS, subj, found, sent, "role_group", state)
                a += len(item) + 1
        if not any(P["role_group_firm_role"].search(g.group(0)) for g in groups):  # (a firm-led one: cluster_of_firms)
            _closing_cluster(b, sent, spans, close, own, subj, state)


def _closing_cluster(b: GraphBuilder, sent: Sentence, spans: list[Found], close: re.Match, own: str,
                     subj: Found | None, state: ProseState) -> None:
    """"形成了以A、B等为重点的高新技术产业集群", "…为主体的先进材料集群": the cluster a role group closes with is one
    the place develops too, when its own words name an industry (not 特色产业集群, 多元化产业集群; clu11)."""
    text = sent.text
    if list_patterns()["cluster_closing"].search(close.group(0)) is None or not industry_item(own) \
            or own in NOT_INDUSTRY_NAMES or own != close.group("own"):
        return
    a = close.start("own")
    found = cluster_or_new(b, sent, spans, text[a:close.end()], a, close.end(), "role_group")
    if found is not None and subj is not None:
        prose_edge(b, RelType.DEVELOPS, subj, found, sent, "role_group", state)


def industry_bases(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"黄陵县…，是陕西重要的煤电产业基地", "A项目建成后，将成为江北重要的高端装备制造
    基地": the sentence's first name, a county, zone or park, develops the industry it is a base of; a project is in it
    (rule industry_base). The industry's name ends with an industry word or is an official one (data/industries)."""
    P = list_patterns()
    text = sent.text
    if search(P["base_cue"], text) is None:
        return
    for m in scan(P["base"], text):
        name = m.group("name")
        core = P["base_name_end"].sub("", name)
        if (core == name and not in_vocabulary(name)) or not industry_item(name, core) or core in NOT_INDUSTRY_NAMES:
            continue
        first = min((f for f in spans if f.start < m.start() and f.label in (*PLACE_LABELS, Label.PROJECT)),
                    key=lambda f: f.start, default=None)
        if first is None or any(f.start < first.start and f.label == Label.PROJECT for f in spans):
            continue
        node = b.nodes.get(first.nid)
        if node is None or first.label in PLACE_LABELS and node_above_county(node):
            continue
        found = cluster_or_new(b, sent, spans, name, m.start("name"), m.end("name"), "industry_base")
        if found is not None:
            rel = RelType.IN_CLUSTER if first.label == Label.PROJECT else RelType.DEVELOPS
            prose_edge(b, rel, first, found, sent, "industry_base", state)


def counted_heads(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"蛟河市“四大经济发展动力源”——A、B、C、D领域", "三大主导产业：A、B、C": a counted kind, then a dash or a colon
    and exactly as many items, names them; the place right before the kind (else the sentence's) develops each."""
    P = list_patterns()
    text = sent.text
    for m in scan(P["counted_head"], text):
        count = count_of(m.group("count"))
        items = list_items(m.group("body"), m.start("body"), count)
        if count is None or len(items) != count or not all(P["item"].match(item) for _a, item in items):
            continue
        place = next((f for f in spans if f.label in PLACE_LABELS and f.end == m.start()), None)
        node = b.nodes.get(place.nid) if place is not None else None
        subj = place if node is not None and not node_above_county(node) \
            else subject_place(b, spans, m.start(), state, text, sent)
        for a, item in items:
            if item in NOT_INDUSTRY_NAMES or generic_industry(item) or is_place_word(item) \
                    or held_by_name(spans, a, a + len(item)):
                continue
            found = cluster_or_new(b, sent, spans, item, a, a + len(item), "counted_head")
            if found is not None and subj is not None:
                prose_edge(b, RelType.DEVELOPS, subj, found, sent, "counted_head", state)


def mainly_list(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"园区主要以A、B、C等为主", "入园企业以A、B等为主": what a park is mainly made of are its industries, when one item
    at least is an official name or a maker's (…加工, …设备); the place the sentence is about develops each (clu11).
    One item alone: mainly_lone."""
    P = list_patterns()
    text = sent.text
    # (ind20) "以A、B、C、D为主导", "形成了A、B、C为主导的…格局": the same list, led rather than made of (rule mainly_led)
    shapes = ((P["mainly_list"], RULE), (P["mainly_led"], "mainly_led"), (P["mainly_formed"], "mainly_led"))
    for m, rule in ((m, rule) for p, rule in shapes for m in scan(p, text)):
        items = [(a, item) for a, item in list_items(m.group("body"), m.start("body"), None)
                 if P["item"].match(item) and item not in NOT_INDUSTRY_NAMES and not generic_industry(item)
                 and not is_place_word(item) and not holds_verb(item)
                 and not held_by_name(spans, a, a + len(item))]
        if len(items) < 2 or not any(in_vocabulary(item) or P["mainly_tail"].search(item) for _a, item in items):
            continue
        subj = subject_place(b, spans, m.start(), state, text, sent)
        for a, item in items:
            found = cluster_or_new(b, sent, spans, item, a, a + len(item), rule)
            if found is not None and subj is not None:
                prose_edge(b, RelType.DEVELOPS, subj, found, sent, rule, state)


def mainly_lone(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"…园区是以A为主的综合性农业产业示范园区", "以A为主、B为支撑的产业生态", "区域以A为主，已经形成产业聚集" (plan14; batches
    7, 10, 12): one industry a place is mainly made of, when 产业 follows in the clause; only the county, zone or park right
    before it develops it (a place named earlier is often the district of the zone the sentence is on). Run after
    rule_place_industries' roles, which give a found industry to the sentence's subject."""
    P, text = list_patterns(), sent.text
    for m in scan(P["mainly_lone"], text):  # "以A为主的…产业示范园区", "以A为主、B为支撑的产业生态" (plan14)
        a, item = m.start("body"), m.group("body")
        if not P["item"].match(item) or item in NOT_INDUSTRY_NAMES or generic_industry(item) or is_place_word(item) \
                or holds_verb(item) or not (in_vocabulary(item) or P["mainly_lone_tail"].search(item)) \
                or held_by_name(spans, a, a + len(item)):
            continue
        subj = next((f for f in spans if f.label in PLACE_LABELS and f.end <= m.start()
                     and P["mainly_lone_owner_gap"].fullmatch(text, f.end, m.start())), None)
        found = cluster_or_new(b, sent, spans, item, a, a + len(item), RULE)
        if found is not None and subj is not None:
            prose_edge(b, RelType.DEVELOPS, subj, found, sent, RULE, state)
