"""An industry that heads a paragraph or the sentences after it, and the firms and projects it takes in:

    heading_industry       大力发展现代农业。加快实施A等项目…: the paragraph's place DEVELOPS it, its later projects IN_CLUSTER
    inline_heading         …，新能源产业。加快推进A、B等项目…: the next sentences' projects IN_CLUSTER it
    rule_field_topic       在农副产品精深加工产业方面，…: the firms and projects of the sentence (and paragraph) IN_CLUSTER it
    rule_paragraph_topic   在航空航天产业，…; 这个县围绕木材产业上项目。: the paragraph's later firms and projects IN_CLUSTER it

Reads: a prose sentence, its names, the ProseState (the heading, field and paragraph topics it carries) and the
section's cluster (context.cluster_of_section). Writes: Cluster nodes, DEVELOPS and IN_CLUSTER edges; the state's topics.
Patterns: prose.yaml `industry_list` (heading_develop, inline_heading), `field_topic`, `paragraph_topic`.
"""

from __future__ import annotations

import re
from functools import partial

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.context import cluster_of_section
from ingest.extract.industries.name_tests import industry_item
from ingest.extract.industries.shared import INDUSTRY_ENDS, cluster_or_new, list_patterns, new_industry
from ingest.extract.industries.subject import topic_develops
from ingest.extract.industry_vocabulary import in_vocabulary
from ingest.extract.names import holds_verb, is_place_word
from ingest.extract.prose import Found, ProseState, NOT_INDUSTRY_NAMES, counted_object, prose_edge
from ingest.rules import pattern_group, search
from ingest.structure import Sentence


def inline_heading(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"…壮大新兴产业，新能源产业。加快推进A、B等重点项目建设…。新能源装备制造产业。推动C项目…": an industry alone in the
    last clause of a sentence heads the sentences after it in its paragraph, up to the next such heading: their
    projects are in it (rule inline_heading)."""
    heading = state.inline_industry
    if heading is not None and heading[0] == sent.para_start:
        for f in spans:
            if f.label == Label.PROJECT:
                prose_edge(b, RelType.IN_CLUSTER, f, heading[1], sent, "inline_heading", state)
    m = search(list_patterns()["inline_heading"], sent.text)
    if m is None:
        return
    name = m.group("name")
    if not industry_item(name, list_patterns()["industry_end"].sub("", name)):
        return
    found = cluster_or_new(b, sent, spans, name, m.start("name"), m.end("name"), "inline_heading")
    if found is not None:
        state.inline_industry = (sent.para_start, found)


def heading_industry(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"大力发展现代农业。加快实施A等项目…", "培育发展苗木业。实施B项目…", "推进畜牧产业发展。…": a paragraph opening with a
    sentence that is only a develop verb and one industry heads it: the place it is about (the paragraph's, else the
    report's) develops the industry, and the paragraph's later firms and projects are in it (rule heading_industry; the
    paragraph is read as field_topic reads one opening 在X产业方面，). Without 产业/集群, the name ends in a sector's word
    (现代农业, 种植业, 高端制造业); no rank word opens it (发展特色产业。 names none; clu11)."""
    P = list_patterns()
    heading, state.heading_industry = state.heading_industry, None
    if heading is not None and heading[0] == sent.para_start and sent.start != sent.para_start:
        for f in spans:  # the sentence right after the heading: what it starts or builds is of that industry
            if f.label in (Label.ENTERPRISE, Label.PROJECT):
                prose_edge(b, RelType.IN_CLUSTER, f, heading[1], sent, "heading_industry", state)
    if sent.start != sent.para_start:
        return
    m = P["heading_develop"].match(sent.text)
    if m is None:
        return
    name, end = m.group("name"), m.group("end")
    whole = name + end
    if P["heading_rank"].match(whole) or is_place_word(name) or holds_verb(name) \
            or counted_object(name):  # 打造五个千亿产业集群: a count and a scale, no name
        return
    if end != whole[-1]:  # 产业, 集群, 产业集群
        if not industry_item(name) or name in NOT_INDUSTRY_NAMES:
            return
        surface = whole
    elif P["heading_sector"].search(whole) and whole not in NOT_INDUSTRY_NAMES:
        surface = whole
    else:
        return
    found = cluster_or_new(b, sent, spans, surface, m.start("name"), m.start("name") + len(surface), "heading_industry")
    if found is None:
        return
    para = state.paragraph_place(sent)
    subj = Found(0, 0, para.label, para.nid, para.surface) if para is not None else state.doc_place_found()
    if subj is not None:
        prose_edge(b, RelType.DEVELOPS, subj, found, sent, "heading_industry", state)
    if cluster_of_section(sent) is None:
        state.heading_industry = (sent.para_start, found)


def rule_field_topic(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"在农副产品精深加工产业方面，…。…A公司已成为…，B项目全面完工…" (rule field_topic): a sentence opening on the field
    of an industry (X产业方面, X领域, X发展中) puts the firms and projects it names in X; opening its paragraph, those of the
    paragraph's later sentences too, up to the next such opening. Not in a cluster's section (its firms are that one's)."""
    topic = state.field_topic if state.field_topic is not None and state.field_topic[0] == sent.para_start else None
    m = pattern_group("prose", "field_topic")["opening"].match(sent.text)
    if m is not None and cluster_of_section(sent) is None:
        name, end = m.group("name"), m.group("end")
        found = next((g for g in spans if g.label == Label.CLUSTER and g.start == m.start("name")
                      and g.end in (m.end("name"), m.end("end"))), None)
        if found is None and (end is not None or in_vocabulary(name)) and industry_item(name) \
                and not holds_verb(name):
            surface = name + end if end in INDUSTRY_ENDS else name
            found = new_industry(b, sent, spans, surface, m.start("name"), m.start("name") + len(surface), "field_topic")
        if found is not None:
            topic = (sent.para_start, found)
            state.field_topic = topic if sent.start == sent.para_start else None
            topic_develops(b, sent, spans, state, found, "field_topic")
    for f in spans if topic is not None else ():
        if f.label in (Label.ENTERPRISE, Label.PROJECT):
            prose_edge(b, RelType.IN_CLUSTER, f, topic[1], sent, "field_topic", state)


_paragraph_topic = partial(pattern_group, "prose", "paragraph_topic")


def _topic_industry(b: GraphBuilder, sent: Sentence, spans: list[Found], m: re.Match[str]) -> Found | None:
    """The industry a topic sentence names at group "name" (its ending kept where it is part of the name): the cluster
    found there, else a new industry where the name is one (not a place, no verb in it)."""
    found = next((g for g in spans if g.label == Label.CLUSTER and g.start == m.start("name")
                  and g.end in (m.end("name"), m.end("end"))), None)
    name, end = m.group("name"), m.group("end")
    if found is None and industry_item(name) and not holds_verb(name) and not is_place_word(name):
        surface = name + end if end in INDUSTRY_ENDS else name
        found = new_industry(b, sent, spans, surface, m.start("name"), m.start("name") + len(surface), "paragraph_topic")
    return found


def rule_paragraph_topic(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"在航空航天产业，产能…。…已集聚A、B等企业。重点推进C、D等项目…", "这个县围绕木材产业上项目。去年，…E项目…", "…，奋力
    打造…绿色能源产业集群。…F项目实现产值…" (rule paragraph_topic, mem13): a sentence that makes one industry the topic of
    its paragraph (opening it with 在X产业(上)，; being only 围绕X产业上项目; naming no firm or project and closing on a
    develop verb and one cluster) puts the firms and projects of the paragraph's later sentences in that industry, up to
    the next such sentence or an opening on another field (在Y方面，); in a sentence naming projects, only those (its
    firms invest in them). Not in a cluster's section (its firms are that one's)."""
    topic = state.paragraph_topic if state.paragraph_topic is not None and state.paragraph_topic[0] == sent.para_start \
        else None
    if cluster_of_section(sent) is not None:
        return
    P, text = _paragraph_topic(), sent.text
    members = [f for f in spans if f.label in (Label.ENTERPRISE, Label.PROJECT)]
    found: Found | None = None
    m = P["in_industry"].match(text) if sent.start == sent.para_start else None
    if m is None and not members:
        m = P["around"].match(text)
    if m is not None:  # "在X产业上，…", "这个县围绕X产业上项目。": the paragraph's place works on X
        found = _topic_industry(b, sent, spans, m)
        if found is not None:
            topic_develops(b, sent, spans, state, found, "paragraph_topic")
    elif not members and any(g.label == Label.CLUSTER for g in spans):  # (the topic is a cluster found: none, no scan)
        m = search(P["closing_cluster"], text)  # other industries only inside that clause (以X为核心的Y产业集群)
        if m is not None and not any(g.label == Label.CLUSTER and g.start < m.start() for g in spans):
            found = next((g for g in spans if g.label == Label.CLUSTER and g.end == m.start("stop")), None)
    if found is not None:
        state.paragraph_topic = topic = (sent.para_start, found)
    elif topic is not None and pattern_group("prose", "field_topic")["opening"].match(text):
        state.paragraph_topic = topic = None  # another field opens: the topic ends
    if any(f.label == Label.PROJECT for f in members):  # the firms of a sentence naming projects invest in them
        members = [f for f in members if f.label == Label.PROJECT]
    for f in members if topic is not None else ():
        prose_edge(b, RelType.IN_CLUSTER, f, topic[1], sent, "paragraph_topic", state)
