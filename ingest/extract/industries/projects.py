"""Projects said to be in an industry:

    rule_project_vehicle   以A项目建设为载体，…，打造X产业集群: A IN_CLUSTER X
    rule_project_serves    A项目，…，将助推我市X产业…: each project named before the verb IN_CLUSTER X (and the place X's)
    rule_kind_projects     推进A、B、C等清洁能源项目: each project IN_CLUSTER the kind's industry (rule list_named_kind)
    rule_project_industry  A项目…。这是X市现代煤化工产业发展的“窗口”: the paragraph's last project IN_CLUSTER X
    rule_project_fields    A项目…，着重定位于X、Y、Z三个产业: the project IN_CLUSTER each industry found in the verb's clause

Reads: a prose sentence, its names, the ProseState (the paragraph's last project). Writes: Cluster nodes; IN_CLUSTER
and DEVELOPS edges. Patterns: prose.yaml `place_industry`, `project_serves`, `project_list`, `project_industry`,
`project_fields`.
"""

from __future__ import annotations

from functools import partial

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.industries.name_tests import (document_cluster, industry_item, industry_name, named_as_industry,
                                                  node_above_county)
from ingest.extract.industries.shared import (INDUSTRY_ENDS, clause_group_end, clause_group_start, cluster_at,
                                              new_industry, place_patterns)
from ingest.extract.industry_vocabulary import in_vocabulary
from ingest.extract.names import PROJECT_ANAPHOR, holds_verb, is_place_word, place_length
from ingest.extract.prose import Found, ProseState, PLACE_LABELS, start_of_clause, prose_edge, cluster_span
from ingest.rules import pattern, pattern_group, scan, search
from ingest.structure import Sentence


def rule_project_vehicle(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"以翰鼎石业文家庙石材加工厂项目建设为载体，…，打造镇安石材产业集群": the project named the vehicle (载体, 抓手, 依托…)
    is in the cluster or industry a develop verb of the same clause group takes right after it (rule project_vehicle)."""
    P, text = place_patterns(), sent.text
    if not any(f.label == Label.PROJECT for f in spans):
        return  # the vehicle is a project found in the sentence: none, nothing to read
    for m in scan(P["vehicle"], text):
        project = next((f for f in spans if f.label == Label.PROJECT and f.end == m.end("head")
                        and f.start >= m.start("head")), None)
        if project is None:
            continue
        stop = clause_group_end(text, m.end())
        for v in P["vehicle_verb"].finditer(text, m.end(), stop):
            for f in spans:
                if f.label == Label.CLUSTER and f.start == v.end() and f.end <= stop \
                        and (P["vehicle_object_end"].search(f.surface[-4:]) or P["vehicle_object_end"].match(text, f.end)):
                    prose_edge(b, RelType.IN_CLUSTER, project, f, sent, "project_vehicle", state)


_serves_patterns = partial(pattern_group, "prose", "project_serves")


def rule_project_serves(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"总投资11.9亿元的A项目，主要生产…，将助推我市轨道交通产业实现新的突破": the projects named in the
    sentence before the verb (after its last ；) are in the industry right after it (rule project_serves).
    Only projects named in the sentence: "项目建成后，将助推…" names none; nor does a list of industries after the verb."""
    P, text = _serves_patterns(), sent.text
    projects = [f for f in spans if f.label == Label.PROJECT]
    if not projects and (state.last_project is None or PROJECT_ANAPHOR.search(text) is None
                         and P["bare_anaphor"].match(text) is None):
        return
    for m in (*P["verb"].finditer(text), *P["part_of"].finditer(text), *P["purpose"].finditer(text)):
        start = clause_group_start(text, m.start())
        counted = P["parts_counted"].search(text, start, m.start()) is not None  # "项目包含A、B等5个项目": projects
        named = [f for f in projects if start <= f.start and f.end <= m.start() and not P["parts"].search(b.nodes[f.nid].name)
                 and (counted or not P["parts"].search(text, start, f.start))]  # "其中一期项目包含A厂房、B厂房": parts of one
        if not named and state.last_project is not None and (PROJECT_ANAPHOR.match(text, start) or P["bare_anaphor"].match(
                text, start) and state.last_project_para == sent.para_start):
            named = [state.last_project]  # "该项目竣工投产后将…推动茌平区铝电产业转型升级"
        if not named:
            continue
        # "推动茌平区铝电产业转型升级": a county, zone or city before the industry says whose it is
        place = next((f for f in spans if f.label in PLACE_LABELS and f.start == m.end()), None)
        at = place.end if place is not None else m.end() + place_length(text, m.end())
        zone = P["zone_head"].match(text, at)
        at = zone.end() if zone is not None else at  # a zone the recogniser left unnamed (明港产业集聚区|钢铁产业链)
        found = cluster_at(spans, at)
        if found is not None and P["list_after"].match(text, found.end):
            continue  # "促进A、B、C四大传统产业…": a list of industries, none the projects' own
        end = found.end if found is not None else None
        if m.re is P["purpose"]:  # "…，将为X产业发展提供新支撑": the industry, its 发展 and a verb of giving
            obj = P["purpose_industry"].match(text, at)
            if obj is None or (found is not None and found.end > obj.end("name")) or not industry_name(obj.group("name")) \
                    or is_place_word(obj.group("name")):
                continue
            end = obj.end("name")
        elif found is None:
            obj = P["industry" if m.re is P["verb"] else "chain_industry"].match(text, at)
            if obj is None and m.re is P["verb"]:
                obj = P["field"].match(text, at)  # "完善德令哈新材料领域产业链条": the field names the industry
            lone = P["list_inside_head"].match(obj.group("name")) if obj is not None else None
            if lone is not None and industry_item(lone.group("head")) and not holds_verb(lone.group("head")):
                new_industry(b, sent, spans, lone.group("head"), obj.start("name"), obj.start("name") + lone.end("head"),
                              "project_serves")  # "并带动物流等相关产业发展": 物流 is an industry, not the project's
            if obj is None or not industry_name(obj.group("name")) or is_place_word(obj.group("name")) \
                    or P["list_after"].match(text, obj.end()) or P["list_inside"].search(obj.group("name")):
                continue
            end = obj.end("name")
        if m.re is P["part_of"] and P["part_of_tail"].match(text, end) is None:
            continue  # "A项目是准东开发区现代煤化工产业发展的保障性工程": no part of the industry's chain
        if found is None:
            found = new_industry(b, sent, spans, text[at:end], at, end, "project_serves")
            if found is None:
                continue
        for f in named:
            prose_edge(b, RelType.IN_CLUSTER, f, found, sent, "project_serves", state)
        if place is None and P["own_place"].search(m.group(0)):
            place = state.doc_place_found()  # "推动该区胶辊产业的强势崛起": the report's place
        node = b.nodes.get(place.nid) if place is not None else None
        if node is not None and not node_above_county(node):
            prose_edge(b, RelType.DEVELOPS, place, found, sent, "project_serves", state)
        return


def rule_kind_projects(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"推进A、B、C等清洁能源项目" (rule list_named_kind, clu14): a list of projects closed by 等<kind>项目, whatever
    rule read its items, puts each project of its clause in the industry the kind names: an explicit one (等生物医药产业
    项目), one the document writes as an industry elsewhere (清洁能源 where it says 清洁能源产业集群) or an official name.
    Rank words before the kind (重点, 重大…) are no part of it; a sector (工业), a field's word, a place or a generic word
    names none, nor does a list whose items are industries themselves (a list of fields)."""
    text, P = sent.text, pattern_group("prose", "project_list")
    if not any(f.label == Label.PROJECT for f in spans):
        return  # the kind's projects are ones found in its clause: none, nothing to read
    for m in scan(P["closing"], text):
        kind = P["kind_rank_head"].sub("", pattern("prose", "count_head").sub("", m.group("kind")))
        if len(kind) < 2 or m.group("desc") or P["kind_not_cluster"].match(kind) or P["kind_parts"].search(kind):
            continue
        start = start_of_clause(text, m.start())
        inside = [f for f in spans if start <= f.start and f.end <= m.start()]
        projects = [f for f in inside if f.label == Label.PROJECT]
        if len(projects) < 1 or any(f.label == Label.CLUSTER for f in inside):
            continue
        industry = _kind_industry(b, sent, kind, m.start("kind") + m.group("kind").rfind(kind))
        for f in projects if industry is not None else ():
            prose_edge(b, RelType.IN_CLUSTER, f, industry, sent, "list_named_kind", state)


def _kind_industry(b: GraphBuilder, sent: Sentence, kind: str, at: int) -> Found | None:
    """The industry a list's kind names: 生物医药产业 (an industry word ends it), else a name the document writes as an
    industry elsewhere or an official one (清洁能源); None for a generic kind, a place or a word with a verb."""
    core = pattern("prose", "cluster_kind").sub("", kind)
    if core == kind:
        if not industry_item(kind) or holds_verb(kind):
            return None
        if not (document_cluster(b, b.resolver.cluster(kind)) or in_vocabulary(kind) or named_as_industry(b, kind)):
            return None
    elif len(core) < 2 or not industry_item(kind, core) or holds_verb(core):
        return None
    r = b.resolver.cluster(kind)
    return Found(at, at + len(kind), Label.CLUSTER, b.node(r, kind, sent, "list_named_kind"), kind) if r else None


_project_industry = partial(pattern_group, "prose", "project_industry")


def rule_project_industry(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"A项目正在推进。这是鄂尔多斯市现代煤化工产业发展的“窗口”" (rule project_industry): a sentence opening 这是 /
    该项目是 an industry's … speaks of the project its paragraph named last, in an earlier sentence; "该项目是X县为做大做强
    电子信息产业而引进的新项目" (an explicit 该项目 and the industry it was brought in for) of the project named last."""
    project = state.last_project
    if project is None or any(f.label == Label.PROJECT for f in spans):
        return
    text = sent.text.lstrip()
    m = _project_industry()["opening"].match(text) if state.last_project_para == sent.para_start else None
    if m is None:
        m = _project_industry()["purpose"].match(text)
    if m is None:
        return
    shift = len(sent.text) - len(text)
    found = next((g for g in spans if g.label == Label.CLUSTER and g.start - shift >= m.start("name")
                  and g.end - shift in (m.end("end"), m.end("name"))), None)
    if found is None:
        name = m.group("name")
        if not industry_name(name) or is_place_word(name):
            return
        surface = name + m.group("end") if m.group("end") in INDUSTRY_ENDS else name
        found = cluster_span(b, surface, m.start("name") + shift, sent, "project_industry")
        if found is None:
            return
        spans.append(found)
    prose_edge(b, RelType.IN_CLUSTER, project, found, sent, "project_industry", state)


def rule_project_fields(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"A项目正式签约。项目…，着重定位于数字信息技术、商业航天与卫星互联、智能终端三个产业" (rule project_fields): a
    sentence whose subject is one project (an anaphor opening it, for the project its paragraph named last; a bare 园区
    for that project where it is a 园; a project opening it) and a verb of focus (聚焦, 定位于, 重点发展, 主打, 围绕): the
    industries found in that verb's clause are the project's. Runs after the industry rules named them."""
    P, text = pattern_group("prose", "project_fields"), sent.text
    if search(P["verb"], text) is None and search(P["chain_verb"], text) is None:
        return
    own = [f for f in spans if f.label == Label.PROJECT]
    project, start = None, 0
    inner = search(P["inner_anaphor"], text)
    if own and own[0].start == len(text) - len(text.lstrip()):
        project, start = own[0], own[0].end  # "A项目将重点发展…"
    elif inner is not None and any(f.end <= inner.start() for f in own):
        # "今天A项目正式签约，该项目将主打…": the project named before the anaphor
        project, start = [f for f in own if f.end <= inner.start()][-1], inner.end()
    elif not own and state.last_project is not None:
        last = state.last_project
        if P["anaphor"].match(text) or P["park_anaphor"].match(text) and P["park_project"].search(b.nodes[last.nid].name) \
                and state.last_project_para == sent.para_start:
            project = last
    if project is None:
        return
    for m in P["verb"].finditer(text, start):
        stop = clause_group_end(text, m.end())
        clause = P["clause_end"].search(text, m.end())
        end = min(stop, clause.start() if clause is not None else len(text))
        for f in spans:
            if f.label == Label.CLUSTER and m.end() <= f.start and f.end <= end:
                prose_edge(b, RelType.IN_CLUSTER, project, f, sent, "project_fields", state)
    for m in P["chain_verb"].finditer(text, start):  # "…，着力打造生物医药全产业链": the chain's industry, right after the verb
        for f in spans:
            if f.label == Label.CLUSTER and f.start == m.end() and P["chain_end"].match(text, f.end):
                prose_edge(b, RelType.IN_CLUSTER, project, f, sent, "project_fields", state)
