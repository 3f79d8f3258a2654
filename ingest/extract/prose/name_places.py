"""Where a project or park is, as its own name says (a county or a park inside the name).

Reads: the projects and parks a document named and the names of its parks and zones. Writes: LOCATED_IN from the
project (or park) to the county or park its name holds, and the park nodes a project's head names. Rules:
name_bracket_place (per sentence: 管道工程（盂县段）), and after every sentence is read name_head_place (a project whose
name opens with a park or zone) and name_county_place (a project nothing placed whose name holds one county).
"""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.names import built_before, find_parks, places_only
from ingest.extract.prose.common import Found, prose_pattern
from ingest.extract.prose.state import ProseState
from ingest.resolve import Resolved
from ingest.rules import scan
from ingest.structure import Sentence


def rule_name_county_place(b: GraphBuilder, projects: list[tuple[Found, Sentence]]) -> None:
    """A project nothing placed whose name holds one county, anywhere in it (中船风电|兴城|一期20万千瓦风电, 辽宁大唐国际
    葫芦岛|连山|25万千瓦风力发电, 西岭磁能科技|正定|有限责任公司储能…项目, 瑞金医院|太仓|分院): the name says where it is
    (rule name_county_place; loc15: batches 5, 6, 8, 9, 10, 11 of learn5to13). Not two counties, nor a line between
    places (…至…), nor a zone (a zone word is read by the zone rules), nor a name that is only places and 项目 (无锡市新吴区项目:
    the place's projects)."""
    located = b.sources(RelType.LOCATED_IN)
    for p, sent in projects:
        if p.nid in located or p.label != Label.PROJECT:
            continue
        name = b.nodes[p.nid].name
        if prose_pattern("name_place_line").search(name):
            continue
        found = {r.id: (w, r) for _, w, r in b.resolver.counties_in(name) if r.label == Label.COUNTY}
        if len(found) != 1:
            continue
        ((written, r),) = found.values()
        if r.entry is not None and r.entry.kind == "zone" or r.id.startswith("park:"):
            continue
        rest = prose_pattern("name_place_stem").sub("", name.replace(written, "", 1))
        if len(rest) < 2 or places_only(rest):
            continue
        cid = b.node(r, written, sent, "name_county_place")
        b.edge(RelType.LOCATED_IN, p.nid, cid, sent, "name_county_place", written, r.resolution)
        located.add(p.nid)


def rule_name_bracket_place(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A county in brackets inside a project's or park's name says where it is: 中联煤层气管道工程（盂县段）, 甘肃南部（临洮）
    物流中心, 广东湛江临港大型工业园（雷州奋勇片区）, 正威新材料（渭南大荔）纳米谷产业园 (a prefecture before the county is
    left out); not a firm's legal name (福融新材料（肇庆）有限公司: where it is registered), nor a prefecture or province alone
    (腾讯（苏州）数字产业基地: no county). Rule name_bracket_place."""
    for f in spans:
        if f.label not in (Label.PROJECT, Label.PARK):
            continue
        for m in scan(prose_pattern("name_bracket"), f.surface):
            if prose_pattern("bracket_firm_after").match(f.surface, m.end()):
                continue
            words = m.group(1)
            words = words[b.resolver.gaz.upper_prefix(words):]
            where = _bracket_county(b, words)
            if where is None:
                continue
            surface, r = where
            cid = b.node(r, surface, sent, "name_bracket_place")
            b.edge(RelType.LOCATED_IN, f.nid, cid, sent, "name_bracket_place", surface, r.resolution)
            if f.label == Label.PROJECT:
                state.located.add(f.nid)
            break


def _bracket_county(b: GraphBuilder, words: str) -> tuple[str, Resolved] | None:
    """The county the bracket's words name, alone or before a stretch or part of it (盂县|段, 雷州|奋勇片区)."""
    for k in range(len(words), 1, -1):
        if not prose_pattern("bracket_place_rest").fullmatch(words, k):
            continue
        r = b.resolver.county(words[:k])
        if r is not None and r.label == Label.COUNTY and (r.entry is None or r.entry.kind != "zone"):
            return words[:k], r
    return None


def rule_head_park(b: GraphBuilder, projects: list[tuple[Found, Sentence]]) -> list[tuple[Found, Sentence]]:
    """A project whose name opens with a park or zone the document names (新型材料产业园·华强…项目,
    准东开发区产教融合实训基地项目), or with a park by the grammar of its name whose rest names a work of its own
    (北部石材园区|铁路物流园建设项目, 北碚传感器产业园|标准化厂房…项目; not 新材料产业园|项目, the park's own project):
    the project is there (rule name_head_place). Returns the parks named only at such a head."""
    heads = sorted(((n, rec) for rec in b.nodes.values()
                    if rec.label == Label.PARK or rec.label == Label.COUNTY and rec.props.get("kind") == "zone"
                    for n in (rec.name, *rec.aliases) if len(n) >= 4),
                   key=lambda x: -len(x[0]))
    text = b.doc.text
    new: list[tuple[Found, Sentence]] = []
    for p, sent in projects:
        # the park is named on its own somewhere too, or set off from the rest (新型材料产业园·华强…)
        head = next(((n, rec) for n, rec in heads if p.surface.startswith(n) and len(p.surface) - len(n) >= 3
                     and rec.id != p.nid and (text.count(n) > text.count(p.surface) or p.surface[len(n)] in "·•・")
                     and not prose_pattern("park_own_project").fullmatch(p.surface[len(n):])),  # X产业园|建设项目: the park's own
                    None)
        if head is not None:
            b.edge(RelType.LOCATED_IN, p.nid, head[1].id, sent, "name_head_place", head[0], "")
            continue
        park = _head_park(b, p, sent)
        if park is not None:
            b.edge(RelType.LOCATED_IN, p.nid, park.nid, sent, "name_head_place", park.surface, "")
            new.append((park, sent))
    return new


def _head_park(b: GraphBuilder, p: Found, sent: Sentence) -> Found | None:
    """The park a project's name opens with by the grammar of park names, when the rest of the name is a work
    of its own (more than a phase, 建设 and 项目)."""
    if built_before(sent.text, p.start):
        return None  # 投资180亿元的|专精特新化工产业园孵化基地: the park built as one project (projects.park_project)
    for s, e, name in find_parks(p.surface):
        rest = p.surface[e:]
        if s != 0 or len(rest) < 4 or prose_pattern("park_own_project").fullmatch(rest):
            continue
        r = b.resolver.park(name, None)
        if r is None or r.label != Label.PARK:
            return None  # a zone at the head: text_project places it
        return Found(p.start, p.start + e, Label.PARK, b.node(r, name, sent, "name_head_place"), name)
    return None
