"""Firms said to be in an industry or cluster, one sentence at a time:

    listed_firms           the firms a list names (found there, or items shaped like a firm's name: rule listed_firm)
    rule_cluster_of_firms  形成以A为龙头，B、C等企业相配套…的Y产业集群: each firm IN_CLUSTER Y; the cluster's home place
    rule_firm_invests      该公司将在怀远投资糯米深加工产业: the firm IN_CLUSTER the industry
    rule_firm_industry     A是全市X产业的龙头企业; 作为X产业链链主企业，A…; X named bare (作为铜加工龙头企业，A): A IN_CLUSTER X

Reads: a prose sentence, its names, the ProseState (the paragraph's last firm), the document's nodes and text. Writes:
Enterprise and Cluster nodes; IN_CLUSTER (role leading or member), DEVELOPS and LOCATED_IN edges. Patterns: prose.yaml
`place_industry`, `firm_industry`, `leading_split`, `list_etc`.
"""

from __future__ import annotations

import re
from functools import partial

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.industries.name_tests import industry_item, industry_name, known_industry, node_above_county
from ingest.extract.industries.shared import INDUSTRY_ENDS, clause_group_start, cluster_at, new_industry, place_patterns
from ingest.extract.names import after_last_mark, is_place_word
from ingest.extract.prose import (ABOVE_COUNTY, Found, ProseState, PLACE_LABELS, start_of_clause, prose_edge, topic_comma,
                                  cluster_span, is_list)
from ingest.rules import pattern, pattern_group, scan, search
from ingest.structure import Sentence


def listed_firms(b: GraphBuilder, sent: Sentence, spans: list[Found], start: int, end: int) -> list[Found]:
    """The firms a list written at sent.text[start:end] names: the firms found there, and every other item shaped
    like a firm's name (波鸿好圣、华晨瑞安: no legal form needed where the list says they are firms). An item that is
    a place, a park or a project found there is none; so is a phrase (的, 为…) and a kind of firm (世界500强, 上市公司)."""
    text = sent.text
    out = [f for f in spans if f.label == Label.ENTERPRISE and start <= f.start and f.end <= end]
    others = [f for f in spans if f.label in (Label.COUNTY, Label.PARK, Label.PROJECT)]
    pos = start
    for name in pattern("prose", "leading_split").split(text[start:end]):
        a = text.find(name, pos)
        pos = a + len(name)
        if not (2 <= len(name) <= 12) or pattern("prose", "leading_not_name").search(name) or is_place_word(name) \
                or pattern("prose", "not_firm_item").search(name) \
                or any(f.start < pos and a < f.end for f in out + others):
            continue
        r = b.resolver.enterprise(name)
        if r is not None:
            out.append(Found(a, pos, Label.ENTERPRISE, b.node(r, name, sent, "listed_firm"), name))
    return out


def list_firms(b: GraphBuilder, sent: Sentence, spans: list[Found], start: int, end: int) -> list[Found]:
    """listed_firms of a list of two or more items; a lone item only if it is a firm found there (龙头企业数量达50家等
    is no firm)."""
    if is_list(sent.text[start:end]):
        return listed_firms(b, sent, spans, start, end)
    return [f for f in spans if f.label == Label.ENTERPRISE and start <= f.start and f.end <= end]


def rule_cluster_of_firms(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"形成以A为龙头，B、C等企业相配套，D等企业进行精深加工的玉米产业集群": each firm named between 以 and 的
    is in the cluster right after 的 (rule cluster_of_firms; A also leads it). "以A、B等企业为龙头的X产业;以C、D等企业
    为龙头的Y产业": each group its own; an industry no other rule found there is named by this one."""
    text, P = sent.text, place_patterns()
    for m in scan(P["firms_cluster"], text):
        firms = [f for f in spans if f.label == Label.ENTERPRISE and m.start("firms") <= f.start and f.end <= m.end()]
        etc = pattern("prose", "list_etc").search(m.group("firms"))
        if etc is not None and etc.group(0) != m.group("firms"):  # "以A、B等企业为龙头": the items are firms
            firms += [f for f in listed_firms(b, sent, spans, m.start("firms"), m.start("firms") + etc.start())
                      if f not in firms]
        elif not firms and not is_list(m.group("firms")) and P["firm_led_role"].match(text, m.end("firms")):
            firms = listed_firms(b, sent, spans, m.start("firms"), m.end("firms"))  # 以九江钢厂为龙头的: a lone firm
        if not firms:
            continue  # "以实体经济为核心的…": no firm, no industry made up
        at = m.end()  # where the cluster's name starts: after a scale (的千亿级|装备制造产业集群)
        scale = pattern("names", "industry_scale_head").match(text, at)
        if scale is not None:
            at = scale.end()
        end = m.end("name") if m.group("kind") is None else m.end("kind")
        name = text[at:end]
        cluster = cluster_at(spans, at)
        if cluster is None and m.group("kind") is not None:
            cluster = known_industry(b, sent, name, at)  # 以A为龙头的锂电企业: only an industry the document names
        elif cluster is None and industry_name(name, joined=True) and not is_place_word(name):
            cluster = new_industry(b, sent, spans, name, at, end, "cluster_of_firms")
        if cluster is None:
            continue
        members = P["cluster_members"].match(text, end)  # "…的冶金产业链，聚集了B、C等近30家企业"
        if members is not None:
            firms += [f for f in listed_firms(b, sent, spans, members.start("firms"), members.end("firms"))
                      if f not in firms]
        _place_forms(b, sent, spans, state, m.start(), cluster)
        represents = P["firm_member_role"].fullmatch(m.group("role")) is not None  # 以A、B等企业为代表: members
        for f in firms:
            lead = f.end <= m.end("firms") and not represents  # named before 为龙头 (为引领, 为核心…)
            prose_edge(b, RelType.IN_CLUSTER, f, cluster, sent, "cluster_of_firms", state,
                  {"role": "leading" if lead else "member"})
        home = _cluster_home(b, text, spans, m.start())
        located = b.sources(RelType.LOCATED_IN) if home is not None else set()
        for f in firms if home is not None else ():
            if f.nid not in located:  # X产业园，形成了以A、B为龙头的…产业集群: the place's own firms (rel10)
                prose_edge(b, RelType.LOCATED_IN, f, home, sent, "cluster_of_firms", state)


def _cluster_home(b: GraphBuilder, text: str, spans: list[Found], at: int) -> Found | None:
    """The county, zone or park whose cluster a firms' frame at `at` builds: the one opening the sentence as its subject
    (after at most a purpose and a time) with no other name up to the frame (溧阳高新区…基地目前已形成了以A、B为龙头…), or
    the park ending the clause before a clause with no subject (建设X产业园，形成了以A、B等为龙头的…产业集群)."""
    cs = start_of_clause(text, at)
    for f in spans:
        if f.label not in PLACE_LABELS or b.nodes[f.nid].props.get("kind") in ABOVE_COUNTY:
            continue
        if f.end < cs and topic_comma(b, text, f) == cs and pattern("prose", "cluster_frame_lead").fullmatch(text, cs, at):
            return f
        opens = f.start == 0 or pattern("prose", "subject_place_lead").fullmatch(text, 0, f.start) is not None
        if opens and pattern("prose", "subject_follows").match(text, f.end) \
                and not any(f.end <= g.start < at and g.label != Label.CLUSTER for g in spans) \
                and not pattern("prose", "clause_end").search(text, f.end, at):
            return f
    return None


def _place_forms(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, at: int, cluster: Found) -> None:
    """"建设2760亩的生物医药产业园，形成了以A、B等为龙头的医药产业集群": the county, zone or park opening the clause group
    (after a verb building it) is the subject of the 形成 right before 以 (`at`): it DEVELOPS the cluster (clu10)."""
    P, text = place_patterns(), sent.text
    start = clause_group_start(text, at)
    place = min((f for f in spans if start <= f.start < at and f.label in PLACE_LABELS), key=lambda f: f.start, default=None)
    if place is None or P["forms_lead"].match(text[start:place.start]) is None \
            or P["forms_verb"].fullmatch(text, place.end, at) is None \
            or place.nid not in b.nodes or node_above_county(b.nodes[place.nid]):
        return  # (only the place's own clause before 形成: "建设…P，形成了以…")
    prose_edge(b, RelType.DEVELOPS, place, cluster, sent, "cluster_of_firms", state)


def rule_firm_invests(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"…与山东尚品尚科技有限公司签订投资协议。该公司将在怀远投资糯米深加工产业": the firm (named right before the verb's
    clause, or 该公司 for the paragraph's last firm) invests in or works in the industry: IN_CLUSTER (rule firm_invests)."""
    P, text = place_patterns(), sent.text
    if not any(f.label == Label.ENTERPRISE for f in spans) \
            and (state.last_firm is None or state.last_firm_para != sent.para_start):
        return  # the investor is a firm found right before the verb, or the paragraph's last firm (该公司): neither here
    for m in scan(P["firm_invests"], text):
        start = after_last_mark(text, m.start())
        if m.group("anaphor"):
            if m.start() != start or state.last_firm is None or state.last_firm_para != sent.para_start:
                continue  # 该公司 opens its clause and speaks of the paragraph's last firm
            firm = state.last_firm
        else:
            firm = next((f for f in spans if f.label == Label.ENTERPRISE and f.start == start and f.end == m.start()), None)
            if firm is None:
                continue  # "A有限公司主要从事X产业": the firm is the clause's subject, right before the verb
        name = m.group("name")
        core = P["industry_ending"].sub("", name)
        if not industry_item(name, core) or is_place_word(core):
            continue
        found = cluster_at(spans, m.start("name")) or cluster_span(b, name, m.start("name"), sent, "firm_invests")
        if found is not None:
            prose_edge(b, RelType.IN_CLUSTER, firm, found, sent, "firm_invests", state)


_firm_patterns = partial(pattern_group, "prose", "firm_industry")


def industry_at(b: GraphBuilder, m: re.Match[str], spans: list[Found], sent: Sentence,
                 rule: str = "firm_industry") -> Found | None:
    """The industry a firm_industry match names: a cluster found there, else a new one (X产业, X产业链; 行业 and
    领域 are dropped: 化工行业 is 化工)."""
    end = m.end("end")
    found = next((g for g in spans if g.label == Label.CLUSTER and g.start >= m.start("name")
                  and m.end("name") <= g.end <= end), None)
    if found is not None:
        return found
    name = m.group("name")
    surface = name + m.group("end") if m.group("end") in INDUSTRY_ENDS else name
    if not industry_name(name) or is_place_word(name):
        return None
    return new_industry(b, sent, spans, surface, m.start("name"), m.end("name"), rule)


def rule_firm_industry(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A firm stated to lead an industry: "A是全市X产业的龙头企业", "作为X产业链链主企业，A…", "X产业链集聚了A、B、C等
    链主企业" (rule firm_industry): each firm IN_CLUSTER X {role: leading}. Runs only where a cue word stands."""
    P, text = _firm_patterns(), sent.text
    if not search(P["cue"], text):
        return
    firms = [f for f in spans if f.label == Label.ENTERPRISE]
    if not firms and not search(P["bare_fronted"], text):
        return  # (a firm named again after 作为…企业， may be no name found here: _bare_pairs)
    pairs: list[tuple[Found, re.Match[str]]] = []
    for f in firms:
        m = P["predicate"].match(text, f.end)
        if m is not None:
            pairs.append((f, m))
    for m in scan(P["fronted"], text):
        pairs += [(f, m) for f in firms if f.start == m.end()]
    for m in scan(P["listed"], text):
        pairs += [(f, m) for f in firms if m.start("firms") <= f.start and f.end <= m.end("firms")]
    for f, m in pairs:
        found = industry_at(b, m, spans, sent)
        if found is not None:
            prose_edge(b, RelType.IN_CLUSTER, f, found, sent, "firm_industry", state, {"role": "leading"})
    paired = {f.nid for f, _m in pairs}
    for f, m in _bare_pairs(b, sent.text, firms, P):
        found = None if f.nid in paired else cluster_at(spans, m.start("name")) or \
            known_industry(b, sent, m.group("name"), m.start("name")) or _document_industry(b, m.group("name"), m.start("name"))
        if found is not None:
            prose_edge(b, RelType.IN_CLUSTER, f, found, sent, "firm_industry", state, {"role": "leading"})


def _document_industry(b: GraphBuilder, name: str, at: int) -> Found | None:
    """A cluster node of this document named exactly `name` (制药 where the text lists it among the city's trades)."""
    rec = next((r for r in b.nodes_of(Label.CLUSTER) if r.name == name), None)
    return Found(at, at + len(name), Label.CLUSTER, rec.id, name) if rec is not None else None


def _bare_pairs(b: GraphBuilder, text: str, firms: list[Found],
                P: dict[str, re.Pattern[str]]) -> list[tuple[Found, re.Match[str]]]:
    """(clu20) The firms said to lead an industry named bare (作为铜加工龙头企业，A; A…，成为我市制药业的龙头): the firm right
    before the predicate, else the firm opening the sentence with no other firm up to it; the firm right after 作为….企业，
    (a firm this document found before, named again there by its node's name where no rule read a name)."""
    out: list[tuple[Found, re.Match[str]]] = []
    opening = next((f for f in firms if not text[:f.start].strip()), None)
    for m in scan(P["bare_predicate"], text):
        before = [f for f in firms if f.end <= m.start()]
        right = next((f for f in before if f.end == m.start()), None)
        if right is not None:
            out.append((right, m))
        elif opening is not None and before == [opening]:
            out.append((opening, m))
    for m in scan(P["bare_fronted"], text):
        after = [(f, m) for f in firms if f.start == m.end()]
        if not after:
            rec = next((r for r in b.nodes_of(Label.ENTERPRISE) if len(r.name) >= 4 and text.startswith(r.name, m.end())), None)
            after = [(Found(m.end(), m.end() + len(rec.name), Label.ENTERPRISE, rec.id, rec.name), m)] if rec else []
        out += after
    return out
