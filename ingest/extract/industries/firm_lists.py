"""Lists of firms in a group of clauses (up to ；/。) about one industry:

    rule_topic_firms      加快发展X产业，…龙头企业A、B等; X产业集聚了A、B等企业; 引进A、B等电子信息企业: A IN_CLUSTER X
    rule_around_industry  围绕X产业链，引进了A、B等企业; A、B等企业围绕X布局…: each firm or project IN_CLUSTER X;
                          (clu21) 围绕X产业，…建设了A项目; 为推动X产业迈向高端，…加快A、B等项目建设: each project IN_CLUSTER X
    rule_group_firms      X开发区高度重视X产业发展，…，集聚了A、B等一批行业龙头企业: the first list's firms IN_CLUSTER X
    rule_lead_firms       以A、B为龙头，引导…，推动X产业链向下延伸: each firm IN_CLUSTER X (leading)

Reads: a prose sentence, its names, the ProseState, the document's clusters and the section's cluster. Writes: Cluster
nodes; IN_CLUSTER edges (role leading or member) and LOCATED_IN for a list in a park's clause (enterprise_list_settled).
Patterns: prose.yaml `topic_develop`, `topic_subject`, `topic_firms`, `around_industry` (`opening`: clu21),
`lead_firms_framed`.
"""

from __future__ import annotations

import re
from functools import partial

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.context import cluster_of_section
from ingest.extract.industries.firms import industry_at, list_firms, listed_firms
from ingest.extract.industries.name_tests import document_cluster, industry_item, industry_name, named_as_industry
from ingest.extract.industries.shared import GROUP_END, place_patterns
from ingest.extract.names import is_place_word
from ingest.extract.prose import Found, ProseState, PLACE_LABELS, prose_edge, clause_topic_park, is_list
from ingest.rules import alternation, pattern, pattern_group, scan, search
from ingest.structure import Sentence


def _topic(sent: Sentence, spans: list[Found], start: int) -> re.Match[str] | None:
    """The industry a group of clauses written at `start` is about: a develop verb and the industry as the whole
    first clause (加快发展X产业，; 抢抓X“风口”，), or the industry as the subject of a gathering verb, a place before it or not
    (X产业集聚了…, 樊城区X产业集群则依托…)."""
    m = pattern("prose", "topic_develop").match(sent.text, start) or pattern("prose", "topic_seize").match(sent.text, start)
    if m is None:
        place = next((f for f in spans if f.start == start and f.label in PLACE_LABELS), None)
        m = pattern("prose", "topic_subject").match(sent.text, place.end if place is not None else start)
    return m if m is not None and not is_place_word(m.group("name")) else None


def rule_topic_firms(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"优先发展智慧家庭产业，…，已聚集A、B、C等龙头企业", "现代物流服务产业集聚了A、B等重点物流企业" (rule topic_firms):
    in a group of clauses (up to ；) that opens on one industry, every firm of a list a leading cue opens (龙头企业A、B等)
    or a gathering verb opens and 等…企业 closes is in that industry (role leading when the list says 龙头, 骨干…).
    Runs only where a list closes with 等."""
    text = sent.text
    if not pattern("prose", "topic_firms_cue").search(text):  # cheap gate: every list this rule reads closes with 等
        return
    if cluster_of_section(sent) is not None or sent.lead and pattern("clusters", "industry_topic").match(sent.lead):
        return  # a cluster's section or an industry's paragraph: its firms are that one's (clusters.rule_leading)
    starts = [0] + [m.end() for m in GROUP_END.finditer(text)]
    for k, gs in enumerate(starts):
        ge = starts[k + 1] - 1 if k + 1 < len(starts) else len(text)
        topic = _topic(sent, spans, gs)
        if topic is None:
            _kind_firms(b, sent, spans, state, gs, ge)
            continue
        members: list[tuple[Found, bool]] = []
        for m in pattern("prose", "topic_firms").finditer(text, topic.start("end"), ge):
            group = "a" if m.group("a") is not None else "b"
            lead = group == "a" or _LEADING_KINDS.search(m.group("kind") or "") is not None
            listed = list_firms(b, sent, spans, m.start(group), m.end(group))
            _in_topic_park(b, sent, spans, listed, state)
            members += [(f, lead) for f in listed]
        industry = industry_at(b, topic, spans, sent, "topic_firms") if members else None
        for f, lead in members if industry is not None else ():
            prose_edge(b, RelType.IN_CLUSTER, f, industry, sent, "topic_firms", state,
                  {"role": "leading" if lead else "member"})


def _kind_firms(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, start: int, end: int) -> None:
    """"引进A、B、C等电子信息企业100多家": a list whose closing word names an industry the document has named before
    (a cluster node of this document) puts its firms in that industry (rule topic_firms)."""
    for m in pattern("prose", "topic_firms").finditer(sent.text, start, end):
        kind = _QUALIFIERS.sub("", m.group("kind") or "")
        r = b.resolver.cluster(kind) if m.group("b") is not None and len(kind) >= 2 else None
        if r is None:
            continue
        if not document_cluster(b, r) and not (industry_item(kind) and named_as_industry(b, kind)):
            continue  # (clu9) an industry the text writes as one elsewhere: 等2家肉牛龙头企业 where it says 肉牛产业
        found = Found(m.start("kind"), m.start("kind") + len(kind), Label.CLUSTER,
                      b.node(r, kind, sent, "topic_firms"), kind)
        firms = list_firms(b, sent, spans, m.start("b"), m.end("b"))
        for f in firms:
            prose_edge(b, RelType.IN_CLUSTER, f, found, sent, "topic_firms", state, {"role": "member"})
        _in_topic_park(b, sent, spans, firms, state)


def _in_topic_park(b: GraphBuilder, sent: Sentence, spans: list[Found], firms: list[Found], state: ProseState) -> None:
    """A list of firms right after the verb of a clause whose topic is the park ending the clause before (X产业园，落户了A、
    B等一批水饮料及食品企业): each is in that park (rule enterprise_list_settled; rel10)."""
    where = clause_topic_park(b, sent.text, spans, min(f.start for f in firms)) if firms else None
    located = b.sources(RelType.LOCATED_IN) if where is not None else set()
    for f in firms if where is not None else ():
        if f.nid not in located:
            prose_edge(b, RelType.LOCATED_IN, f, where, sent, "enterprise_list_settled", state)


_LEADING_KINDS = re.compile(alternation("prose", "leading_kinds"))


_QUALIFIERS = re.compile(alternation("prose", "firm_qualifiers"))


_around_patterns = partial(pattern_group, "prose", "around_industry")


def rule_around_industry(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"围绕新能源汽车产业链，引进了A、B等企业", "围绕光伏产业招引C项目" (rule around_industry): every firm or
    project named after the verb, up to the end of its clause, is in the industry; so is every firm of a list closed
    by 等…企业 that opens the clause of 围绕X布局/发展 ("A、B等企业围绕煤焦化深加工布局的…"). Runs only where 围绕 stands."""
    P, text = _around_patterns(), sent.text
    if search(P["opening_cue"], text) and any(f.label == Label.PROJECT for f in spans):
        _around_group(b, sent, spans, state)
    if not search(P["cue"], text):
        return
    for m in scan(P["verb"], text):
        stop = P["object_end"].search(text, m.end())
        end = stop.start() if stop is not None else len(text)
        brought = [f for f in spans if f.label in (Label.ENTERPRISE, Label.PROJECT) and m.end() <= f.start and f.end <= end]
        found = industry_at(b, m, spans, sent, "around_industry") if brought else None
        for f in brought if found is not None else ():
            prose_edge(b, RelType.IN_CLUSTER, f, found, sent, "around_industry", state)
    for m in scan(P["before"], text):  # "A、B等企业围绕X布局的…": the firms before 围绕
        firms = listed_firms(b, sent, spans, m.start("firms"), m.end("firms"))
        found = industry_at(b, m, spans, sent, "around_industry") if firms else None
        for f in firms if found is not None else ():
            prose_edge(b, RelType.IN_CLUSTER, f, found, sent, "around_industry", state)


def _around_group(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"围绕装备制造产业，该市…，投资14.3亿元建设了A项目", "为推动铝精深加工产业迈向高端，…，加快A、B等重点项目建设"
    (rule around_group, clu21): a group of clauses (up to ；/。) whose first clause is a frame (围绕, 为推动/为加快…, 在推进…)
    and one industry, with at most a short predicate after it (迈向高端, 延链补链强链), puts the projects of its later
    clauses in that industry, up to another industry the group names. Projects only, and none already in an industry: the
    group's firms are partners as often (引进德国莱茵金属集团), and group_firms measured a group's projects under an
    industry named anywhere in it at a third right."""
    P, text = _around_patterns(), sent.text
    have = b.sources(RelType.IN_CLUSTER)
    starts = [0] + [m.end() for m in GROUP_END.finditer(text)]
    for k, gs in enumerate(starts):
        ge = starts[k + 1] if k + 1 < len(starts) else len(text)
        m = P["opening"].match(text, gs, ge)
        if m is None or is_place_word(m.group("name")):
            continue
        later = sorted((f for f in spans if m.end() <= f.start and f.end <= ge), key=lambda f: f.start)
        other = next((f.start for f in later if f.label == Label.CLUSTER), ge)  # another industry: its projects, not ours
        projects = [f for f in later if f.label == Label.PROJECT and f.end <= other and f.nid not in have]
        found = industry_at(b, m, spans, sent, "around_group") if projects else None
        for f in projects if found is not None else ():
            prose_edge(b, RelType.IN_CLUSTER, f, found, sent, "around_group", state, {"role": "member"})
            have.add(f.nid)


def rule_group_firms(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"西南部区域以新型建材为主，…，规模以上企业主要有A、B、C等", "X开发区高度重视超硬材料产业发展，…，集聚了A、B等一批
    行业龙头企业", "大力培育智能装备产业，…，帮助龙头企业A、B、C等…" (rule group_firms, ent16): a group of clauses (up to
    ；/。) naming one industry, whatever verb states it, and after it a list of firms closed by 等: the firms of the
    first such list are in that industry, members. Only the first: a second list (其他重要企业还有D、E等公司) is the
    place's other firms. Not the firms before the industry, nor projects (measured: 8 right of 26 and 5 of 46 on
    old689: a group names several trades' projects under one word)."""
    text = sent.text
    if not search(pattern("prose", "list_close"), text) or not is_list(text):
        return
    have = b.sources(RelType.IN_CLUSTER)
    starts = [0] + [m.end() for m in GROUP_END.finditer(text)]
    for k, gs in enumerate(starts):
        ge = starts[k + 1] if k + 1 < len(starts) else len(text)
        inside = sorted((f for f in spans if gs <= f.start and f.end <= ge), key=lambda f: f.start)
        industries = [f for f in inside if f.label == Label.CLUSTER]
        if len({f.nid for f in industries}) != 1:
            continue
        listed = _first_firm_list(text, [f for f in inside if f.start >= industries[0].end])
        for f in listed if len(listed) >= 2 else ():
            if f.nid not in have:
                prose_edge(b, RelType.IN_CLUSTER, f, industries[0], sent, "group_firms", state, {"role": "member"})


def rule_lead_firms(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"以A、B两家…上市企业为龙头，引导小企业开展合作，推动X产业链向下延伸" (rule lead_firms, clu20): the firms a group of
    clauses (up to ；/。) frames as leading (以A、B为龙头/核心/链主/引领, no industry right after: 以A为龙头的Y产业 is
    cluster_of_firms') are in the one industry of that group: the one named before the frame, else the one named after
    it (an industry inside the frame, 两家宠物行业上市企业, is none; one found earlier in the document and named again here
    as X产业/X产业链 counts). Not a firm already in an industry. A list closed by 等…龙头企业 without the frame
    (依托A、B等龙头企业，…做强X产业) was measured and left out: 6 right of 7 on learn5to18, none right of 9 elsewhere."""
    text = sent.text
    if not search(pattern("prose", "lead_firms_cue"), text):
        return
    have = b.sources(RelType.IN_CLUSTER)
    starts = [0] + [m.end() for m in GROUP_END.finditer(text)]
    for k, gs in enumerate(starts):
        ge = starts[k + 1] if k + 1 < len(starts) else len(text)
        for m in pattern("prose", "lead_firms_framed").finditer(text, gs, ge):
            firms = [f for f in spans if f.label == Label.ENTERPRISE and m.start("firms") <= f.start
                     and f.end <= m.end("firms") and f.nid not in have]
            if not firms:
                continue
            industries = [f for f in spans + _named_again(b, text, spans, gs, ge) if f.label == Label.CLUSTER
                          and gs <= f.start and f.end <= ge and not (m.start() <= f.start and f.end <= m.end())]
            before = {f.nid: f for f in industries if f.end <= m.start()}
            one = before or {f.nid: f for f in industries if f.start >= m.end()}
            if len(one) != 1:
                continue
            industry = next(iter(one.values()))
            if not industry_name(b.nodes[industry.nid].name):
                continue  # a name another rule cut badly (做大做强鱼钩这一传统产业: 鱼钩这一传统) is no industry to join
            for f in firms:
                prose_edge(b, RelType.IN_CLUSTER, f, industry, sent, "lead_firms", state, {"role": "leading"})
                have.add(f.nid)


def _named_again(b: GraphBuilder, text: str, spans: list[Found], start: int, end: int) -> list[Found]:
    """The industries this document found before, named again as industries in text[start:end] where no rule read a name
    (…，推动宠物用品产业链向下延伸 after 宠物用品 was found; 将电子信息产业作为主攻方向): the cluster nodes' names followed by
    prose.yaml `industry_named_after`."""
    after = place_patterns()["industry_named_after"]
    out: list[Found] = []
    for rec in b.nodes_of(Label.CLUSTER):
        if len(rec.name) < 2:
            continue
        at = text.find(rec.name, start, end)
        while at >= 0:
            stop = at + len(rec.name)
            if after.match(text, stop) and not any(f.start < stop and at < f.end for f in spans):
                out.append(Found(at, stop, Label.CLUSTER, rec.id, rec.name))
            at = text.find(rec.name, stop, end)
    return out


def _first_firm_list(text: str, after: list[Found]) -> list[Found]:
    """The firms of the first list among `after` (names in order): consecutive firms joined by 、 and closed by 等;
    empty when the first firm named opens no such list."""
    sep, close = pattern("prose", "list_sep"), pattern("prose", "list_close")
    named = [(f.start, f.end) for f in after if f.label == Label.ENTERPRISE]
    firms: list[Found] = []
    for f in after:
        if f.label != Label.ENTERPRISE and (f.start, f.end) in named:
            continue  # "中久光谷": a firm's name also read as a park by its ending, the list's item all the same
        if f.label != Label.ENTERPRISE:
            if firms:
                break
            continue
        if firms and not sep.fullmatch(text, firms[-1].end, f.start):
            break
        firms.append(f)
        if close.match(text, f.end):
            return firms
        if not sep.match(text, f.end):
            break
    return []
