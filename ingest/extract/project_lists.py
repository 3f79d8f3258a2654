"""Lists of projects in news prose: every item is a project, whatever its name ends with.

Reads: a prose sentence. Writes: Project nodes (rule `listed_project`, or text_project's rules
when an item opens with a company or county), and IN_CLUSTER from each item to the cluster the
list's closing words name (rule `list_cluster`). Patterns: data/rules/prose.yaml `project_list`.

    此次签约项目包括新马生态社区、株洲信息港、猪八戒网“互联网+”型创新创业综合示范区等
    A孵化中心、聪婷医疗器械、佰富医药包装等6个生物医药产业集群项目集中签约  -> IN_CLUSTER 生物医药产业集群
    引进投资24亿元的A、投资10亿元的B、投资2亿元的C  -> three projects, each with its own investment
"""

from __future__ import annotations

import re
from functools import partial

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.names import (after_clause_head, after_inner_verb, clause_before_name, holds_verb, strip_lead_words,
                                  strip_project_verbs)
from ingest.extract.projects import PROJECT_LIST, split_joined, text_project
from ingest.extract.names import ENTERPRISE_STRONG, PARK_SUFFIXES, is_place_word
from ingest.extract.prose import Found, end_of_clause, start_of_clause, cluster_span, generic_industry, is_list, split_items
from ingest.rules import pattern, pattern_group, rule_data, scan
from ingest.structure import Sentence



_patterns = partial(pattern_group, "prose", "project_list")


def _numerals() -> dict[str, str]:
    return rule_data("prose")["count_numerals"]


def _items(text: str) -> list[tuple[int, str]]:
    """(offset, item) of a 、-joined list."""
    out, pos = [], 0
    parts = [(k > 0, sub) for part in split_items(text) for k, sub in enumerate(split_joined(part))]
    for cut, part in parts:
        joiner = _patterns()["item_joiner"].match(part) if cut else None  # A项目和|B项目: the joining word
        skip = joiner.end() if joiner else 0
        verb = skip + len(part[skip:]) - len(strip_project_verbs(part[skip:]))  # 合作开展|穆棱市矿产资源勘查项目
        m = _patterns()["item_lead"].match(part[verb:])
        lead = verb + (m.end() if m else 0)
        priced = [p.end() for p in _patterns()["item_price"].finditer(part, lead) if len(part) - p.end() >= 2]
        lead = max(priced, default=lead)  # 今年将重点推动总投资500亿元的|绣源河华侨城: the item's own investment closes the clause
        out.append((pos + lead, part[lead:].strip()))
        pos += len(part) + (1 if pattern("prose", "list_sep").match(text, pos + len(part)) else 0)
    return out


def _members(b: GraphBuilder, sent: Sentence) -> bool:
    """Whether the sentence (up to 。, across ；) opens with 其中…: it names the members of a batch counted before."""
    text = b.doc.text
    seg = max(text.rfind(pattern("prose", "full_stop").pattern, sent.para_start, sent.start) + 1, sent.para_start)
    return _patterns()["members_opening"].match(text[seg:seg + 8].lstrip()) is not None


def _priced(text: str) -> list[tuple[int, str, str]]:
    """(start, list text, kind) of each run of two or more items joined by 、 that each open with their own
    investment ("投资24亿元的A、投资10亿元的B、投资2亿元的C等项目"): a figure and 的 before every item say that
    each is one named project, whatever its name ends with. The last item ends at 等 or its clause's end."""
    lead = pattern("prose", "priced_item")
    found: list[tuple[int, str, str]] = []
    run: list[re.Match[str]] = []
    for m in scan(lead, text):
        if run and pattern("prose", "list_sep").fullmatch(text, m.start() - 1, m.start()) \
                and end_of_clause(text, run[-1].end()) >= m.start():
            run.append(m)
            continue
        found += _priced_run(text, run)
        run = [m]
    return found + _priced_run(text, run)


def _priced_run(text: str, run: list[re.Match[str]]) -> list[tuple[int, str, str]]:
    if len(run) < 2:
        return []
    end = end_of_clause(text, run[-1].end())
    etc = pattern("prose", "list_close").search(text, run[-1].end(), end)
    named = list(_patterns()["priced_name_end"].finditer(text, run[-1].end(), end))
    if etc is None and named:
        # "…、投资5000万元的B项目签约": the last item's name ends at its (first) ending; what follows it is no part of
        # the item ("…、投资5000万元的B项目和城郊乡政府与…C公司的两个项目正式签约": 和 joins the second signing party, audit W)
        end = named[0].end()
    close = _patterns()["closing"].match(text, etc.start()) if etc else None
    return [(run[0].start(), text[run[0].start():etc.start() if etc else end], close.group("kind") if close else "")]


def _lists(text: str, members: bool = False) -> list[tuple[int, str, str]]:
    """(start, list text, kind) of each project list in a sentence: a run of priced items, after an intro
    up to 等 or the clause end, or before "等N个…项目" (with a count) back to the clause start; only lists of
    two or more items."""
    P = _patterns()
    found: list[tuple[int, str, str]] = _priced(text)
    intros = (*P["intro"].finditer(text), *P["covers_intro"].finditer(text), *P["counted_intro"].finditer(text))
    for m in sorted(intros, key=lambda m: m.start()):
        if any(s <= m.end() <= s + len(t) + 1 for s, t, _ in found):
            continue
        end = end_of_clause(text, m.end())
        body = text[m.end():end]
        close = P["closing"].search(body)
        etc = pattern("prose", "list_close").search(body)
        if m.re is P["covers_intro"] and (etc is None or etc.end() != len(body.rstrip())):
            continue  # "项目涵盖A、B等多个领域", "涵盖A、B、C领域": what a batch covers, unless 等 closes the clause (names9)
        if etc is not None and P["kind_parts"].search(body, etc.end()):
            continue  # "项目60个，包括A、B、C等多个领域": the fields a batch covers, no projects
        cut = etc.start() if etc else len(body)
        if m.re is P["counted_intro"] and (len(_items(body[:cut])) > _count(m.group("count") or m.group("count_after"))
                                           or any(_unbalanced(i) for _, i in _items(body[:cut]))):
            continue  # "投产项目2个，…，分别是A的B、C项目和D的E项目": more items than projects counted, the list is cut
            # wrong; so is one cut inside a bracket (A产业园（铝模及爬架生产、租赁一体化）项目)
        found.append((m.end(), body[:cut], close.group("kind") if close else ""))
    single: set[int] = set()  # lists of one item that still name a project: the first of a counted batch
    closed = 0  # where the last list closed by 等…项目 ends
    pending: list[tuple[int, str, str, int]] = []  # lists not read on their own: (start, body, kind, end of the close)
    for m in scan(P["closing"], text):
        described = (m.group("desc") or "") + m.group("kind")  # 等为代表的|能源原材料板块项目, 等领域的|8个项目
        start, prev, closed = max(start_of_clause(text, m.start()), closed), closed, m.end()
        # (one clause may hold two lists: "其中，A等龙头项目以及|B等延链补链项目": the second starts after the first's
        # close and its joining word)
        joined = P["item_joiner"].match(text[start:m.start()]) if start == prev else None
        start += joined.end() if joined else 0
        # (a description listing fields with 、 names the projects' fields, not the items': 等涵盖A、B、C领域的…项目)
        if P["kind_parts"].search(split_items(m.group("desc") or "")[0] + m.group("kind")):
            continue  # "…等4个规模化子项目": a project's parts
        if any(s <= m.start() <= s + len(t) + 1 for s, t, _ in found):
            continue
        body = text[start:m.start()]
        verb = list(P["item_verb"].finditer(split_items(body)[0]))
        built = included = False
        if verb:  # "宏达公司决定投资建设A、B等项目": the list starts after the verb
            # (a short kind after 等 is rule_project_list's: "建设A年产…、1万台…等项目" joins a quantity to the item before)
            built = (P["build_verb"].search(body, 0, verb[-1].end()) is not None
                     or P["start_verb"].search(body, 0, verb[-1].end()) is not None
                     and not P["start_verb_not"].match(body, verb[-1].end())) \
                and not PROJECT_LIST.search(text, start, m.end())
            included = P["include_verb"].fullmatch(verb[-1].group(0)) is not None and not body[:verb[-1].start()].strip() \
                and not any(P["include_kind_item"].search(i) for i in split_items(body[verb[-1].end():]))
            start, body = start + verb[-1].end(), body[verb[-1].end():]
        # "推进A、B等项目建设", "开展A等项目前期工作": projects being built or prepared are named ones
        being_built = P["built_after"].match(text, m.end()) is not None and P["built_kind"].fullmatch(m.group("kind")) is not None \
            and not P["built_item_not"].search(body)
        has = P["batch_has"].search(split_items(body)[0])
        if has is None and m.group("desc"):  # "…，既有|A、B等…的战略新兴产业项目，也有|C、D等…的…项目": a batch's kinds (names9)
            has = P["batch_kind_has"].match(body)
        if has is not None:  # "本次签约的项目既有|A、B等新引进项目": the batch's members
            start, body = start + has.end(), body[has.end():]
        # with a count, a kind that marks named projects (等标志性项目), items that open with a capacity, or in a
        # sentence naming the members of a batch just counted ("其中，A、B等项目…；C等项目…")
        # counted, built or at a stage: one item alone names a project too ("西北钛镍等22个产业化项目落户…": prj17)
        batch = bool(m.group("count") or m.group("count_after") or built or included
                     or P["named_after"].match(text[m.end():m.end() + 16]))
        if batch or P["named_kind"].fullmatch(described) or members or has is not None \
                or P["kind_count"].match(m.group("kind")) or all(P["capacity_item"].match(i) for _, i in _items(body)):
            found.append((start, body, m.group("kind")))
            if batch:
                single.add(start)
        elif being_built:  # "…一行还查看了|A、B等项目建设", "推进开发区|A、B等项目建设": the clause before the first item
            k = clause_before_name(split_items(body)[0], verbs=not verb and has is None)
            found.append((start + k, body[k:], m.group("kind")))
        else:
            pending.append((start, body, m.group("kind"), m.end()))
    # "A、B等一批重大功能性项目和|C、D等一批重点产业项目在青浦落地": a list joined to the next one, which is read, shares
    # what is said of it (names9)
    for start, body, kind, end in pending:
        joined = P["item_joiner"].match(text[end:end + 4])
        if joined is not None and any(s == end + joined.end() for s, _, _ in found):
            found.append((start, body, kind))
    found += _counted(text, found)
    # in a sentence of a batch's members, one named alone (；C等项目将…) is a member too
    return found if members else [f for f in found if is_list(f[1]) or f[0] in single and _lone_item(f[1])]


def _lone_item(body: str) -> bool:
    """Whether a list of one item before 等N个…项目 names a project of its own (西北钛镍|等22个产业化项目, 投资38亿元的
    石墨制品|等项目 after a verb of building): a name, not a clause (no verb, no 的 left), nor a kind or a field."""
    P = _patterns()
    items = _items(body)
    if len(items) != 1:
        return False
    return _name_shaped(items[0][1]) and not P["item_not"].search(items[0][1])


def _name_shaped(item: str) -> bool:
    """A listed item made of a name's characters only, with no verb, no place and no lone_item_not word (_lone_item,
    _named)."""
    P = _patterns()
    return P["lone_item"].fullmatch(item) is not None and not P["lone_item_not"].search(item) \
        and not holds_verb(item) and not is_place_word(item)


def _unbalanced(item: str) -> bool:
    """Whether an item opens a bracket it does not close, or closes one it did not open."""
    P = _patterns()
    return len(P["bracket_open"].findall(item)) != len(P["bracket_close"].findall(item))


def _count(count: str) -> int:
    """A count written in digits or one numeral (7, 七)."""
    return int(count) if count.isdigit() else int(_numerals().get(count, 0))


def _counted(text: str, found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Lists closed by their count alone, no 等 ("负责实施A、B、C3个重点项目", "A、B、C共6个重点企业项目"): the items
    are the projects counted when there are as many as the count says (a count of more or fewer is a batch the
    list only samples, or no list of these projects at all). The list starts at its clause, after a verb of its
    first item (item_verb: 实施, 签约)."""
    P = _patterns()
    out: list[tuple[int, str, str]] = []
    for m in scan(P["count_closing"], text):
        start = start_of_clause(text, m.start())
        if any(s <= m.start() <= s + len(t) + 1 for s, t, _ in found) or not is_list(text[start:m.start()]):
            continue
        body = text[start:m.start()]
        first = split_items(body)[0]
        verb = [v for v in P["item_verb"].finditer(first) if len(first) - v.end() >= 2]  # not 省警察学院|建设、…
        if verb:
            start, body = start + verb[-1].end(), body[verb[-1].end():]
        items = [i for _, i in _items(body)]
        if P["kind_parts"].search(m.group("kind")) or any(P["count_item_not"].search(i) for i in items):
            continue  # "在政策、制度、系统、流程四个方面落实项目…": no kind of project; "磷酸铁锂一、二期两个项目": its phases
        count = m.group("count")
        if len(items) == _count(count):
            out.append((start, body, m.group("kind")))
    return out


def rule_listed_projects(b: GraphBuilder, sent: Sentence) -> list[Found]:
    """Every item of a project list, as a project; IN_CLUSTER to the cluster the list closes with."""
    if sent.block != "para":
        return []
    closed = pattern("prose", "list_close").search(sent.text) is not None
    members = closed and _members(b, sent)  # a batch's members are named in lists closed by 等
    if not members and not is_list(sent.text) and not closed:
        return []  # (a list of one item closed by 等N个…项目 names one: _lone_item)
    P = _patterns()
    out: list[Found] = []
    lists = [(start, body, kind, "listed_project") for start, body, kind in _lists(sent.text, members)]
    lists += [(start, body, "", "built_list_item") for start, body in _built_lists(sent.text, lists)]
    for start, body, kind, item_rule in lists:
        cluster = pattern("prose", "count_head").sub("", kind)
        cid, rule = None, "list_cluster"
        if pattern("prose", "cluster_kind").search(cluster) and len(cluster) >= 4 and not P["kind_not_cluster"].match(cluster):
            r = b.resolver.cluster(cluster)
            cid = b.node(r, cluster, sent, "list_cluster") if r is not None else None
        intro = P["intro_kind"].search(sent.text, 0, start) if cid is None else None
        if intro is not None and not is_place_word(intro.group("name")) \
                and not generic_industry(intro.group("name")):  # "医疗器械类重大项目包括A、B"
            surface = intro.group("name") + (intro.group("kept") or "")
            found = cluster_span(b, surface, intro.start("name"), sent, "list_kind_intro")
            cid, cluster, rule = (found.nid, found.surface, "list_kind_intro") if found else (None, cluster, rule)
        topic = P["topic"].search(sent.text, 0, start)  # "稀土永磁材料方面，A、B等标志性项目…"
        if cid is None and topic is not None:
            found = cluster_span(b, topic.group("topic"), topic.start("topic"), sent, "list_topic")
            cid, cluster, rule = (found.nid, found.surface, "list_topic") if found else (None, cluster, rule)
        items = _items(body)
        if any(b.resolver.cluster(item, create=False) is not None or not kind and P["field_item"].search(item)
               for _, item in items):
            continue  # "加快特色农牧、文化旅游、农村电商等13个重大项目" (audit R): an industry among the items, a list of fields
            # (audit AA: or, in a list no kind of project closes, an item that names a field by its ending, 包含农牧产业、
            # 人居环境、基础设施等; not 三峡风电、千璞汇玉产业等重大项目, projects)
        for k, (off, item) in enumerate(items):
            cut = after_clause_head(item)  # 尤其是|A、B等项目, 新集聚了|A、B等…项目: the clause before the first item (loc13)
            lead = len(item[cut:]) - len(strip_lead_words(item[cut:])) if k == 0 else 0
            cut += lead if lead >= 2 else 0  # 目前|A、B等一批…项目; not one character (和|平精工: 和平精工 is a name)
            cut += after_description(item[cut:])  # 开工的|A等12个项目, 世界上最大的|“生态城”等重大项目
            off, item = off + cut, item[cut:]
            if not P["item_length"].match(item) or P["item_not"].search(item) \
                    or pattern("prose", "inner_clause").search(item):
                continue
            if item_rule == "built_list_item" and (_park_shaped(item) or is_place_word(item)
                                                   or b.resolver.county(item) is not None):
                continue  # a park in a list of built things is the park rules' (and a list of parks alone is parks)
            # (a built item's owner or county only where a company's legal name opens it: 量子科技|长三角产业创新中心 is a
            # place of research, no firm's)
            own = item_rule == "listed_project" or any(e in item for e in ENTERPRISE_STRONG)
            pid = own and text_project(b, sent, item) or b.node(b.resolver.project(item), item, sent, item_rule)
            out.append(Found(start + off, start + off + len(item), Label.PROJECT, pid, item))
            if cid is not None:
                b.edge(RelType.IN_CLUSTER, pid, cid, sent, rule, cluster, "")
    return out


_CAPACITY_OF = pattern("projects", "capacity_of")
_OF_WORD = rule_data("names")["of_word"]


def after_description(item: str, min_left: int = 4) -> int:
    """How many characters of a listed item a description closed by 的 takes before its name: a participle of the
    batch (开工的|焉耆…石英石破碎加工等12个项目), a rank (世界上最大的|“生态城”), a figure (年利润1000万元的|五台县…项目);
    not a capacity the item's product is of (年产5万立方米的中高密度板项目), a firm whose work it is (…有限公司的铁锅铸造
    项目), a brand (美的|全球创新园区), or a name of fewer than `min_left` characters after it."""
    j = item.rfind(_OF_WORD)
    if j < 2 or len(item) - j - 1 < min_left or _CAPACITY_OF.search(item, 0, j) or item.endswith(ENTERPRISE_STRONG, 0, j):
        return 0
    return j + 1


def _park_shaped(item: str) -> bool:
    """Whether an item ends with a park's word (names.yaml park_suffixes, area_park_suffixes), a phase after it allowed."""
    return _patterns()["shape_phase"].sub("", item).endswith(PARK_SUFFIXES)


def _built(item: str) -> bool:
    """Whether an item has the shape of one built thing: a built thing's ending (prose.yaml project_list `built_end`),
    a park's, or a capacity at its head; and a name of its own, not a function and its building alone (研发中心)."""
    P = _patterns()
    return 4 <= len(item) <= 40 and not P["shape_generic"].match(item) and not pattern("prose", "inner_clause").search(item) \
        and not P["shape_aim"].search(item) \
        and (P["shape_end"].search(item) is not None or _park_shaped(item) or P["shape_capacity"].match(item) is not None)


def _built_lists(text: str, found: list[tuple[int, str, str, str]]) -> list[tuple[int, str]]:
    """(start, list text) of each 、-list no rule read whose every item has the shape of a built thing (prose.yaml
    project_list `built_end`): "完工A大桥、B大桥", "打造A研究院、B中心、C研究院等一批开放创新平台", "主要建设A医院、B中心、
    C广场等". The items are projects whatever verb opens the list (list14: such lists stand in seven of the eight batches
    of the learning halves, each batch with its own verb). The list starts after the verb before its first item
    (`built_verb`), or at its sentence's start; it ends at 等 (not one saying the items are firms, fields or kinds:
    `built_close_not`) or at its clause's end, the last item's name closing before a time or stage (`built_after`); a
    joining word (和, 及, 以及) before the last item separates it when both sides are built-shaped. Not read: a list of
    parks and zones half or more (经济技术开发区、旅游度假区、X区高铁新城: places), an item that is a function and its
    building alone (研发中心、生产基地, …技术创新中心和信息流转中心: `shape_generic`)."""
    P = _patterns()
    out: list[tuple[int, str]] = []
    tried: set[int] = set()  # the clauses read: one reading per clause, not one per 、 in it
    for m in pattern("prose", "list_sep").finditer(text):
        start = start_of_clause(text, m.start())
        if start in tried or any(s <= m.start() <= s + len(t) for s, t, _, _ in found) \
                or any(s <= m.start() <= s + len(t) for s, t in out):
            continue  # a list another shape read, or this one
        tried.add(start)
        end = end_of_clause(text, m.start())
        clause = text[start:end]
        etc = pattern("prose", "list_close").search(clause, clause.rfind(pattern("prose", "list_sep").pattern))  # not 高等|研究院
        if etc is not None and P["shape_close_not"].match(clause[etc.start():]):
            continue
        body = clause[:etc.start()] if etc is not None else clause
        first = split_items(body)[0]
        verbs = [v for v in P["shape_verb"].finditer(first) if len(first) - v.end() >= 4]
        if verbs:
            cut = verbs[-1].end()
        elif start == 0 or P["shape_opening"].match(text, start - 1):
            cut = 0  # the list opens its sentence (华祥盐化40万吨离子膜烧碱、…项目将加快建设进度)
        else:
            continue
        if P["shape_head_not"].search(first[cut:]):
            continue  # a clause left before the first item (开工项目为|A项目, 一行先后到|A项目)
        if P["shape_parts_of"].search(text, 0, start + cut) or P["shape_includes"].search(text, 0, start + cut):
            continue  # the parts of the project the sentence named before
        body = body[cut:]
        items = split_items(body)
        last = items[-1]
        ended = _built(last) and (P["shape_end"].search(last) is not None or _park_shaped(last))
        if etc is None and not ended:  # 太子参小微园|上半年投用, 年产…墙板|已开工: the name closes before a time or stage
            # (the cheap test first: a time or stage word after the cut is rare, _built's regexes are many)
            ends = [k for k in range(len(last) - 1, 3, -1) if P["shape_after"].match(last[k:]) and _built(last[:k])]
            if not ends and not _built(last):
                continue
            if ends:  # the shortest such name (年产…墙板|已开工建设, not 年产…墙板已开工|建设)
                body, last = body[:len(body) - len(last) + ends[-1]], last[:ends[-1]]
        joined = P["shape_joiner"].search(last)
        if joined is not None and P["shape_generic"].match(last[:joined.start()]):
            continue  # …产业扩散中心、技术创新中心和信息流转中心: a function and its building before the joining word, no name
        if joined is not None and _built(last[:joined.start()]):
            at = len(body) - len(last) + joined.start()
            if _built(last[joined.end():]):  # 白象街传统风貌区和胜利巷老街区: two items; the joining word is read as a separator
                body = body[:at] + pattern("prose", "list_sep").pattern * (joined.end() - joined.start()) + body[at + joined.end() - joined.start():]
            elif P["shape_part_after"].match(last[joined.end():]):
                continue  # …主题公园及|附属设施: the parts of a project
            else:  # …生产线和|吉利轴承三期: the built item ends before the joining word; what follows is no built thing of
                body = body[:at]  # its own (a name of no known shape)
        items = [i for i in split_items(body) if i]
        if P["count_closing"].search(body) or any(P["item_not"].search(i) for i in items):
            continue  # a list closed by its count (A、B3个重点项目) is the counted lists' to judge; a kind among the items
        closed_by_project = len(items) >= 3 and P["project_closed"].search(items[-1]) is not None  # (A、B项目: a shared ending)
        if len(items) < 2 or not all(_built(i) or closed_by_project and k < len(items) - 1 and _named(i)
                                     for k, i in enumerate(items)) \
                or 2 * sum(map(_park_shaped, items)) >= len(items) \
                or any(P["shape_verb"].match(i) for i in items[1:]):  # …一期工程、实现|二期项目开工: a clause, no item
            continue
        out.append((start + cut, body))
    return out


def _named(item: str) -> bool:
    """Whether an item of a list its last item closes as a project (A、B、C项目将加快建设) is a name of its own, whatever
    it ends with (吉利发动机, 10万吨氯乙酸, 乐隆隆食品: brand and product, capacity and product): a name's characters
    only, five or more (光伏发电、风力发电项目: kinds), no verb, no kind, field or place (prj17)."""
    P = _patterns()
    return len(item) >= 5 and _name_shaped(item) and not P["shape_generic"].match(item) and not P["field_item"].search(item)


def rule_titled_project(b: GraphBuilder, sent: Sentence, following: Sentence | None) -> list[Found]:
    """A paragraph that opens with a name alone, the next sentence giving that project's total investment or its site
    ("马颊河“世界运河之窗”生态旅游度假区。总投资50亿元，项目位于冠县…"): the name is a project (rule `titled_project`),
    whatever its ending, unless it holds a verb, a place alone, or a kind or batch (prose.yaml project_list `titled_not`)."""
    P = _patterns()
    if sent.block != "para" or sent.start != sent.para_start or following is None \
            or following.para_start != sent.para_start or not P["titled_name"].match(sent.text) \
            or not P["titled_facts"].match(following.text):
        return []
    name = sent.text[:-1]
    if P["titled_not"].search(name) or holds_verb(name) or is_place_word(name) or b.resolver.county(name) is not None:
        return []
    pid = text_project(b, sent, name) or b.node(b.resolver.project(name), name, sent, "titled_project")
    return [Found(0, len(name), Label.PROJECT, pid, name)]


def rule_built_base(b: GraphBuilder, sent: Sentence) -> list[Found]:
    """A base named between a verb of pushing on and 建设 ("加快东阿汇银中小企业创业基地建设"): one project being built
    (rule `built_base`), its name the words after the verb up to 基地, after any verb inside them; not a kind of base
    (prose.yaml project_list `base_not`)."""
    P = _patterns()
    if sent.block != "para":
        return []
    out: list[Found] = []
    text = sent.text
    for m in scan(P["base_push"], text):
        close = P["base_end"].search(text, m.end(), end_of_clause(text, m.end()))
        if close is None:
            continue
        end = close.start()
        words = text[m.end():end + 2]  # up to 基地
        cut = after_inner_verb(words[:-2])
        name = strip_lead_words(words[cut:])
        if not 6 <= len(name) <= 26 or P["base_not"].search(name[:-2]) \
                or is_place_word(name[:-2]) or b.resolver.county(name[:-2]) is not None:
            continue
        start = end + 2 - len(name)
        pid = text_project(b, sent, name) or b.node(b.resolver.project(name), name, sent, "built_base")
        out.append(Found(start, end + 2, Label.PROJECT, pid, name))
    return out


def rule_priced_built(b: GraphBuilder, sent: Sentence, held: list[Found]) -> list[Found]:
    """One thing built for a stated outlay ("投资22亿元建设的湖西财富广场是…", "其投资5700万元建设的金银铜多金属选矿厂，将…",
    "投资1.3亿元建设藏鸡产业研究院，引进…"): the name after the outlay is one project when it has the shape of a built thing
    (prose.yaml project_list `shape_end`, as list14's items) and closes its clause or stands before a stage or a copula
    (`priced_after`); rule `priced_built` (prj15: batches 5, 7, 8, 9 of learn5to13). Not read: a name holding 项目 (the
    text's own rules judge those), a park-shaped name (the park rules'), one a list or another rule already holds. The
    investor before the outlay becomes the owner through the prose rules (invested_by, subject_firm_projects)."""
    P = _patterns()
    if sent.block != "para":
        return []
    out: list[Found] = []
    text = sent.text
    for m in scan(P["priced_lead"], text):
        if P["priced_part_of"].search(text, start_of_clause(text, m.start()), m.start()):
            continue
        end = end_of_clause(text, m.end())
        phase = P["priced_phase_head"].match(text, m.end())
        begin = phase.end() if phase is not None else m.end()
        words = text[begin:end]
        ends = [k for k in range(min(len(words), 30), 3, -1)
                if _built(words[:k]) and (k == len(words) or P["priced_after"].match(words, k))]
        if not ends:
            continue
        name = words[:ends[-1]]  # the shortest such name (…选矿厂|将购置, not …选矿厂将购|…)
        if P["priced_not_inside"].pattern in name or _park_shaped(name) or is_place_word(name) \
                or b.resolver.county(name) is not None:
            continue
        start = begin
        if any(f.start < start + len(name) and start < f.end for f in held):
            continue  # a list's item or another rule's name (`held`)
        pid = text_project(b, sent, name) or b.node(b.resolver.project(name), name, sent, "priced_built")
        out.append(Found(start, start + len(name), Label.PROJECT, pid, name))
    return out

