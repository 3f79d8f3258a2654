"""Industries named in prose, and what develops them or belongs to them.

  industry_list     a list of industries: every item is one; the place the sentence is about DEVELOPS it
  place_industry    "银川经开区光伏材料产业规模…": the place right before "X产业" DEVELOPS it
  chain_topic       "X产业链方面，…" opening a paragraph: the report's place DEVELOPS X产业链
  cluster_of_firms  "形成以A为龙头，B等企业相配套…的Y产业集群": each firm IN_CLUSTER Y
  project_serves    "A项目，…，将助推我市X产业…": each project named before the verb IN_CLUSTER X
  firm_industry     "A是全市X产业的龙头企业", "作为X产业链链主企业，A…", "X产业链集聚了A、B等链主企业": A IN_CLUSTER X;
                    (clu20) X named bare where the document names it an industry: "作为铜加工龙头企业，A…"
  around_industry   "围绕X产业链，引进了A、B等企业", "A、B等企业围绕X布局…": each firm or project brought in IN_CLUSTER X
  topic_firms       "加快发展X产业，…龙头企业A、B等…", "X产业集聚了A、B等企业", "引进A、B等电子信息企业": A IN_CLUSTER X
  lead_firms        "以A、B为龙头，引导…，推动X产业链向下延伸": each firm IN_CLUSTER X (clu20)
  project_industry  "A项目…。这是X市现代煤化工产业发展的“窗口”": the paragraph's last project IN_CLUSTER X
  role_group        "形成以A、B为基础，C、D为补充的多元化产业集群": the sentence's place DEVELOPS each
  inline_heading    "…，新能源产业。加快推进A、B等项目…": the next sentences' projects IN_CLUSTER 新能源产业
  project_kind      "新能源新材料类项目5个：A、B", "A项目，属于旅游商贸类": each project IN_CLUSTER its kind;
                    "电子信息项目5个，新能源汽车项目2个，医药类项目2个": a batch's counted kinds are industries
  industry_base     "黄陵县…是陕西重要的煤电产业基地": the place DEVELOPS it (a project becoming one: IN_CLUSTER)
  counted_head      "蛟河市“四大经济发展动力源”——A、B、C、D领域": the place DEVELOPS each of exactly four items
  list_siblings     "涉及A产业、B、C产业、D等。": the other items of a list the rules named two of are industries too

Reads: a prose sentence and the names found in it (prose.Found). Writes: Cluster nodes (level
industry unless the lexicon knows them, or the list's ending says 集群) and DEVELOPS edges (rule
`industry_list`) from the place that opens the sentence, else the report's place
(prose.ProseState.doc_place). Patterns: data/rules/prose.yaml `industry_list`.

    营口辽河经济开发区…，重点发展汽车及汽车零部件相关产业、农副产品深加工产业、现代物流业等三大主导产业
    兰州新区当天集中开工项目中，…，涵盖了智能制造、绿色化工、新材料…等重点产业
    …形成了以A为支柱，B、C、D为主导产业的“1+4”工业产业体系
    …构筑高端石化、精细医药、现代生态化工三大千亿级集群，培强A为代表的B、辐射全国的C…三大产业增长引擎
    开发区…形成原材料、消费品、装备等万亿级产业3个；长合区聚焦A及B和C及D两大主导产业

An item's extent: a 、 separates items; 和 separates only the last one from the one before (A、B和C), so
"电子信息和数字产业、先进装备制造" keeps its 和; where the list's count asks for more items than that gives,
the last item also splits at 及. A description closed by 的 before an item (辐射全国的) is no part of it.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from graph.model import Label, NodeRecord, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.context import cluster_of_section, names_home
from ingest.extract.industry_vocabulary import in_vocabulary, rule_plain_list, rule_vocabulary_list
from ingest.extract.names import (CLAUSE_MARKS, LEAD_WORDS, PROJECT_ANAPHOR, after_inner_verb, after_last_mark, holds_verb, is_place_word,
                                  place_length, strip_lead_words)
from ingest.gazetteer import default_gazetteer
from ingest.extract.prose import (ABOVE_COUNTY, _NOT_INDUSTRY, _PLACE, Found, ProseState, _clause_start, _counted_object, _edge,
                                  _topic_comma, clause_topic_park, cluster_span, generic_industry, held_by_name, is_list,
                                  split_items)
from ingest.rules import alternation, pattern, pattern_group, rule_data, scan, search
from ingest.resolve import Resolved
from ingest.structure import Sentence

RULE = "industry_list"
_KEPT_KIND_ENDS = tuple(map(str, rule_data("prose")["kind_kept_ends"]))  # 产业, 工业: part of the name
_QUOTE_PAIRS = {str(k): str(v) for k, v in rule_data("prose")["quote_pairs"].items()}  # closing -> opening mark
_LIST_MARK = str(rule_data("prose")["list_mark"])  # what separates a list's items (a quoted list's commas become it)
_SEMICOLONS = tuple(map(str, rule_data("prose")["clause_stops"]))  # what ends the clause group projects share
_GROUP_END = re.compile("|".join(map(re.escape, _SEMICOLONS)))


_patterns = partial(pattern_group, "prose", "industry_list")


@lru_cache(maxsize=1)
def _numerals() -> dict[str, int]:
    return {str(k): int(v) for k, v in rule_data("prose")["count_numerals"].items()}


def _count(word: str | None) -> int | None:
    """三大 -> 3, 4个 -> 4, 几大 -> None."""
    if not word:
        return None
    digits = word[:-1]
    if digits.isdigit():
        return int(digits)
    return _numerals().get(digits)


def _subject(b: GraphBuilder, spans: list[Found], before: int, state: ProseState, text: str = "",
             sent: Sentence | None = None) -> Found | None:
    """The place the sentence opens with (its first name, if a county, zone or park), else the report's;
    a bare 产业园/园区 opening it is the park its paragraph opens with ("民乐工业园区：…。园区形成了…"),
    else the park named last."""
    spans = [f for f in spans if not _quoted(text, f.start)]  # "以打造“…卓越科创园区”为目标": a goal's name, no subject
    # "火炬(翔安)产业区形成了…": a place in brackets is an aside inside another name, no subject (clu11)
    spans = [f for f in spans if not (0 < f.start and f.end < len(text) and _patterns()["aside_bracket"].fullmatch(
        text[f.start - 1] + text[f.end]))]
    if text and _actor_subject(spans, text, before):
        return None
    lead = _patterns()["appositive_opening"].match(text) or _patterns()["speaker_opening"].match(text)
    base = 0
    if lead is not None:  # "作为东丽区…的主战场，|东丽经开区…": the subject follows the phrase describing it (or the speaker)
        spans = [f for f in spans if f.start >= lead.end()]
        base = lead.end()
    # "提升A科技城…综合承载力，…，着力培育X、Y…": a place a verb governs in an earlier clause is its object, not the subject
    listed = after_last_mark(text, before) if text else 0
    spans = [f for f in spans if f.start >= listed or f.label not in _PLACE
             or not holds_verb(text[after_last_mark(text, f.start):f.start])]
    # "整合A、B、C创业园培育D工业园，大力发展…": a place listed with others (、 before or after it) is no clause's subject
    spans = [f for f in spans if f.label not in _PLACE or not (0 < f.start and text[f.start - 1:f.start] == _LIST_MARK)]
    first = min((f for f in spans if f.start < before), key=lambda f: f.start, default=None)
    if first is not None and first.label in _PLACE and first.start - base <= 24:
        node = b.nodes.get(first.nid)
        if node is not None and node.props.get("kind") not in ABOVE_COUNTY:
            return first
        return None  # a province's or city's industries: no county or zone develops them here
    if state.last_park is not None and _place_patterns()["bare_park_opening"].match(text):
        topic = state.topic_place
        if sent is not None and topic is not None and topic[0] == sent.para_start:
            return topic[1]
        return state.last_park  # "“产业园将持续引进…": the park the text is about
    places = [f for f in spans if f.label in _PLACE and f.start < before]
    doc = state.doc_place_found()
    if not places or doc is not None and {f.nid for f in places} == {doc.nid}:
        return doc  # no subject, or only the report's own place named on the way ("占开发区工业总产值的65%，…形成…")
    return None





def _actor_subject(spans: list[Found], text: str, before: int) -> bool:
    """"未来，合作方将聚焦A、B等…", "东北部区域规划发展方向以A、B为主导产业": the list's own clause opens with an actor
    that is no place (partners, firms) or with a part of a place: its industries are no place's (prose.yaml
    `industry_list.actor_subject`)."""
    start = after_last_mark(text, before)
    m = _patterns()["actor_subject"].match(text, start, before)
    return m is not None and not any(f.label in _PLACE and f.start < m.end() and f.end > start for f in spans)


def _quoted(text: str, pos: int) -> bool:
    """Whether text[pos] stands inside a quotation opened before it (“…”)."""
    opened = sum(text.count(o, 0, pos) for o in _QUOTE_PAIRS.values())
    return opened > sum(text.count(c, 0, pos) for c in _QUOTE_PAIRS)


def _items(body: str, start: int, count: int | None) -> list[tuple[int, str]]:
    """(offset, name) of each item of the list `body` written at `start` (see the module's docstring)."""
    P = _patterns()
    out: list[tuple[int, str]] = []
    pos = start
    for item in split_items(body):
        out.append((pos, item))
        pos += len(item) + 1
    for joiner in (P["last_joiner"], P["inner_joiner"]):
        if count is not None and len(out) >= count:
            break
        if count is None and joiner is P["inner_joiner"]:
            break
        a, last = out.pop()
        for part in joiner.split(last):
            out.append((a, part))
            a += len(part) + 1
    if count is None or len(out) < count:  # a count the items already make keeps 及 inside (汽车及高端装备制造产业等四大…)
        out = [part for a, item in out for part in _official_pair(a, item)]
    named = []
    for a, item in out:
        role = P["item_role"].search(item)  # "食品饮料传统产业为基础", "…为引领的": the item's kind and role
        if role is not None:
            item = item[:role.start()]
        mod = P["item_modifier"].match(item)
        if mod is not None:
            a, item = a + mod.end(), item[mod.end():]
        kind = P["item_kind"].search(item)  # "地热等新兴能源": the last item and the kind of the list
        if kind is not None:
            item = item[:kind.start()]
        verb = P["item_verb_tail"].search(item)  # "…、新兴服务业成为三大支柱产业": the verb before the closing
        if verb is not None:
            item = item[:verb.start()]
        if not named:  # "依托|新材料、新能源等…", "对|工业、旅游业…": a clause word before the first item is the clause's
            lead = after_inner_verb(item)  # … and so is a verb inside it ("非常适合|生物技术产业、…等产业发展")
            lead += len(item[lead:]) - len(strip_lead_words(item[lead:]))
            a, item = a + lead, item[lead:]
        named.append((a, P["item_quotes"].sub("", item)))
    return named


def _official_pair(a: int, item: str) -> list[tuple[int, str]]:
    """"新一代信息技术及航空航天": an item whose two halves, joined by 及/与, are both official names
    (data/industries) is two items, unless the list's count is already made; "汽车及零部件" stays one."""
    parts = _patterns()["inner_joiner"].split(item)
    if len(parts) != 2 or not all(in_vocabulary(p) for p in parts):
        return [(a, item)]
    return [(a, parts[0]), (a + len(parts[0]) + 1, parts[1])]


def _new_industry(b: GraphBuilder, sent: Sentence, spans: list[Found], surface: str, start: int, end: int,
                  rule: str = RULE) -> Found | None:
    """An industry named at sent.text[start:end] (written `surface`) where no other name stands: its node, added to
    the sentence's names; None where a name already covers part of it."""
    if any(f.start < end and f.end > start for f in spans):
        return None
    found = cluster_span(b, surface, start, sent, rule)
    if found is not None:
        spans.append(found)
    return found


def _cluster_at(spans: list[Found], start: int) -> Found | None:
    """The industry or cluster the sentence names at `start`, if any."""
    return next((f for f in spans if f.label == Label.CLUSTER and f.start == start), None)


def _cluster_or_new(b: GraphBuilder, sent: Sentence, spans: list[Found], surface: str, start: int, end: int,
                    rule: str) -> Found | None:
    """The industry the sentence names at `start`, else a new one there (_new_industry)."""
    return _cluster_at(spans, start) or _new_industry(b, sent, spans, surface, start, end, rule)


def _note_topic(sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """A paragraph opening "民乐工业园区：…" is about that park: its later bare 园区 is it."""
    if sent.start != sent.para_start:
        return
    first = min(spans, key=lambda f: f.start, default=None)
    if first is not None and first.label in _PLACE and not sent.text[:first.start].strip() \
            and _patterns()["topic_colon"].match(sent.text, first.end):
        state.topic_place = (sent.para_start, first)


def _led_industries(b: GraphBuilder, sent: Sentence, spans: list[Found]) -> None:
    """"以A、B等企业为龙头的X产业；": the industry its firms lead is named (a list of such clauses, one a sentence, is
    a place's industries; cluster_of_firms puts the firms in it)."""
    for m in scan(_patterns()["led_industry"], sent.text):
        name = m.group("name")
        if _industry_name(_patterns()["inner_joiner"].sub("", name)) and not is_place_word(name):
            _new_industry(b, sent, spans, name, m.start("name"), m.end("name"))


def _project_kinds(b: GraphBuilder, sent: Sentence, spans: list[Found]) -> None:
    """"美丽健康产业项目26个", "医药健康产业项目，…": an industry opening a clause names a kind of project, and is
    named (the projects it heads are left to the IN_CLUSTER rules)."""
    P = _patterns()
    if search(P["kind_cue"], sent.text) is None:
        return
    for m in scan(P["project_kind"], sent.text):
        name = m.group("name")
        if not _industry_item(name) or holds_verb(name) or name in LEAD_WORDS:
            continue  # (a verb inside is a clause: 本次开工|工业项目5个, audit J; a clause's word alone: 包括|工业项目16个, audit AF)
        surface = name + m.group("end") if m.group("end") in _KEPT_KIND_ENDS else name
        _new_industry(b, sent, spans, surface, m.start("name"), m.end("name"))


def _counted_kinds(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"产业类项目中电子信息项目5个，新能源汽车项目2个，医药类项目2个，现代服务业项目2个": a batch broken down into kinds
    of project, each counted, names the kinds as industries when there are two or more and one is an official name
    (data/industries) or all end with an industry word; no place develops them here (rule project_kind).
    A breakdown the text says is by industry ("根据行业划分，农林牧渔项目4个，…；经贸流通项目1个，…") names its counted
    kinds without an official name among them, also in the paragraph's later sentences (cut at ；) that open with one
    (clu10)."""
    P = _patterns()
    text = sent.text
    if search(P["kind_cue"], text) is None:
        return
    by_industry = search(P["counted_kind_by_industry"], text) is not None
    if by_industry:
        state.industry_breakdown = sent.para_start
    continued = not by_industry and state.industry_breakdown == sent.para_start
    kinds = []
    for m in scan(P["counted_kind"], text):
        a = after_last_mark(text, m.start(), CLAUSE_MARKS + _LIST_MARK + ":")  # the kind's clause or item
        lead = P["counted_kind_lead"].match(text, a, m.start())
        a = lead.end() if lead else a
        name = text[a:m.start()]
        if not 2 <= len(name) <= 12 or P["counted_kind_not"].search(name) or name in _NOT_INDUSTRY \
                or any(f.start < m.start() and f.end > a and f.label != Label.CLUSTER for f in spans):
            continue
        if continued and a > 0:
            continue  # a later sentence of the breakdown: the kind opens it
        if (by_industry or continued) and P["sector_closing"].search(name):
            continue  # "按产业分，先进制造业项目102个": a sector, no industry's name
        if not _industry_item(name, P["industry_end"].sub("", name)) or holds_verb(name):
            continue  # a sector (先进制造业, 现代服务业) or a work (城市建设) is no industry's name, by industry or not
        kinds.append((a, name))
    if not (by_industry or continued) and (len(kinds) < 2 or not any(in_vocabulary(n) for _a, n in kinds)
                                           and not all(P["counted_kind_end"].search(n) for _a, n in kinds)):
        return
    for a, name in kinds:
        _cluster_or_new(b, sent, spans, name, a, a + len(name), "project_kind")


def _named_roles(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"将智能交通产业作为新增长点", "煤炭工业就成为全市的主导产业": an industry given a role is named; the place
    the sentence is about develops it (a city's own, "全市的", names no county or zone)."""
    P = _patterns()
    if search(P["role_cue"], sent.text) is None:
        return
    for m in scan(P["named_role"], sent.text):
        start, name = m.start("name"), m.group("name")
        found = _cluster_at(spans, start)
        if found is None:
            if not _industry_item(name):
                continue
            found = _new_industry(b, sent, spans, name, start, m.end("name"))
            if found is None:
                continue
        subj = _subject(b, spans, start, state, sent.text, sent)
        if subj is not None and not P["city_scope"].search(m.group(0)):
            _edge(b, RelType.DEVELOPS, subj, found, sent, RULE, state)


def _reported_industries(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"高端装备制造产业实现收入同比增长39.3%；现代物流服务产业集聚了A、B等企业": an industry opening a sentence or a
    clause after ； with what it achieved is named; in a report on one place naming no other, that place's."""
    P = _patterns()
    for m in scan(P["reported_industry"], sent.text):
        start, name = m.start("name"), m.group("name")
        found = _cluster_at(spans, start)
        if found is None:
            if not _industry_item(name, P["industry_end"].sub("", name)):
                continue
            found = _new_industry(b, sent, spans, name, start, m.end("name"))
            if found is None:
                continue
        doc = state.doc_place_found()
        if doc is not None and not any(f.label in _PLACE for f in spans):
            _edge(b, RelType.DEVELOPS, doc, found, sent, "develops_doc_place", state)


def _county_product_items(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"以沙河玻璃、临西轴承、清河南宫羊绒…为突破，引领全市产业集群…": in a sentence on clusters, a list whose items
    are each one or more counties and a product (a county's cluster, 县域特色产业集群) names those clusters, and each
    county develops its own (rule cluster_place)."""
    P = _patterns()
    text = sent.text
    if search(P["county_cluster_cue"], text) is None:
        return
    for m in scan(P["plain_list"], text):
        pos, items, odd = m.start(), [], 0
        for raw in split_items(m.group(0)):
            lead = P["item_lead"].match(raw)
            a, item = (pos + lead.end(), raw[lead.end():]) if lead else (pos, raw)
            pos += len(raw) + 1
            places, rest = [], item
            while (hit := b.resolver.county_prefix(rest)) is not None and len(rest) > len(hit[0]):
                places.append(hit)
                rest = rest[len(hit[0]):]
            product = P["product"].match(rest)
            if any(f.start < a + len(item) and f.end > a and f.label not in _PLACE + (Label.CLUSTER,) for f in spans):
                odd = len(text)
                break  # a list of firms is not
            if not places or product is None or generic_industry(product.group(0)):
                odd += 1  # one item the gazetteer cannot split (清河南宫羊绒: 清河南…) leaves the others
                continue
            items.append((a, item[:len(item) - len(rest) + product.end()], places))
        if len(items) < 2 or odd > 1:
            continue
        for a, name, places in items:
            found = _cluster_at(spans, a) \
                or cluster_span(b, name, a, sent, "cluster_place")
            if found is None:
                continue
            spans.append(found)
            at = a
            for surface, county in places:
                cid = b.node(county, surface, sent, "cluster_place")
                _edge(b, RelType.DEVELOPS, Found(at, at + len(surface), Label.COUNTY, cid, surface), found, sent,
                      "cluster_place", state)
                at += len(surface)


def _role_groups(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"形成以A、B为基础，C、D为补充的多元化产业集群", "构建以A为龙头，以B、C为重点，特色鲜明的现代海洋产业体系": groups
    of industries each given a role, closed by the system they make: every item is an industry of the place the
    sentence is about (a group of firms, 以A等企业为龙头, is cluster_of_firms')."""
    P = _patterns()
    text = sent.text
    if search(P["role_group_cue"], text) is None:
        return
    for first in scan(P["role_group_start"], text):
        groups, pos = [], first.start()
        while (g := P["role_group"].match(text, pos)) is not None:
            groups.append(g)
            pos = g.end()
        close = P["role_group_close"].match(text, pos) if groups else None
        if close is None:
            continue
        own = P["role_group_own_noise"].sub("", close.group("own"))
        firm_led = len(groups) == 1 and P["role_group_firm_role"].search(groups[0].group(0)) is not None \
            and len(own) >= 2 and not generic_industry(own)  # 以A为龙头的|电子信息|300亿产业集群: A is the cluster's lead firm
        subj = _subject(b, spans, first.start(), state, text, sent)
        for g in groups:
            body, a = g.group("body"), g.start("body")
            if any(f.start < g.end("body") and f.end > a and f.label != Label.CLUSTER for f in spans):
                continue  # firms or places given the role
            for item in split_items(body):
                name = P["item_quotes"].sub("", P["role_group_item_rank"].sub("", item))  # 以“三航一新”首位产业为支撑: 三航一新
                if _industry_item(name) and name not in _NOT_INDUSTRY and (not firm_led or in_vocabulary(name)):
                    found = _cluster_or_new(b, sent, spans, name, a, a + len(name), "role_group")
                    if found is not None and subj is not None:
                        _edge(b, RelType.DEVELOPS, subj, found, sent, "role_group", state)
                a += len(item) + 1
        if not any(P["role_group_firm_role"].search(g.group(0)) for g in groups):  # (a firm-led one: cluster_of_firms)
            _closing_cluster(b, sent, spans, close, own, subj, state)


def _closing_cluster(b: GraphBuilder, sent: Sentence, spans: list[Found], close: re.Match, own: str,
                     subj: Found | None, state: ProseState) -> None:
    """"形成了以A、B等为重点的高新技术产业集群", "…为主体的先进材料集群": the cluster a role group closes with is one
    the place develops too, when its own words name an industry (not 特色产业集群, 多元化产业集群; clu11)."""
    text = sent.text
    if _patterns()["cluster_closing"].search(close.group(0)) is None or not _industry_item(own) \
            or own in _NOT_INDUSTRY or own != close.group("own"):
        return
    a = close.start("own")
    found = _cluster_or_new(b, sent, spans, text[a:close.end()], a, close.end(), "role_group")
    if found is not None and subj is not None:
        _edge(b, RelType.DEVELOPS, subj, found, sent, "role_group", state)


def _quote_open(text: str, end: int) -> int | None:
    """Where the quotation closing right before `end` opens, when it holds no sentence stop (else None)."""
    pair = _QUOTE_PAIRS.get(text[end - 1]) if end > 0 else None
    if pair is None:
        return None
    q = text.rfind(pair, 0, end - 1)
    return q if q >= 0 and _patterns()["quoted_stop"].search(text, q, end) is None else None


def _inline_heading(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"…壮大新兴产业，新能源产业。加快推进A、B等重点项目建设…。新能源装备制造产业。推动C项目…": an industry alone in the
    last clause of a sentence heads the sentences after it in its paragraph, up to the next such heading: their
    projects are in it (rule inline_heading)."""
    heading = state.inline_industry
    if heading is not None and heading[0] == sent.para_start:
        for f in spans:
            if f.label == Label.PROJECT:
                _edge(b, RelType.IN_CLUSTER, f, heading[1], sent, "inline_heading", state)
    m = search(_patterns()["inline_heading"], sent.text)
    if m is None:
        return
    name = m.group("name")
    if not _industry_item(name, _patterns()["industry_end"].sub("", name)):
        return
    found = _cluster_or_new(b, sent, spans, name, m.start("name"), m.end("name"), "inline_heading")
    if found is not None:
        state.inline_industry = (sent.para_start, found)


def _kind_batches(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"新能源新材料类项目5个：A、B、C", "旅游商贸类的另外2个项目是：A、B", "A项目，属于旅游商贸类": a report that sorts
    its projects by industry puts each in its kind (rule project_kind)."""
    P = _patterns()
    text = sent.text
    if search(P["kind_batch_cue"], text) is None:
        return
    for m in (*P["kind_batch"].finditer(text), *P["kind_member"].finditer(text)):
        name = m.group("name")
        if not _industry_item(name) or name in _NOT_INDUSTRY:
            continue
        after = m.re is P["kind_batch"]
        lo, hi = (m.end(), _clause_group_end(text, m.end())) if after else (_clause_group_start(text, m.start()), m.start())
        members = [f for f in spans if f.label == Label.PROJECT and lo <= f.start and f.end <= hi]
        if not members:
            continue
        found = _cluster_or_new(b, sent, spans, name, m.start("name"), m.end("name"), "project_kind")
        for f in members if found is not None else ():
            _edge(b, RelType.IN_CLUSTER, f, found, sent, "project_kind", state)


def _clause_group_start(text: str, pos: int) -> int:
    return after_last_mark(text, pos, _SEMICOLONS)


def _clause_group_end(text: str, pos: int) -> int:
    m = _GROUP_END.search(text, pos)
    return m.start() if m else len(text)


def _industry_bases(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"黄陵县…，是陕西重要的煤电产业基地", "A项目建成后，将成为江北重要的高端装备制造
    基地": the sentence's first name, a county, zone or park, develops the industry it is a base of; a project is in it
    (rule industry_base). The industry's name ends with an industry word or is an official one (data/industries)."""
    P = _patterns()
    text = sent.text
    if search(P["base_cue"], text) is None:
        return
    for m in scan(P["base"], text):
        name = m.group("name")
        core = P["base_name_end"].sub("", name)
        if (core == name and not in_vocabulary(name)) or not _industry_item(name, core) or core in _NOT_INDUSTRY:
            continue
        first = min((f for f in spans if f.start < m.start() and f.label in (*_PLACE, Label.PROJECT)),
                    key=lambda f: f.start, default=None)
        if first is None or any(f.start < first.start and f.label == Label.PROJECT for f in spans):
            continue
        node = b.nodes.get(first.nid)
        if node is None or first.label in _PLACE and _above_county(node):
            continue
        found = _cluster_or_new(b, sent, spans, name, m.start("name"), m.end("name"), "industry_base")
        if found is not None:
            rel = RelType.IN_CLUSTER if first.label == Label.PROJECT else RelType.DEVELOPS
            _edge(b, rel, first, found, sent, "industry_base", state)


def _counted_heads(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"蛟河市“四大经济发展动力源”——A、B、C、D领域", "三大主导产业：A、B、C": a counted kind, then a dash or a colon
    and exactly as many items, names them; the place right before the kind (else the sentence's) develops each."""
    P = _patterns()
    text = sent.text
    for m in scan(P["counted_head"], text):
        count = _count(m.group("count"))
        items = _items(m.group("body"), m.start("body"), count)
        if count is None or len(items) != count or not all(P["item"].match(item) for _a, item in items):
            continue
        place = next((f for f in spans if f.label in _PLACE and f.end == m.start()), None)
        node = b.nodes.get(place.nid) if place is not None else None
        subj = place if node is not None and not _above_county(node) \
            else _subject(b, spans, m.start(), state, text, sent)
        for a, item in items:
            if item in _NOT_INDUSTRY or generic_industry(item) or is_place_word(item) \
                    or held_by_name(spans, a, a + len(item)):
                continue
            found = _cluster_or_new(b, sent, spans, item, a, a + len(item), "counted_head")
            if found is not None and subj is not None:
                _edge(b, RelType.DEVELOPS, subj, found, sent, "counted_head", state)


def _batch_fields(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"开工签约项目共82个，…，涉及A、B、C等领域", "项目涵盖A、B等多个领域", "…等涵盖A、B领域的战略新兴产业项目": the
    fields a batch of projects covers are industries, but no place's (no DEVELOPS); a public work or service among
    them (基础设施, 社会民生, 环境提升) is none. Not in a text on the home region, whose clusters the lexicon lists
    (as context.document_subject leaves it to the lexicon rules; clu11)."""
    P = _patterns()
    text = sent.text
    if search(P["batch_fields"], text) is None:
        return
    if names_home(b):
        return
    for m in scan(P["batch_fields"], text):
        group = _clause_group_start(text, m.start())
        if P["batch_fields_subject"].search(text, group, m.start()) is None \
                and P["batch_fields_object"].match(text, m.end()) is None:
            continue  # no batch of projects covers them
        body, start = m.group("body"), m.start("body")
        tag = P["batch_field_tag"].search(body)
        body = body[:tag.start()] if tag is not None else body
        items = _items(body, start, None)
        if len(items) < 2 and P["batch_fields_deng"].match(text, m.end("body")) is None or not items:
            continue  # one field alone is a list only when 等 closes it (涉及新能源等多个领域)
        for a, item in items:
            a, item = _without_place_head(spans, text, a, item)
            if P["batch_sector_fields"].match(item) and not held_by_name(spans, a, a + len(item)):
                _cluster_or_new(b, sent, spans, item, a, a + len(item), "batch_fields")  # 农业, 制造业 (ind20)
                continue
            if item in _NOT_INDUSTRY or P["batch_field_not_item"].search(item) or not _field_name(b, spans, a, item):
                continue
            _cluster_or_new(b, sent, spans, item, a, a + len(item), "batch_fields")


def rule_list_siblings(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"涉及新能源产业、绿色矿业、文化旅游产业…、白酒产业等。", "高端装备制造、化工、新材料、特钢深加工…等6条产业链贯通发展"
    (rule list_siblings, ind17): a list closed by 等 (with an industry's head, or at its clause's end) some of whose
    items the rules before named as industries names an industry in every item: two items named vouch for it, one
    does when the head is an industry's. An item that is no field's name (a place, a count, a public work: as for a
    batch's fields) is skipped. Where one place develops every named item in this sentence, it develops the others.
    Runs after every rule that names industries; not in a text on the home region, whose clusters the lexicon lists
    (as _batch_fields)."""
    if not is_list(sent.text) or names_home(b):
        return
    P, text = pattern_group("prose", "list_siblings"), sent.text
    named = [f for f in spans if f.label == Label.CLUSTER]
    if not named:
        return
    for m in P["list"].finditer(text):
        if m.group("head") is not None and P["not_head"].match(text, m.end()):
            continue  # "A、B等产业园区": sites, "A、B等行业龙头": firms
        body, start = m.group("body"), m.start("body")
        described = P["described"].match(body)  # "向附加值更高、能耗更低、污染更小的|A、B等领域": a description first
        opens = list(_patterns()["opening"].finditer(body, described.end() if described else 0))
        lead = opens[-1].end() if opens else described.end() if described else 0
        start, body = start + lead, body[lead:]
        items = _items(body, start, None)
        if len(items) < 2 or sum(1 for _a, item in items if _patterns()["stage_item"].match(item)) >= 2:
            continue
        found = {a: f for a, item in items for f in named if f.start == a and f.end >= a + len(item) - 2}
        if len(found) < (1 if m.group("head") else 2) or len(found) == len(items):
            continue
        if not lead:  # the first item runs into words before the list no verb ends (安排|A、B等): it is not read
            items = items[1:]
        places = [{k[1] for k, e in b.edges.items() if k[0] == RelType.DEVELOPS.value and k[2] == f.nid
                   and any(ev.start == sent.start for ev in e.evidence)} for f in found.values()]
        common = set.intersection(*places)
        place = next(iter(common)) if len(common) == 1 else None
        for a, item in items:
            a, item = _without_place_head(spans, text, a, item)
            if a in found or item in _NOT_INDUSTRY or _patterns()["batch_field_not_item"].search(item) \
                    or P["not_item"].search(item) \
                    or not _field_name(b, spans, a, item):
                continue
            new = _new_industry(b, sent, spans, item, a, a + len(item), "list_siblings")
            if new is not None and place is not None:
                b.edge(RelType.DEVELOPS, place, new.nid, sent, "list_siblings", new.surface)


def _field_name(b: GraphBuilder, spans: list[Found], a: int, item: str) -> bool:
    """Whether a listed field (a batch's or a focus verb's, at `a`) has a field's name: an item's shape, no place, count,
    generic word or verb in it, and no other kind of name there (_batch_fields, _focus_fields)."""
    P = _patterns()
    return bool(P["item"].match(item)) and not P["item_place"].search(item) and not P["item_counted"].search(item) \
        and not is_place_word(item) and b.resolver.county(item) is None and not generic_industry(item) \
        and not holds_verb(item) and not held_by_name(spans, a, a + len(item))


def _focus_fields(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"围绕A、B等领域，已集聚…", "C公司在D、E等领域取得突破", "向…的F、G等领域拓展" (rule focus_fields, genre14): the
    fields a focus or breakthrough verb takes, closed by 等…领域/环节, are industries; a county, zone or park the
    sentence names as their clause's subject (平坝区作为…，将在A、B等领域精耕细作; 围绕C、D等重点环节，顺义区已集聚…)
    develops them (ind15b: batches 10, 11, 12, 13), else no place does (a firm's, a province's, the report's). An item
    that is a public work (基础设施) is skipped; one that is no field's name (an action: 龙头引进, 基地建设; a place) voids
    the list; one item at least must be an official name or end in a maker's word (…装备, …材料: ind15b, batches 9 and
    13), or the text have named an industry before."""
    P, text = _patterns(), sent.text
    if search(P["focus_fields_cue"], text) is None:  # cheap gate: every list this reads closes on a field word
        return
    for m in scan(P["focus_fields"], text):
        body, start = m.group("body"), m.start("body")
        mod = P["focus_fields_modifier"].match(body)
        if mod is not None:
            body, start = body[mod.end():], start + mod.end()
        items = []
        for a, item in _items(body, start, None):
            a, item = _without_place_head(spans, text, a, item)
            if P["batch_field_not_item"].search(item) is not None and not holds_verb(item) or item in _NOT_INDUSTRY:
                continue  # a public work among fields (围绕基础设施、盐油化工、新能源等领域): no field, the others are
            if not _field_name(b, spans, a, item):
                items = []
                break  # one item that is no field's name: the list is of something else (steps, places)
            items.append((a, item))
        if len(items) < 2 or not (any(in_vocabulary(item) or P["mainly_tail"].search(item) for _a, item in items)
                                  or b.nodes_of(Label.CLUSTER)):
            continue  # (a text's own sub-fields are rarely official names: an industry the text named, or an item
            # ending in a maker's word, 航空装备, 降解材料, vouches for them: ind15b)
        subj = _focus_subject(b, sent, spans, state, m)
        for a, item in items:
            found = _cluster_or_new(b, sent, spans, item, a, a + len(item), "focus_fields")
            if found is not None and subj is not None:
                _edge(b, RelType.DEVELOPS, subj, found, sent, "focus_fields", state)


def _focus_subject(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState,
                   m: re.Match) -> Found | None:
    """The county, zone or park a focus list's clause is said of: the place the sentence opens with, named before the
    list (not the report's place by default), or the place opening the clause right after it (…等重点环节，顺义区已…)."""
    text = sent.text
    subj = _subject(b, spans, m.start(), state, text, sent)
    named = [f.end for f in spans if f.nid == subj.nid and f.start < m.start()] if subj is not None else []
    if named:
        at = max(named)
        actor = any(f.label in (Label.ENTERPRISE, Label.PROJECT) and at <= f.start < m.start() for f in spans)
        # (陵水的省重点项目投资主要投向A、B等领域: a batch's fields; 安平县的X公司在A、B等领域…: a firm's; no place's)
        return None if actor or _patterns()["focus_fields_not_own"].search(text, at, m.start()) else subj
    after = _patterns()["focus_fields_then"].match(text, m.end())
    nxt = next((f for f in spans if after is not None and f.start == after.end() and f.label in _PLACE), None)
    node = b.nodes.get(nxt.nid) if nxt is not None else None
    return nxt if node is not None and node.props.get("kind") not in ABOVE_COUNTY else None


def _mainly_list(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"园区主要以A、B、C等为主", "入园企业以A、B等为主": what a park is mainly made of are its industries, when one item
    at least is an official name or a maker's (…加工, …设备); the place the sentence is about develops each (clu11).
    One item alone: _mainly_lone."""
    P = _patterns()
    text = sent.text
    # (ind20) "以A、B、C、D为主导", "形成了A、B、C为主导的…格局": the same list, led rather than made of (rule mainly_led)
    shapes = ((P["mainly_list"], RULE), (P["mainly_led"], "mainly_led"), (P["mainly_formed"], "mainly_led"))
    for m, rule in ((m, rule) for p, rule in shapes for m in scan(p, text)):
        items = [(a, item) for a, item in _items(m.group("body"), m.start("body"), None)
                 if P["item"].match(item) and item not in _NOT_INDUSTRY and not generic_industry(item)
                 and not is_place_word(item) and not holds_verb(item)
                 and not held_by_name(spans, a, a + len(item))]
        if len(items) < 2 or not any(in_vocabulary(item) or P["mainly_tail"].search(item) for _a, item in items):
            continue
        subj = _subject(b, spans, m.start(), state, text, sent)
        for a, item in items:
            found = _cluster_or_new(b, sent, spans, item, a, a + len(item), rule)
            if found is not None and subj is not None:
                _edge(b, RelType.DEVELOPS, subj, found, sent, rule, state)

def _mainly_lone(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"…园区是以A为主的综合性农业产业示范园区", "以A为主、B为支撑的产业生态", "区域以A为主，已经形成产业聚集" (plan14; batches
    7, 10, 12): one industry a place is mainly made of, when 产业 follows in the clause; only the county, zone or park right
    before it develops it (a place named earlier is often the district of the zone the sentence is on). Run after
    rule_place_industries' roles, which give a found industry to the sentence's subject."""
    P, text = _patterns(), sent.text
    for m in scan(P["mainly_lone"], text):  # "以A为主的…产业示范园区", "以A为主、B为支撑的产业生态" (plan14)
        a, item = m.start("body"), m.group("body")
        if not P["item"].match(item) or item in _NOT_INDUSTRY or generic_industry(item) or is_place_word(item) \
                or holds_verb(item) or not (in_vocabulary(item) or P["mainly_lone_tail"].search(item)) \
                or held_by_name(spans, a, a + len(item)):
            continue
        subj = next((f for f in spans if f.label in _PLACE and f.end <= m.start()
                     and P["mainly_lone_owner_gap"].fullmatch(text, f.end, m.start())), None)
        found = _cluster_or_new(b, sent, spans, item, a, a + len(item), RULE)
        if found is not None and subj is not None:
            _edge(b, RelType.DEVELOPS, subj, found, sent, RULE, state)


def _heading_industry(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"大力发展现代农业。加快实施A等项目…", "培育发展苗木业。实施B项目…", "推进畜牧产业发展。…": a paragraph opening with a
    sentence that is only a develop verb and one industry heads it: the place it is about (the paragraph's, else the
    report's) develops the industry, and the paragraph's later firms and projects are in it (rule heading_industry; the
    paragraph is read as field_topic reads one opening 在X产业方面，). Without 产业/集群, the name ends in a sector's word
    (现代农业, 种植业, 高端制造业); no rank word opens it (发展特色产业。 names none; clu11)."""
    P = _patterns()
    heading, state.heading_industry = state.heading_industry, None
    if heading is not None and heading[0] == sent.para_start and sent.start != sent.para_start:
        for f in spans:  # the sentence right after the heading: what it starts or builds is of that industry
            if f.label in (Label.ENTERPRISE, Label.PROJECT):
                _edge(b, RelType.IN_CLUSTER, f, heading[1], sent, "heading_industry", state)
    if sent.start != sent.para_start:
        return
    m = P["heading_develop"].match(sent.text)
    if m is None:
        return
    name, end = m.group("name"), m.group("end")
    whole = name + end
    if P["heading_rank"].match(whole) or is_place_word(name) or holds_verb(name) \
            or _counted_object(name):  # 打造五个千亿产业集群: a count and a scale, no name
        return
    if end != whole[-1]:  # 产业, 集群, 产业集群
        if not _industry_item(name) or name in _NOT_INDUSTRY:
            return
        surface = whole
    elif P["heading_sector"].search(whole) and whole not in _NOT_INDUSTRY:
        surface = whole
    else:
        return
    found = _cluster_or_new(b, sent, spans, surface, m.start("name"), m.start("name") + len(surface), "heading_industry")
    if found is None:
        return
    para = state.paragraph_place(sent)
    subj = Found(0, 0, para.label, para.nid, para.surface) if para is not None else state.doc_place_found()
    if subj is not None:
        _edge(b, RelType.DEVELOPS, subj, found, sent, "heading_industry", state)
    if cluster_of_section(sent) is None:
        state.heading_industry = (sent.para_start, found)


def rule_industry_list(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    P = _patterns()
    text = sent.text
    _note_topic(sent, spans, state)
    _counted_heads(b, sent, spans, state)
    _batch_fields(b, sent, spans, state)
    _focus_fields(b, sent, spans, state)
    _heading_industry(b, sent, spans, state)
    _mainly_list(b, sent, spans, state)
    _industry_bases(b, sent, spans, state)
    _kind_batches(b, sent, spans, state)
    _inline_heading(b, sent, spans, state)
    _role_groups(b, sent, spans, state)
    _county_product_items(b, sent, spans, state)
    _led_industries(b, sent, spans)
    _project_kinds(b, sent, spans)
    _counted_kinds(b, sent, spans, state)
    _named_roles(b, sent, spans, state)
    _reported_industries(b, sent, spans, state)
    for m in scan(P["closing"], text):
        if P["platform_after"].match(text, m.end()):
            continue  # "全面提速A基地、B物流城…等6个产业平台": platforms, places
        if P["places_closing"].match(m.group(0)):
            continue  # "聚焦长三角、珠三角等沿海地区产业转移": regions, whose industries move
        quote = _quote_open(text, m.start())  # "突出‘智能制造，新能源、新材料，大健康’等产业重点": commas inside
        start = _clause_start(text, m.start() if quote is None else quote)
        opens = list(P["opening"].finditer(text, start, m.start() if quote is None else quote))
        chain = [c for c in P["chain_opening"].finditer(text, start) if c.end() <= m.start()]
        if chain:  # "集|A、B、C一条龙的完整产业体系": the verb of a chain of stages (chain_opening)
            start = chain[-1].end()
        elif opens:
            start = opens[-1].end()
        elif P["sector_closing"].search(m.group(0)):
            continue  # "在高铁新城引入科技、研发等生产性服务业": a sector word closes a list only a develop verb opens
        body = text[start:m.start()]
        if quote is not None and quote >= start:
            body = body[:quote - start] + P["quoted_comma"].sub(_LIST_MARK, body[quote - start:])
        m_de = P["described"].match(body, max((s.end() for s in P["separator"].finditer(body)), default=0))
        described = m_de is not None
        if described:  # "以A、B等企业为龙头的X产业": A, B describe X, the last item of a list of such clauses
            start, body = start + m_de.end(), body[m_de.end():]
        else:  # "以A、B等企业为骨干的X、Y、Z等…产业": the firms before the frame describe the list after it
            firms = max((f.end() for f in P["firms_described"].finditer(body)), default=0)
            start, body = start + firms, body[firms:]
        tag = P["batch_field_tag"].search(body)
        if tag is not None and tag.start() > 0 and is_list(body[:tag.start()]):
            body = body[:tag.start()]  # "新文旅、新农业“四新”产业": the quoted tag after the last item names the group
        if P["describes_close"].search(body) and not P["item_role"].search(body):
            continue  # "构建特色彰显、优势突出的“5+N”现代化产业体系": a list closed by 的 describes the system, names none
        count = _count(m.group("count") or m.group("count2") or m.group("count3"))
        paired = count == 2 and len(P["inner_joiner"].split(body)) == 2  # "低空经济与数字经济两大前沿赛道"
        # "特色化发展A和B等支撑产业": two items joined by 和 that 等 closes; "发展壮大“A”首位主导产业": a quoted name given a role
        paired = paired or P["deng_closing"].match(m.group(0)) is not None and len(P["last_joiner"].split(body)) == 2 \
            or P["quoted_lone"].match(body) is not None and P["quoted_role"].search(m.group(0)) is not None \
            or bool(opens) and opens[-1].end() == start and P["deng_closing"].match(m.group(0)) is not None \
            and P["lone_item"].fullmatch(body) is not None  # "不断壮大生物化工等产业集群": a develop verb's lone item
        if not is_list(body) and not described and not paired and not (count and count >= 2 and P["last_joiner"].search(body)):
            continue
        # a counted list of clusters or a quoted list names them whatever the verb ("A、B等4个集群获评…")
        clusters = P["cluster_closing"].search(m.group(0)) is not None and count is not None \
            or P["quoted_body"].match(body) is not None
        # "涵盖了A、B等多个前沿产业领域", "打造覆盖A、B等领域的完整产业链": fields, no place's; but "北碚区将围绕A、B等产业
        # 领域" speaks of the place's own fields
        fields = P["fields_after"].match(text, m.end()) is not None or P["fields_after"].search(m.group(0)) is not None
        focus = fields and bool(opens) and P["focus_opening"].fullmatch(opens[-1].group(0)) is not None
        fields = fields and not focus or bool(opens) and P["batch_covers"].search(text, 0, opens[-1].end()) is not None \
            and P["place_own_kind"].search(m.group(0)) is None  # "8个项目…，涵盖A、B等6个产业链": a batch's fields
        cued = focus or P["develops_cue"].search(text, 0, m.end()) is not None
        # (ind18) a verb of bringing in opening the list itself names its industries, but says no place develops them:
        # what is brought in may be a park's, a project's or a transfer's (承接…产业转移)
        brought = not cued and bool(opens) and opens[-1].end() == start \
            and P["opening_cue"].fullmatch(opens[-1].group(0)) is not None
        batch = fields
        fields = fields or brought
        cued = cued or brought
        if not cued and not clusters:
            continue
        subj = _subject(b, spans, start, state, text, sent) if cued else None
        # (ind19) …but a county, zone or park the sentence itself opens with, and no other place named on the way, brings
        # them into itself ("清徐经济开发区辐射周边…，大力延伸A、B…"): never the report's place by default, nor a county
        # whose park is named before the verb (临泉县依托金属产业园，引进…: the park's, ind18)
        bringer = subj if brought and not batch and subj is not None and subj.start < start \
            and any(f is subj for f in spans) \
            and not any(f.label in _PLACE and subj.end <= f.start < start for f in spans) else None
        first_item = split_items(body)[0]
        owner = next((f for f in spans if f.label in _PLACE and f.start == start and f.end <= start + len(first_item) - 2
                      and _patterns()["item"].match(text[f.end:start + len(first_item)])
                      and f.nid in b.nodes and not _above_county(b.nodes[f.nid])), None)
        if owner is not None and cued and not fields:  # "梓潼县经济开发区A和B两大主导产业": the place opening the list owns it
            subj = owner
            body = body[owner.end - start:]
            start = owner.end
        head = P["bare_head"].search(split_items(body)[0])
        zone = state.last_zone if head is not None and P["bare_zone_head"].match(head.group(0)) else None
        if head is not None and (zone or state.last_park) is not None:  # "为开发区煤炭、煤电…": the zone named last
            subj = zone or state.last_park
            start += head.end()
            body = body[head.end():]
        listed = _items(body, start, count)
        if sum(1 for _a, item in listed if P["stage_item"].match(item)) >= 2:
            continue  # "种植、加工、营销…等领域的全产业链": the links of one chain, no industries (ind16)
        for a, item in listed:
            a, item = _without_place_head(spans, text, a, item)
            if not P["item"].match(item) or item in _NOT_INDUSTRY or b.resolver.county(item) is not None \
                    or P["item_place"].search(item) \
                    or P["item_counted"].search(item) \
                    or is_place_word(item) \
                    or any(f.label == Label.PROJECT and a < f.start < f.end == a + len(item) for f in spans) \
                    or any(f.start <= a < f.end and f.label not in (Label.CLUSTER,) and f.end <= m.start()
                           and not (clusters and f.label == Label.COUNTY and f.start == a and f.end < a + len(item))
                           for f in spans):
                continue  # a firm or a place named in the list ("涉及一汽解放、玲珑轮胎等多家行业内龙头企业"), not
                # the county a listed cluster is named for (宁晋农机), nor a "name" that runs into the list's close
                # (五金机械等产业园区), nor a project with the words opening its clause (也有|润阳光伏研究院)
            found = next((f for f in spans if f.start == a and f.surface.startswith(item) and f.label == Label.CLUSTER), None) \
                or cluster_span(b, item, a, sent, RULE)
            if found is None:
                continue
            spans.append(found)
            if subj is not None and not fields:
                _edge(b, RelType.DEVELOPS, subj, found, sent, RULE, state)
            elif bringer is not None:
                _edge(b, RelType.DEVELOPS, bringer, found, sent, "brought_in", state)
            if clusters:
                _county_cluster(b, found, sent, state)
    rule_vocabulary_list(b, sent, spans, state, _subject)
    rule_plain_list(b, sent, spans, state, _subject)


def _without_place_head(spans: list[Found], text: str, a: int, item: str) -> tuple[int, str]:
    """"与衡东县化工新材、泵业智造…等主导产业": a county, zone or park right after a preposition (place_head) that opens
    an item, or that _items dropped from the first item as a lead word, says whose industry it is, no part of its name."""
    for f in spans:
        if f.label in _PLACE and a <= f.start <= a + 1 and f.end <= a + len(item) - 2 \
                and _patterns()["place_head"].fullmatch(text, f.start - 1, f.start) \
                and _industry_name(item[f.end - a:]):  # (in the item, or dropped from it as a lead word: _items)
            return f.end, item[f.end - a:]
    return a, item


def _county_cluster(b: GraphBuilder, found: Found, sent: Sentence, state: ProseState) -> None:
    """A listed cluster named for its county (沙河玻璃, 宁晋农机 in "A、B等4个集群"): the county develops it
    (rule cluster_place, as for 阳谷县化工新材料产业集群)."""
    hit = b.resolver.county_prefix(found.surface)
    if hit is None or len(found.surface) - len(hit[0]) < 2:
        return
    cid = b.node(hit[1], hit[0], sent, "cluster_place")
    _edge(b, RelType.DEVELOPS, Found(found.start, found.start + len(hit[0]), Label.COUNTY, cid, hit[0]), found, sent,
          "cluster_place", state)


_place_patterns = partial(pattern_group, "prose", "place_industry")


def _above_county(node: NodeRecord) -> bool:
    """A prefecture, province or region (by its node's kind, or a gazetteer name of no county): no zone or county."""
    if node.props.get("kind") in ABOVE_COUNTY:
        return True
    units = default_gazetteer().full.get(node.name, ())
    return bool(units) and all(u.level != "county" for u in units)


def _industry_name(name: str, joined: bool = False) -> bool:
    """A name an industry may have: no clause inside, no generic word (优势产业); `joined`: a name read whole may
    join two industries (新能源及装备制造业)."""
    P = _place_patterns()
    core = P["industry_ending"].sub("", name)
    inside = P["name_joiners"].sub("", core) if joined else core
    return 2 <= len(core) <= 14 and core not in _NOT_INDUSTRY and not P["not_in_name"].search(inside)


def _industry_item(name: str, core: str | None = None) -> bool:
    """A name a rule may make a new industry: an industry's name (`_industry_name`), no generic word (checked on
    `core`, the name without its ending, where the rule gives one) and no place."""
    return _industry_name(name) and not generic_industry(name if core is None else core) and not is_place_word(name)


def report_place(b: GraphBuilder, sent: Sentence, spans: list[Found], start: int, state: ProseState,
                 rule: str = "industry_subject") -> Found | None:
    """A subject with no place before it: the county the report is about (context.report_county: 我县/全县 is that
    county even where the report's place is one of its zones), else the report's place; none where the sentence
    names another place before the industry (东方生命港开工，去年X产业规模突破…: whose, it does not say)."""
    doc = state.doc_place_found()
    doc = doc if doc is not None and doc.nid in b.nodes else None
    county = b.resolver.doc_county
    own = {b.nodes[doc.nid].name if doc is not None else "", county.name if county else ""}
    if any(f.label in _PLACE and f.start < start and b.nodes[f.nid].name not in own for f in spans if f.nid in b.nodes):
        return None
    if county is None:
        return doc if doc is not None and not _above_county(b.nodes[doc.nid]) else None
    return Found(0, 0, Label.COUNTY, b.node(county, county.name, sent, rule), county.name)


def _topic_develops(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, found: Found,
                    rule: str) -> None:
    """An industry a sentence opens on as its topic ("在X产业上，…", "X产业方面，…", "这个县围绕X产业上项目。"): the place
    whose work the paragraph reports (the one it opens with, else the report's county or place: `report_place`)
    DEVELOPS it (ind14: batches 10, 11, 12 of the learning halves)."""
    para = state.paragraph_place(sent)
    node = b.nodes.get(para.nid) if para is not None else None
    subj = para if node is not None and not _above_county(node) else report_place(b, sent, spans, found.start, state, rule)
    if subj is not None:
        _edge(b, RelType.DEVELOPS, subj, found, sent, rule, state)


def rule_place_industries(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """Industries a place holds, stated without a list: "银川经开区光伏材料产业规模…" (rule place_industry),
    "以A产业为支柱" in a develop clause (industry_list), "A产业链方面，…" in a report on one place (chain_topic)."""
    P, text = _place_patterns(), sent.text
    for f in list(spans):
        if f.label not in _PLACE:
            continue
        m = P["after_place"].match(text, f.end)
        node = b.nodes.get(f.nid)
        if m is None or node is None or _above_county(node) \
                or not _industry_name(m.group("name")) or any(g.start == m.start("name") and g.label != Label.CLUSTER for g in spans) \
                or generic_industry(P["industry_ending"].sub("", m.group("name"))):  # 等舒城|传统主导产业: a kind, no name
            continue
        found = next((g for g in spans if g.start == m.start("name") and g.label == Label.CLUSTER), None) \
            or cluster_span(b, m.group("name"), m.start("name"), sent, "place_industry")
        if found is not None:
            spans.append(found)
            _edge(b, RelType.DEVELOPS, f, found, sent, "place_industry", state)
    if search(_patterns()["develops_cue"], text):
        for m in scan(P["role"], text):
            found = next((g for g in spans if g.label == Label.CLUSTER and g.start == m.start("name")
                          and g.end <= m.end("name")), None)
            if found is None and P["role_industry"].match(text, m.end()) and _industry_name(m.group("name")) \
                    and not is_place_word(m.group("name")):
                # "以新能源电池为核心产业特色": the role says it is an industry
                found = _new_industry(b, sent, spans, m.group("name"), m.start("name"), m.end("name"))
            subj = _subject(b, spans, m.start(), state, text) if found is not None else None
            if subj is not None:
                _edge(b, RelType.DEVELOPS, subj, found, sent, RULE, state)
    _mainly_lone(b, sent, spans, state)
    m = P["chain_topic"].match(text)
    if m is not None and sent.start == sent.para_start and state.doc_place is not None:
        found = cluster_span(b, m.group("name"), 0, sent, "chain_topic")
        doc = state.doc_place_found()
        if found is not None and doc is not None:
            spans.append(found)
            _edge(b, RelType.DEVELOPS, doc, found, sent, "chain_topic", state)


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


def _list_firms(b: GraphBuilder, sent: Sentence, spans: list[Found], start: int, end: int) -> list[Found]:
    """listed_firms of a list of two or more items; a lone item only if it is a firm found there (龙头企业数量达50家等
    is no firm)."""
    if is_list(sent.text[start:end]):
        return listed_firms(b, sent, spans, start, end)
    return [f for f in spans if f.label == Label.ENTERPRISE and start <= f.start and f.end <= end]


def rule_cluster_of_firms(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"形成以A为龙头，B、C等企业相配套，D等企业进行精深加工的玉米产业集群": each firm named between 以 and 的
    is in the cluster right after 的 (rule cluster_of_firms; A also leads it). "以A、B等企业为龙头的X产业;以C、D等企业
    为龙头的Y产业": each group its own; an industry no other rule found there is named by this one."""
    text, P = sent.text, _place_patterns()
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
        cluster = _cluster_at(spans, at)
        if cluster is None and m.group("kind") is not None:
            cluster = _known_industry(b, sent, name, at)  # 以A为龙头的锂电企业: only an industry the document names
        elif cluster is None and _industry_name(name, joined=True) and not is_place_word(name):
            cluster = _new_industry(b, sent, spans, name, at, end, "cluster_of_firms")
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
            _edge(b, RelType.IN_CLUSTER, f, cluster, sent, "cluster_of_firms", state,
                  {"role": "leading" if lead else "member"})
        home = _cluster_home(b, text, spans, m.start())
        located = b.sources(RelType.LOCATED_IN) if home is not None else set()
        for f in firms if home is not None else ():
            if f.nid not in located:  # X产业园，形成了以A、B为龙头的…产业集群: the place's own firms (rel10)
                _edge(b, RelType.LOCATED_IN, f, home, sent, "cluster_of_firms", state)


def _cluster_home(b: GraphBuilder, text: str, spans: list[Found], at: int) -> Found | None:
    """The county, zone or park whose cluster a firms' frame at `at` builds: the one opening the sentence as its subject
    (after at most a purpose and a time) with no other name up to the frame (溧阳高新区…基地目前已形成了以A、B为龙头…), or
    the park ending the clause before a clause with no subject (建设X产业园，形成了以A、B等为龙头的…产业集群)."""
    cs = _clause_start(text, at)
    for f in spans:
        if f.label not in _PLACE or b.nodes[f.nid].props.get("kind") in ABOVE_COUNTY:
            continue
        if f.end < cs and _topic_comma(b, text, f) == cs and pattern("prose", "cluster_frame_lead").fullmatch(text, cs, at):
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
    P, text = _place_patterns(), sent.text
    start = _clause_group_start(text, at)
    place = min((f for f in spans if start <= f.start < at and f.label in _PLACE), key=lambda f: f.start, default=None)
    if place is None or P["forms_lead"].match(text[start:place.start]) is None \
            or P["forms_verb"].fullmatch(text, place.end, at) is None \
            or place.nid not in b.nodes or _above_county(b.nodes[place.nid]):
        return  # (only the place's own clause before 形成: "建设…P，形成了以…")
    _edge(b, RelType.DEVELOPS, place, cluster, sent, "cluster_of_firms", state)


def rule_project_vehicle(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"以翰鼎石业文家庙石材加工厂项目建设为载体，…，打造镇安石材产业集群": the project named the vehicle (载体, 抓手, 依托…)
    is in the cluster or industry a develop verb of the same clause group takes right after it (rule project_vehicle)."""
    P, text = _place_patterns(), sent.text
    if not any(f.label == Label.PROJECT for f in spans):
        return  # the vehicle is a project found in the sentence: none, nothing to read
    for m in scan(P["vehicle"], text):
        project = next((f for f in spans if f.label == Label.PROJECT and f.end == m.end("head")
                        and f.start >= m.start("head")), None)
        if project is None:
            continue
        stop = _clause_group_end(text, m.end())
        for v in P["vehicle_verb"].finditer(text, m.end(), stop):
            for f in spans:
                if f.label == Label.CLUSTER and f.start == v.end() and f.end <= stop \
                        and (P["vehicle_object_end"].search(f.surface[-4:]) or P["vehicle_object_end"].match(text, f.end)):
                    _edge(b, RelType.IN_CLUSTER, project, f, sent, "project_vehicle", state)


def rule_firm_invests(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"…与山东尚品尚科技有限公司签订投资协议。该公司将在怀远投资糯米深加工产业": the firm (named right before the verb's
    clause, or 该公司 for the paragraph's last firm) invests in or works in the industry: IN_CLUSTER (rule firm_invests)."""
    P, text = _place_patterns(), sent.text
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
        if not _industry_item(name, core) or is_place_word(core):
            continue
        found = _cluster_at(spans, m.start("name")) or cluster_span(b, name, m.start("name"), sent, "firm_invests")
        if found is not None:
            _edge(b, RelType.IN_CLUSTER, firm, found, sent, "firm_invests", state)


def _known_industry(b: GraphBuilder, sent: Sentence, name: str, at: int) -> Found | None:
    """The industry `name` (written at sent.text[at:]) where the document names it as one: a cluster node of this
    document, an official name (data/industries), or a name the text writes as an industry elsewhere (锂电产业,
    锂电全产业链); else None (a kind of firm, 骨干企业, names none)."""
    r = b.resolver.cluster(name, create=False)
    if not _document_cluster(b, r) and not in_vocabulary(name) and not _named_as_industry(b, name):
        return None
    r = r or b.resolver.cluster(name)
    return Found(at, at + len(name), Label.CLUSTER, b.node(r, name, sent, "cluster_of_firms"), name) if r else None


def _document_cluster(b: GraphBuilder, r: Resolved | None) -> bool:
    """Whether a resolved cluster is a cluster node this document already made."""
    return r is not None and r.id in b.nodes and b.nodes[r.id].label == Label.CLUSTER


def _named_as_industry(b: GraphBuilder, name: str) -> bool:
    """Whether the document writes `name` as an industry somewhere (锂电产业, 锂电全产业链: prose.yaml
    industry_named_after), so a kind of firm named by it (锂电企业) names that industry."""
    return re.search(re.escape(name) + _place_patterns()["industry_named_after"].pattern, b.doc.text) is not None


_serves_patterns = partial(pattern_group, "prose", "project_serves")


def rule_project_serves(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"总投资11.9亿元的A项目，主要生产…，将助推我市轨道交通产业实现新的突破": the projects named in the
    sentence before the verb (after its last ；) are in the industry right after it (rule project_serves).
    Only projects named in the sentence: "项目建成后，将助推…" names none; nor does a list of industries after the verb."""
    P, text = _serves_patterns(), sent.text
    projects = [f for f in spans if f.label == Label.PROJECT]
    if not projects and (state.last_project is None or PROJECT_ANAPHOR.search(text) is None
                         and P["bare_anaphor"].match(text) is None):
        return
    for m in (*P["verb"].finditer(text), *P["part_of"].finditer(text), *P["purpose"].finditer(text)):
        start = _clause_group_start(text, m.start())
        counted = P["parts_counted"].search(text, start, m.start()) is not None  # "项目包含A、B等5个项目": projects
        named = [f for f in projects if start <= f.start and f.end <= m.start() and not P["parts"].search(b.nodes[f.nid].name)
                 and (counted or not P["parts"].search(text, start, f.start))]  # "其中一期项目包含A厂房、B厂房": parts of one
        if not named and state.last_project is not None and (PROJECT_ANAPHOR.match(text, start) or P["bare_anaphor"].match(
                text, start) and state.last_project_para == sent.para_start):
            named = [state.last_project]  # "该项目竣工投产后将…推动茌平区铝电产业转型升级"
        if not named:
            continue
        # "推动茌平区铝电产业转型升级": a county, zone or city before the industry says whose it is
        place = next((f for f in spans if f.label in _PLACE and f.start == m.end()), None)
        at = place.end if place is not None else m.end() + place_length(text, m.end())
        zone = P["zone_head"].match(text, at)
        at = zone.end() if zone is not None else at  # a zone the recogniser left unnamed (明港产业集聚区|钢铁产业链)
        found = _cluster_at(spans, at)
        if found is not None and P["list_after"].match(text, found.end):
            continue  # "促进A、B、C四大传统产业…": a list of industries, none the projects' own
        end = found.end if found is not None else None
        if m.re is P["purpose"]:  # "…，将为X产业发展提供新支撑": the industry, its 发展 and a verb of giving
            obj = P["purpose_industry"].match(text, at)
            if obj is None or (found is not None and found.end > obj.end("name")) or not _industry_name(obj.group("name")) \
                    or is_place_word(obj.group("name")):
                continue
            end = obj.end("name")
        elif found is None:
            obj = P["industry" if m.re is P["verb"] else "chain_industry"].match(text, at)
            if obj is None and m.re is P["verb"]:
                obj = P["field"].match(text, at)  # "完善德令哈新材料领域产业链条": the field names the industry
            lone = P["list_inside_head"].match(obj.group("name")) if obj is not None else None
            if lone is not None and _industry_item(lone.group("head")) and not holds_verb(lone.group("head")):
                _new_industry(b, sent, spans, lone.group("head"), obj.start("name"), obj.start("name") + lone.end("head"),
                              "project_serves")  # "并带动物流等相关产业发展": 物流 is an industry, not the project's
            if obj is None or not _industry_name(obj.group("name")) or is_place_word(obj.group("name")) \
                    or P["list_after"].match(text, obj.end()) or P["list_inside"].search(obj.group("name")):
                continue
            end = obj.end("name")
        if m.re is P["part_of"] and P["part_of_tail"].match(text, end) is None:
            continue  # "A项目是准东开发区现代煤化工产业发展的保障性工程": no part of the industry's chain
        if found is None:
            found = _new_industry(b, sent, spans, text[at:end], at, end, "project_serves")
            if found is None:
                continue
        for f in named:
            _edge(b, RelType.IN_CLUSTER, f, found, sent, "project_serves", state)
        if place is None and P["own_place"].search(m.group(0)):
            place = state.doc_place_found()  # "推动该区胶辊产业的强势崛起": the report's place
        node = b.nodes.get(place.nid) if place is not None else None
        if node is not None and not _above_county(node):
            _edge(b, RelType.DEVELOPS, place, found, sent, "project_serves", state)
        return


_INDUSTRY_ENDS = tuple(map(str, rule_data("prose")["firm_industry_kept_ends"]))  # 产业, 产业链: part of the name


_firm_patterns = partial(pattern_group, "prose", "firm_industry")


def _industry_at(b: GraphBuilder, m: re.Match[str], spans: list[Found], sent: Sentence,
                 rule: str = "firm_industry") -> Found | None:
    """The industry a firm_industry match names: a cluster found there, else a new one (X产业, X产业链; 行业 and
    领域 are dropped: 化工行业 is 化工)."""
    end = m.end("end")
    found = next((g for g in spans if g.label == Label.CLUSTER and g.start >= m.start("name")
                  and m.end("name") <= g.end <= end), None)
    if found is not None:
        return found
    name = m.group("name")
    surface = name + m.group("end") if m.group("end") in _INDUSTRY_ENDS else name
    if not _industry_name(name) or is_place_word(name):
        return None
    return _new_industry(b, sent, spans, surface, m.start("name"), m.end("name"), rule)


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
        found = _industry_at(b, m, spans, sent)
        if found is not None:
            _edge(b, RelType.IN_CLUSTER, f, found, sent, "firm_industry", state, {"role": "leading"})
    paired = {f.nid for f, _m in pairs}
    for f, m in _bare_pairs(b, sent.text, firms, P):
        found = None if f.nid in paired else _cluster_at(spans, m.start("name")) or \
            _known_industry(b, sent, m.group("name"), m.start("name")) or _document_industry(b, m.group("name"), m.start("name"))
        if found is not None:
            _edge(b, RelType.IN_CLUSTER, f, found, sent, "firm_industry", state, {"role": "leading"})


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


def _topic(sent: Sentence, spans: list[Found], start: int) -> re.Match[str] | None:
    """The industry a group of clauses written at `start` is about: a develop verb and the industry as the whole
    first clause (加快发展X产业，; 抢抓X“风口”，), or the industry as the subject of a gathering verb, a place before it or not
    (X产业集聚了…, 樊城区X产业集群则依托…)."""
    m = pattern("prose", "topic_develop").match(sent.text, start) or pattern("prose", "topic_seize").match(sent.text, start)
    if m is None:
        place = next((f for f in spans if f.start == start and f.label in _PLACE), None)
        m = pattern("prose", "topic_subject").match(sent.text, place.end if place is not None else start)
    return m if m is not None and not is_place_word(m.group("name")) else None


def rule_topic_firms(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"优先发展智慧家庭产业，…，已聚集A、B、C等龙头企业", "现代物流服务产业集聚了A、B等重点物流企业" (rule topic_firms):
    in a group of clauses (up to ；) that opens on one industry, every firm of a list a leading cue opens (龙头企业A、B等)
    or a gathering verb opens and 等…企业 closes is in that industry (role leading when the list says 龙头, 骨干…).
    Runs only where a list closes with 等."""
    text = sent.text
    if not pattern("prose", "topic_firms_cue").search(text):  # cheap gate: every list this rule reads closes with 等
        return
    if cluster_of_section(sent) is not None or sent.lead and pattern("clusters", "industry_topic").match(sent.lead):
        return  # a cluster's section or an industry's paragraph: its firms are that one's (clusters.rule_leading)
    starts = [0] + [m.end() for m in _GROUP_END.finditer(text)]
    for k, gs in enumerate(starts):
        ge = starts[k + 1] - 1 if k + 1 < len(starts) else len(text)
        topic = _topic(sent, spans, gs)
        if topic is None:
            _kind_firms(b, sent, spans, state, gs, ge)
            continue
        members: list[tuple[Found, bool]] = []
        for m in pattern("prose", "topic_firms").finditer(text, topic.start("end"), ge):
            group = "a" if m.group("a") is not None else "b"
            lead = group == "a" or _LEADING_KINDS.search(m.group("kind") or "") is not None
            listed = _list_firms(b, sent, spans, m.start(group), m.end(group))
            _in_topic_park(b, sent, spans, listed, state)
            members += [(f, lead) for f in listed]
        industry = _industry_at(b, topic, spans, sent, "topic_firms") if members else None
        for f, lead in members if industry is not None else ():
            _edge(b, RelType.IN_CLUSTER, f, industry, sent, "topic_firms", state,
                  {"role": "leading" if lead else "member"})


def _kind_firms(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, start: int, end: int) -> None:
    """"引进A、B、C等电子信息企业100多家": a list whose closing word names an industry the document has named before
    (a cluster node of this document) puts its firms in that industry (rule topic_firms)."""
    for m in pattern("prose", "topic_firms").finditer(sent.text, start, end):
        kind = _QUALIFIERS.sub("", m.group("kind") or "")
        r = b.resolver.cluster(kind) if m.group("b") is not None and len(kind) >= 2 else None
        if r is None:
            continue
        if not _document_cluster(b, r) and not (_industry_item(kind) and _named_as_industry(b, kind)):
            continue  # (clu9) an industry the text writes as one elsewhere: 等2家肉牛龙头企业 where it says 肉牛产业
        found = Found(m.start("kind"), m.start("kind") + len(kind), Label.CLUSTER,
                      b.node(r, kind, sent, "topic_firms"), kind)
        firms = _list_firms(b, sent, spans, m.start("b"), m.end("b"))
        for f in firms:
            _edge(b, RelType.IN_CLUSTER, f, found, sent, "topic_firms", state, {"role": "member"})
        _in_topic_park(b, sent, spans, firms, state)


def rule_kind_projects(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"推进A、B、C等清洁能源项目" (rule list_named_kind, clu14): a list of projects closed by 等<kind>项目, whatever
    rule read its items, puts each project of its clause in the industry the kind names: an explicit one (等生物医药产业
    项目), one the document writes as an industry elsewhere (清洁能源 where it says 清洁能源产业集群) or an official name.
    Rank words before the kind (重点, 重大…) are no part of it; a sector (工业), a field's word, a place or a generic word
    names none, nor does a list whose items are industries themselves (a list of fields)."""
    text, P = sent.text, pattern_group("prose", "project_list")
    if not any(f.label == Label.PROJECT for f in spans):
        return  # the kind's projects are ones found in its clause: none, nothing to read
    for m in scan(P["closing"], text):
        kind = P["kind_rank_head"].sub("", pattern("prose", "count_head").sub("", m.group("kind")))
        if len(kind) < 2 or m.group("desc") or P["kind_not_cluster"].match(kind) or P["kind_parts"].search(kind):
            continue
        start = _clause_start(text, m.start())
        inside = [f for f in spans if start <= f.start and f.end <= m.start()]
        projects = [f for f in inside if f.label == Label.PROJECT]
        if len(projects) < 1 or any(f.label == Label.CLUSTER for f in inside):
            continue
        industry = _kind_industry(b, sent, kind, m.start("kind") + m.group("kind").rfind(kind))
        for f in projects if industry is not None else ():
            _edge(b, RelType.IN_CLUSTER, f, industry, sent, "list_named_kind", state)


def _kind_industry(b: GraphBuilder, sent: Sentence, kind: str, at: int) -> Found | None:
    """The industry a list's kind names: 生物医药产业 (an industry word ends it), else a name the document writes as an
    industry elsewhere or an official one (清洁能源); None for a generic kind, a place or a word with a verb."""
    core = pattern("prose", "cluster_kind").sub("", kind)
    if core == kind:
        if not _industry_item(kind) or holds_verb(kind):
            return None
        if not (_document_cluster(b, b.resolver.cluster(kind)) or in_vocabulary(kind) or _named_as_industry(b, kind)):
            return None
    elif len(core) < 2 or not _industry_item(kind, core) or holds_verb(core):
        return None
    r = b.resolver.cluster(kind)
    return Found(at, at + len(kind), Label.CLUSTER, b.node(r, kind, sent, "list_named_kind"), kind) if r else None


def _in_topic_park(b: GraphBuilder, sent: Sentence, spans: list[Found], firms: list[Found], state: ProseState) -> None:
    """A list of firms right after the verb of a clause whose topic is the park ending the clause before (X产业园，落户了A、
    B等一批水饮料及食品企业): each is in that park (rule enterprise_list_settled; rel10)."""
    where = clause_topic_park(b, sent.text, spans, min(f.start for f in firms)) if firms else None
    located = b.sources(RelType.LOCATED_IN) if where is not None else set()
    for f in firms if where is not None else ():
        if f.nid not in located:
            _edge(b, RelType.LOCATED_IN, f, where, sent, "enterprise_list_settled", state)


_LEADING_KINDS = re.compile(alternation("prose", "leading_kinds"))
_QUALIFIERS = re.compile(alternation("prose", "firm_qualifiers"))


_around_patterns = partial(pattern_group, "prose", "around_industry")


def rule_around_industry(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"围绕新能源汽车产业链，引进了A、B等企业", "围绕光伏产业招引C项目" (rule around_industry): every firm or
    project named after the verb, up to the end of its clause, is in the industry; so is every firm of a list closed
    by 等…企业 that opens the clause of 围绕X布局/发展 ("A、B等企业围绕煤焦化深加工布局的…"). Runs only where 围绕 stands."""
    P, text = _around_patterns(), sent.text
    if not search(P["cue"], text):
        return
    for m in scan(P["verb"], text):
        stop = P["object_end"].search(text, m.end())
        end = stop.start() if stop is not None else len(text)
        brought = [f for f in spans if f.label in (Label.ENTERPRISE, Label.PROJECT) and m.end() <= f.start and f.end <= end]
        found = _industry_at(b, m, spans, sent, "around_industry") if brought else None
        for f in brought if found is not None else ():
            _edge(b, RelType.IN_CLUSTER, f, found, sent, "around_industry", state)
    for m in scan(P["before"], text):  # "A、B等企业围绕X布局的…": the firms before 围绕
        firms = listed_firms(b, sent, spans, m.start("firms"), m.end("firms"))
        found = _industry_at(b, m, spans, sent, "around_industry") if firms else None
        for f in firms if found is not None else ():
            _edge(b, RelType.IN_CLUSTER, f, found, sent, "around_industry", state)


_project_industry = partial(pattern_group, "prose", "project_industry")


def rule_project_industry(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"A项目正在推进。这是鄂尔多斯市现代煤化工产业发展的“窗口”" (rule project_industry): a sentence opening 这是 /
    该项目是 an industry's … speaks of the project its paragraph named last, in an earlier sentence; "该项目是X县为做大做强
    电子信息产业而引进的新项目" (an explicit 该项目 and the industry it was brought in for) of the project named last."""
    project = state.last_project
    if project is None or any(f.label == Label.PROJECT for f in spans):
        return
    text = sent.text.lstrip()
    m = _project_industry()["opening"].match(text) if state.last_project_para == sent.para_start else None
    if m is None:
        m = _project_industry()["purpose"].match(text)
    if m is None:
        return
    shift = len(sent.text) - len(text)
    found = next((g for g in spans if g.label == Label.CLUSTER and g.start - shift >= m.start("name")
                  and g.end - shift in (m.end("end"), m.end("name"))), None)
    if found is None:
        name = m.group("name")
        if not _industry_name(name) or is_place_word(name):
            return
        surface = name + m.group("end") if m.group("end") in _INDUSTRY_ENDS else name
        found = cluster_span(b, surface, m.start("name") + shift, sent, "project_industry")
        if found is None:
            return
        spans.append(found)
    _edge(b, RelType.IN_CLUSTER, project, found, sent, "project_industry", state)


def rule_field_topic(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"在农副产品精深加工产业方面，…。…A公司已成为…，B项目全面完工…" (rule field_topic): a sentence opening on the field
    of an industry (X产业方面, X领域, X发展中) puts the firms and projects it names in X; opening its paragraph, those of the
    paragraph's later sentences too, up to the next such opening. Not in a cluster's section (its firms are that one's)."""
    topic = state.field_topic if state.field_topic is not None and state.field_topic[0] == sent.para_start else None
    m = pattern_group("prose", "field_topic")["opening"].match(sent.text)
    if m is not None and cluster_of_section(sent) is None:
        name, end = m.group("name"), m.group("end")
        found = next((g for g in spans if g.label == Label.CLUSTER and g.start == m.start("name")
                      and g.end in (m.end("name"), m.end("end"))), None)
        if found is None and (end is not None or in_vocabulary(name)) and _industry_item(name) \
                and not holds_verb(name):
            surface = name + end if end in _INDUSTRY_ENDS else name
            found = _new_industry(b, sent, spans, surface, m.start("name"), m.start("name") + len(surface), "field_topic")
        if found is not None:
            topic = (sent.para_start, found)
            state.field_topic = topic if sent.start == sent.para_start else None
            _topic_develops(b, sent, spans, state, found, "field_topic")
    for f in spans if topic is not None else ():
        if f.label in (Label.ENTERPRISE, Label.PROJECT):
            _edge(b, RelType.IN_CLUSTER, f, topic[1], sent, "field_topic", state)


_paragraph_topic = partial(pattern_group, "prose", "paragraph_topic")


def _topic_industry(b: GraphBuilder, sent: Sentence, spans: list[Found], m: re.Match[str]) -> Found | None:
    """The industry a topic sentence names at group "name" (its ending kept where it is part of the name): the cluster
    found there, else a new industry where the name is one (not a place, no verb in it)."""
    found = next((g for g in spans if g.label == Label.CLUSTER and g.start == m.start("name")
                  and g.end in (m.end("name"), m.end("end"))), None)
    name, end = m.group("name"), m.group("end")
    if found is None and _industry_item(name) and not holds_verb(name) and not is_place_word(name):
        surface = name + end if end in _INDUSTRY_ENDS else name
        found = _new_industry(b, sent, spans, surface, m.start("name"), m.start("name") + len(surface), "paragraph_topic")
    return found


def rule_paragraph_topic(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"在航空航天产业，产能…。…已集聚A、B等企业。重点推进C、D等项目…", "这个县围绕木材产业上项目。去年，…E项目…", "…，奋力
    打造…绿色能源产业集群。…F项目实现产值…" (rule paragraph_topic, mem13): a sentence that makes one industry the topic of
    its paragraph (opening it with 在X产业(上)，; being only 围绕X产业上项目; naming no firm or project and closing on a
    develop verb and one cluster) puts the firms and projects of the paragraph's later sentences in that industry, up to
    the next such sentence or an opening on another field (在Y方面，); in a sentence naming projects, only those (its
    firms invest in them). Not in a cluster's section (its firms are that one's)."""
    topic = state.paragraph_topic if state.paragraph_topic is not None and state.paragraph_topic[0] == sent.para_start \
        else None
    if cluster_of_section(sent) is not None:
        return
    P, text = _paragraph_topic(), sent.text
    members = [f for f in spans if f.label in (Label.ENTERPRISE, Label.PROJECT)]
    found: Found | None = None
    m = P["in_industry"].match(text) if sent.start == sent.para_start else None
    if m is None and not members:
        m = P["around"].match(text)
    if m is not None:  # "在X产业上，…", "这个县围绕X产业上项目。": the paragraph's place works on X
        found = _topic_industry(b, sent, spans, m)
        if found is not None:
            _topic_develops(b, sent, spans, state, found, "paragraph_topic")
    elif not members and any(g.label == Label.CLUSTER for g in spans):  # (the topic is a cluster found: none, no scan)
        m = search(P["closing_cluster"], text)  # other industries only inside that clause (以X为核心的Y产业集群)
        if m is not None and not any(g.label == Label.CLUSTER and g.start < m.start() for g in spans):
            found = next((g for g in spans if g.label == Label.CLUSTER and g.end == m.start("stop")), None)
    if found is not None:
        state.paragraph_topic = topic = (sent.para_start, found)
    elif topic is not None and pattern_group("prose", "field_topic")["opening"].match(text):
        state.paragraph_topic = topic = None  # another field opens: the topic ends
    if any(f.label == Label.PROJECT for f in members):  # the firms of a sentence naming projects invest in them
        members = [f for f in members if f.label == Label.PROJECT]
    for f in members if topic is not None else ():
        _edge(b, RelType.IN_CLUSTER, f, topic[1], sent, "paragraph_topic", state)


def rule_project_fields(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"A项目正式签约。项目…，着重定位于数字信息技术、商业航天与卫星互联、智能终端三个产业" (rule project_fields): a
    sentence whose subject is one project (an anaphor opening it, for the project its paragraph named last; a bare 园区
    for that project where it is a 园; a project opening it) and a verb of focus (聚焦, 定位于, 重点发展, 主打, 围绕): the
    industries found in that verb's clause are the project's. Runs after the industry rules named them."""
    P, text = pattern_group("prose", "project_fields"), sent.text
    if search(P["verb"], text) is None and search(P["chain_verb"], text) is None:
        return
    own = [f for f in spans if f.label == Label.PROJECT]
    project, start = None, 0
    inner = search(P["inner_anaphor"], text)
    if own and own[0].start == len(text) - len(text.lstrip()):
        project, start = own[0], own[0].end  # "A项目将重点发展…"
    elif inner is not None and any(f.end <= inner.start() for f in own):
        # "今天A项目正式签约，该项目将主打…": the project named before the anaphor
        project, start = [f for f in own if f.end <= inner.start()][-1], inner.end()
    elif not own and state.last_project is not None:
        last = state.last_project
        if P["anaphor"].match(text) or P["park_anaphor"].match(text) and P["park_project"].search(b.nodes[last.nid].name) \
                and state.last_project_para == sent.para_start:
            project = last
    if project is None:
        return
    for m in P["verb"].finditer(text, start):
        stop = _clause_group_end(text, m.end())
        clause = P["clause_end"].search(text, m.end())
        end = min(stop, clause.start() if clause is not None else len(text))
        for f in spans:
            if f.label == Label.CLUSTER and m.end() <= f.start and f.end <= end:
                _edge(b, RelType.IN_CLUSTER, project, f, sent, "project_fields", state)
    for m in P["chain_verb"].finditer(text, start):  # "…，着力打造生物医药全产业链": the chain's industry, right after the verb
        for f in spans:
            if f.label == Label.CLUSTER and f.start == m.end() and P["chain_end"].match(text, f.end):
                _edge(b, RelType.IN_CLUSTER, project, f, sent, "project_fields", state)



def rule_group_firms(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"西南部区域以新型建材为主，…，规模以上企业主要有A、B、C等", "X开发区高度重视超硬材料产业发展，…，集聚了A、B等一批
    行业龙头企业", "大力培育智能装备产业，…，帮助龙头企业A、B、C等…" (rule group_firms, ent16): a group of clauses (up to
    ；/。) naming one industry, whatever verb states it, and after it a list of firms closed by 等: the firms of the
    first such list are in that industry, members. Only the first: a second list (其他重要企业还有D、E等公司) is the
    place's other firms. Not the firms before the industry, nor projects (measured: 8 right of 26 and 5 of 46 on
    old689: a group names several trades' projects under one word)."""
    text = sent.text
    if not search(pattern("prose", "list_close"), text) or not is_list(text):
        return
    have = b.sources(RelType.IN_CLUSTER)
    starts = [0] + [m.end() for m in _GROUP_END.finditer(text)]
    for k, gs in enumerate(starts):
        ge = starts[k + 1] if k + 1 < len(starts) else len(text)
        inside = sorted((f for f in spans if gs <= f.start and f.end <= ge), key=lambda f: f.start)
        industries = [f for f in inside if f.label == Label.CLUSTER]
        if len({f.nid for f in industries}) != 1:
            continue
        listed = _first_firm_list(text, [f for f in inside if f.start >= industries[0].end])
        for f in listed if len(listed) >= 2 else ():
            if f.nid not in have:
                _edge(b, RelType.IN_CLUSTER, f, industries[0], sent, "group_firms", state, {"role": "member"})


def rule_lead_firms(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"以A、B两家…上市企业为龙头，引导小企业开展合作，推动X产业链向下延伸" (rule lead_firms, clu20): the firms a group of
    clauses (up to ；/。) frames as leading (以A、B为龙头/核心/链主/引领, no industry right after: 以A为龙头的Y产业 is
    cluster_of_firms') are in the one industry of that group: the one named before the frame, else the one named after
    it (an industry inside the frame, 两家宠物行业上市企业, is none; one found earlier in the document and named again here
    as X产业/X产业链 counts). Not a firm already in an industry. A list closed by 等…龙头企业 without the frame
    (依托A、B等龙头企业，…做强X产业) was measured and left out: 6 right of 7 on learn5to18, none right of 9 elsewhere."""
    text = sent.text
    if not search(pattern("prose", "lead_firms_cue"), text):
        return
    have = b.sources(RelType.IN_CLUSTER)
    starts = [0] + [m.end() for m in _GROUP_END.finditer(text)]
    for k, gs in enumerate(starts):
        ge = starts[k + 1] if k + 1 < len(starts) else len(text)
        for m in pattern("prose", "lead_firms_framed").finditer(text, gs, ge):
            firms = [f for f in spans if f.label == Label.ENTERPRISE and m.start("firms") <= f.start
                     and f.end <= m.end("firms") and f.nid not in have]
            if not firms:
                continue
            industries = [f for f in spans + _named_again(b, text, spans, gs, ge) if f.label == Label.CLUSTER
                          and gs <= f.start and f.end <= ge and not (m.start() <= f.start and f.end <= m.end())]
            before = {f.nid: f for f in industries if f.end <= m.start()}
            one = before or {f.nid: f for f in industries if f.start >= m.end()}
            if len(one) != 1:
                continue
            industry = next(iter(one.values()))
            if not _industry_name(b.nodes[industry.nid].name):
                continue  # a name another rule cut badly (做大做强鱼钩这一传统产业: 鱼钩这一传统) is no industry to join
            for f in firms:
                _edge(b, RelType.IN_CLUSTER, f, industry, sent, "lead_firms", state, {"role": "leading"})
                have.add(f.nid)


def _named_again(b: GraphBuilder, text: str, spans: list[Found], start: int, end: int) -> list[Found]:
    """The industries this document found before, named again as industries in text[start:end] where no rule read a name
    (…，推动宠物用品产业链向下延伸 after 宠物用品 was found; 将电子信息产业作为主攻方向): the cluster nodes' names followed by
    prose.yaml `industry_named_after`."""
    after = _place_patterns()["industry_named_after"]
    out: list[Found] = []
    for rec in b.nodes_of(Label.CLUSTER):
        if len(rec.name) < 2:
            continue
        at = text.find(rec.name, start, end)
        while at >= 0:
            stop = at + len(rec.name)
            if after.match(text, stop) and not any(f.start < stop and at < f.end for f in spans):
                out.append(Found(at, stop, Label.CLUSTER, rec.id, rec.name))
            at = text.find(rec.name, stop, end)
    return out


def _first_firm_list(text: str, after: list[Found]) -> list[Found]:
    """The firms of the first list among `after` (names in order): consecutive firms joined by 、 and closed by 等;
    empty when the first firm named opens no such list."""
    sep, close = pattern("prose", "list_sep"), pattern("prose", "list_close")
    named = [(f.start, f.end) for f in after if f.label == Label.ENTERPRISE]
    firms: list[Found] = []
    for f in after:
        if f.label != Label.ENTERPRISE and (f.start, f.end) in named:
            continue  # "中久光谷": a firm's name also read as a park by its ending, the list's item all the same
        if f.label != Label.ENTERPRISE:
            if firms:
                break
            continue
        if firms and not sep.fullmatch(text, firms[-1].end, f.start):
            break
        firms.append(f)
        if close.match(text, f.end):
            return firms
        if not sep.match(text, f.end):
            break
    return []
