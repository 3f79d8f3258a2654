"""Project rules: 专栏 box items, "建设A、B等项目" lists and projects named in prose."""

from __future__ import annotations

import re

from graph.model import Label, RelType, make_id
from ingest.extract.builder import GraphBuilder
from ingest.extract.context import NOT_COMPANY, YEAR, box_title, cluster_of_section, name_county, project_enterprise, split_list
from ingest.extract.names import (NOTE_HEAD, ENTERPRISE_STRONG, ENTERPRISE_WEAK, PROJECT_SUFFIXES, ZONE_WORD_ALT, after_last_mark,
                                  built_before, counted_anywhere, is_place_word, opens_with_place, shared_head)
from ingest.resolve import Resolved, is_infrastructure
from ingest.extract.prose import Found, prose_words
from ingest.rules import alternation, pattern, pattern_group, rule_data, scan
from ingest.structure import Sentence

_P = rule_data("projects")
_CAPACITY = pattern("projects", "capacity")


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


def rule_box(b: GraphBuilder, sent: Sentence) -> None:
    title = box_title(sent) or ""
    text = sent.text.rstrip("，。；,; ")
    lead = re.match(r"^([^：]{2,10})：", text)
    if lead:  # "企业品牌：东阿阿胶、鲁西集团、…"
        if _P["box_names_lead"] in lead.group(1):
            for name in split_list(text[lead.end():]):
                r = b.resolver.enterprise(name)
                if r is not None:
                    b.node(r, name, sent, "box_names")
        return
    cm = re.search(_P["box_title_cluster"], title)
    cluster = b.resolver.cluster(cm.group(1)) if cm else None
    cluster_id = b.node(cluster, cm.group(1), sent, "box_project") if cluster and cm else None
    inherited_ent: tuple[str, Resolved] | None = None
    for i, (ps, pe) in enumerate(_split_box_item(text, sent.start)):
        part = b.doc.text[ps:pe].strip()
        if len(part) < 4:
            continue
        own = project_enterprise(b, part)
        name = part
        if own is None and i > 0 and inherited_ent is not None and re.match(_P["item_continues"], part):
            own = inherited_ent
            name = inherited_ent[0] + part
        elif i == 0:
            inherited_ent = own
        year = YEAR.search(name)
        cap = _CAPACITY.search(name)
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
        county = name_county(b, name)
        if county is not None:
            surface, cr = county
            cid = b.node(cr, surface, sent, "box_project")
            b.edge(RelType.LOCATED_IN, pid, cid, sent, "box_project", surface, cr.resolution)


def rule_known_owner(b: GraphBuilder) -> None:
    """A box project no rule gave a company, whose name opens with a company the
    document names elsewhere (莘县首鲜净菜… after "企业品牌：…莘县首鲜…")."""
    names = sorted({(n, rec.id) for rec in b.nodes.values() if rec.label == Label.ENTERPRISE
                    for n in (rec.name, *rec.aliases) if len(n) >= 3}, key=lambda x: -len(x[0]))
    rank: dict[str, list[int]] = {}  # name -> its places in `names`: an item looks up its own openings
    for i, (n, _eid) in enumerate(names):
        rank.setdefault(n, []).append(i)
    for pid, item, sent, cluster_id in b.unowned:
        hit = b.resolver.county_prefix(item)
        starts = {item, b.resolver.lex.strip_region(item)} | ({item[len(hit[0]):]} if hit else set())
        # the first of `names` that opens a start with 2+ characters left over
        first = min((i for st in starts for k in range(3, len(st) - 1) for i in rank.get(st[:k], ())), default=None)
        if first is None:
            continue
        n, eid = names[first]
        how = f"known:{n}→{b.nodes[eid].name}"
        b.node(Resolved(Label.ENTERPRISE, b.nodes[eid].name), n, sent, "box_known_owner")
        b.edge(RelType.CARRIED_OUT_BY, pid, eid, sent, "box_known_owner", n, how)
        if cluster_id:
            b.edge(RelType.IN_CLUSTER, eid, cluster_id, sent, "box_known_owner", n, how, props={"role": "member"})


PROJECT_LIST = pattern("projects", "project_list")
_PRICED = pattern("prose", "project_lead")
_BARE_ZONES = tuple(sorted(map(str, rule_data("zones")["bare"]), key=len, reverse=True))
_LIST_NOT_HEADS = tuple(_P["list_item_not_heads"])
_PLACE_LINK = re.compile(_P["list_item_place_link"])


_ZONE_HEADS = (*_BARE_ZONES, *map(str, rule_data("names")["bare_site_words"]))  # 园区|经三路: the zone's own works
_JOINER_KEYS = ("priced_joiner", "named_joiner", "institution_joiner", "firm_joiner")


def split_joined(part: str) -> list[str]:
    """An item of a project list cut before a joining word that opens a second item: its own figure after it ("A项目及
    总投资1亿元的B"), two names ending in 项目/工程, a firm's name (…以及中建材集团环保型建材), or a place or a zone word
    (a division's full name, a prefecture's short form: not a county's, 黑水|体治理) opening a name of its own after a name of four characters or more (…中药饮片精深加工和日照静妍牧业养殖, …滤清器设备
    及园区经三路: prj17, batches 6, 9, 15 of learn5to15); the joining word stays at the head of the second (item_joiner
    drops it). Not a word after 和 that continues the first name (…扩能完善提升工程及标准化厂房建设: one project)."""
    P = pattern_group("prose", "project_list")
    cuts = {m.start() for k in _JOINER_KEYS for m in P[k].finditer(part) if m.start() > 0}
    for m in P["place_joiner"].finditer(part):
        after = part[m.end():]
        if m.start() >= 4 and len(after) >= 4 and (opens_with_place(after) or after.startswith(_ZONE_HEADS)) \
                and not is_place_word(after):
            cuts.add(m.start())
    at = sorted(cuts)
    return [part[a:b] for a, b in zip([0, *at], [*at, len(part)])]


def rule_project_list(b: GraphBuilder, sent: Sentence) -> list[Found]:
    """"支持建设A年产…、B年产…、1万台…等项目": each item a project, carried out by the
    company opening it; an item opening with a quantity continues the one before when that one holds a
    quantity too (a list of capacities), not a facility named without one (新城热电厂、110千伏变电站: two)."""
    out: list[Found] = []
    if sent.block != "para":
        return out
    cname = cluster_of_section(sent)
    cluster = b.resolver.cluster(cname) if cname else None
    joiner = pattern_group("prose", "project_list")["item_joiner"]
    for m in scan(PROJECT_LIST, sent.text):
        items: list[list[int]] = []  # [start, end] offsets in sent.text
        pos = m.start(1)
        for whole in m.group(1).split("、"):
            for k, part in enumerate(split_joined(whole)):  # …冷弯型钢以及|中建材集团环保型建材: two items (prj17)
                if items and k == 0 and re.match(r"^\d", part) and re.search(r"\d", sent.text[items[-1][0]:items[-1][1]]):
                    items[-1][1] = pos + len(part)  # "、1万台房车及电动客车" belongs to the item before
                else:  # "投资1.5亿元的A": the item's own investment is no part of its name
                    joined = joiner.match(part) if k > 0 else None
                    lead = _PRICED.match(part, joined.end() if joined else 0)
                    skip = lead.end() if lead else joined.end() if joined else 0
                    zone = next((z for z in _BARE_ZONES if part.startswith(z, skip) and len(part) - skip - len(z) >= 4), "")
                    items.append([pos + skip + len(zone), pos + len(part)])  # 开发区|鹏辉…生产线: the zone it is in
                pos += len(part)
            pos += 1
        # "济南至东阿、德州至高唐等高速公路项目": the items share the kind of work
        tail = m.group(2) if is_infrastructure(m.group(2)) else ""
        for a, z in items:
            name = sent.text[a:z].strip()
            if len(name) < 4 or name.startswith(_LIST_NOT_HEADS):
                continue
            county = name_county(b, name)
            link = _PLACE_LINK.match(name, len(county[0])) if county is not None and name.startswith(county[0]) else None
            if link and len(name) - link.end() >= 4:
                name = name[link.end():]  # 爱民区的|旭昇化工邻氨基苯酚: the county's project
                a = z - len(name)
            else:
                county = county if county is not None and name.startswith(county[0]) else None
            written = name
            if tail and not is_infrastructure(name):
                name += tail
            pid = b.node(b.resolver.project(name), written, sent, "project_list")
            out.append(Found(a, z, Label.PROJECT, pid, written))
            if cluster is not None:
                clid = b.node(cluster, cname or "", sent, "project_list")
                b.edge(RelType.IN_CLUSTER, pid, clid, sent, "project_list", name, props={"role": "member"})
            if county is not None:
                cid = b.node(county[1], county[0], sent, "project_list")
                b.edge(RelType.LOCATED_IN, pid, cid, sent, "project_list", county[0], county[1].resolution)
            hit = re.match(_P["list_item_company"], name)
            owner = _before_site(b, hit.group(1)) if hit else ""
            if not owner or NOT_COMPANY.search(owner) or b.resolver.county(owner) is not None:
                continue
            er = b.resolver.enterprise(owner)
            if er is None:
                continue
            eid = b.node(er, owner, sent, "project_list")
            b.edge(RelType.CARRIED_OUT_BY, pid, eid, sent, "project_list", owner, er.resolution)
            if cluster is not None:
                b.edge(RelType.IN_CLUSTER, eid, b.nodes[make_id(Label.CLUSTER, cluster.name)].id, sent, "project_list",
                       owner, er.resolution, props={"role": "member"})
    return out


def _before_site(b: GraphBuilder, head: str) -> str:
    """The company opening a listed item, before the site it builds at: "中船风电|兴城一期20万千瓦风电", "辽宁大唐国际|
    葫芦岛连山25万千瓦风力发电" (a county or a prefecture after two characters or more closes the company's name)."""
    sites = [pos for pos, _, _ in b.resolver.counties_in(head)] + [pos for pos, _, _ in b.resolver.gaz.upper_units_in(head)]
    cut = min((pos for pos in sites if pos >= 2), default=len(head))
    return head[:cut]


def well_formed_project(name: str) -> bool:
    """A prose phrase ending in 项目/工程 that names one project: 4+ characters before the
    ending, opening with no generic word (该项目, 重点项目, 一批…项目; data/rules/prose.yaml)
    and holding no list or clause (等, 的, 个)."""
    if not name.endswith(_P["named_project_ending"]):
        return False  # …工程 alone is mostly a kind of work (农田水利工程)
    stem = re.sub(_P["project_stem_ending"], "", name)
    if re.search(_P["stem_batch"], stem):
        return False
    stem = re.sub(_P["stem_aside"], "", stem)  # 惠利甘蔗“双高”器材设备生产项目
    if len(stem) < 4 or re.search(_P["stem_not_inside"], stem) or re.match(_P["stem_kind_of_work"], stem) \
            or stem.endswith(tuple(rule_data("prose")["project_not_stem_ends"])):
        return False
    return not (re.match(rf"^(?:{prose_words('project_not_heads')})", name) or re.search(prose_words("project_not_words"), name))


_COMPANY_ENDS = tuple(sorted((*ENTERPRISE_STRONG, *ENTERPRISE_WEAK), key=len, reverse=True))


def _capacity_owner(b: GraphBuilder, name: str) -> tuple[str, Resolved] | None:
    """"华唐化工年产30万吨…项目": the short name before the capacity, when it is no place or generic word, and either
    ends as a firm's name does (a legal form or a trade word) or is a bare brand the text names elsewhere on its own
    (乐斯福年产5万吨…项目 beside 乐斯福公司, 法国乐斯福等企业); a brand named only before a capacity is no firm. Before a
    bare capacity with no 年产 (鼎运新能源|120万吨焦化) only a name ending as a firm's does, its brand two characters or more.
    A trade word (brand_trade_words, capacity_trade_ends) after a brand of two characters or more ends a firm's name
    here too (瑞晶香料|年产…, 飞龙食品|年屠宰…), and a place in brackets may follow the firm (蒙牛乳业(曲靖)|年产…)."""
    m = re.match(rule_data("prose")["capacity_owner"], name)
    if m is None:  # "鼎运新能源|120万吨焦化": a firm's ending right before a bare capacity (ent13)
        m = re.match(rule_data("prose")["capacity_owner_bare"], name)
        end = next((e for e in _COMPANY_ENDS if m is not None and m.group("owner").endswith(e)), None)
        if m is None or end is None or len(m.group("owner")) - len(end) < 2 \
                or b.resolver.cluster(m.group("owner"), create=False) is not None:
            return None  # (石墨新材料|1万吨: an industry, no firm)
    owner = m.group("owner")
    trade = next((w for w in _CAPACITY_TRADE_ENDS if owner.endswith(w)), "")
    ends = owner.endswith(_COMPANY_ENDS) or bool(trade) and len(owner) - len(trade) >= 2
    if len(owner) > 6 and not ends:
        return None  # a long head before 年产 is a firm only where it ends as one does (红阳新型环保建材|年产…)
    if not ends and not any(
            not re.match(rule_data("prose")["capacity_lead"], b.doc.text[i.end():]) for i in re.finditer(re.escape(owner), b.doc.text)):
        return None
    if opens_place(b, owner):
        return None  # "贵州大龙|年产…项目" in a text naming 贵州大龙经济开发区: the zone's own name, no firm
    if b.resolver.county(owner) is not None or b.resolver.gaz.upper_unit(owner) is not None \
            or re.match(rf"^(?:{prose_words('project_not_heads')})", owner) or NOT_COMPANY.search(owner):
        return None
    owner += m.groupdict().get("note") or ""  # 蒙牛乳业(曲靖)|年产…: the firm's branch in the place it names
    r = b.resolver.enterprise(owner)
    return (owner, r) if r is not None else None


def opens_place(b: GraphBuilder, head: str) -> bool:
    """Whether `head` opens the name of a park or zone the document names (贵州大龙|经济开发区, 慈湖|高新区): a node
    found so far, or a zone word right after `head` anywhere in the text (lists are read before names)."""
    return any(any(x.startswith(head) for x in (n.name, *n.aliases))
               for n in (*b.nodes_of(Label.PARK), *b.nodes_of(Label.COUNTY))) \
        or any(_ZONE_HEAD.match(b.doc.text, i.end()) for i in re.finditer(re.escape(head), b.doc.text))


_INFRA_WORK = re.compile(alternation("names", "infrastructure_work_words"))


def _clause_of(text: str, name: str) -> str:
    """The clause (between ，。；) around the first place `name` stands in `text`."""
    i = max(text.find(name), 0)
    start = after_last_mark(text, i, "，。；,;")
    ends = [j for j in (text.find(c, i + len(name)) for c in "，。；,;") if j >= 0]
    return text[start:min(ends, default=len(text))]


def _locates_part(text: str, name: str) -> bool:
    """Whether a line's name stands, where `text` first writes it, right before a place on the line and the noun of a
    thing built there (京滨城际铁路|北辰站, 黄黄高速|黄梅河大桥施工点), with no word of building the line between."""
    i = text.find(name)
    m = re.match(_P["infrastructure_locates"], text[i + len(name):i + len(name) + 12]) if i >= 0 else None
    return m is not None and not _INFRA_WORK.search(m.group("gap"))


def _named_elsewhere(b: GraphBuilder, surface: str, r: Resolved) -> bool:
    """Whether a lexicon company that opens a project's name by `surface` is one the text names: the
    surface is longer than two characters, or it or a longer name of the company stands elsewhere."""
    if len(surface) > 2 or r.entry is None:
        return True
    text = b.doc.text
    return text.count(surface) > 1 or any(len(n) > len(surface) and n in text for n in (r.entry.name, *r.entry.aliases))


_PLACE_CLAUSE = pattern("projects", "place_clause")
_ZONE_HEAD = re.compile(alternation("zones", "city_zone_words") + "|" + ZONE_WORD_ALT)
_PLACE_ZONE_HEAD = re.compile(alternation("zones", "place_zone_words"))


_TRADE_WORDS = tuple(sorted(map(str, _P["brand_trade_words"]), key=len, reverse=True))
_SECTOR_WORDS = tuple(sorted(map(str, _P["brand_sector_words"]), key=len, reverse=True))
_CAPACITY_TRADE_ENDS = tuple(sorted({*_TRADE_WORDS, *map(str, _P["capacity_trade_ends"])}, key=len, reverse=True))
_PRODUCT_HEADS = tuple(sorted(map(str, _P["trade_product_heads"]), key=len, reverse=True))


def _brand_head(b: GraphBuilder, firm: str, name: str) -> bool:
    """A firm named at a project's head by a brand of 2-3 characters and a trade word (华建|铝业, 国盈|光电, 商汤|科技),
    with the project's own words after it or the ending alone (科裕电子|项目): no place (a county, prefecture or
    province: 衢州|电子商务…项目 is the city's field), no word every name may open with."""
    trade = next((w for w in _TRADE_WORDS if firm.endswith(w)), None)
    if trade is None or len(name) - len(firm) < 4 and name[len(firm):] != _P["named_project_ending"] \
            or name.startswith(_PRODUCT_HEADS, len(firm)):
        return False  # 嘉隆机械|配件项目: the trade word names the product; 科裕电子|项目: the firm's project
    if b.resolver.cluster(firm, create=False) is not None:
        return False  # 精细化工|“年产1万吨草铵膦”生产项目: an industry the lexicon knows, no brand and trade word
    brand = _without_place(b, b.resolver.lex.strip_region(firm[:-len(trade)]))
    if not 2 <= len(brand) <= 3 or opens_place(b, brand):  # (the length first: opens_place reads the whole text)
        return False  # 慈湖|科技机电云商城 in a text naming 慈湖高新区: the zone's name, no brand (proj7)
    return not re.search(_P["brand_not_inside"], brand) and b.resolver.county(brand) is None and not b.resolver.counties_in(brand) \
        and b.resolver.gaz.upper_unit(brand) is None \
        and brand not in rule_data("prose")["short_owner_not_heads"] and not re.match(rf"^(?:{prose_words('project_not_heads')})", brand)


def _trade_head(b: GraphBuilder, name: str) -> tuple[str, Resolved] | None:
    """The firm a brand of 2-3 characters and a trade word (brand_trade_words) open a project's name with, after the
    prefecture or county written first: the candidate `_brand_head` then judges (蒙金矿业|铌钽矿采选项目)."""
    place = len(name) - len(_without_place(b, name))
    for k in (2, 3):
        trade = next((w for w in _SECTOR_WORDS if name.startswith(w, place + k)), None)
        if trade is not None and not name.startswith(PROJECT_SUFFIXES, place + k + len(trade)):  # 中原电气|城: a place
            surface = name[:place + k + len(trade)]
            r = b.resolver.enterprise(surface)
            return (surface, r) if r is not None else None
    return None


def _without_place(b: GraphBuilder, brand: str) -> str:
    """A brand without the prefecture or county written before it (珠海|联邦制药, 昆山|立臻科技: ent12), when a brand of
    two characters or more is left."""
    upper = b.resolver.gaz.upper_prefix(brand)
    rest = brand[upper:] if len(brand) - upper >= 2 else brand
    county = b.resolver.county_prefix(rest)
    k = len(county[0]) if county is not None else \
        next((k for k in (3, 2) if len(rest) - k >= 2 and rest[:k] in b.resolver.gaz.short), 0)  # 昆山 for 昆山市
    return rest[k:] if len(rest) - k >= 2 else rest


def _place_alone(b: GraphBuilder, stem: str) -> bool:
    """Whether a project's stem is a county or zone and nothing more (天府新区|项目), or a park the text names as a place
    whose name ends as an area does (惠州博罗产业园区|项目建设延续良好势头: its projects, audit R)."""
    zone = _ZONE_HEAD.search(stem)
    if re.search(_P["area_park_end"], stem):
        park = b.resolver.park(stem, None)
        return park is not None and park.label == Label.PARK and make_id(Label.PARK, park.name) in b.nodes
    return b.resolver.county(stem) is not None or zone is not None and zone.end() == len(stem) and zone.start() >= 2 \
        and b.resolver.park(stem, None) is not None


def _zone_head(b: GraphBuilder, name: str) -> tuple[str, Resolved] | None:
    """The zone a project's name opens with, when the name goes on after it (天津临港综合保税区|基础设施…)."""
    m = _ZONE_HEAD.search(name, 2, 16)
    if m is None or len(name) - m.end() < 4:
        return None
    r = b.resolver.park(name[:m.end()], None)
    return (name[:m.end()], r) if r is not None and r.label in (Label.PARK, Label.COUNTY) else None


def text_project(b: GraphBuilder, sent: Sentence, name: str) -> str | None:
    """A project named in prose: kept when its name carries a company or a county, or is a
    well-formed name (`well_formed_project`); returns its node id."""
    if sent.block != "para":
        return None
    if is_infrastructure(name):  # a railway, motorway, airport or bridge is named by itself,
        if re.search(_P["infrastructure_counted"], name):
            return None  # "恩北、利咸两条高速": a count of lines, no one line
        if re.match(_P["infrastructure_boundary"], name):
            return None  # "北起银川城市南环高速": an area's edge, no work
        if not _INFRA_WORK.search(_clause_of(sent.text, name)):
            return None  # but is a project only where it is built or planned ("紧邻京九铁路": a landmark)
        if not name.endswith(PROJECT_SUFFIXES) and _locates_part(sent.text, name):
            return None  # "青藏铁路|那曲物流中心的建设": the line locates what is built on it
        pid = b.node(b.resolver.project(name), name, sent, "text_project")
        county = name_county(b, name)  # 陇川县|特色工业园区至陇瑞高速公路连接线项目: a county's own work, where its name opens
        if county is not None and name.startswith(county[0]) and not b.resolver.gaz.upper_prefix(name) \
                and (county[1].entry is None or county[1].entry.kind != "zone"):
            cid = b.node(county[1], county[0], sent, "text_project")
            b.edge(RelType.LOCATED_IN, pid, cid, sent, "text_project", county[0], county[1].resolution)
        return pid
    if re.search(_P["text_project_not_inside"], name):
        return None  # "…等项目" ends a list, "A至B…" is a line between places
    zone_head = _zone_head(b, name)
    written = name
    if zone_head is not None:
        note = NOTE_HEAD.match(name, len(zone_head[0]))  # 正定高新区（南区）|河北某科技发展有限公司…: the zone's part
        rest = name[note.end() if note is not None else len(zone_head[0]):]
        if project_enterprise(b, rest) is not None:
            name = rest  # 新疆准东经济技术开发区|阳煤集团…: the firm's project, in the zone
    own = project_enterprise(b, name)
    if own is not None and re.match(_P["site_works"], name[len(own[0]):]):
        return None  # 金兴公司|场平整工程: a stage of the firm's site works, no project
    if own is not None and own[1].entry is not None and not _named_elsewhere(b, *own):
        own = None  # "信发|高级中学项目": a two-character short name the text gives nowhere else names no owner
    owner_rule = "text_project"
    if own is None:
        own = _trade_head(b, name)  # 蒙金矿业|铌钽矿采选项目: a trade word no company ending of names.yaml (ent12)
    if own is not None and own[1].entry is None and not re.search(_P["company_legal_end"], own[0]) \
            and _brand_head(b, own[0], name):
        owner_rule = "project_head_owner"  # 华建铝业|绿色低碳…项目: a brand and a trade word open the name
        named = next((n.name for n in b.nodes_of(Label.ENTERPRISE) if len(n.name) > len(own[0]) and own[0] in n.name), None)
        if named is not None:  # 宏泰石化|…项目 after 新疆库尔勒宏泰石化有限责任公司: the firm the text named in full
            own = (own[0], Resolved(Label.ENTERPRISE, named, f"short:{own[0]}→{named}"))
    elif own is None or own[1].entry is None and not re.search(_P["company_legal_end"], own[0]):
        own = _capacity_owner(b, name)  # in prose only a listed company, a full company name, or a
        owner_rule = "capacity_owner"   # short name right before the capacity is trusted
    county = name_county(b, name)
    firm = own[0] if own is not None and own[1].label == Label.ENTERPRISE else ""
    if county is not None and (not name.startswith(county[0], len(firm) if firm and name.startswith(firm) and
                                                    name.startswith(county[0], len(firm)) else 0) or county[1].entry is not None and county[1].entry.kind == "zone"
                               or county[0] != county[1].name and b.resolver.gaz.upper_unit(county[0]) is not None):
        county = None  # only a county the name opens with; a bare 开发区 names no project; 乌鲁木齐|… is the city's
    elif county is not None and b.resolver.gaz.upper_prefix(name) > len(county[0]):
        county = None  # 防城港|TRT…项目: the prefecture the name opens with, not the county its first characters name (防城区)
    zone = _ZONE_HEAD.match(name, len(county[0])) if county is not None else None
    if zone is not None:  # 交城经济开发区华庆…项目: in the zone its name opens with, not in the county directly
        zr = b.resolver.park(name[:zone.end()], county[1])  # type: ignore[index]
        county = (name[:zone.end()], zr) if zr is not None else None
    elif county is not None:  # 瑞丽试验区|城市综合展示中心项目: in the division's zone its name opens with (place_zone_words)
        pz = _PLACE_ZONE_HEAD.match(name, len(county[0]))
        zr = b.resolver.place_zone(county[0], pz.group(0)) if pz is not None else None
        if zr is not None:
            county = (name[:pz.end()], zr)  # type: ignore[union-attr]
    if county is None and zone_head is not None:
        county = zone_head  # 天津临港综合保税区基础设施…一期工程: in the zone its name opens with
    if own is None and county is not None and (re.search(prose_words("project_not_words"), written[len(county[0]):])
                                               or not re.sub(_P["project_stem_ending"], "", written[len(county[0]):])
                                               or _PLACE_CLAUSE.match(written[len(county[0]):])):
        return None  # 高唐县经济开发区重点项目: the county's key projects; 巴林左旗|项目建设: its projects, not one project;
        # 广安经开区|将继续加强项目招引: the place is a clause's subject
    rule = "text_project"
    if own is None and county is None:
        if (not well_formed_project(name) or _place_alone(b, re.sub(_P["project_stem_ending"], "", name))) \
                and b.resolver.project(name).id not in b.nodes:
            return None  # "天府新区项目": a place's projects, no one project; but a name a list of the text
            # already gave as a project is one wherever it stands again (共享…基地项目 after 分别是A、共享…基地项目)
        rule = "prose_project"
        if counted_anywhere(b.doc.text, name) and b.resolver.project(name).id not in b.nodes:
            return None  # "浙商回归项目" where the text counts 浙商回归项目26个 (audit U): a kind of project, no one project
    cap = _CAPACITY.search(name)
    r = Resolved(Label.PROJECT, name)
    if rule == "prose_project" and cap is not None and cap.start() == 0:
        # "年产350万套…项目" after "弗兰卡年产350万套…项目": the same capacity names the same project
        same = next((n for n in b.nodes_of(Label.PROJECT) if n.props.get("capacity") == cap.group(0)), None)
        if same is not None:
            r = Resolved(Label.PROJECT, same.name, f"capacity:{name}→{same.name}")
    if r.name == name and own is None and county is None:
        # "太阳能发电玻璃项目" after "全透明太阳能发电玻璃项目": a project named again by the end of its name
        same = b.project_ending(name)
        if same is not None:
            r = Resolved(Label.PROJECT, same.name, f"tail:{name}→{same.name}")
    if r.name == name:
        same = _named_before(b, name, own)
        if same is not None:
            r = Resolved(Label.PROJECT, same, f"same:{name}→{same}")
    pid = b.node(r, name, sent, rule, {"capacity": cap.group(0) if cap else None})
    if own is not None:
        surface, er = own
        eid = b.node(er, surface, sent, "text_project")
        b.edge(RelType.CARRIED_OUT_BY, pid, eid, sent, owner_rule, surface, er.resolution, props={"role": "owner"})
    if county is not None:
        surface, cr = county
        cid = b.node(cr, surface, sent, "text_project")
        b.edge(RelType.LOCATED_IN, pid, cid, sent, "text_project", surface, cr.resolution)
    return pid


def _named_before(b: GraphBuilder, name: str, own: tuple[str, Resolved] | None) -> str | None:
    """The project an earlier list of the text named by a shorter form of `name`: without its ending
    (金水产业孵化园 before 福通控股集团投资的|金水产业孵化园项目), or without the firm the name opens with (年产30万平方米…项目 in a
    list before 浙江某某有限公司年产30万平方米…项目), when that project has no other owner (audit AF)."""
    ending = re.search(_P["same_project_ending"], name)
    forms = [name[:ending.start()]] if ending is not None else []
    if own is not None and name.startswith(own[0]):
        forms.append(name[len(own[0]):])
    for form in forms:
        if len(form) < _P["same_project_min"]:
            continue
        rec = b.nodes.get(make_id(Label.PROJECT, form))
        if rec is not None and (own is None or _owner(b, rec.id) in (None, own[1].id)):
            return rec.name
    return None


def _owner(b: GraphBuilder, pid: str) -> str | None:
    """The owner a project's last CARRIED_OUT_BY edge names, if any (read only for a project found named before: the
    edges are not scanned for every new project)."""
    return next((e.target for e in reversed(list(b.edges.values()))
                 if e.type == RelType.CARRIED_OUT_BY and e.source == pid), None)


_BUILT_AFTER = tuple(rule_data("names")["built_park_after"])
_BUILT_LISTED = re.compile(rule_data("names")["built_park_listed"])
_BUILT_BATCH = re.compile(rule_data("names")["built_park_batch_after"])
_BUILT_IS_PROJECT = re.compile(rule_data("names")["built_park_is_project"])
_BUILT_PHASE = re.compile(rule_data("names")["built_park_phase"])
# (not over 等: "A、B物流园等新引进项目" closes a list, the park's name ends at 园)
_PROJECT_GOES_ON = re.compile(rf"(?:(?!{pattern('prose', 'list_close').pattern})[\u4e00-\u9fff]){{0,6}}?(?:{alternation('names', 'project_suffixes')})(?=[，、。；,;]|$)")


def park_project(b: GraphBuilder, sent: Sentence, start: int, end: int) -> str | None:
    """A park-shaped name built as one project: invested and built ("投资建设华润生物产业园"), given a
    total investment ("首衡东盟食品产业园总投资约85亿元"), listed among projects ("A、B产业园等一批…项目") or said to be
    a key project ("A产业园是全市…重点项目"), or named with the phase it builds ("A物流园（一期）").
    Returns the Project node's id, else None."""
    name = built_park_name(sent, start, end)
    return None if name is None else b.node(b.resolver.project(name), name, sent, "park_project")


def built_park_name(sent: Sentence, start: int, end: int) -> str | None:
    """The project's name when the park-shaped name sent.text[start:end] is built as one project (park_project), else None."""
    text = sent.text
    phase = _BUILT_PHASE.match(text, end)
    if phase is not None:
        return text[start:phase.end()]  # "首都一号数智绿链物流园（一期）": a phase is built as one investment (park14)
    if sent.block != "para" or _BUILT_BATCH.match(text, end) \
            or not (built_before(text, start) or text.startswith(_BUILT_AFTER, end) or _BUILT_LISTED.match(text, end)
                    or _BUILT_IS_PROJECT.match(text, end)):
        return None
    more = _PROJECT_GOES_ON.match(text, end)  # "…化工产业园孵化基地、": the project's name goes on to its ending
    return text[start:more.end() if more else end]


_HEAD_MIN = int(_P["head_firm_min"])
_HEAD_LONG = int(_P["head_firm_long"])
_HEAD_WHOLE = int(_P["head_firm_whole_min"])
_NOT_HEADS = tuple(rule_data("prose")["short_owner_not_heads"])


def _firm_head(b: GraphBuilder, project: str, firm: str) -> str | None:
    """The head `project` shares with the firm's name `firm`, when it names the firm and `rule_short_owner` (a brand
    before a company ending or a trade word) does not read it: the firm's whole name of `head_firm_whole_min`
    characters or more (中石化|大型…基地项目 beside 中石化), a head of `head_firm_long` characters or more (中星电科航天|城
    beside 中星电科航天科技集团, 北纬四十七|有机… beside 北纬四十七绿色有机食品), or the firm's brand alone before its
    company ending (红星美凯龙 beside 红星美凯龙集团); never a place, an industry or a word every name may open with
    (广西|华昇… beside 广西钢铁集团)."""
    k = shared_head(project, firm)
    head, rest = project[:k], firm[k:]
    if not (k == len(firm) >= _HEAD_WHOLE and len(project) - k >= 2 or k >= _HEAD_LONG and len(project) > k
            or k == len(project) >= _HEAD_MIN and rest.startswith(_COMPANY_ENDS)):
        return None
    if is_place_word(head) or b.resolver.county_prefix(head) is not None or b.resolver.gaz.upper_prefix(head) \
            or b.resolver.cluster(head, create=False) is not None or opens_place(b, head) \
            or re.match(rf"^(?:{prose_words('project_not_heads')})", head) or head.startswith(_NOT_HEADS):
        return None
    return head


def rule_head_owner(b: GraphBuilder, sents: dict[int, Sentence]) -> None:
    """A project no rule gave an owner whose name opens with the head of a firm the document names (head14): the firm
    whose name shares the longest head with the project's (both without the province or prefecture written first), one
    firm, or the firms sharing a long head (a group and its company); a shorter tie names none."""
    owned = b.sources(RelType.CARRIED_OUT_BY)
    # the firms by the two characters they open with: every head read shares at least head_firm_min of them
    firms: dict[str, list[tuple[str, str]]] = {}
    for rec in b.nodes_of(Label.ENTERPRISE):
        for n in {b.resolver.lex.strip_region(n) for n in (rec.name, *rec.aliases)}:
            firms.setdefault(n[:_HEAD_MIN], []).append((rec.id, n))
    if not firms:
        return
    for p in b.nodes_of(Label.PROJECT):
        if p.id in owned or make_id(Label.ENTERPRISE, p.name) in b.nodes:
            continue
        name = b.resolver.lex.strip_region(p.name)
        found = {(len(h), h, fid) for fid, n in firms.get(name[:_HEAD_MIN], ())
                 if (h := _firm_head(b, name, n)) is not None and fid != p.id}
        best = max(found, default=None)
        tied = {fid for k, _, fid in found if best is not None and k == best[0]}
        if best is None or len(tied) > 1 and best[0] < _HEAD_LONG:  # (a short head: 中石 of 中石油 and 中石化)
            continue  # (a long head two firms share is a group's and its company's: 中星电科航天|科技集团, |工业（天津）)
        outside = b.doc.text
        for q in sorted({p.name, *p.aliases}, key=len, reverse=True):
            outside = outside.replace(q, "\u3000")
        tied = {fid for fid in tied if any(n in outside for n in (b.nodes[fid].name, *b.nodes[fid].aliases))}
        if not tied:
            continue  # (中科瑞大型海工装备 read off the project's own name: no firm the text names elsewhere)
        ev = b.edges.get((RelType.MENTIONS.value, b.policy_id, p.id, ""))
        sent = sents.get(ev.evidence[0].start) if ev is not None and ev.evidence else None
        if sent is None:
            continue
        for fid in sorted(tied):
            b.edge(RelType.CARRIED_OUT_BY, p.id, fid, sent, "head_owner", best[1], f"head:{best[1]}→{b.nodes[fid].name}",
                   props={"role": "owner"})
