"""Where a thing is, as a sentence states it (rule_located, one call per sentence).

Reads: a sentence, the names found in it and the park named last (a bare 园区). Writes: LOCATED_IN from projects, firms
and parks to the county, zone or park the sentence puts them in. Rules: located_at, settled_in, located_continued,
address_run, project_at_site, project_is_of, in_x_of_y, frame, visit_site, subject_place, host_place, clause_place,
speaker_place, speaker_firm, firm_at_site. Also `clause_topic_park` (the park ending the clause before a list of firms),
which enterprise_lists.py reads.
"""

from __future__ import annotations

import re

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.prose.common import (ABOVE_COUNTY, Found, prose_pattern, PLACE_LABELS, end_of_clause, start_of_clause, prose_edge,
                                         group_after, _group_before, _local_place_at, _place_at, above_county)
from ingest.extract.prose.dateline import unlisted_line
from ingest.extract.prose.state import ProseState
from ingest.rules import rule_data, scan, search
from ingest.structure import Sentence


def rule_located(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    text = sent.text
    things = (Label.PROJECT, Label.ENTERPRISE, Label.PARK)
    placed: set[str] = set()
    # (each verb places names found in the sentence: with none found, its regex scan reads nothing)
    verbs = (("located_at", "locate"), ("settled_in", "settle")) if spans else ()
    for rule, key in verbs:
        for m in prose_pattern(key).finditer(text):
            # 位于定西市|安定区西川片区: the county past the province and prefecture the place is written after
            where = _place_at(spans, m.end(), state, text) \
                or _place_at(spans, m.end() + b.resolver.gaz.upper_prefix(text[m.end():m.end() + 12]), state, text)
            if where is not None:  # 位于临洮县临洮经济开发区中铺镇中铺工业园: the last place of the address
                where = _address_run(b, spans, text, where, sent)[-1]
            elif prose_pattern("here").match(text, m.end()):  # "X开发区位于…，一汽集团总部坐落于此": 此 is the sentence's subject
                _here(b, sent, spans, m, rule, state, placed)
                continue
            own_de = prose_pattern("of").match(text, m.end(1)) is not None
            if own_de:  # "…项目落户的聊城化工产业园": the place follows 的
                where = _place_at(spans, m.start(1) + len(m.group(1)) + 1, state, text)
                subjects = _group_before(spans, text, m.start(1), things)
            elif where is not None and (de := prose_pattern("town_of").match(text, where.end)):
                subjects = group_after(spans, text, de.end(), things)   # 位于X的Y, 位于X新窑镇的Y
                kind = prose_pattern("site_kind_between").match(text, de.end())
                if not subjects and kind is not None:  # 落户轮台县的首家制造业企业|A有限公司: the kind, then the firm
                    subjects = group_after(spans, text, kind.end(), (Label.PROJECT, Label.ENTERPRISE))
                if not subjects:  # "A落户来安县的<a zone not found>": A is in X all the same
                    subjects = _group_before(spans, text, m.start(1), things)
            else:  # Y位于X; "A、B、C等落户荣昌": a list's close before the verb; "“Y”，选址在X": Y set off by a comma
                close = prose_pattern("list_close_before").search(text, max(0, m.start(1) - 12), m.start(1)) \
                    or prose_pattern("subject_set_off").search(text, max(0, m.start(1) - 3), m.start(1)) \
                    or prose_pattern("settle_adverb_before").search(text, max(0, m.start(1) - 6), m.start(1))
                subjects = _group_before(spans, text, close.start() if close else m.start(1), things)
            if where is None:
                continue
            if not subjects and (rule == "located_at" or rule == "settled_in" and where.label in PLACE_LABELS):
                # (B项目由A投资建设，落户X开发区: a clause of settling goes on speaking of the project too; rel10)
                subjects = _continued_subject(spans, text, m.start(1))
                rule_here = "located_continued"
            else:
                rule_here = rule
            for s in subjects:
                if s.nid != where.nid:
                    prose_edge(b, RelType.LOCATED_IN, s, where, sent, rule_here, state)
                    placed.add(s.nid)
    for p in [f for f in spans if f.label == Label.PROJECT and f.nid not in placed]:
        m = prose_pattern("project_site").match(text, p.end)  # "P项目，正在准格尔旗大路煤化工基地有序推进": built where 在 puts it
        where = _place_at(spans, m.end(), state, text) if m else None
        if where is not None and prose_pattern("project_site_verb").match(text, where.end):
            prose_edge(b, RelType.LOCATED_IN, p, where, sent, "project_at_site", state)
            placed.add(p.nid)
    for p in [f for f in spans if f.label == Label.PROJECT and f.nid not in placed]:
        m = prose_pattern("project_is").match(text[p.end:])  # "中通…项目是东昌府区着力实施…的一个缩影"
        where = _place_at(spans, p.end + m.end(), state, text) if m else None
        if where is not None and (where.label == Label.COUNTY or where.label == Label.PARK and prose_pattern("project_is_park").match(text, where.end)):
            prose_edge(b, RelType.LOCATED_IN, p, where, sent, "project_is_of", state)
            placed.add(p.nid)
    _frame(b, sent, spans, state, placed)
    _visit(b, sent, spans, state, placed)
    _subject(b, sent, spans, state, placed)
    _host(b, sent, spans, state, placed)
    _speaker(b, sent, spans, state, placed)
    _speaker_firm(b, sent, spans, state)
    _firm_at_site(b, sent, spans, state)


def _address_run(b: GraphBuilder, spans: list[Found], text: str, where: Found, sent: Sentence) -> list[Found]:
    """The places written one after another after 位于, from the larger to the smaller, a town or a zone's part
    allowed between (位于甘肃省定西市临洮县临洮经济开发区中铺镇中铺工业园的西南部): each is inside the one before
    (rule address_run), and the last is where the subject is."""
    run = [where]
    while True:
        gap = prose_pattern("address_gap").match(text, run[-1].end)
        nxt = next((f for f in spans if gap is not None and f.start == gap.end() and f.label in PLACE_LABELS), None)
        if nxt is None or nxt.nid == run[-1].nid:
            break
        if nxt.label != Label.PARK and b.nodes[nxt.nid].props.get("kind") != "zone":
            break  # only a zone or park lies inside the place before it (两个县 side by side are no address)
        b.edge(RelType.LOCATED_IN, nxt.nid, run[-1].nid, sent, "address_run", run[-1].surface, "")
        run.append(nxt)
    return run


def _here(b: GraphBuilder, sent: Sentence, spans: list[Found], m: re.Match[str], rule: str, state: ProseState,
          placed: set[str]) -> None:
    """"长春汽车经济技术开发区位于…，…，一汽集团总部坐落于此", "…，A、B等企业先后落户于此": 此 is the place opening the
    sentence; the names right before the verb (their 总部 or an adverb between) are there (rules located_at, settled_in)."""
    text = sent.text
    first = min(spans, key=lambda f: f.start, default=None)
    if first is None or first.label not in PLACE_LABELS or above_county(b, first) \
            or not prose_pattern("subject_lead").fullmatch(text[:first.start]):
        return
    gap = prose_pattern("here_gap").search(text, max(0, m.start(1) - 12), m.start(1))
    close = prose_pattern("list_close_before").search(text, max(0, m.start(1) - 12), gap.start() if gap else m.start(1))
    end = close.start() if close is not None and close.end() == (gap.start() if gap else m.start(1)) else \
        (gap.start() if gap else m.start(1))
    for f in _group_before(spans, text, end, (Label.PROJECT, Label.ENTERPRISE, Label.PARK)):
        if f.nid != first.nid and f.start > first.end:
            prose_edge(b, RelType.LOCATED_IN, f, first, sent, rule, state)
            placed.add(f.nid)


def _continued_subject(spans: list[Found], text: str, verb: int) -> list[Found]:
    """"B项目由A投资1.8亿元建设，位于X", "B项目由A投资兴建，选址位于X": a clause opening with the verb of site (only
    选址, 项目 or 并 before it) goes on speaking of the project or park that opens the sentence, where only firms (its
    builders) are named between (rule located_continued)."""
    cs = start_of_clause(text, verb)
    if cs == 0 or not prose_pattern("locate_continued_lead").fullmatch(text[cs:verb]):
        return []
    before = sorted((f for f in spans if f.end <= cs), key=lambda f: f.start)
    if not before or before[0].label not in (Label.PROJECT, Label.PARK):
        return []
    head = before[0]
    if not prose_pattern("subject_lead").fullmatch(text[start_of_clause(text, head.start):head.start]) \
            or start_of_clause(text, head.start) != 0:
        return []
    if any(f.label != Label.ENTERPRISE for f in before[1:] if f.start >= head.end):
        return []
    return [head]


def _visit(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, placed: set[str]) -> None:
    """"…一行还前往平桥区明港镇，参加A项目投产仪式和B项目开工仪式": the projects whose ceremonies a visit to X attends,
    up to the sentence's end, are in X (rule visit_site)."""
    text = sent.text
    if not any(f.label == Label.PROJECT for f in spans):
        return  # what a visit places are the projects found after it: none, nothing to read
    for m in scan(prose_pattern("visit_to"), text):
        where = _place_at(spans, m.end(), state, text)
        if where is None or where.label != Label.COUNTY and where.label != Label.PARK:
            continue
        attend = prose_pattern("visit_attend").match(text, where.end)
        if attend is None:
            continue
        stop = prose_pattern("full_stop").search(text, attend.end())
        for f in spans:
            if attend.start() <= f.start < (stop.start() if stop else len(text)) and f.label == Label.PROJECT \
                    and f.nid not in placed and prose_pattern("ceremony").match(text, f.end):
                prose_edge(b, RelType.LOCATED_IN, f, where, sent, "visit_site", state)
                placed.add(f.nid)


def _frame(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, placed: set[str]) -> None:
    """"在X的Y，…" / "在X，…" opening a clause: the rest of the sentence happens there."""
    text = sent.text
    if not spans:
        return  # what a frame places are names found in the sentence (a bare 园区 alone is the last park, in itself)
    for m in scan(prose_pattern("frame"), text):
        outer = _place_at(spans, m.end(), state, text)
        if outer is None:
            continue
        inner = None
        de = prose_pattern("of_place").match(text, outer.end)  # "在X的Y", "在X占地5000亩的Y内"
        if de is not None:
            inner = _place_at(spans, de.end(), state, text)
            if inner is not None and inner.label == Label.PARK:
                prose_edge(b, RelType.LOCATED_IN, inner, outer, sent, "in_x_of_y", state)
            elif inner is None:  # "在海口高新区狮子岭飞地工业园区的海南英利生产车间内": a firm or project there
                thing = next((f for f in spans if f.start == de.end() and f.label in (Label.ENTERPRISE, Label.PROJECT)), None)
                if thing is not None and thing.nid not in placed:
                    prose_edge(b, RelType.LOCATED_IN, thing, outer, sent, "in_x_of_y", state)
                    placed.add(thing.nid)
        head_end = (inner or outer).end
        stop = end_of_clause(text, head_end)
        if prose_pattern("frame_seeing").fullmatch(text[head_end:stop]):
            pass  # "笔者在X看到，…": what is seen is there
        elif prose_pattern("frame_goes_on").search(text[head_end:stop]) and not prose_pattern("frame_area").match(text[head_end:stop]):
            continue  # "在X召开…" is no frame: the clause goes on past the place
        # a firm is placed only when the sentence names no project (then the project is what happens there)
        kinds = (Label.PROJECT, Label.PARK) if any(f.label == Label.PROJECT for f in spans) else \
            (Label.ENTERPRISE, Label.PARK)
        for f in spans:
            if f.start > stop and f.label in kinds and f.nid not in placed and f.nid not in (outer.nid, (inner or outer).nid):
                if inner is not None:
                    prose_edge(b, RelType.LOCATED_IN, f, inner, sent, "in_x_of_y", state)
                    if f.label == Label.PROJECT:
                        prose_edge(b, RelType.LOCATED_IN, f, outer, sent, "in_x_of_y", state)
                else:
                    prose_edge(b, RelType.LOCATED_IN, f, outer, sent, "frame", state)
                placed.add(f.nid)


def _subject(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, placed: set[str]) -> None:
    """A sentence opening with a place that 引进/实施/建设…: its projects (and the firms it
    引进) are there."""
    text = sent.text
    if not search(prose_pattern("subject_verb"), text):
        _clause_subject(b, sent, spans, state, placed)  # "…获悉，A产业园目前已落地B集团等27个项目": 落地 is no subject verb
        return
    subj = next((f for f in spans if f.label in PLACE_LABELS and (f.start == 0 or prose_pattern("subject_place_lead").fullmatch(text, 0, f.start)
                 and not above_county(b, f))), None)  # (为…部署，2022年，|梓潼县投资…建设A: after a purpose and a time; rel10)
    if subj is not None and prose_pattern("listed_next").match(text, subj.end):
        subj = None  # "A产业园、B厂房…、C区建设D项目": the first item of a list, no subject
    speech = prose_pattern("speaker_organ_after").match(text, subj.end) if subj is not None else None
    if speech is not None:  # "X工业园区管委会副主任黎光介绍说，…以来，轮台县大力实施…，建成A、B": the speaker's organ is
        # no subject; the county or zone opening a later clause of the speech is (rel10)
        subj = next((f for f in spans if f.label in PLACE_LABELS and f.start >= speech.end() and not above_county(b, f)
                     and _opens_clause(text, f)), None)
    if subj is not None:
        # "濉溪县|濉溪芜湖现代产业园内的A项目": a park right after the county is the nearer place, in it
        park = next((f for f in spans if f.start == subj.end and f.label == Label.PARK), None)
        for f in spans:
            if f.nid in placed or f is subj or f is park:
                continue
            brought = f.label == Label.ENTERPRISE and prose_pattern("brought").search(text[:f.start])
            if f.label == Label.PROJECT and not unlisted_line(text, f) or brought:
                prose_edge(b, RelType.LOCATED_IN, f, subj, sent, "subject_place", state)
                if park is not None:
                    prose_edge(b, RelType.LOCATED_IN, f, park, sent, "subject_place", state)
                placed.add(f.nid)
        return
    _clause_subject(b, sent, spans, state, placed)


def _opens_clause(text: str, f: Found) -> bool:
    """Whether place `f` opens its clause as its subject, after at most a time (…以来，|轮台县大力实施…)."""
    cs = start_of_clause(text, f.start)
    return (f.start == cs or prose_pattern("subject_place_lead").fullmatch(text, cs, f.start) is not None) \
        and prose_pattern("subject_follows").match(text, f.end) is not None


def _host(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, placed: set[str]) -> None:
    """A county, zone or park opening a clause (after at most a date) whose clause holds a ceremony or starts or signs
    projects ("近日，嘉善县姚庄镇也举行了…活动，A、B等6个项目集中开工", "…，江阴高新区举行重大项目集中开工暨B项目开工仪式"):
    the projects the sentence names after it, up to another place, are there (rule host_place), nearer than the
    report's place; not a project its clause holds the ceremony at (仪式在A项目现场举行: a venue)."""
    text = sent.text
    if not any(f.label in PLACE_LABELS for f in spans) or not search(prose_pattern("host_verb"), text):
        return  # (the host is a place found in the sentence: the cheap test first)
    located = b.sources(RelType.LOCATED_IN)  # a project its name places (冠县…项目) is not the host's
    for host in [f for f in spans if f.label in PLACE_LABELS and _opens_host_clause(b, text, f, spans)]:
        stop = next((g.start for g in spans if g.start >= host.end and g.label in PLACE_LABELS), len(text))
        for f in spans:
            if host.end <= f.start < stop and f.label == Label.PROJECT and f.nid not in placed and f.nid not in located \
                    and not prose_pattern("clause_at").search(text, start_of_clause(text, f.start), f.start):
                prose_edge(b, RelType.LOCATED_IN, f, host, sent, "host_place", state)
                placed.add(f.nid)


def _opens_host_clause(b: GraphBuilder, text: str, f: Found, spans: list[Found]) -> bool:
    """A place (no province or prefecture, no list item) opening its clause after at most a date, whose clause goes
    on to a host verb (举行, 集中开工, 签约…) before any other name: a place heading a list of projects (澧县稳健…产业基地、
    常德经开区智见…产业园等106个…项目开工建设) names where each item is, not where all are."""
    node = b.nodes.get(f.nid)
    if node is None or node.props.get("kind") in ABOVE_COUNTY or prose_pattern("listed_next").match(text, f.end):
        return False
    if not prose_pattern("host_lead").fullmatch(text, start_of_clause(text, f.start), f.start):
        return False
    verb = prose_pattern("host_verb").search(text, f.end, end_of_clause(text, f.end))
    return verb is not None and not any(f.end <= g.start < verb.start() for g in spans if g is not f)


def topic_comma(b: GraphBuilder, text: str, f: Found) -> int | None:
    """Where the next clause starts when park or zone `f` ends its clause (its comma, and a phase or 园区内 after it):
    that clause, opening with no subject, may speak of it (rule clause_place, enterprise_list_settled)."""
    after = prose_pattern("park_topic_comma").match(text, f.end)
    if after is None or not (f.label == Label.PARK or b.nodes[f.nid].props.get("kind") == "zone"):
        return None
    return after.end()


def clause_topic_park(b: GraphBuilder, text: str, spans: list[Found], pos: int) -> Found | None:
    """The park or zone ending the clause before the one holding `pos`, when that clause opens with no subject but the
    gap words and a verb of landing firms up to `pos` (建设X产业园，已入驻|A、B等5家企业): where the list at `pos` is."""
    cs = start_of_clause(text, pos)
    m = prose_pattern("clause_place_gap").match(text, cs)
    v = prose_pattern("clause_place_verb").match(text, m.end()) if m else None
    if v is None or v.end() != pos:
        return None
    return next((f for f in spans if f.label in PLACE_LABELS and f.end < cs and topic_comma(b, text, f) == cs), None)


def _clause_subject(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, placed: set[str]) -> None:
    """A park or zone opening a later clause that 落地/引进… what follows its verb:
    "…获悉，广东海南先进制造业合作产业园目前已落地康佳集团等27个项目" (rule clause_place)."""
    text = sent.text
    verb = prose_pattern("clause_place_verb")
    for subj in (f for f in spans if f.label in PLACE_LABELS):
        cs = start_of_clause(text, subj.start)
        after = topic_comma(b, text, subj)
        if after is not None:
            at = after  # 建设5000亩的X产业园，已入驻A、B等5家企业: the park ending a clause is the next one's topic
        elif cs == 0 or text[cs:subj.start].strip():
            continue  # not a later clause's subject
        else:
            at = subj.end
        m = prose_pattern("clause_place_gap").match(text, at)
        v = verb.match(text, m.end()) if m else None
        if v is None:
            continue
        stop = end_of_clause(text, v.end())
        for f in spans:
            if f.nid in placed or f.start < v.end() or f.end > stop or f.label not in (Label.PROJECT, Label.ENTERPRISE):
                continue
            prose_edge(b, RelType.LOCATED_IN, f, subj, sent, "clause_place", state)
            placed.add(f.nid)


def _speaker(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, placed: set[str]) -> None:
    """"…，打造…。”茌平区委副书记、区长汲广树说": the quote is about the speaker's county."""
    m = search(prose_pattern("speaker"), sent.text)
    if m is None:
        return
    hits = b.resolver.counties_in(m.group(1))
    if not hits:
        return
    pos, surface, county = hits[0]
    if surface in rule_data("zones")["bare"]:  # "高新区党工委书记": the zone of the city the text is about
        zone = b.resolver.park(surface, None)
        if zone is None:
            return
        county = zone
    cid = b.node(county, surface, sent, "speaker_place")
    where = Found(m.start(1) + pos, m.start(1) + pos + len(surface), Label.COUNTY, cid, surface)
    for f in spans:
        if f.end <= m.start() and f.label in (Label.PROJECT, Label.PARK) and f.nid not in placed:
            prose_edge(b, RelType.LOCATED_IN, f, where, sent, "speaker_place", state)


def _firm_at_site(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"A有限公司在雄安新区启动区…办公楼正式办公", "A有限公司将投资6亿元，在永川建立…", "A公司在X投资建厂": a firm
    opening its clause that sets itself or its works up in a place (办公, 建立, 设立, 建厂, 注册成立…; not 建设 or 投资建设,
    which build a project: built_at) is there (rule firm_at_site). One clause of its investment may stand between."""
    text = sent.text
    for f in spans:
        if f.label != Label.ENTERPRISE or not prose_pattern("subject_lead").fullmatch(text, start_of_clause(text, f.start), f.start):
            continue
        m = prose_pattern("firm_site").match(text, f.end)
        if m is None:
            continue
        where = _local_place_at(b, spans, m.end())
        if where is not None and prose_pattern("firm_site_verb").match(text, where.end):
            prose_edge(b, RelType.LOCATED_IN, f, where, sent, "firm_at_site", state)


def _speaker_firm(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"“选择落户在上海湾区高新区，是因为…。”金海芯半导体（上海）有限公司总经理申振胜表示": a firm's head speaking of
    where they settled or built (落户X, 在X已建成…) says where the firm is, when the quote names no other firm
    (rule speaker_firm)."""
    text = sent.text
    if not any(f.label == Label.ENTERPRISE for f in spans):
        return  # the speaker's firm is one found right after the quote: none, nothing to read
    for q in scan(prose_pattern("quote"), text):
        firm = next((f for f in spans if f.label == Label.ENTERPRISE and f.start == q.end()), None)
        if firm is None or not prose_pattern("firm_speaker").match(text, firm.end):
            continue
        if any(f.label == Label.ENTERPRISE and q.start() <= f.start < q.end() for f in spans):
            continue  # the quote names a firm: it may speak of that one
        for m in prose_pattern("speaker_site").finditer(text, q.start(), q.end()):
            where = _local_place_at(b, spans, m.end())
            if where is not None and (m.group("settle") or prose_pattern("speaker_site_works").match(text, where.end)):
                prose_edge(b, RelType.LOCATED_IN, firm, where, sent, "speaker_firm", state)
                break
