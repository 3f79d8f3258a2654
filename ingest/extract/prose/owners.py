"""Who carries out a project: its owner or contractor stated in prose (rule_owner, one call per sentence).

Reads: a sentence, the names found in it, the project and firm earlier sentences named (ProseState: 该项目, 该公司, a
firm's head speaking after a passage on one project). Writes: CARRIED_OUT_BY (role owner | contractor) and, where a
place invests in or signs for a project, LOCATED_IN. Rules: invested_by, firm_of_project, place_invests, built_by,
owner_before, owner_role, bracket_name, signed_with, host_venue, subject_owner, built_at, subject_firm_projects,
speaker_owner.
"""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.names import holds_verb, suffix_name
from ingest.extract.prose.common import (Found, prose_pattern, PLACE_LABELS, end_of_clause, start_of_clause, prose_edge, group_after,
                                         _group_before, above_county)
from ingest.extract.prose.state import ProseState
from ingest.rules import rule_data, scan
from ingest.structure import Sentence


def _owner(b: GraphBuilder, sent: Sentence, project: Found, actors: list[Found], verb: str, rule: str,
           state: ProseState) -> None:
    role = "contractor" if prose_pattern("contractor_verb").fullmatch(verb) else "owner"
    for a in actors:
        if a.label == Label.ENTERPRISE:
            prose_edge(b, RelType.CARRIED_OUT_BY, project, a, sent, rule, state, {"role": role})
        elif role == "owner":
            prose_edge(b, RelType.LOCATED_IN, project, a, sent, "place_invests", state)


def rule_owner(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"A投资建设的B项目" and "B（该项目）由A投资建设"."""
    text = sent.text
    actors_of = (Label.ENTERPRISE, Label.COUNTY, Label.PARK)
    for p in [f for f in spans if f.label == Label.PROJECT]:
        cs = start_of_clause(text, p.start)
        left = text[cs:p.start]
        if prose_pattern("ends_of").search(left):
            for a in sorted((f for f in spans if f.label in actors_of and cs <= f.start and f.end <= p.start),
                            key=lambda f: -f.end):
                m = prose_pattern("invested_by").match(text[a.end:p.start])
                if m:
                    _owner(b, sent, p, _group_before(spans, text, a.end, (a.label,)), m.group(1), "invested_by", state)
                    break
                if a.label == Label.ENTERPRISE and prose_pattern("firm_of").match(text[a.end:p.start]):  # A公司的B项目
                    _owner(b, sent, p, _group_before(spans, text, a.end, (a.label,)), "", "firm_of_project", state)
                    break
        _owner_before(b, sent, spans, p, cs, state)
        _by_split(b, sent, spans, p, cs, state)
        _its_owner(b, sent, spans, p, cs, state)
        _bracket_name(b, sent, spans, p)
        m = prose_pattern("project_by").match(text[p.end:])  # "B项目，是由A和C合作开发的…"
        if m:
            _by(b, sent, spans, p, p.end + m.end(), state)
        _signed_with(b, sent, spans, p, cs, state)
    _signed_batch(b, sent, spans, state)
    _signed_investment(b, sent, spans, state)
    _host_venue(b, sent, spans, state)
    _owner_role(b, sent, spans, state)
    if state.last_project is not None:  # "该项目由A…" speaks of the project named before (_by sets no other)
        for m in scan(prose_pattern("anaphora_by"), text):
            if not any(f.label == Label.PROJECT and f.end <= m.start() + 1 for f in spans):
                _by(b, sent, spans, state.last_project, m.end(), state)
    _subject_owner(b, sent, spans, state)
    _subject_firm_projects(b, sent, spans, state)
    _speaker_owner(b, sent, spans, state)


def _by_split(b: GraphBuilder, sent: Sentence, spans: list[Found], p: Found, cs: int, state: ProseState) -> None:
    """"由A投资2.5亿元，分两期建设的B项目": a clause 由A…投资 before the clause that builds B (rule built_by)."""
    text = sent.text
    if cs == 0 or not prose_pattern("by_split_of").fullmatch(text, cs, p.start) or any(cs <= f.start < p.start for f in spans):
        return  # the building clause has no subject of its own (冠县分两期建设的B: the county's)
    pcs = start_of_clause(text, cs - 1)
    for f in spans:
        if f.label == Label.ENTERPRISE and pcs <= f.start and f.end < cs \
                and prose_pattern("by_split_lead").fullmatch(text, pcs, f.start) and prose_pattern("by_split_verb").fullmatch(text, f.end, cs - 1):
            actors = _group_before(spans, text, f.end, (Label.ENTERPRISE,))
            _owner(b, sent, p, actors, "", "built_by", state)
            return


def _owner_role(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A project's owner or builder named by its role: "B项目的投资方为A", "B项目，建设单位为A", "该项目业主单位是A",
    "项目施工单位为A" (承建/施工 roles: `role: contractor`); 该项目/项目 opening the clause is the project named last in
    the paragraph (rule owner_role)."""
    text = sent.text
    if not any(f.label == Label.ENTERPRISE for f in spans):
        return  # every role names a firm found right after it: no firm, nothing to read (the regex scan is the cost)
    for m in scan(prose_pattern("owner_role"), text):
        firm = next((f for f in spans if f.label == Label.ENTERPRISE and f.start == m.end()), None)
        if firm is None:
            continue
        project = next((f for f in spans if f.label == Label.PROJECT and f.end in (m.start(), m.end("anaphor"))), None)
        if project is None and m.group("anaphor") and m.start() == start_of_clause(text, m.start()) \
                and not any(f.label == Label.PROJECT and f.end <= m.start() for f in spans) \
                and state.last_project is not None and state.last_project_para == sent.para_start:
            project = state.last_project
        if project is None:
            continue
        role = "contractor" if m.group("role") in rule_data("prose")["contractor_roles"] else "owner"
        prose_edge(b, RelType.CARRIED_OUT_BY, project, firm, sent, "owner_role", state, {"role": role})


def _subject_firm_projects(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A sentence opening with a firm as its subject and naming no other firm and no place: its projects, that no rule
    gave an owner, are the firm's ("抚顺新钢铁有限责任公司加速与央企混改，转炉节能改造项目3月份复工，总投资9亿元的
    环保升级改造项目4月份开工"; rule subject_firm_projects)."""
    text = sent.text
    firms = [f for f in spans if f.label == Label.ENTERPRISE]
    if len({f.nid for f in firms}) != 1 or any(f.label in PLACE_LABELS for f in spans):
        return
    firm = min(firms, key=lambda f: f.start)
    if any(p.label == Label.PROJECT and p.start <= firm.start and firm.end <= p.end for p in spans):
        return  # "中检集团华东药物检测中心、A、B4个…项目同步落户": the firm opens the first item's name, no subject (ent12)
    if start_of_clause(text, firm.start) != 0 or not prose_pattern("subject_lead").fullmatch(text[:firm.start]) \
            or not prose_pattern("firm_subject_follows").match(text, firm.end):
        return
    owned = b.sources(RelType.CARRIED_OUT_BY)
    named_at = b.sources(RelType.LOCATED_IN)  # 冠县…项目: a place inside the project's name is a place the sentence names
    for p in spans:
        if p.label == Label.PROJECT and p.start > firm.end and p.nid not in owned and p.nid not in named_at:
            prose_edge(b, RelType.CARRIED_OUT_BY, p, firm, sent, "subject_firm_projects", state, {"role": "owner"})


def _speaker_owner(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A firm's head speaking in a passage about one project speaks for its owner: "在A项目建设现场，…。项目总投资5亿元。
    据B有限公司总经理C介绍，…", "…”B有限公司董事长C说", "项目实施方B副总经理C介绍" (rule speaker_owner). The firm is
    the sentence's only firm and opens its clause (after 据, a closing quote or a role word: 投资方, 项目实施方); the
    sentences before, back to the nearest naming a project (at most `speaker_reach` of them, `speaker_role_reach` after
    a role word) and on to its paragraph's start, name that one project and no firm (nor the speaker's inside a name); the speaker speaks (介绍，/说：/表示。, not 介绍开工项目情况); a
    project with another owner already, or a builder's speaker (项目经理, 施工), gives nothing."""
    text = sent.text
    firms = [f for f in spans if f.label == Label.ENTERPRISE]
    if len({f.nid for f in firms}) != 1:
        return
    firm = firms[0]
    said = prose_pattern("firm_speaker").match(text, firm.end)
    lead = prose_pattern("speaker_owner_lead").search(text, 0, firm.start)
    if said is None or lead is None or prose_pattern("speaker_not_owner").search(text, firm.end, said.end()) \
            or not prose_pattern("speaker_said_end").match(text, said.end()):
        return  # (介绍开工项目情况: the head presents a batch, no speech of the firm's own)
    reach = int(rule_data("prose")["speaker_role_reach" if lead.group("role") else "speaker_reach"])
    named = [f for f in spans if f.label == Label.PROJECT]
    ids = {p.nid for p in named}
    topic = named[0] if named else None
    own = (firm.surface, b.nodes[firm.nid].name)
    para = -1
    for k, (start, before, projects, others) in enumerate(reversed(state.recent)):
        if (topic is not None and start != para) or k >= reach + 6:
            break  # back to the start of the paragraph that named the project
        if topic is None and k >= reach:
            return
        if others or any(name in before for name in own):
            return  # a firm spoken of between the project and the speaker, or the speaker's inside another's name
        ids |= {p.nid for p in projects}
        if topic is None and projects:
            topic, para = projects[-1], start
    if topic is None or len(ids) != 1:
        return
    if b.targets(RelType.CARRIED_OUT_BY, topic.nid) - {firm.nid}:
        return
    prose_edge(b, RelType.CARRIED_OUT_BY, topic, firm, sent, "speaker_owner", state, {"role": "owner"})


def _its_owner(b: GraphBuilder, sent: Sentence, spans: list[Found], p: Found, cs: int, state: ProseState) -> None:
    """"以A为链主，其重点打造的P项目": 其 is the firm named before in the sentence, else last in the paragraph."""
    if not prose_pattern("its_owner").match(sent.text[cs:p.start]):
        return
    firm = next((f for f in sorted(spans, key=lambda f: -f.start) if f.label == Label.ENTERPRISE and f.end <= cs), None)
    if firm is None and state.last_firm is not None and state.last_firm_para == sent.para_start:
        firm = state.last_firm
    if firm is not None:
        prose_edge(b, RelType.CARRIED_OUT_BY, p, firm, sent, "invested_by", state, {"role": "owner"})


def _bracket_name(b: GraphBuilder, sent: Sentence, spans: list[Found], p: Found) -> None:
    """A project's other name in brackets right after it, naming a firm's project ("B项目（A公司大龙项目）"):
    the firm owns B too (rule bracket_name)."""
    if not prose_pattern("bracket_open").match(sent.text, p.end):
        return
    other = next((f for f in spans if f.label == Label.PROJECT and f.start == p.end + 1
                  and prose_pattern("bracket_close").match(sent.text, f.end)), None)
    if other is None:
        return
    for e in [e for e in b.edges.values() if e.type == RelType.CARRIED_OUT_BY and e.source == other.nid]:
        firm = b.nodes[e.target]
        b.edge(RelType.CARRIED_OUT_BY, p.nid, e.target, sent, "bracket_name", firm.name, "", props={"role": "owner"})


def _owner_before(b: GraphBuilder, sent: Sentence, spans: list[Found], p: Found, cs: int, state: ProseState) -> None:
    """Firms right before their project with a joint building verb or the project's figure between them and no
    的: "A、B合作投资建设P项目", "A公司总投资13亿元、P项目" (rule owner_before)."""
    text = sent.text
    for f in spans:
        m = prose_pattern("owner_before").match(text[f.end:p.start]) if f.label == Label.ENTERPRISE and cs <= f.start < f.end < p.start else None
        if m is None:
            continue
        firms = _group_before(spans, text, f.end, (Label.ENTERPRISE,))
        if m.group("verb") and prose_pattern("subject_lead").fullmatch(text[start_of_clause(text, firms[-1].start):firms[-1].start]):
            return
        for a in firms:
            prose_edge(b, RelType.CARRIED_OUT_BY, p, a, sent, "owner_before", state, {"role": "owner"})
        return
    short = _short_firm_before(b, sent, cs, p.start)
    if short is not None:
        spans.append(short)
        prose_edge(b, RelType.CARRIED_OUT_BY, p, short, sent, "owner_before", state, {"role": "owner"})


def _short_firm_before(b: GraphBuilder, sent: Sentence, cs: int, end: int) -> Found | None:
    """A short name opening its clause right before the project's figure and 的 ("新乡化纤总投资162亿元的P项目"):
    the firm, when it is no place, zone or generic word."""
    text = sent.text
    m = prose_pattern("figure_of").search(text, cs, end)
    if m is None or m.end() != end:
        return None
    for j in range(max(cs, m.start() - 6), m.start() - 1):
        word = text[j:m.start()]
        if not prose_pattern("subject_lead").fullmatch(text[cs:j]) or not prose_pattern("cjk_word").fullmatch(word):
            continue
        if prose_pattern("short_firm_not").search(word) or holds_verb(word) or b.resolver.county(word) is not None or b.resolver.counties_in(word) \
                or b.resolver.gaz.upper_unit(word) is not None or word.startswith(tuple(rule_data("prose")["project_not_heads"])) \
                or any(n.label in PLACE_LABELS and n.name.startswith(word) for n in b.nodes.values()):
            return None
        r = b.resolver.enterprise(word)
        return Found(j, m.start(), Label.ENTERPRISE, b.node(r, word, sent, "owner_before"), word) if r else None
    return None


def _signed_batch(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"…的企业，与海原县签订了16.26亿元的农业综合项目，其中包括A项目、B项目、C项目": the items of a batch a place signs
    are in that place (rule signed_with); their owners are not split among the firms, so no owner."""
    text = sent.text
    if not any(f.label == Label.PROJECT for f in spans):
        return  # the batch's items are the projects found after it: none, nothing to read
    for m in scan(prose_pattern("signed_with"), text):
        where = next((f for f in spans if f.start == m.start(1) and f.label in PLACE_LABELS and not above_county(b, f)
                      and (f.end == m.end(1) or prose_pattern("organ").fullmatch(text, f.end, m.end(1)))), None)
        batch = prose_pattern("signed_batch").match(text, m.end())
        if where is None or batch is None:
            continue
        stop = end_of_clause(text, batch.end())  # each item the list names, one not found between standing apart
        for p in spans:
            if p.label == Label.PROJECT and batch.end() <= p.start and p.end <= stop \
                    and (p.start == batch.end() or prose_pattern("joiner").fullmatch(text, p.start - 1, p.start)):
                prose_edge(b, RelType.LOCATED_IN, p, where, sent, "signed_with", state)


def _host_venue(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"11月2日，郑东新区在龙子湖智慧岛隆重举行…签约仪式": a county or zone opening its clause holds its event at a park of
    its own (rule host_venue; rel10)."""
    text = sent.text
    for host in spans:
        if host.label not in PLACE_LABELS or above_county(b, host) \
                or not prose_pattern("host_venue_lead").fullmatch(text, start_of_clause(text, host.start), host.start):
            continue
        at = prose_pattern("host_venue_at").match(text, host.end)
        park = next((f for f in spans if at is not None and f.start == at.end() and f.label == Label.PARK), None)
        if park is None or park.nid == host.nid or not prose_pattern("venue_verb_after").match(text, park.end):
            continue
        if host.label == Label.PARK and not prose_pattern("county_park_end").search(host.surface):
            continue  # a zone typed as a park (…开发区) holds parks; a park holds none
        prose_edge(b, RelType.LOCATED_IN, park, host, sent, "host_venue", state)


def _signed_investment(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"怀远县与山东尚品尚科技有限公司签订投资协议" / "A公司与X开发区签署入园协议": the firm that signs an agreement to
    invest or settle with a county, zone or park is to be there (rule signed_with; rel10)."""
    text = sent.text
    if not any(f.label == Label.ENTERPRISE for f in spans):
        return  # one side is a firm found in the sentence: none, nothing to read
    for m in scan(prose_pattern("signed_with"), text):
        if not prose_pattern("investment_agreement").match(text, m.end()):
            continue
        other = next((f for f in spans if f.start == m.start(1) and f.label in (Label.ENTERPRISE, *PLACE_LABELS)
                      and (f.end == m.end(1) or f.label != Label.ENTERPRISE and prose_pattern("organ").fullmatch(text, f.end, m.end(1)))), None)
        organ = prose_pattern("organ_before").search(text, 0, m.start())
        left = organ.start() if organ is not None and organ.end() == m.start() else m.start()
        before = _group_before(spans, text, left, (Label.ENTERPRISE, *PLACE_LABELS))
        if other is None or len(before) != 1 or before[0].label == other.label \
                or Label.ENTERPRISE not in (before[0].label, other.label):
            continue
        firm, place = (other, before[0]) if other.label == Label.ENTERPRISE else (before[0], other)
        if not above_county(b, place):
            prose_edge(b, RelType.LOCATED_IN, firm, place, sent, "signed_with", state)


def _signed_with(b: GraphBuilder, sent: Sentence, spans: list[Found], p: Found, cs: int, state: ProseState) -> None:
    """"A（、B）与X签署B项目投资合作协议", "X与A签约B项目": the firms of the two sides own the project,
    a place among them is where it is (rule signed_with)."""
    m = prose_pattern("signed_with").search(sent.text, cs, p.start)
    if m is None or m.end() != p.start and not prose_pattern("signed_figure").fullmatch(sent.text, m.end(), p.start):
        return  # 签订了投资58亿元的B项目: the project's figure may stand between
    rep = prose_pattern("representative_before").search(sent.text, cs, m.start())  # X开发区主任王某|与…
    left = rep.start() if rep is not None and rep.end() == m.start() else m.start()
    organ = prose_pattern("organ_before").search(sent.text, cs, left)  # 瑞丽市政府|与…: the place signs by its government
    left = organ.start() if organ is not None and organ.end() == left else left
    sides = _group_before(spans, sent.text, left, (Label.ENTERPRISE, Label.COUNTY, Label.PARK)) + \
        [f for f in spans if f.start == m.start(1) and f.label in (Label.ENTERPRISE, *PLACE_LABELS)
         and (f.end == m.end(1) or f.label != Label.ENTERPRISE and prose_pattern("organ").fullmatch(sent.text, f.end, m.end(1)))]
    places = [f for f in sides if f.label != Label.ENTERPRISE]
    if not any(f.label == Label.ENTERPRISE for f in sides) and len(places) != 1:
        return  # with no firm among the sides, one place signs for the project it holds (企业还与合浦县政府签约了B项目)
    if any(above_county(b, f) for f in places):
        return
    for f in sides:
        if f.label == Label.ENTERPRISE:
            prose_edge(b, RelType.CARRIED_OUT_BY, p, f, sent, "signed_with", state, {"role": "owner"})
        else:
            prose_edge(b, RelType.LOCATED_IN, p, f, sent, "signed_with", state)


def _subject_owner(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A firm a clause opens with owns the projects its building verb is followed by, up to the next
    firm: "汉能集团也将其…基地放在了…，决定投资建设A、B等项目", "华夏电源有限公司…，一期建设了B项目"."""
    text = sent.text
    projects = [f for f in spans if f.label == Label.PROJECT]
    if not projects:
        return  # (before reading the firms: most sentences name no project)
    firms = sorted((f for f in spans if f.label == Label.ENTERPRISE), key=lambda f: f.start)
    if state.last_firm is not None and (state.last_firm_para == sent.para_start or _previous_firm(state)):
        # "公司将在荣投资18亿元，建设P项目": a clause opening with 该公司 speaks of the firm named last; in a paragraph of
        # its own only with 该 and when the sentence before named that one firm ("…步阳集团是重头戏。\n据悉，该集团将投资…")
        firms = sorted(firms + [Found(m.start(), m.end(), Label.ENTERPRISE, state.last_firm.nid, state.last_firm.surface)
                                for m in prose_pattern("firm_anaphor").finditer(text)
                                if m.start() == start_of_clause(text, m.start()) and not any(f.start <= m.start() < f.end for f in firms)
                                and (state.last_firm_para == sent.para_start or prose_pattern("firm_demonstrative").match(m.group()))],
                       key=lambda f: f.start)
    if not firms:
        return
    verbs = prose_pattern("subject_owner_verb")
    k = 0
    while k < len(firms):
        firm = firms[k]
        group = group_after(firms, text, firm.start, (Label.ENTERPRISE,))  # A与B共同投资建设…: joint owners
        k += len(group)
        lead = text[start_of_clause(text, firm.start):firm.start]
        if lead and not prose_pattern("subject_lead").fullmatch(lead):
            continue
        nxt = firms[k].start if k < len(firms) else len(text)
        m = verbs.search(text, group[-1].end, min(nxt, group[-1].end + 60))
        if m is None:
            continue
        site = [f for f in spans if f.label in PLACE_LABELS and m.start("site") <= f.start and f.end <= m.end("site")] \
            if m.group("site") else []  # "…，在双流建设B项目": B is there (rule built_at)
        for p in projects:
            if m.end() <= p.start and p.end <= nxt:
                for owner in group:
                    prose_edge(b, RelType.CARRIED_OUT_BY, p, owner, sent, "subject_owner", state, {"role": "owner"})
                for where in site[-1:]:
                    prose_edge(b, RelType.LOCATED_IN, p, where, sent, "built_at", state)


def _previous_firm(state: ProseState) -> bool:
    """Whether the sentence before this one named one firm, the one named last, and no project: what 该公司 opening
    this sentence's paragraph speaks of (rule subject_owner)."""
    if not state.recent or state.last_firm is None:
        return False
    _, _, projects, firms = state.recent[-1]
    return not projects and bool(firms) and {f.nid for f in firms} == {state.last_firm.nid}


def _by(b: GraphBuilder, sent: Sentence, spans: list[Found], project: Found, pos: int, state: ProseState) -> None:
    actors = group_after(spans, sent.text, pos, (Label.ENTERPRISE,)) or _named_by(b, sent, spans, pos)
    if not actors:
        return
    sub = prose_pattern("subsidiary").match(sent.text, actors[-1].end)
    if sub is not None:  # "由A的子公司B投资兴建": B builds it
        actors = group_after(spans, sent.text, sub.end(), (Label.ENTERPRISE,)) or actors
    m = prose_pattern("by_verb").match(sent.text[actors[-1].end:])
    if m:
        _owner(b, sent, project, actors, m.group(1), "built_by", state)


def _named_by(b: GraphBuilder, sent: Sentence, spans: list[Found], pos: int) -> list[Found]:
    """"B项目由湖南鑫汇能印业投资建设": between 由 and the building verb, a name that ends as a firm's does (a trade
    word: names.yaml enterprise_weak) is the firm, though no rule found it; a place or any other found name is none."""
    m = prose_pattern("by_name").match(sent.text, pos)
    if m is None or any(f.start < m.end() and pos < f.end for f in spans):
        return []
    firm = m.group("firm")
    if suffix_name(firm, b.resolver.lex.strip_region) != firm or b.resolver.county_prefix(firm) is not None \
            and b.resolver.county_prefix(firm)[0] == firm:  # type: ignore[index]
        return []
    r = b.resolver.enterprise(firm)
    if r is None:
        return []
    return [Found(m.start(), m.end(), Label.ENTERPRISE, b.node(r, firm, sent, "built_by"), firm)]
