"""The report's place (a dateline, a headline) and the projects, firms and parks it holds when nothing nearer does.

Reads: the document's first sentences and title, the names found in them; at the end of a document, the projects,
brought-in firms and parks no rule placed, with their paragraph's or section's place (ProseState). Writes: the place
(document_place: a heading "茌平区：…", a first line that is a zone's name, "高唐报道"; title_place: the zone or county a
headline names or that hosts the report's ceremony) that document.rule_prose keeps in ProseState.doc_place, and
LOCATED_IN (rules dateline, title_place and the other report places, paragraph_place; park_dateline for parks in a
zone's report; name_county_zone for a project its name puts in the county of the report's zone). Also what other rules ask of a name: `brought_in` (a firm the place brought in), `names_other_county`,
`unlisted_line` (a railway or motorway no list holds).
"""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.names import AREA_PARK_SUFFIXES, INFRA_SUFFIXES, plain_park_name
from ingest.extract.prose.common import ABOVE_COUNTY, Found, prose_pattern, PLACE_LABELS, end_of_clause, start_of_clause
from ingest.extract.prose.state import ProseState
from ingest.resolve import Resolved
from ingest.rules import pattern_group, rule_data, scan, search
from ingest.structure import Sentence


def document_place(b: GraphBuilder, sentences: list[Sentence]) -> tuple[Resolved, str] | None:
    """The place a report is filed from or about: a heading "茌平区：…" or "…|高唐开发区：…", a first
    line that is a zone's name, or a dateline "高唐报道"; only within the first lines."""
    for sent in sentences[:6]:
        t = sent.text
        for m in scan(prose_pattern("heading_place"), t):
            r = _place(b, m.group(1))
            if r is not None:
                return r, m.group(1)
        if len(t) <= 20:
            r = _place(b, t.strip())
            if r is not None and r.label == Label.PARK:
                return r, t.strip()
    for sent in sentences[:6]:
        m = search(prose_pattern("dateline"), sent.text)
        if m:
            r = _place(b, m.group(1))
            if r is not None:
                return r, m.group(1)
        for m in scan(prose_pattern("dateline_outlet"), sent.text):
            r = _place(b, m.group(1))
            if r is not None and not (r.entry is not None and r.entry.kind in ABOVE_COUNTY):
                return r, m.group(1)
    return None


def _after_aside(text: str, end: int) -> int:
    """Past a bracketed aside right after a name: "广西—东盟经济技术开发区（武鸣华侨农场）举办…"."""
    m = prose_pattern("aside").match(text[end:])
    return end + m.end() if m else end


_TITLE_LINES = 16  # how far down a page's chrome the document's title line is looked for (title_place)


def title_place(b: GraphBuilder, sentences: list[Sentence], spans: dict[int, list[Found]]) -> Found | None:
    """The zone, park or county a report is about when no dateline says it: the one a headline
    (a short first line) names, or the one that hosts the report's ceremony in its opening lines
    ("卢龙县举行…集中开工仪式"); a zone or park before a county."""
    host = prose_pattern("host_verb")
    found: list[Found] = []
    title = b.doc.title.strip()
    # the opening lines (a headline split at ！ takes two), and the line that is the document's title further down,
    # after a site's menu, breadcrumbs or a forum's header (rel11: 首页 > … > 正文 … 奠基礼花未散去 施工机械正轰鸣单县14个…)
    opening = [*sentences[:4], *(s for s in sentences[4:_TITLE_LINES] if _is_title(s.text, title))]
    parks: dict[str, Found] | None = None
    for i, sent in enumerate(opening):
        text = sent.text
        # the first line, or the line that is the document's title after a site's menu or breadcrumbs
        headline = (i == 0 or _is_title(text, title)) and len(text) <= 60 and not search(prose_pattern("full_stop"), text)
        if headline and parks is None:
            parks = {f.surface: f for fs in spans.values() for f in fs
                     if f.label == Label.PARK and not prose_pattern("bare_park_word").fullmatch(f.surface)
                     and not pattern_group("prose", "industry_list")["bare_zone_head"].match(f.surface)}
            # (no bare word: “国字号”经开区成投资洼地 names a kind of zone)
        for f in [*spans.get(sent.start, []), *(_headline_parks(text, spans.get(sent.start, []), parks) if headline else ())]:
            node = b.nodes.get(f.nid)
            if f.label not in PLACE_LABELS or node is None or node.props.get("kind") in ABOVE_COUNTY:
                continue
            after = _after_aside(text, f.end)
            venue = prose_pattern("venue_before").search(text, 0, f.start) is not None and prose_pattern("venue_verb").match(text, after)
            listed = prose_pattern("listed_next").match(text, f.end) is not None or prose_pattern("listed_before").search(text[:f.start]) is not None
            if headline and not listed or not venue and host.match(text, after) or _hosts(b, text, f):
                # (a headline listing places, 远安、当阳、高新、夷陵电池基地连点成线, names none as the report's: audit V)
                found.append(f)
        if found:
            break
        if headline and b.resolver.gaz.upper_units_in(text):
            return None  # "嘉兴74个重大项目3月集中开工": a report on the city, whose counties' and zones' projects it lists
    zones = [f for f in found if f.label == Label.PARK or b.nodes[f.nid].props.get("kind") == "zone"]
    return (zones or found or [None])[0]


def _headline_parks(text: str, spans: list[Found], parks: dict[str, Found] | None) -> list[Found]:
    """The parks the text names elsewhere that a headline writes in full where its own names found none, or only the
    county heading the park's name ("浙江|苍南|工业园区6个项目集中开工", "云南台湾食品加工园5个新项目月底投产", whose run the
    project rules read and reject): the headline speaks of the park (loc18)."""
    out: list[Found] = []
    for surface, f in (parks or {}).items():
        at = text.find(surface)
        # no place of the headline's own outside it (北京丰台|拟建…低空经济产业园: the county builds the park it names)
        if at >= 0 and all(at <= g.start and g.end <= at + len(surface) and g.label == Label.COUNTY
                           for g in spans if g.label in PLACE_LABELS):
            out.append(Found(at, at + len(surface), Label.PARK, f.nid, surface))
    return out


def _is_title(text: str, title: str) -> bool:
    """Whether a line of the opening is (part of) the document's title: "贵州大龙开发区2021年新引进项目20个" of
    "开工率100%!贵州大龙开发区…" (a headline split at ！), a breadcrumb ending with the title."""
    text = text.strip()
    text, title = prose_pattern("non_word").sub("", text), prose_pattern("non_word").sub("", title)  # the text's brackets and commas are cleaned
    return len(title) >= 6 and len(text) >= 6 and (text in title or title in text)


def _hosts(b: GraphBuilder, text: str, f: Found) -> bool:
    """A place opening a clause of the report's first sentences whose sentence goes on to hold a
    ceremony or sign or start projects ("3月30日，磴口县2023年春季重点项目集中开工仪式在…举行",
    "年初以来，肇州县…，已新签约项目19个", after its province: "近日，黑龙江穆棱市…集中签约仪式…");
    a place after 在/从 is a venue or a source, not the host."""
    if prose_pattern("listed_next").match(text, f.end):
        return False  # one of a list of places (孝南、高新、临空三区开工项目…) is not the report's host
    event = prose_pattern("host_event").match(text, f.end)
    if event is not None and prose_pattern("venue_before").search(text, 0, f.start) is None:
        # "以…为主题的定州市第四届定商发展大会举办": the place an event's edition is named by hosts it (rule title_place)
        end = prose_pattern("full_stop").search(text, event.end())
        return bool(prose_pattern("host_verb").search(text, event.end(), end.start() if end else len(text)))
    lead = text[start_of_clause(text, f.start):f.start]
    upper = b.resolver.gaz.upper_units_in(lead) if lead else []
    if upper and upper[-1][0] + len(upper[-1][1]) == len(lead):
        lead = lead[:upper[-1][0]]  # the province or prefecture the place belongs to (黑龙江|穆棱市)
    # a frame opening the sentence (17日，在X，…开工仪式在这里举行) is where the report's ceremony is: X hosts it
    frame = prose_pattern("host_frame").fullmatch(lead) is not None and end_of_clause(text, f.end) == f.end
    if lead and not prose_pattern("host_lead").fullmatch(lead) and not frame:
        return False
    end = prose_pattern("full_stop").search(text, f.end)
    return bool(prose_pattern("host_verb").search(text, f.end, end.start() if end else len(text)))


def _place(b: GraphBuilder, surface: str) -> Resolved | None:
    r = b.resolver.county(surface) or b.resolver.regional_county(surface)
    if r is not None:
        return r
    if prose_pattern("zone_shaped").search(surface) and plain_park_name(surface) and prose_pattern("cjk_run").fullmatch(surface):
        return b.resolver.park(surface, None)  # a park's name, not a headline or a site's breadcrumbs ending in one
    return None


def brought_in(text: str, f: Found, spans: list[Found]) -> bool:
    """A firm the report's place brought in: right after 新引进的/引进, or a later item of a list whose
    first firm is ("引进正英电子、新加坡PBA、深圳金科基等企业")."""
    if prose_pattern("brought_firm").search(text, 0, f.start):
        return True
    before = next((g for g in spans if g.label == Label.ENTERPRISE and g.end < f.start
                   and prose_pattern("joiner").fullmatch(text[g.end:f.start])), None)
    return before is not None and brought_in(text, before, spans)


_TOWN_ENDINGS = tuple(map(str, rule_data("prose")["town_endings"]))  # a "project" named as a town is a place (rel12)


def names_other_county(b: GraphBuilder, name: str, nid: str) -> bool:
    """Whether a project's or firm's name holds a county's full name that is neither the place `nid` nor the county a
    zone or park `nid` lies in (佛山市三水区联信5G科技城项目 in a report on 南海区, 朝阳区孙河组团配套学校 in a list under a
    park of 通州): the name says where it is, so the report's place does not hold it (loc14: 4 wrong, none right on
    learn5to12 and old561, batches 4, 7, 11; a prefecture or province in the name, 佛山市金属交易…项目, says nothing)."""
    place = b.nodes[nid]
    written = (place.name, *place.aliases)
    for s, e, units in b.resolver.gaz.full_names_in(name):
        if not any(u.level == "county" for u in units):
            continue
        forms = {name[s:e], *(short for u in units for short in u.shorts)}
        if any(f in w for f in forms for w in written):
            continue  # the place itself, or its zone named by the county (高唐县…项目 in 高唐经济开发区)
        if any(b.has_edge(RelType.LOCATED_IN, nid, c.id) for c in b.nodes_of(Label.COUNTY) if c.name in forms):
            continue  # a park of that county
        return True
    return False


def unlisted_line(text: str, p: Found) -> bool:
    """A railway, motorway or airport named as a project (its name ends so) that is no item of a list of projects in
    `text` (prose.yaml `line_listed`): a line passes by or spans places, so the report's or the clause's subject's place
    does not hold it (loc14: such edges were 4 right and 15 wrong on learn5to12 and old561, batches 7, 8, 10, 11, 12)."""
    return p.label == Label.PROJECT and p.surface.endswith(INFRA_SUFFIXES) and not prose_pattern("line_listed").match(text, p.end)


def rule_dateline(b: GraphBuilder, projects: list[tuple[Found, Sentence]], state: ProseState) -> None:
    """Projects (and firms the report's place brought in: 新引进的A公司) that nothing nearer places are in
    the document's place (lower confidence)."""
    if state.doc_place is None and not state.paragraph_of:
        return
    located = b.sources(RelType.LOCATED_IN)
    for p, sent in projects:
        # the paragraph's place holds its projects and firms (a park at a project's head stays with the report's)
        para = state.paragraph_place(sent) if p.label != Label.PARK else None
        if para is not None and (prose_pattern("clause_at").search(sent.text, start_of_clause(sent.text, p.start), p.start)
                                 or state.doc_place is not None and para.nid == state.doc_place[0]):
            para = None  # "…，在10平方公里园区内集聚A、B等企业": a nearer place than the paragraph's; the report's own
        section = para or state.section_of.get(sent.start)
        if section is None and state.doc_place is None:
            continue
        nid, surface = (section.nid, section.surface) if section is not None else state.doc_place
        rule = "paragraph_place" if para is not None else state.doc_place_rule
        park = b.nodes[nid].label == Label.PARK
        clause = start_of_clause(sent.text, p.start)
        if p.nid not in located and not _clause_at_place(b, sent.text, p.start) \
                and not (p.label == Label.PROJECT and p.surface.endswith(_TOWN_ENDINGS)) and not unlisted_line(sent.text, p) \
                and not names_other_county(b, b.nodes[p.nid].name, nid) \
                and not prose_pattern("other_scope").search(sent.text, clause, p.start) \
                and not (park and prose_pattern("county_scope").search(sent.text, clause, p.start)):
            b.edge(RelType.LOCATED_IN, p.nid, nid, sent, rule, surface, "")
            located.add(p.nid)
        elif p.label == Label.PROJECT and para is None and _zone_of_named_county(b, p.nid, nid):
            b.edge(RelType.LOCATED_IN, p.nid, nid, sent, "name_county_zone", surface, "")


_NAME_RULES = ("text_project", "name_county_place")  # the rules that place a project by the county its name holds


def _zone_of_named_county(b: GraphBuilder, pid: str, nid: str) -> bool:
    """Whether project `pid` is placed only in one county (by its name: 宣威市炫辉…项目) and the report's or paragraph's
    place `nid` is a zone or park of that county (宣威经济技术开发区): the project is in the nearer place too."""
    node = b.nodes[nid]
    if node.label != Label.PARK and node.props.get("kind") != "zone":
        return False
    where = b.targets(RelType.LOCATED_IN, pid)
    if len(where) != 1:
        return False
    (county,) = where
    cnode = b.nodes.get(county)
    if cnode is None or cnode.label != Label.COUNTY or cnode.props.get("kind") in ("zone", *ABOVE_COUNTY):
        return False
    rec = b.edges[(RelType.LOCATED_IN.value, pid, county, "")]
    if any(rule not in _NAME_RULES for ev in rec.evidence for rule in ev.rule.split("+")):
        return False  # a sentence put it in the county (轮台县…建成A、B等项目): the county is what the text says
    if b.has_edge(RelType.LOCATED_IN, nid, county):
        return True
    return any(r.id == county for _at, _s, r in b.resolver.counties_in(node.name))


def rule_park_dateline(b: GraphBuilder, parks: list[tuple[Found, Sentence]], state: ProseState) -> None:
    """Parks that nothing nearer places (no county or zone in their name, no 位于/在X的Y) are in the report's
    place when that is a development zone (lower confidence, rule park_dateline): a zone's report names its
    own parks (乐山高新区 … 东盟电子信息产业园中园); a park its clause only plans (打造X, 规划建设X) or renames
    (更名为X, 前身为X: a name of the same park) is not placed so."""
    if state.doc_place is None or state.doc_place_rule in ("opening_subject", "opening_past_chrome"):
        return  # a place read from the report's first words places its projects, not its parks
    nid, surface = state.doc_place
    if not prose_pattern("zone_name_end").search(b.nodes[nid].name):
        return  # a county's or a city's report names parks anywhere; a park's report speaks of its own parts
    located = b.sources(RelType.LOCATED_IN)
    for p, sent in parks:
        if p.nid not in located and p.nid != nid and b.nodes[p.nid].props.get("kind") != "zone" \
                and not prose_pattern("zone_name_end").search(p.surface) and not p.surface.endswith(AREA_PARK_SUFFIXES) \
                and not prose_pattern("planned_park").search(sent.text, start_of_clause(sent.text, p.start), p.start) \
                and not search(prose_pattern("renamed_park"), sent.text):
            b.edge(RelType.LOCATED_IN, p.nid, nid, sent, "park_dateline", surface, "")
            located.add(p.nid)


def _clause_at_place(b: GraphBuilder, text: str, pos: int) -> bool:
    """Whether the clause before `pos` puts what follows at a county (在双流建设A项目): a place nearer
    than the report's."""
    start = start_of_clause(text, pos)
    return any(b.resolver.county_prefix(text[m.end():pos]) is not None
               for m in prose_pattern("clause_at").finditer(text, start, pos))
