"""Where a firm is when no sentence says it: the county its legal name opens with (firm13).

Reads: every firm the report's sentences name, the report's and paragraphs' places (ProseState), the edges the
prose rules made; data/rules/prose.yaml `firm_name_county`. Writes LOCATED_IN (rule name_county_firm).

  name_county_firm  a firm whose legal name (…公司, not a brand) opens with a county, after its province or prefecture at most
                    (尉犁县金兴甘草制品有限公司, 新疆尉犁新隆蛭石有限责任公司, 剑河民合服饰有限公司), that owns no project
                    and whose clause goes on to no project, investment or signing of its own (由A投资建设, A投资…的B项目,
                    与A签约; or named after its role, 项目实施方|A: a project's owner the gold places through its
                    project, not itself), is in the report's or
                    the paragraph's place when that is the county or a zone or park of it (剑河县屯州工业园), else in the
                    county when that is the one county the text names outside a name. A firm from elsewhere (福建省安溪…茶业 in a
                    report on 贺兰县) is left alone: the county must be the place the report speaks of or one it names.
  firm_site         a firm whose workshop, plant or site a reportage stands in (在A有限公司生产车间，…; 走进X工业集中区B园A公司
                    生产车间，…; 12月13日，A股份有限公司一处新建厂房内，…; loc15): the place written between the verb and the firm
                    (X's park B), else the paragraph's or report's place, as for the projects nothing nearer places; also
                    the place a visit's clause walks into when the next clause opens with the firm's workshop or line
                    (走进X开发区，A公司的生产车间内…; 走进X工业园，来到A公司生产线…; loc20).
  sentence_place    a place's firms (a list a place holds, leans on or drew in: 已聚集A、B等龙头企业, 依托A、B等龙头企业; see
                    report_place.listed_firm) whose own sentence names a county or zone before them, the nearest one
                    (…，轮台县大力实施…，吸引了A、B、C等…龙头企业): that place, not the report's (loc16; batches 3, 4, 6, 10).
"""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.prose import PLACE_LABELS, Found, ProseState, end_of_clause, start_of_clause, above_county
from ingest.resolve import Resolved
from ingest.rules import pattern, pattern_group
from ingest.structure import Sentence


def name_county_head(b: GraphBuilder, surface: str) -> tuple[str, Resolved] | None:
    """The county a firm's written name opens with, after its province or prefecture (新疆|尉犁|新隆蛭石…): the county
    as written and resolved; None when a province or prefecture follows the county (杜尔伯特县|黑龙江九阳…: a place
    written before the firm's own name, not part of it) or nothing of a name is left after it."""
    res = b.resolver
    start = res.gaz.upper_prefix(surface)
    hit = res.county_prefix(surface[start:])
    if hit is None or hit[1].label != Label.COUNTY:
        return None
    rest = surface[start + len(hit[0]):]
    if len(rest) < 2 or res.gaz.upper_prefix(rest) > 0:
        return None
    return hit


def _holds(b: GraphBuilder, place: Found, written: str, county: Resolved) -> bool:
    """Whether a report's or paragraph's place is the county or a zone or park of it (its name holds the county, or
    an edge places it there)."""
    if place.nid == county.id:
        return True
    node = b.nodes.get(place.nid)
    if node is None or node.label not in (Label.PARK, Label.COUNTY):
        return False
    name = node.name
    return written in name or county.name in name or b.has_edge(RelType.LOCATED_IN, place.nid, county.id)


def rule_name_county_firm(b: GraphBuilder, firms: list[tuple[Found, Sentence]], named: set[str],
                          state: ProseState) -> None:
    """Firms whose legal name opens with the report's county (module docstring); `firms` every firm found, in order;
    `named` the county nodes the text names outside a name (with no place of the report or paragraph holding the
    county, the firm is placed only where that county is the one the text names: a city's plan names its counties'
    firms, 冠县|恒通晶体, 阳谷|电缆集团, without placing them)."""
    owners = b.targets(RelType.CARRIED_OUT_BY)
    located = b.sources(RelType.LOCATED_IN)  # placed by a rule before: every mention of the others gives its evidence
    group = pattern_group("prose", "firm_name_county")
    owner_after, owner_before, legal_end = group["owner_after"], group["owner_before"], group["legal_end"]
    for f, sent in firms:
        if f.nid in located or f.nid in owners or f.label != Label.ENTERPRISE or not legal_end.search(f.surface):
            continue
        head = name_county_head(b, f.surface)
        if head is None or owner_after.search(sent.text, f.end, end_of_clause(sent.text, f.end)) \
                or owner_before.search(sent.text, max(0, f.start - 4), f.start):
            continue
        written, county = head
        place = state.place_at(sent)
        if place is not None and _holds(b, place, written, county):
            target = place.nid
        elif named == {county.id} and county.id in b.nodes:  # the one county the text names: not a city's plan
            target = county.id
        else:
            continue
        b.edge(RelType.LOCATED_IN, f.nid, target, sent, "name_county_firm", written, "")


def rule_firm_site(b: GraphBuilder, firms: list[tuple[Found, Sentence]], spans: dict[int, list[Found]],
                   state: ProseState) -> None:
    """Firms a reportage stands in the workshop or site of (module docstring; rule firm_site): a visit's verb or the
    clause's opening before the firm (在, 走进, 来到…; 12月13日，), its workshop, plant or site after it and the clause
    going on (A公司生产车间，…; A公司一处新建厂房内，…; A公司B项目建设现场，…). Not a firm a place brought in or built
    (在震后引进…的A集团新型干法水泥生产线: 的 before the firm)."""
    located = b.sources(RelType.LOCATED_IN)
    lead, site = pattern("prose", "firm_site_lead"), pattern("prose", "firm_site_after")
    for f, sent in firms:
        if f.nid in located or f.label != Label.ENTERPRISE:
            continue
        visited = _visited_place(sent, f, spans)
        if visited is not None:  # 走进X开发区，A公司的生产车间内…: the place the visit's clause walks into (loc20)
            b.edge(RelType.LOCATED_IN, f.nid, visited.nid, sent, "firm_site", visited.surface, "")
            located.add(f.nid)
            continue
        if not site.match(sent.text, f.end):
            continue
        start = start_of_clause(sent.text, f.start)
        m = lead.search(sent.text, max(0, start - 12), f.start)
        if m is None:
            continue
        near = [g for g in spans.get(sent.start, []) if g.label in PLACE_LABELS and m.start() <= g.start and g.end <= f.start]
        place = near[-1] if near else state.place_at(sent)
        if place is None or place.nid == f.nid:
            continue
        b.edge(RelType.LOCATED_IN, f.nid, place.nid, sent, "firm_site", place.surface, "")
        located.add(f.nid)


def _visited_place(sent: Sentence, f: Found, spans: dict[int, list[Found]]) -> Found | None:
    """The place a visit's clause walks into when the next clause opens with the firm and its workshop or line
    (走进黑龙江鸡东经济开发区，A有限责任公司的生产车间内机器轰鸣; 走进覃塘区工业园，来到A有限公司生产线进行实地采访;
    prose.yaml `firm_visit_lead`, `firm_visit_site`): the last place written in that clause, none when it names none."""
    text = sent.text
    m = pattern("prose", "firm_visit_lead").search(text, max(0, f.start - 40), f.start)
    if m is None or not pattern("prose", "firm_visit_site").match(text, f.end):
        return None
    near = [g for g in spans.get(sent.start, []) if g.label in PLACE_LABELS and m.start("place") <= g.start
            and g.end <= m.end("place")]
    return max(near, key=lambda g: g.end) if near else None


def rule_sentence_place(b: GraphBuilder, brought: list[tuple[Found, Sentence]], spans: dict[int, list[Found]],
                        state: ProseState) -> None:
    """A place's firms (brought in, held, leaned on: `brought`) are in the county, zone or park their own sentence names
    last before them, when it names one other than the paragraph's or report's place (module docstring; rule
    sentence_place); the others are left to that place (prose.rule_dateline). A county or zone only (a park an earlier
    clause builds is not where another subject's firms go: 建设A产业园，县政府已引进B、C等企业), not one inside a firm's
    name, nor a prefecture or province."""
    located = b.sources(RelType.LOCATED_IN)
    for f, sent in brought:
        if f.nid in located or f.label != Label.ENTERPRISE:
            continue
        firms = [h for h in spans.get(sent.start, []) if h.label == Label.ENTERPRISE] \
            + [h for h, s in brought if s.start == sent.start]
        near = [g for g in spans.get(sent.start, []) if g.label == Label.COUNTY and g.end <= f.start and not above_county(b, g)
                and not any(h.start <= g.start and g.end <= h.end for h in firms)]
        if not near:
            continue
        place = max(near, key=lambda g: g.end)
        own = state.place_at(sent)
        if own is not None and own.nid == place.nid:
            continue  # the report's own place: rule_dateline's
        b.edge(RelType.LOCATED_IN, f.nid, place.nid, sent, "sentence_place", place.surface, "")
        located.add(f.nid)
