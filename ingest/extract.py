"""Relation rules: one cleaned, structured document -> graph.model.DocumentGraph.

Each rule reads sentences (ingest/structure.py) and writes nodes and edges through
`GraphBuilder`, which merges repeated facts into one edge with several evidence
entries and adds a Policy-MENTIONS edge for every entity it touches.

Rules (the `Evidence.rule` values):
  box_project      a 专栏 item: one or several projects, their enterprise and county
  box_names        a 专栏 line "企业品牌：A、B、…" naming enterprises
  box_known_owner  a box project opening with a company the document names elsewhere
  county_layout    "临清市：依托A、B，发展X产业，改造提升Y产业" (parks, DEVELOPS, UPGRADES)
  town_park        "临清市烟店镇与轴承产业园" (park in the county)
  park_name        a park whose name starts with a county (冠县精品钢板产业园)
  lexicon_county   a lexicon park/enterprise mentioned here, placed in its lexicon county
  leading          "依托/支持/发挥/鼓励 A、B等企业", "以A、B等企业为龙头" in a cluster's section
  project_list     "支持建设A年产…、B年产…等项目": projects, their companies (members of the section's cluster)
  park_cluster     a park named the same way in a cluster's section
  subindustry      a paragraph topic "铜加工。以…" inside a cluster's section
  target_table     a row of a target table (year columns)
  indicator_text   "<indicator>达到2.7%" with the year from the sentence or its section
  indicator_respectively  "A、B增加值…，占GDP比重分别达到x%、y%"
  section_member   an enterprise named anywhere in a cluster's section (role member)
  text_project     a project named in prose whose name carries a company or a county, or a
                   railway/motorway/airport/bridge (its names meet on resolve.project_key)
  mention          any entity the NER pipeline finds
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from spacy.language import Language

from graph.model import DocumentGraph, EdgeRecord, Evidence, Label, NodeRecord, PropValue, RelType, make_id
from ingest.lexicon import Lexicon, default_lexicon
from ingest.names import (ENTERPRISE_STRONG, ENTERPRISE_WEAK, PARK_SUFFIXES, PROJECT_SUFFIXES, enterprise_prefix,
                          find_parks)
from ingest.nlp import get_pipeline
from ingest.readers import SourceDocument
from ingest.resolve import Resolved, Resolver, is_infrastructure
from ingest.structure import Sentence, Structure, Table, analyse, split_spans

_YEAR = re.compile(r"(20\d{2}|19\d{2})年")
_CLUSTER_SECTION = re.compile(r"第[一二三四五六七八九十\d]+节\s*(.+?)产业集群$")
_BOX_TITLE = re.compile(r"^专栏\s*\d+\s*(.*)$")


# ------------------------------------------------------------------ builder

_ROLE_RANK = {"member": 1, "listed": 2, "leading": 3}
# short forms that name a zone only in context; never stored as aliases
_GENERIC_ALIASES = {"开发区", "经济技术开发区", "高新区", "度假区", "旅游度假区", "高新技术产业开发区", "化工", "有色金属"}

@dataclass
class GraphBuilder:
    doc: SourceDocument
    resolver: Resolver
    nodes: dict[str, NodeRecord] = field(default_factory=dict)
    edges: dict[tuple[str, str, str, str], EdgeRecord] = field(default_factory=dict)
    _ev_seen: set[tuple] = field(default_factory=set)  # (edge key, start, rule, surface): no duplicate evidence
    # box projects whose company no rule found: (project id, item text, sentence, cluster id)
    unowned: list[tuple[str, str, Sentence, str | None]] = field(default_factory=list)

    @property
    def policy_id(self) -> str:
        return make_id(Label.POLICY, self.doc.key)

    def node(self, r: Resolved, surface: str, sent: Sentence | None, rule: str,
             props: dict[str, PropValue] | None = None) -> str:
        nid = r.id
        rec = self.nodes.get(nid)
        if rec is None:
            rec = NodeRecord(id=nid, label=r.label, name=r.name, props=self._default_props(r))
            self.nodes[nid] = rec
        if surface and surface != r.name and surface not in rec.aliases:
            rec.aliases.append(surface)
        if r.entry is not None:  # names the lexicon lists are aliases too (DATA_MODEL: "seen or listed")
            for a in (*r.entry.aliases, *r.entry.renamed_from):
                if a not in rec.aliases and a != r.name and a not in _GENERIC_ALIASES:
                    rec.aliases.append(a)
        for k, v in (props or {}).items():
            if v not in (None, "") and k not in rec.props:
                rec.props[k] = v
        if sent is not None:
            self.edge(RelType.MENTIONS, self.policy_id, nid, sent, rule, surface, r.resolution)
        return nid

    def _default_props(self, r: Resolved) -> dict[str, PropValue]:
        e = r.entry
        if r.label == Label.COUNTY:
            return {"kind": e.kind if e and e.kind else "county"}
        if r.label == Label.CLUSTER:
            return {"level": e.level if e and e.level else "cluster"}
        if r.label == Label.INDICATOR:
            return {"unit": e.unit} if e and e.unit else {}
        if r.label == Label.ENTERPRISE and e and e.county:
            return {"county": make_id(Label.COUNTY, e.county)}
        return {}

    def edge(self, rel: RelType, source: str, target: str, sent: Sentence, rule: str,
             surface: str = "", resolution: str = "", key: str = "",
             props: dict[str, PropValue] | None = None) -> None:
        if source == target:
            return
        k = (rel.value, source, target, key)
        rec = self.edges.get(k)
        if rec is None:
            rec = EdgeRecord(type=rel, source=source, target=target, key=key, props=dict(props or {}))
            self.edges[k] = rec
        ev = Evidence(section=sent.section, sentence=sent.text, start=sent.start, end=sent.end,
                      rule=rule, surface=surface, resolution=resolution)
        role = (props or {}).get("role")
        if role and _ROLE_RANK.get(str(role), 0) > _ROLE_RANK.get(str(rec.props.get("role")), 0):
            rec.props["role"] = role  # one edge per pair: the strongest role stated wins
        seen = (k, ev.start, ev.rule, ev.surface)
        if seen not in self._ev_seen:
            self._ev_seen.add(seen)
            rec.evidence.append(ev)

    def policy_node(self) -> NodeRecord:
        d = self.doc
        cites: list[str] = []
        for m in re.finditer(r"《([^《》\n]{2,80})》", d.text):
            if m.group(1) not in cites:
                cites.append(m.group(1))
        props: dict[str, PropValue] = {
            "title": d.title, "issuer": d.issuer, "date": d.date, "kind": d.kind, "period": d.period,
            "file": d.path.rsplit("/", 1)[-1], "text": d.text,
            "rev": hashlib.sha256(d.text.encode("utf-8")).hexdigest(), "cites": cites,
        }
        return NodeRecord(id=self.policy_id, label=Label.POLICY, name=d.title or d.key, props=props)

    def graph(self) -> DocumentGraph:
        return DocumentGraph(policy=self.policy_node(), nodes=list(self.nodes.values()), edges=list(self.edges.values()))


# ------------------------------------------------------------------ helpers

def _cluster_of_section(sent: Sentence) -> str | None:
    for part in reversed(sent.path):
        m = _CLUSTER_SECTION.search(part)
        if m:
            return m.group(1)
    return None


def _box_title(sent: Sentence) -> str | None:
    for part in reversed(sent.path):
        m = _BOX_TITLE.match(part)
        if m:
            return m.group(1)
    return None


def _sentence_county(b: GraphBuilder, sent: Sentence) -> tuple[str, Resolved] | None:
    """The county a sentence is about, as written: its paragraph topic or the name it opens with."""
    if sent.lead:
        r = b.resolver.county(sent.lead)
        if r is not None:
            return sent.lead, r
        if re.search(r"(县|市|区)$", sent.lead) and len(sent.lead) <= 6 and sent.lead not in {"中心城区", "市城区"}:
            return sent.lead, b.resolver.add_county(sent.lead)  # a county the lexicon does not know
    return b.resolver.county_prefix(sent.text)


def _split_list(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[、，]|以及|和(?=[\u4e00-\u9fff]{2,}(?:产业|企业))", text) if p.strip()]


# ------------------------------------------------------------- box projects

def _split_box_item(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of the projects in one 专栏 item: "A项目、B项目" is two, "5万吨X、4万吨Y生产项目" one."""
    parts: list[tuple[int, int]] = []
    depth = 0
    seg_start = 0
    for i, c in enumerate(text):
        if c in "（(“":
            depth += 1
        elif c in "）)”" and depth:
            depth -= 1
        elif c == "、" and depth == 0:
            left = re.sub(r"[（(][^（()）]*[)）]$", "", text[seg_start:i])  # "…项目（12万吨/年LDPE项目）"
            if left.endswith(PROJECT_SUFFIXES):
                parts.append((start + seg_start, start + i))
                seg_start = i + 1
    parts.append((start + seg_start, start + len(text)))
    return [(a, b) for a, b in parts if b > a]


def _rule_box(b: GraphBuilder, sent: Sentence) -> None:
    title = _box_title(sent) or ""
    text = sent.text.rstrip("，。；,; ")
    lead = re.match(r"^([^：]{2,10})：", text)
    if lead:  # "企业品牌：东阿阿胶、鲁西集团、…"
        if "企业" in lead.group(1):
            for name in _split_list(text[lead.end():]):
                r = b.resolver.enterprise(name)
                if r is not None:
                    b.node(r, name, sent, "box_names")
        return
    cm = re.search(r"(.+?)(?:产业集群|产业|集群)(?:重点|重大)?项目", title)
    cluster = b.resolver.cluster(cm.group(1)) if cm else None
    cluster_id = b.node(cluster, cm.group(1), sent, "box_project") if cluster and cm else None
    inherited_ent: tuple[str, Resolved] | None = None
    for i, (ps, pe) in enumerate(_split_box_item(text, sent.start)):
        part = b.doc.text[ps:pe].strip()
        if len(part) < 4:
            continue
        own = _project_enterprise(b, part)
        name = part
        if own is None and i > 0 and inherited_ent is not None and re.match(r"^(年产|年处理|\d|新建|建设)", part):
            own = inherited_ent
            name = inherited_ent[0] + part
        elif i == 0:
            inherited_ent = own
        year = _YEAR.search(name)
        cap = re.search(r"(年产|年处理|年治理)?[\d.]+万?(吨|台|辆|套|只|件|支|片|个|锭|纱锭|立方米)", name)
        pr = b.resolver.project(name)
        pid = b.node(pr, part, sent, "box_project",
                     {"capacity": cap.group(0) if cap else None, "year": int(year.group(1)) if year else None})
        if cluster_id:
            b.edge(RelType.IN_CLUSTER, pid, cluster_id, sent, "box_project", part, "", props={"role": "listed"})
        if own is not None:
            surface, er = own
            eid = b.node(er, surface, sent, "box_project")
            b.edge(RelType.CARRIED_OUT_BY, pid, eid, sent, "box_project", surface, er.resolution)
            if cluster_id:
                b.edge(RelType.IN_CLUSTER, eid, cluster_id, sent, "box_project", surface, er.resolution,
                       props={"role": "member"})
        else:
            b.unowned.append((pid, part, sent, cluster_id))
        county = _name_county(b, name)
        if county is not None:
            surface, cr = county
            cid = b.node(cr, surface, sent, "box_project")
            b.edge(RelType.LOCATED_IN, pid, cid, sent, "box_project", surface, cr.resolution)


_GENERIC_ZONES = ("开发区", "高新区", "度假区", "旅游度假区", "经济技术开发区", "高新技术产业开发区")


def _name_county(b: GraphBuilder, name: str) -> tuple[str, Resolved] | None:
    """The county a name carries: at its start, or inside it (…东昌府区大族激光产业园),
    but not the place inside a listed company's own name (东阿阿胶…, 东阿钢球…)."""
    inside = [(i, i + len(a)) for a in b.resolver.enterprise_names() for i in _find_all(name, a)]
    for pos, surface, r in b.resolver.counties_in(name):
        if any(s <= pos < e for s, e in inside):
            continue
        if surface in _GENERIC_ZONES and pos > 0:
            continue  # "金堤河生态牧场旅游度假区" is not the city's zone
        if r.entry is not None and r.entry.kind == "zone" and pos > 0:
            continue
        return surface, r
    return None


def _find_all(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def _project_enterprise(b: GraphBuilder, item: str) -> tuple[str, Resolved] | None:
    """The enterprise that opens a project item, as written (with its place prefix), if any."""
    hit = b.resolver.county_prefix(item)
    county_len = len(hit[0]) if hit else 0
    # the longest lexicon name at the start, with or without the county in front
    for start in {0, county_len}:
        for end in range(min(len(item), start + 16), start + 1, -1):
            e = b.resolver.lex.lookup(Label.ENTERPRISE, item[start:end])
            if e is None:
                continue
            s = item[start:end]
            if len(s) <= 2 and len(enterprise_prefix(item[start:])) > len(s) + 1:
                break  # a short alias opening another company's name (信发|华信铝业)
            return s, Resolved(Label.ENTERPRISE, e.name, "" if s == e.name else "alias:lexicon", e)
    if hit is not None and hit[1].entry is not None and hit[1].entry.kind == "zone":
        return None  # "高新区古漯河生态旅游项目": a zone opens it, no company
    rest = re.sub(r"^(?:山东省|山东|聊城市|聊城)+", "", item[county_len:])
    surface = enterprise_prefix(rest)
    if len(surface) < 2 or re.search(r"[“”·]", surface) or (
            surface.endswith(PROJECT_SUFFIXES) and not surface.endswith(ENTERPRISE_STRONG + ENTERPRISE_WEAK)):
        return None
    full = item[: len(item) - len(rest)] + surface
    r = b.resolver.enterprise(full)
    return (full, r) if r is not None else None


def _rule_known_owner(b: GraphBuilder) -> None:
    """A box project no rule gave a company, whose name opens with a company the
    document names elsewhere (莘县首鲜净菜… after "企业品牌：…莘县首鲜…")."""
    names = sorted({(n, rec.id) for rec in b.nodes.values() if rec.label == Label.ENTERPRISE
                    for n in (rec.name, *rec.aliases) if len(n) >= 3}, key=lambda x: -len(x[0]))
    for pid, item, sent, cluster_id in b.unowned:
        hit = b.resolver.county_prefix(item)
        starts = {item, re.sub(r"^(?:山东省|山东|聊城市|聊城)+", "", item)} | ({item[len(hit[0]):]} if hit else set())
        for n, eid in names:
            if any(st.startswith(n) and len(st) > len(n) + 1 for st in starts):
                how = f"known:{n}→{b.nodes[eid].name}"
                b.node(Resolved(Label.ENTERPRISE, b.nodes[eid].name), n, sent, "box_known_owner")
                b.edge(RelType.CARRIED_OUT_BY, pid, eid, sent, "box_known_owner", n, how)
                if cluster_id:
                    b.edge(RelType.IN_CLUSTER, eid, cluster_id, sent, "box_known_owner", n, how, props={"role": "member"})
                break


# ---------------------------------------------------------- county layout

_DEVELOP = re.compile(r"(?<!改造提升)(?<!改造)(?:^|[，；：])(?:重点)?发展([^，。；：]{2,40}?(?:服务业)?)(?:新兴)?(?:产业)?(?=[，。；]|$)")
_DEVELOP_AREA = re.compile(r"发展([^，。；：]{2,40}?)产业(?:聚集区|集聚区)")
_UPGRADE = re.compile(r"改造提升([^，。；：]{2,40}?)产业(?![园链集])")
_PARK_LIST = re.compile(r"(?:依托|以)([^，。；]{4,80}?)(?:为重点|为载体|，|$)")


def _clusters_in_list(b: GraphBuilder, text: str) -> list[tuple[str, Resolved]]:
    out = []
    for item in re.split(r"、", text):
        item = item.strip()
        r = b.resolver.cluster(item, create=False) or b.resolver.cluster(item + "产业", create=False)
        if r is None and 2 <= len(item) <= 10 and not re.search(r"[的和与]", item):
            r = b.resolver.cluster(item)
        if r is not None:
            out.append((item, r))
    return out


def _rule_county_layout(b: GraphBuilder, sent: Sentence) -> None:
    found = _sentence_county(b, sent)
    if found is None:
        return
    county_surface, county = found
    body = sent.text
    if sent.lead and body.startswith(sent.lead + "：") and county_surface == sent.lead:
        body = body[len(sent.lead) + 1:]
    elif body.startswith(county_surface):
        body = body[len(county_surface):]
    else:
        return
    develops = [m.group(1) for m in _DEVELOP.finditer("，" + body)]
    # "发展宜居新城区和旅游、医养健康产业聚集区": the industries of a cluster area, not the places
    for m in _DEVELOP_AREA.finditer(body):
        develops.append("、".join(p for p in re.split(r"[和、]", m.group(1)) if p and not re.search(r"[区城]$", p)))
    upgrades = [m.group(1) for m in _UPGRADE.finditer(body)]
    m = _PARK_LIST.search(body)
    parks = find_parks(m.group(1)) if m else []
    if not (develops or upgrades or parks):
        return
    cid = b.node(county, county_surface, sent, "county_layout")
    for _s, _e, pname in parks:
        pr = b.resolver.park(pname, county)
        if pr is None or pr.label != Label.PARK:
            continue
        pid = b.node(pr, pname, sent, "county_layout")
        b.edge(RelType.LOCATED_IN, pid, cid, sent, "county_layout", pname, pr.resolution)
    for group, rel in ((develops, RelType.DEVELOPS), (upgrades, RelType.UPGRADES)):
        for text in group:
            for surface, cr in _clusters_in_list(b, text):
                clid = b.node(cr, surface, sent, "county_layout")
                b.edge(rel, cid, clid, sent, "county_layout", surface, cr.resolution)


_TOWN_PARK = re.compile(r"(?:镇|乡|街道)与([^，。；、]{1,20}?(?:%s))" % "|".join(PARK_SUFFIXES))


def _rule_town_park(b: GraphBuilder, sent: Sentence) -> None:
    """"临清市烟店镇与轴承产业园": the park lies in the county of the town."""
    text = sent.text
    for m in _TOWN_PARK.finditer(text):
        clause_start = max(text.rfind(c, 0, m.start()) for c in "，。；：、") + 1
        hit = b.resolver.county_prefix(text[clause_start:m.start() + 1])
        if hit is None:
            continue
        surface, county = hit
        pname = m.group(1)
        pr = b.resolver.park(pname, county)
        if pr is None or pr.label != Label.PARK:
            continue
        cid = b.node(county, surface, sent, "town_park")
        pid = b.node(pr, pname, sent, "town_park")
        b.edge(RelType.LOCATED_IN, pid, cid, sent, "town_park", pname, pr.resolution)


# ---------------------------------------------------------- leading firms

_TRIGGER = re.compile(r"(依托|支持|发挥|鼓励|以)")
_VERB_AFTER_NAME = re.compile(
    r"(推广|研发|深度|深入|加快|积极|开发|建设|发展|加强|做大|做强|依托|充分|剥离|主导|争创|利用|创建|开展|打造|"
    r"拓展|向|通过|技术优势|为龙头)")
_COMPANY_SHAPE = re.compile(r"(集团|股份|公司|科技|铜业|纸业|织业|毯业|重工|制药|化工|生物|油漆|盐化|机床|激光|轻客|客车|"
                            r"智能装备|钢管|工业|蔬果|变压器|纺机|岩土)$")
_NOT_COMPANY = re.compile(r"(企业|产业|技术|资源|优势|社会力量|机构|大集团|中心|研究院|模式|机制|专项)$|^(大企业|中药|相关|社会|各|该|涉)")


def _enterprise_names(b: GraphBuilder, clause: str) -> list[tuple[str, bool]]:
    """Names a cue opens: "A、B等企业" (trusted), or "A、B" up to a verb (checked)."""
    listed = re.search(r"^(.+?)等(?:[\u4e00-\u9fff]{0,8}?企业|[\u4e00-\u9fff]{0,4}龙头)", clause)
    if listed:
        return [(n, True) for n in _split_list(listed.group(1))]
    stop = _VERB_AFTER_NAME.search(clause)
    head = clause[: stop.start()] if stop else clause
    head = re.split(r"等", head)[0]
    names = _split_list(head)
    # a single short name followed directly by a verb ("支持奥克特加强…") is a company name
    short_ok = len(names) == 1 and stop is not None and stop.start() == len(head) and 2 <= len(head) <= 5
    return [(n, short_ok) for n in names]


_INDUSTRY_TOPIC = re.compile(r"^(?:发展|培育|壮大|做强|提升|加快发展|大力发展)?(.{2,12}?产业)$")


def _rule_leading(b: GraphBuilder, sent: Sentence) -> None:
    cname = _cluster_of_section(sent)
    if not cname and sent.lead:  # a paragraph on one industry: "发展节能环保产业。…以泉林、祥光…等企业为重点"
        topic = _INDUSTRY_TOPIC.match(sent.lead)
        cname = topic.group(1) if topic else None
    if not cname or sent.block != "para":
        return
    cluster = b.resolver.cluster(cname)
    if cluster is None:
        return
    text = sent.text
    for m in _TRIGGER.finditer(text):
        clause_end = re.search(r"[，。；]", text[m.end():])
        clause = text[m.end(): m.end() + clause_end.start()] if clause_end else text[m.end():]
        if m.group(1) == "以" and not re.search(r"为(龙头|重点)", clause):
            continue
        for name, trusted in _enterprise_names(b, clause):
            name = name.strip()
            if not (2 <= len(name) <= 20):
                continue
            if name.endswith(PARK_SUFFIXES):
                pr = b.resolver.park(name, None)
                if pr is not None and pr.label == Label.PARK:
                    pid = b.node(pr, name, sent, "park_cluster")
                    clid = b.node(cluster, cname, sent, "park_cluster")
                    b.edge(RelType.DEVELOPS, pid, clid, sent, "park_cluster", name, pr.resolution)
                continue
            in_lex = b.resolver.lex.lookup(Label.ENTERPRISE, name) is not None
            if not in_lex and (_NOT_COMPANY.search(name) or b.resolver.county(name) is not None):
                continue
            if not (trusted or in_lex or _COMPANY_SHAPE.search(name)):
                continue
            er = b.resolver.enterprise(name)
            if er is None:
                continue
            eid = b.node(er, name, sent, "leading")
            clid = b.node(cluster, cname, sent, "leading")
            b.edge(RelType.IN_CLUSTER, eid, clid, sent, "leading", name, er.resolution, props={"role": "leading"})


_PROJECT_LIST = re.compile(r"(?:建设|推进|实施)([^。；，]+?)等([\u4e00-\u9fff]{0,6}?)项目")


def _rule_project_list(b: GraphBuilder, sent: Sentence) -> None:
    """"支持建设A年产…、B年产…、1万台…等项目": each item a project, carried out by the
    company opening it; an item opening with a quantity continues the one before."""
    if sent.block != "para":
        return
    cname = _cluster_of_section(sent)
    cluster = b.resolver.cluster(cname) if cname else None
    for m in _PROJECT_LIST.finditer(sent.text):
        items: list[list[int]] = []  # [start, end] offsets in sent.text
        pos = m.start(1)
        for part in m.group(1).split("、"):
            if items and re.match(r"^\d", part):
                items[-1][1] = pos + len(part)  # "、1万台房车及电动客车" belongs to the item before
            else:
                items.append([pos, pos + len(part)])
            pos += len(part) + 1
        # "济南至东阿、德州至高唐等高速公路项目": the items share the kind of work
        tail = m.group(2) if is_infrastructure(m.group(2)) else ""
        for a, z in items:
            name = sent.text[a:z].strip()
            if len(name) < 4 or re.match(r"^(一批|各类|重点|相关|其他|其它|有关)", name):
                continue
            written = name
            if tail and not is_infrastructure(name):
                name += tail
            pid = b.node(b.resolver.project(name), written, sent, "project_list")
            if cluster is not None:
                clid = b.node(cluster, cname or "", sent, "project_list")
                b.edge(RelType.IN_CLUSTER, pid, clid, sent, "project_list", name, props={"role": "member"})
            county = _name_county(b, name)
            if county is not None and name.startswith(county[0]):
                cid = b.node(county[1], county[0], sent, "project_list")
                b.edge(RelType.LOCATED_IN, pid, cid, sent, "project_list", county[0], county[1].resolution)
            hit = re.match(r"^([\u4e00-\u9fff]{2,12}?)(?:年产|\d)", name)
            if not hit or _NOT_COMPANY.search(hit.group(1)) or b.resolver.county(hit.group(1)) is not None:
                continue
            er = b.resolver.enterprise(hit.group(1))
            if er is None:
                continue
            eid = b.node(er, hit.group(1), sent, "project_list")
            b.edge(RelType.CARRIED_OUT_BY, pid, eid, sent, "project_list", hit.group(1), er.resolution)
            if cluster is not None:
                b.edge(RelType.IN_CLUSTER, eid, b.nodes[make_id(Label.CLUSTER, cluster.name)].id, sent, "project_list",
                       hit.group(1), er.resolution, props={"role": "member"})


_SUB_VERB = re.compile(r"^(加快|推动|着力|做优|深入|大力|积极|强化|推进|实施|壮大|发展|培育|完善|优化|提升|建设|打造|支持)")
_SUB_TAIL = re.compile(r"(产业|业|材料|加工|化工|制药|整车|零部件|装备|医药|器械)$")


def _rule_subindustry(b: GraphBuilder, sent: Sentence) -> None:
    cname = _cluster_of_section(sent)
    if not cname or not sent.lead or sent.start != sent.para_start:
        return
    if not sent.text.startswith(sent.lead + "。") or _SUB_VERB.match(sent.lead) or not _SUB_TAIL.search(sent.lead):
        return
    parent = b.resolver.cluster(cname)
    sub = b.resolver.cluster(sent.lead)
    if parent is None or sub is None or sub.id == parent.id:
        return
    if sub.entry is None or not sub.entry.level:
        sub = Resolved(Label.CLUSTER, sub.name, sub.resolution, None)
    pid = b.node(parent, cname, sent, "subindustry")
    sid = b.node(sub, sent.lead, sent, "subindustry")
    b.nodes[sid].props["level"] = "subindustry"
    b.edge(RelType.HAS_SUBINDUSTRY, pid, sid, sent, "subindustry", sent.lead, sub.resolution)


# -------------------------------------------------------------- indicators

_NUMBER = re.compile(r"^(\d+(?:\.\d+)?)")


def _doc_year(doc: SourceDocument) -> int | None:
    m = re.match(r"(\d{4})", doc.date or "")
    return int(m.group(1)) if m else None


def _period_for(doc: SourceDocument, year: int) -> str:
    return doc.period if doc.period.startswith(str(year)) and not re.match(r"^\d{4}-\d{4}$", doc.period) else str(year)


def _rule_table(b: GraphBuilder, table: Table, sentences: dict[int, Sentence]) -> None:
    header = table.rows[0]
    years: dict[int, int] = {}
    for j, cell in enumerate(header):
        m = re.match(r"^(\d{4})年?$", cell.text)
        if m:
            years[j] = int(m.group(1))
    if not years:
        return
    doc_year = _doc_year(b.doc)
    for row in table.rows[1:]:
        if len(row) < 3:
            continue
        sent = sentences[row[0].start]
        raw_name = row[0].text
        unit = row[1].text if row[1].text not in {"—", "-", "／", "/"} else ""
        ir = b.resolver.indicator(raw_name)
        if ir is None:
            continue
        name_surface = re.sub(r"^\s*\d+[、.．]\s*", "", raw_name)
        # every row names an indicator, also one whose targets are rates in words (年均提高…)
        iid: str | None = b.node(ir, name_surface, sent, "target_table", {"unit": unit})
        for j, year in years.items():
            if j >= len(row):
                continue
            cell = row[j].text
            m = _NUMBER.match(cell)
            if not m:
                continue
            value = float(m.group(1))
            paren = re.search(r"[（(](\d{4})年?[)）]", cell)
            y = int(paren.group(1)) if paren else year
            comparator = ">" if re.search(r"(以上|超过)", cell) else "="
            if iid is None:
                iid = b.node(ir, name_surface, sent, "target_table", {"unit": unit})
            if doc_year is not None and y < doc_year:
                b.edge(RelType.REPORTS, b.policy_id, iid, sent, "target_table", cell, ir.resolution, key=str(y),
                       props={"period": str(y), "year": y, "value": value, "unit": unit})
            else:
                b.edge(RelType.SETS_TARGET, b.policy_id, iid, sent, "target_table", cell, ir.resolution, key=str(y),
                       props={"year": y, "value": value, "unit": unit, "comparator": comparator})


_PARA_YEAR = re.compile(r"(?:^|[。；])(?<!到)(20\d{2})年[，、]")
_VALUE = re.compile(r"(\d+(?:\.\d+)?)\s*(%|个百分点|家|个|件|人|亿元|万元)")
_VERB_TAIL = re.compile(r"(达到|提高到|提升到|提高至|提升至|达|为|超过|突破|保持在|稳定在|降至|仅为|约为|提高|增长|下降|力争|要|将)+$")
_INDICATOR_SHAPE = re.compile(r"(比重|占比|率|指数)$")
_PHRASE_LEAD = re.compile(r"^([-•·*\s]|\d{4}年|到\d{4}年|上半年|全年|今年|去年|预计|力争|其中|确保|完成|实现|保持|使|让|推动|促进|全市)+")
_TARGET_WORDS = re.compile(r"(到\d{4}年|力争|目标|确保|争取|将|要|计划|预期)")


def _section_year(sent: Sentence) -> int | None:
    for part in reversed(sent.path):
        m = _YEAR.search(part)
        if m:
            return int(m.group(1))
    return None


# "“四新经济”“十强产业”增加值分别增长15%、18%，占GDP比重分别达到30.6%、35.3%"
_RESPECTIVELY = re.compile(
    r"((?:“[^”]{2,12}”){2,4}|(?:[\u4e00-\u9fff]{2,10}、){1,3}[\u4e00-\u9fff]{2,10})([^，。；“”、\d]{0,8}?)分别[^，。；]*[，；]"
    r"(占[^，。；\d]{1,12}?(?:比重|占比))分别(?:达到|为|是)?((?:\d+(?:\.\d+)?%、?){2,4})")
_SHARE_PHRASE = re.compile(r"[^，。；：、\d%]{4,30}?(比重|占比)")


def _rule_respectively(b: GraphBuilder, sent: Sentence, year_ctx: int | None) -> None:
    """"A、B增加值…，占GDP比重分别达到x%、y%": one reported value per subject."""
    doc_year = _doc_year(b.doc)
    for m in _RESPECTIVELY.finditer(sent.text):
        subjects = re.findall(r"“([^”]+)”", m.group(1)) or m.group(1).split("、")
        values = re.findall(r"(\d+(?:\.\d+)?)%", m.group(4))
        if len(subjects) != len(values):
            continue
        before = sent.text[:m.start()]
        years = _YEAR.findall(before)
        year = int(years[-1]) if years else (year_ctx or _section_year(sent))
        if year is None or doc_year is None or year > doc_year:
            continue
        for subj, val in zip(subjects, values):
            name = subj + m.group(2) + m.group(3)
            ir = b.resolver.indicator(name)
            if ir is None:
                continue
            iid = b.node(ir, name, sent, "indicator_respectively", {"unit": "%"})
            period = _period_for(b.doc, year)
            b.edge(RelType.REPORTS, b.policy_id, iid, sent, "indicator_respectively", f"{subj}…{val}%", ir.resolution,
                   key=period, props={"period": period, "year": year, "value": float(val), "unit": "%"})


def _rule_indicator_text(b: GraphBuilder, sent: Sentence, year_ctx: int | None) -> None:
    text = sent.text
    doc_year = _doc_year(b.doc)
    for m in _SHARE_PHRASE.finditer(text):  # a known indicator named without a value here
        name = _PHRASE_LEAD.sub("", m.group(0))
        ir = b.resolver.indicator(name, create=False)
        if ir is not None:
            b.node(ir, name, sent, "indicator_text")
    _rule_respectively(b, sent, year_ctx)
    last: tuple[Resolved, str] | None = None
    for m in _VALUE.finditer(text):
        unit = m.group(2)
        if unit == "个百分点":
            continue  # a change, not a level
        left_start = max(text.rfind(c, 0, m.start()) for c in "，。；：、—") + 1
        phrase = text[left_start:m.start()]
        phrase = _PHRASE_LEAD.sub("", phrase.strip())
        name = _VERB_TAIL.sub("", phrase).strip()
        ir = None
        if not name and last is not None and re.search(r"\d{4}年", text[left_start:m.start()]):
            ir, name = last  # "…达到2.4%，到2025年达到3%": the same indicator, another year
        elif not name or name.startswith(("占", "比", "同比", "增加值", "产值", "增速")) or re.search(r"\d", name) or len(name) > 30:
            continue
        else:
            ir = b.resolver.indicator(name, create=False)
        if ir is None:
            # an unlisted indicator must look like a share or rate, and then it is in %
            if unit != "%" or not _INDICATOR_SHAPE.search(name) or len(name) < 4:
                continue
            ir = b.resolver.indicator(name)
            if ir is None:
                continue
        if ir.entry is not None and ir.entry.unit and ir.entry.unit != unit:
            continue  # "高新技术企业…增长25%" is not a count of firms
        last = (ir, name)
        value = float(m.group(1))
        after = text[m.end(): m.end() + 12]
        paren = re.match(r"[（(](\d{4})年?[)）]", after)
        before = text[:m.start()]
        years_before = _YEAR.findall(before)
        own_year = years_before[-1] if years_before else None
        says_target = bool(_TARGET_WORDS.search(text[:m.end()]))
        if paren:
            year: int | None = int(paren.group(1))
        elif own_year:
            year = int(own_year)
        elif "今年" in before and doc_year is not None:
            year = doc_year
        elif "去年" in before and doc_year is not None:
            year = doc_year - 1
        else:
            # "2017年，…。…总数达到97家": a year opening an earlier sentence of the paragraph
            para_years = _PARA_YEAR.findall(b.doc.text[sent.para_start:sent.start])
            year = int(para_years[-1]) if para_years else (year_ctx or _section_year(sent))
        if year is None:
            if b.doc.kind == "progress-report" and doc_year is not None:
                year = doc_year  # a progress report's figures are for its own period
            elif says_target and doc_year is not None and b.doc.kind != "plan":
                year = doc_year  # news and Q&A speak of "this year" without naming it
            else:
                continue
        comparator = ">" if re.search(r"超过|突破|高于", phrase) else ">=" if after.startswith("以上") else "="
        says_target = says_target and not (own_year and not re.search(rf"(到|至|力争){year}年", text) and year <= (doc_year or year))
        is_target = not paren and (says_target or (doc_year is not None and year > doc_year))
        iid = b.node(ir, name, sent, "indicator_text", {"unit": unit})
        if is_target:
            b.edge(RelType.SETS_TARGET, b.policy_id, iid, sent, "indicator_text", m.group(0), ir.resolution,
                   key=str(year), props={"year": year, "value": value, "unit": unit, "comparator": comparator})
        else:
            period = _period_for(b.doc, year)
            b.edge(RelType.REPORTS, b.policy_id, iid, sent, "indicator_text", m.group(0), ir.resolution,
                   key=period, props={"period": period, "year": year, "value": value, "unit": unit})


# ----------------------------------------------------------------- mentions

def _text_project(b: GraphBuilder, sent: Sentence, name: str) -> None:
    """A project named in prose, kept when its name carries a company or a county."""
    if sent.block != "para":
        return
    if is_infrastructure(name):  # a railway, motorway, airport or bridge is named by itself
        b.node(b.resolver.project(name), name, sent, "text_project")
        return
    if re.search(r"[等至个]", name):
        return  # "…等项目" ends a list, "A至B…" is a line between places
    own = _project_enterprise(b, name)
    if own is not None and own[1].entry is None and not re.search(r"(有限公司|集团|股份|公司)$", own[0]):
        own = None  # in prose only a listed company or a full company name is trusted
    county = _name_county(b, name)
    if county is not None and not name.startswith(county[0]):
        county = None
    if own is None and county is None:
        return
    cap = re.search(r"(年产|年处理|年治理)?[\d.]+万?(吨|台|辆|套|只|件|支|片|个|锭|立方米)", name)
    pid = b.node(Resolved(Label.PROJECT, name), name, sent, "text_project", {"capacity": cap.group(0) if cap else None})
    if own is not None:
        surface, er = own
        eid = b.node(er, surface, sent, "text_project")
        b.edge(RelType.CARRIED_OUT_BY, pid, eid, sent, "text_project", surface, er.resolution)
    if county is not None:
        surface, cr = county
        cid = b.node(cr, surface, sent, "text_project")
        b.edge(RelType.LOCATED_IN, pid, cid, sent, "text_project", surface, cr.resolution)


def _section_member(b: GraphBuilder, sent: Sentence, r: Resolved, surface: str) -> None:
    """An enterprise named in a cluster's section without a cue word is still its member."""
    cname = _cluster_of_section(sent)
    if not cname or sent.block != "para" or r.label != Label.ENTERPRISE:
        return
    cluster = b.resolver.cluster(cname)
    if cluster is None:
        return
    clid = b.node(cluster, cname, sent, "section_member")
    b.edge(RelType.IN_CLUSTER, r.id, clid, sent, "section_member", surface, r.resolution, props={"role": "member"})


def _rule_mentions(b: GraphBuilder, nlp: Language, sentences: list[Sentence]) -> None:
    todo = [s for s in sentences if s.block in {"para", "heading"}]
    for sent, sdoc in zip(todo, nlp.pipe(s.text for s in todo)):
        county = None
        for ent in sdoc.ents:
            label = Label(ent.label_)
            surface = ent.text
            r: Resolved | None
            if label == Label.COUNTY:
                r = b.resolver.county(surface)
                county = r or county
            elif label == Label.ENTERPRISE:
                r = b.resolver.enterprise(surface)
            elif label == Label.PARK:
                hit = b.resolver.county_prefix(surface)
                if hit and re.match(r"^(省级|市级|县级|特色)", surface[len(hit[0]):]):
                    continue  # "高唐省级开发区": a kind of place, not a name
                r = b.resolver.park(surface, county)
            elif label == Label.CLUSTER:
                r = b.resolver.cluster(surface, create=False)
            elif label == Label.INDICATOR:
                r = b.resolver.indicator(surface, create=False)
            elif label == Label.PROJECT:
                _text_project(b, sent, surface)
                continue
            else:
                r = None
            if r is None:
                continue
            nid = b.node(r, surface, sent, "mention")
            _section_member(b, sent, r, surface)
            # a park or enterprise whose lexicon entry or name places it in a county
            if r.label in (Label.PARK,):
                hit = _name_county(b, r.name)
                where = hit[1] if hit else (b.resolver.county(r.entry.county) if r.entry and r.entry.county else None)
                if where is not None and where.label == Label.COUNTY:
                    cid = b.node(where, hit[0] if hit else where.name, sent, "park_name" if hit else "lexicon_county")
                    b.edge(RelType.LOCATED_IN, nid, cid, sent, "park_name" if hit else "lexicon_county",
                           surface, r.resolution)


# --------------------------------------------------------------------- main

def extract_document(doc: SourceDocument, lexicon: Lexicon | None = None,
                     nlp: Language | None = None) -> DocumentGraph:
    """Everything one document states, as nodes and evidence-carrying edges."""
    lex = lexicon or default_lexicon()
    nlp = nlp or get_pipeline(lexicon)
    b = GraphBuilder(doc, Resolver(lex))
    st: Structure = analyse(doc.text)
    by_start = {s.start: s for s in st.sentences if s.block == "table"}
    for table in st.tables:
        _rule_table(b, table, by_start)
    year_ctx: int | None = None
    section = None
    for sent in st.sentences:
        if sent.path[:2] != section:
            section, year_ctx = sent.path[:2], None
        m = re.search(r"到(\d{4})年", sent.text)
        if m and sent.block == "para":
            year_ctx = int(m.group(1))
        if sent.block == "box":
            _rule_box(b, sent)
        elif sent.block == "para":
            _rule_county_layout(b, sent)
            _rule_town_park(b, sent)
            _rule_leading(b, sent)
            _rule_project_list(b, sent)
            _rule_subindustry(b, sent)
            _rule_indicator_text(b, sent, year_ctx)
        elif sent.block == "heading":
            _rule_indicator_text(b, sent, None)
    _rule_mentions(b, nlp, st.sentences)
    _rule_known_owner(b)
    return b.graph()
