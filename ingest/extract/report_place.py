"""The place a report is about when neither a dateline nor a headline says it (rule opening_subject).

Reads: the report's first sentences and the names found in them; data/rules/prose.yaml (`opening_lead`,
`subject_follows`). Writes nothing itself: document.rule_prose makes the place the report's place, which
rule_dateline gives to the projects (and brought-in firms) nothing nearer places.

  opening_subject  a county, zone or park opening one of the report's first sentences as its subject, after
                   at most a dateline and a time ("今年以来，凉州区不断加快…", "2018年，姜堰经济开发区以…为目标",
                   "化隆县坚持以项目支撑为关键"): the report speaks of that place, unless a sentence before it (or its own) speaks
                   of the city or province (我市, 全市: a report on the city names its counties' projects)
  paragraph_place  the county, zone or park a paragraph's first sentence opens with as its subject (paragraph_subject):
                   prose.rule_dateline gives it the paragraph's projects nothing nearer places
  subject_parks    a county or zone opening a run of clauses that 打造/规划建设/分为… parks: the parks are in it
  topic_place      a paragraph "X开发区：…" profiles X: the firms and parks it names that nothing nearer places
  opening_past_chrome  title_place and opening_subject read again past the page's chrome (menus, mastheads, bylines)
  session_place    the county or zone whose people's congress a work report's session line names (…在北林区第六届人民代表大会…)
  sole_place       the one county or zone a report names at all, named three times or more outside names, when nothing above found
                   the report's place (推介会在奇台江布拉克景区举行…福建企业家走访了…感受奇台…; not a zone named by its prefecture
                   when the text names the prefecture as often: a city's report; loc16: right in batches 3, 4, 5, 7, 10 of learn5to14)
"""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.names import AREA_PARK_SUFFIXES, place_length
from ingest.extract.prose import (ABOVE_COUNTY, Found, ProseState, start_of_clause, prose_edge, group_after, above_county,
                                  title_place)
from ingest.rules import pattern, rule_data
from ingest.structure import Sentence

_OPENING = 4  # sentences of the report read for its subject
_SOLE_MENTIONS = 3  # times the one county or zone a report names must be named for rule sole_place


def opening_subject(b: GraphBuilder, sentences: list[Sentence], spans: dict[int, list[Found]]) -> Found | None:
    """The county, zone or park the first sentence opening with one names as its subject (not a province or
    a prefecture, not a place followed by 的 or joined to another)."""
    for sent in sentences[:_OPENING]:
        text = sent.text
        for f in spans.get(sent.start, []):
            if opens_as_subject(b, text, f, upper=True):
                return f
        if pattern("prose", "other_scope").search(text):
            return None  # "我市今年引进…项目127个": a report on the city, whose counties' projects it lists
    return None


_CHROME_LINES = 16  # lines of a page read past its chrome for the report's place (rule opening_past_chrome)


def sole_place(b: GraphBuilder, sentences: list[Sentence], spans: dict[int, list[Found]]) -> Found | None:
    """The one county or zone (no prefecture or province, no park) the report's sentences name outside names, when it is
    named three times or more and no other is named: a report that never opens with its place still speaks of the one place
    it names (rule sole_place). None when a sentence speaks of the city (全市, 我市: other_scope)."""
    named: dict[str, list[Found]] = {}
    for sent in sentences:
        for f in spans.get(sent.start, []):
            if f.label == Label.COUNTY:
                if above_county(b, f):
                    continue
                named.setdefault(f.nid, []).append(f)
    if len(named) != 1:
        return None
    (mentions,) = named.values()
    if len(mentions) < _SOLE_MENTIONS or any(pattern("prose", "other_scope").search(s.text) for s in sentences):
        return None
    if _city_of_zone(b, sentences, mentions):
        return None
    return mentions[0]


def _city_of_zone(b: GraphBuilder, sentences: list[Sentence], mentions: list[Found]) -> bool:
    """Whether the one place named is a zone named by its prefecture (白银高新区) and the text names that prefecture on
    its own as often as the zone: a report on the city (白银抓住了…机遇), whose zone is one of its places."""
    gaz = b.resolver.gaz
    name = b.nodes[mentions[0].nid].name
    head = gaz.upper_units_in(name)
    if b.nodes[mentions[0].nid].props.get("kind") != "zone" or not head or head[0][0] != 0:
        return False
    code = head[0][2].code
    written = sum(u.code == code for s in sentences for _p, _w, u in gaz.upper_units_in(s.text))
    inside = sum(bool(gaz.upper_prefix(f.surface)) for f in mentions)
    return written - inside >= len(mentions)


def past_chrome_place(b: GraphBuilder, sentences: list[Sentence], spans: dict[int, list[Found]]) -> Found | None:
    """The report's place read as title_place and opening_subject read it, from the report's first sentences past the
    page's chrome, when chrome stood among its first lines and neither found one there: a site's menu, a breadcrumb, a
    byline, a date, a masthead (首页>> 要闻 / 尽最大努力争取最好结果 / ●中共渠县县委 渠县人民政府 / 发布时间：… / 编辑：… /
    渠县将坚持…，为全市增长多作贡献。) push the report's opening out of the lines those rules read. A line of chrome is a
    line with no full stop; the sentences read are those holding one. Not a report on a city or province: none where the
    sentences up to the place's name one outside a place's name or speak of the city (临汾市举行…; 全市…)
    (rule opening_past_chrome)."""
    head = sentences[:_CHROME_LINES]
    content = [s for s in head if pattern("prose", "full_stop").search(s.text)]
    if content[:_OPENING] == head[:_OPENING]:
        return None  # no chrome among the opening lines: title_place and opening_subject have read them
    found = title_place(b, content, spans) or opening_subject(b, content, spans)
    if found is None:
        return None
    for sent in content:
        own = spans.get(sent.start, [])
        last = any(f is found for f in own)
        if not last and pattern("prose", "other_scope").search(sent.text):
            return None  # "…，全市规模以上工业增加值…": a report on the city
        for start, _surface, _u in b.resolver.gaz.upper_units_in(sent.text[:found.start] if last else sent.text):
            run = start + b.resolver.gaz.upper_prefix(sent.text[start:])  # 四川省绵阳市|梓潼县: the names a place is written after
            if not any(f.start <= start < f.end or f.start == run for f in own):
                return None  # 2月26日，临汾市举行…: the city's report, whose counties' zones it names
        if last:
            break
    return found


def issuer_place(b: GraphBuilder, sentences: list[Sentence]) -> Found | None:
    """The county or zone whose government issues the policy, by the document's title (兴平市人民政府办公室关于印发《…》的
    通知): the report's place where nothing in its text says one (rule issuer_place). Not a prefecture or province."""
    m = pattern("prose", "issuer_title").match(b.doc.title.strip()) if sentences and b.doc.title else None
    if m is None:
        return None
    surface = m.group("place")
    r = b.resolver.county(surface)
    if r is None or r.label not in (Label.COUNTY, Label.PARK):
        return None
    found = Found(0, 0, r.label, b.node(r, surface, sentences[0], "issuer_place"), surface)
    return None if above_county(b, found) else found


def session_place(b: GraphBuilder, sentences: list[Sentence], spans: dict[int, list[Found]]) -> Found | None:
    """The county or zone whose people's congress a work report is given to, by its session line among the first lines
    (——2025年1月14日在绥化市北林区第六届人民代表大会第五次会议上: 北林区), where no dateline or headline names a place
    (rule session_place). Not a prefecture or province: a city's report lists its counties' work."""
    first = sentences[:_CHROME_LINES]
    for sent, nxt in zip(first, [*first[1:], None]):
        # a page that centres the line breaks it anywhere (在浦东新区第七届 / 人民代表大会…): read on into the next line;
        # the place must stand in this one, where its spans are
        text = sent.text + (nxt.text if nxt is not None else "")
        m = pattern("prose", "session_line").search(text)
        if m is None or m.end("place") > len(sent.text):
            continue
        named = [f for f in spans.get(sent.start, []) if m.start("place") <= f.start and f.end <= m.end("place")
                 and f.label in (Label.COUNTY, Label.PARK)]
        last = named[-1] if named else None  # 绥化市|北林区: the county written after its city
        return None if last is None or above_county(b, last) else last
    return None


def paragraph_subject(b: GraphBuilder, sent: Sentence, spans: list[Found]) -> Found | None:
    """The county, zone or park a paragraph's first sentence opens with as its subject, after at most a dateline and
    a time ("近日，嘉善县…", "今年以来，凉州区…"): what the paragraph speaks of (rule paragraph_place)."""
    if sent.start != sent.para_start:
        return None
    for f in spans:
        if opens_as_subject(b, sent.text, f) \
                and not any(g is not f and g.start <= f.end and f.start < g.end and g.end > f.end for g in spans):
            return f  # not the head of a longer name (樊城区航空航天…产业集群则依托…)
    return None


def sentence_subject(b: GraphBuilder, sent: Sentence, spans: list[Found]) -> Found | None:
    """The county, zone or park a later sentence of a paragraph opens with as its subject, after at most a time or
    其中： ("…两个工业园区共开工建设各类项目182项。其中：武威工业园区开工建设项目117项…。A、B…"): what the paragraph
    speaks of from that sentence on (rule paragraph_place), until another sentence opens with a place."""
    for f in spans:
        if opens_as_subject(b, sent.text, f, "sentence_lead") \
                and not any(g is not f and g.start <= f.end and f.start < g.end and g.end > f.end for g in spans):
            return f
    return None


def opens_as_subject(b: GraphBuilder, text: str, f: Found, lead: str = "opening_lead", upper: bool = False) -> bool:
    """Whether `f` is a county, zone or park (no province or prefecture) opening `text` after at most a dateline and a
    time (prose.yaml opening_lead) and followed as a subject is (subject_follows: not by 的, not joined to another)."""
    node = b.nodes.get(f.nid)
    if f.label not in (Label.COUNTY, Label.PARK) or node is None or node.props.get("kind") in ABOVE_COUNTY:
        return False
    if pattern("prose", "subject_follows").match(text, f.end) is None:
        return False
    if pattern("prose", lead).fullmatch(text, 0, f.start) is not None:
        return True
    if not upper:
        return False
    # the province or prefecture the place is written after (今年，内蒙古|鄂托克旗实施…): still the place opening the sentence
    for k in range(max(0, f.start - 8), f.start):
        if b.resolver.gaz.upper_prefix(text[k:f.start]) == f.start - k \
                and b.resolver.gaz.upper_prefix(text[k:f.end + 4]) == f.start - k:  # not 广西|防城港市: a city's name
            return pattern("prose", lead).fullmatch(text, 0, k) is not None
    return False


def rule_subject_parks(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A county or zone opening a run of clauses (up to ；) that builds, plans or is divided into parks:
    "近年来，全南县聚焦…，打造电子信息产业园、智能装备制造产业园、龙门工业新区三个产业承接平台",
    "民乐工业园区：…分为农副产品加工产业园、生物制药产业园…", "该市…规划建设了A产业园，完善提升了B产业园"
    (该市/该县 the report's own county): each park named after the verb is in it (rule subject_parks)."""
    text = sent.text
    parks = [f for f in spans if f.label == Label.PARK]
    zones = [f for f in spans if f.label == Label.COUNTY and f.nid in b.nodes and b.nodes[f.nid].props.get("kind") == "zone"]
    if not parks and not zones or not pattern("prose", "park_holding_verb").search(text):
        return
    located = b.sources(RelType.LOCATED_IN)
    run_start = 0
    for run_end in [m.start() for m in pattern("prose", "run_end").finditer(text)] + [len(text)]:
        subj = _run_subject(b, text, run_start, spans, state, run_end)
        if subj is not None:
            county = subj.nid in b.nodes and b.nodes[subj.nid].props.get("kind") == "county"
            for m in pattern("prose", "park_holding_verb").finditer(text, subj.end, run_end):
                # a county's list may hold a zone among its parks (…打造A产业园、B产业园、龙门工业新区三个…平台)
                for f in sorted(parks + (zones if county else []), key=lambda f: f.start):
                    if m.end() <= f.start < run_end and f.nid != subj.nid and f.nid not in located \
                            and not f.surface.endswith(AREA_PARK_SUFFIXES) \
                            and not pattern("prose", "clause_end").search(text, m.end(), f.start):
                        # (打造世界著名汽车城: a goal, no park; a park past the verb's clause is no park it holds:
                        # "…，环保科技产业园积极推进，农产品加工产业园…初具规模", 推进 is the other park's own; audit AE)
                        prose_edge(b, RelType.LOCATED_IN, f, subj, sent, "subject_parks", state)
                        located.add(f.nid)
        run_start = run_end + 1


def _run_subject(b: GraphBuilder, text: str, start: int, spans: list[Found], state: ProseState,
                 end: int) -> Found | None:
    """The county or zone opening a run of clauses after a short time (近年来，), or 该县/该市 for the report's
    own county."""
    lead = pattern("prose", "run_lead").match(text, start)
    at = lead.end() if lead else start
    f = next((f for f in spans if f.start == at and f.label in (Label.COUNTY, Label.PARK)), None)
    if f is not None:
        kind = b.nodes[f.nid].props.get("kind") if f.nid in b.nodes else None
        if kind in ABOVE_COUNTY or not pattern("prose", "subject_follows").match(text, f.end):
            return None
        return f
    if pattern("prose", "own_county").match(text, at) and state.doc_place is not None \
            and state.doc_place[0].startswith("county:"):
        return state.doc_place_found()
    if pattern("prose", "subjectless_parks").search(text, at, end) and state.doc_place is not None \
            and (state.doc_place[0].startswith("county:") or _zone_report(b, state)):  # 以…为契机，依托A产业园、B产业园: the
        # report's county, or the development zone the report is on (东阿经济开发区…。…；加快推进钢球产业园建设: rel10)
        own = state.doc_place_found()
        return Found(at, at, own.label, own.nid, own.surface) if own is not None else None
    return None


def _zone_report(b: GraphBuilder, state: ProseState) -> bool:
    """Whether the report's place is a development zone typed as a park (东阿经济开发区), which holds parks of its own."""
    node = b.nodes.get(state.doc_place[0]) if state.doc_place is not None else None
    return node is not None and node.label == Label.PARK and node.name.endswith(_ZONE_ENDINGS)


_ZONE_ENDINGS = tuple(sorted(map(str, rule_data("zones")["bare"]), key=len, reverse=True))


def _zone_head(name: str) -> str:
    """A zone's name without its zone word (浙江乍浦经济开发区 -> 浙江乍浦)."""
    end = next((w for w in _ZONE_ENDINGS if name.endswith(w)), "")
    return name[:len(name) - len(end)] if end else ""


def _topic_again(name: str, topic: str) -> bool:
    """The topic named again, in full or by a shorter form of its place (乍浦开发区 for 浙江乍浦经济开发区; audit P)."""
    head, topic_head = _zone_head(name), _zone_head(topic)
    return name == topic or len(head) >= 2 and topic_head.endswith(head) and len(topic_head) - len(head) <= 3


def rule_topic_place(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState,
                     topics: dict[int, Found]) -> None:
    """A paragraph opening with a zone, park or county and a colon ("张掖经济技术开发区：2006年…。形成以正大集团、
    奥林贝尔等企业为龙头的…") profiles that place: the firms and parks its sentences name, that nothing nearer
    places, are there (rule topic_place)."""
    text = sent.text
    if sent.start == sent.para_start:
        f = next((f for f in spans if f.start == 0 and f.label in (Label.COUNTY, Label.PARK)), None)
        if f is not None and pattern("prose", "topic_colon").match(text, f.end) and f.nid in b.nodes \
                and not above_county(b, f):
            topics[sent.para_start] = f
    topic = topics.get(sent.para_start)
    if topic is None:
        return
    located = b.sources(RelType.LOCATED_IN)
    for f in spans:
        if f.label in (Label.ENTERPRISE, Label.PARK) and f.nid not in located \
                and not _topic_again(b.nodes[f.nid].name, b.nodes[topic.nid].name):  # the topic named again (a park or a zone)
            prose_edge(b, RelType.LOCATED_IN, f, topic, sent, "topic_place", state)
            located.add(f.nid)


def listed_firm(text: str, f: Found) -> bool:
    """A firm that is an item of a list of firms closed by 等…企业 after a verb of holding in its clause ("已聚集长虹
    智能终端、华丰连接器、海立电器等龙头企业", "集聚了A、B等为代表的…企业"), or opened by such a verb and a kind of firm
    ("现有龙头企业东材科技、旭虹光电等增加研发投入"), or arriving (A、B等纷至沓来, A、B等企业纷纷落户), or counted with the list in brackets (龙头企业4家（A、B、C、D）): in a report on one place, one of that place's firms (not "吸引到A、B等
    111家知名企业参加", "与A等企业对接合作": guests and partners)."""
    if pattern("prose", "firm_arrival").match(text, f.end) is not None:
        return True  # 士多医疗器械、奥慧妍健康等纷至沓来
    frame = pattern("prose", "firm_frame_opening").match(text)
    if frame is not None and f.end <= frame.end():
        return True  # 以A、B等企业为代表，形成了…产业 opening the sentence, with no subject: the report's place's firms (rel10)
    start = max((m.end() for m in pattern("prose", "clause_end").finditer(text, 0, f.start)), default=0)
    if pattern("prose", "firm_list_head").search(text, start, f.start) is not None \
            or pattern("prose", "firm_count_bracket").search(text, start, f.start) is not None:
        return True  # 现有龙头企业|A、B、C等; 龙头企业4家（A、B、C、D）
    if pattern("prose", "firm_list_rest").match(text, f.end) is None:
        return False
    return pattern("prose", "firm_holding").search(text, start, f.start) is not None


def rule_built_in_site(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"在X(投资)建设B项目" anywhere in a clause, with or without a firm before it ("中泰集团在巴州库尔勒石油石化产业园
    投资建设120万吨/年聚酯化纤项目"): the projects the verb is followed by, up to the clause's end, are in X
    (rule built_at)."""
    text = sent.text
    if not any(f.label == Label.PROJECT for f in spans):
        return
    for m in pattern("prose", "site_at").finditer(text):
        where = next((f for f in spans if f.start == m.end() and f.label in (Label.COUNTY, Label.PARK)), None)
        if where is None:
            continue
        verb = pattern("prose", "site_build").match(text, where.end)
        if verb is None:
            continue
        stop = next((c.start() for c in pattern("prose", "clause_end").finditer(text, verb.end())), len(text))
        for p in spans:
            if p.label == Label.PROJECT and verb.end() <= p.start and p.end <= stop:
                prose_edge(b, RelType.LOCATED_IN, p, where, sent, "built_at", state)


def rule_place_of(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"<zone or county>的A项目、B项目、C项目" ("分别是绥安开发区的共享智能助力单车综合产业基地项目、台玻技改项目、…"):
    the place's projects, each item of the list the possessive opens (rule place_of)."""
    text = sent.text
    if not any(f.label in (Label.PROJECT, Label.ENTERPRISE) for f in spans):
        return
    of = pattern("prose", "of")
    for f in spans:
        if f.label not in (Label.COUNTY, Label.PARK) or not of.match(text, f.end):
            continue
        for p in group_after(spans, text, f.end + 1, (Label.PROJECT,)):
            prose_edge(b, RelType.LOCATED_IN, p, f, sent, "place_of", state)
        for p in group_after(spans, text, f.end + 1, (Label.ENTERPRISE,)):
            prose_edge(b, RelType.LOCATED_IN, p, f, sent, "place_of_firm", state)


def rule_county_zone(b: GraphBuilder, parks: list[tuple[Found, Sentence]], state: ProseState,
                     spans: dict[int, list[Found]]) -> None:
    """A development zone or an industrial park (a park named …开发区/高新区/经开区/工业园区) that nothing nearer places,
    in a report on one county: the county's own zone ("漳浦县…签约…绥安开发区的A项目": 绥安开发区 is 漳浦县's; rule county_zone).
    Any other park of such a report is the county's too (rule county_park; loc15) when its name is a park's own (no
    place or zone at its head, no theme's town, no phrase before a bare 园区: 要大力扶持园区) and its clause names no
    other place before it (走进开阳县大水工业园区、B产业园: the list's county)."""
    if state.doc_place is None:
        return
    nid, surface = state.doc_place
    node = b.nodes.get(nid)
    if node is None or node.label != Label.COUNTY or node.props.get("kind") not in ("county", "city", "district"):
        return
    located = b.sources(RelType.LOCATED_IN)
    for p, sent in parks:
        if p.nid in located or p.nid == nid:
            continue
        if pattern("prose", "county_park_end").search(p.surface):
            b.edge(RelType.LOCATED_IN, p.nid, nid, sent, "county_zone", surface, "")
            located.add(p.nid)
        elif _own_park(b, p, sent, nid, spans.get(sent.start, [])):
            b.edge(RelType.LOCATED_IN, p.nid, nid, sent, "county_park", surface, "")
            located.add(p.nid)


def _own_park(b: GraphBuilder, p: Found, sent: Sentence, county: str, spans: list[Found]) -> bool:
    """Whether a park a county's report names is the county's by its name and clause (rule county_park): a name of its
    own, and no other county, nor a park placed elsewhere, before it in its clause."""
    node = b.nodes[p.nid]
    if node.props.get("kind") == "zone" or p.surface.endswith(AREA_PARK_SUFFIXES) or place_length(p.surface, 0) \
            or pattern("prose", "phrase_park").search(p.surface) or pattern("prose", "renamed_park").search(sent.text):
        return False  # 中国动力谷, 天津数字出版产业园, 哈经开区工业产业园区, 全产业链园区, 更名为X
    start = start_of_clause(sent.text, p.start)
    for f in spans:
        if start <= f.start and f.end <= p.start and f.nid != county and (
                f.label == Label.COUNTY or f.label == Label.PARK and b.targets(RelType.LOCATED_IN, f.nid) - {county}):
            return False
    return True
