"""Lists of industries (rule industry_list): every item of a list a develop verb opens or an industry word closes
(重点发展A、B等三大主导产业) is an industry, and the place the sentence is about DEVELOPS it; the shapes of roles.py,
fields.py and topics.py are read first, and the lexicon's lists (industry_vocabulary) last. Also list_siblings: the
other items of a list two of whose items the rules named are industries too.

    营口辽河经济开发区…，重点发展汽车及汽车零部件相关产业、农副产品深加工产业、现代物流业等三大主导产业
    兰州新区当天集中开工项目中，…，涵盖了智能制造、绿色化工、新材料…等重点产业   (a batch's fields: no place's)
    …形成了以A为支柱，B、C、D为主导产业的“1+4”工业产业体系
    开发区…形成原材料、消费品、装备等万亿级产业3个；长合区聚焦A及B和C及D两大主导产业

Reads: a prose sentence, its names, the ProseState. Writes: Cluster nodes (level industry unless the lexicon knows them,
or the list's ending says 集群) and DEVELOPS edges (rules industry_list, brought_in, cluster_place, list_siblings).
Patterns: prose.yaml `industry_list`, `list_siblings`.
"""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.context import names_home
from ingest.extract.industries.fields import batch_fields, counted_kinds, focus_fields, kind_batches, project_kinds
from ingest.extract.industries.items import count_of, field_name, list_items, without_place_head
from ingest.extract.industries.name_tests import node_above_county
from ingest.extract.industries.roles import (counted_heads, county_product_items, industry_bases, led_industries,
                                             mainly_list, named_roles, reported_industries, role_groups)
from ingest.extract.industries.shared import LIST_MARK, QUOTE_PAIRS, RULE, list_patterns, new_industry
from ingest.extract.industries.subject import note_topic, subject_place
from ingest.extract.industries.topics import heading_industry, inline_heading
from ingest.extract.industry_vocabulary import rule_plain_list, rule_vocabulary_list
from ingest.extract.names import is_place_word
from ingest.extract.prose import (Found, ProseState, NOT_INDUSTRY_NAMES, PLACE_LABELS, start_of_clause, prose_edge, cluster_span, is_list,
                                  split_items)
from ingest.rules import pattern_group, scan
from ingest.structure import Sentence


def _quote_open(text: str, end: int) -> int | None:
    """Where the quotation closing right before `end` opens, when it holds no sentence stop (else None)."""
    pair = QUOTE_PAIRS.get(text[end - 1]) if end > 0 else None
    if pair is None:
        return None
    q = text.rfind(pair, 0, end - 1)
    return q if q >= 0 and list_patterns()["quoted_stop"].search(text, q, end) is None else None


def rule_list_siblings(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"涉及新能源产业、绿色矿业、文化旅游产业…、白酒产业等。", "高端装备制造、化工、新材料、特钢深加工…等6条产业链贯通发展"
    (rule list_siblings, ind17): a list closed by 等 (with an industry's head, or at its clause's end) some of whose
    items the rules before named as industries names an industry in every item: two items named vouch for it, one
    does when the head is an industry's. An item that is no field's name (a place, a count, a public work: as for a
    batch's fields) is skipped. Where one place develops every named item in this sentence, it develops the others.
    Runs after every rule that names industries; not in a text on the home region, whose clusters the lexicon lists
    (as batch_fields)."""
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
        opens = list(list_patterns()["opening"].finditer(body, described.end() if described else 0))
        lead = opens[-1].end() if opens else described.end() if described else 0
        start, body = start + lead, body[lead:]
        items = list_items(body, start, None)
        if len(items) < 2 or sum(1 for _a, item in items if list_patterns()["stage_item"].match(item)) >= 2:
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
            a, item = without_place_head(spans, text, a, item)
            if a in found or item in NOT_INDUSTRY_NAMES or list_patterns()["batch_field_not_item"].search(item) \
                    or P["not_item"].search(item) \
                    or not field_name(b, spans, a, item):
                continue
            new = new_industry(b, sent, spans, item, a, a + len(item), "list_siblings")
            if new is not None and place is not None:
                b.edge(RelType.DEVELOPS, place, new.nid, sent, "list_siblings", new.surface)


def rule_industry_list(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    P = list_patterns()
    text = sent.text
    note_topic(sent, spans, state)
    counted_heads(b, sent, spans, state)
    batch_fields(b, sent, spans, state)
    focus_fields(b, sent, spans, state)
    heading_industry(b, sent, spans, state)
    mainly_list(b, sent, spans, state)
    industry_bases(b, sent, spans, state)
    kind_batches(b, sent, spans, state)
    inline_heading(b, sent, spans, state)
    role_groups(b, sent, spans, state)
    county_product_items(b, sent, spans, state)
    led_industries(b, sent, spans)
    project_kinds(b, sent, spans)
    counted_kinds(b, sent, spans, state)
    named_roles(b, sent, spans, state)
    reported_industries(b, sent, spans, state)
    for m in scan(P["closing"], text):
        if P["platform_after"].match(text, m.end()):
            continue  # "全面提速A基地、B物流城…等6个产业平台": platforms, places
        if P["places_closing"].match(m.group(0)):
            continue  # "聚焦长三角、珠三角等沿海地区产业转移": regions, whose industries move
        quote = _quote_open(text, m.start())  # "突出‘智能制造，新能源、新材料，大健康’等产业重点": commas inside
        start = start_of_clause(text, m.start() if quote is None else quote)
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
            body = body[:quote - start] + P["quoted_comma"].sub(LIST_MARK, body[quote - start:])
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
        count = count_of(m.group("count") or m.group("count2") or m.group("count3"))
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
        subj = subject_place(b, spans, start, state, text, sent) if cued else None
        # (ind19) …but a county, zone or park the sentence itself opens with, and no other place named on the way, brings
        # them into itself ("清徐经济开发区辐射周边…，大力延伸A、B…"): never the report's place by default, nor a county
        # whose park is named before the verb (临泉县依托金属产业园，引进…: the park's, ind18)
        bringer = subj if brought and not batch and subj is not None and subj.start < start \
            and any(f is subj for f in spans) \
            and not any(f.label in PLACE_LABELS and subj.end <= f.start < start for f in spans) else None
        first_item = split_items(body)[0]
        owner = next((f for f in spans if f.label in PLACE_LABELS and f.start == start and f.end <= start + len(first_item) - 2
                      and list_patterns()["item"].match(text[f.end:start + len(first_item)])
                      and f.nid in b.nodes and not node_above_county(b.nodes[f.nid])), None)
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
        listed = list_items(body, start, count)
        if sum(1 for _a, item in listed if P["stage_item"].match(item)) >= 2:
            continue  # "种植、加工、营销…等领域的全产业链": the links of one chain, no industries (ind16)
        for a, item in listed:
            a, item = without_place_head(spans, text, a, item)
            if not P["item"].match(item) or item in NOT_INDUSTRY_NAMES or b.resolver.county(item) is not None \
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
                prose_edge(b, RelType.DEVELOPS, subj, found, sent, RULE, state)
            elif bringer is not None:
                prose_edge(b, RelType.DEVELOPS, bringer, found, sent, "brought_in", state)
            if clusters:
                _county_cluster(b, found, sent, state)
    rule_vocabulary_list(b, sent, spans, state, subject_place)
    rule_plain_list(b, sent, spans, state, subject_place)


def _county_cluster(b: GraphBuilder, found: Found, sent: Sentence, state: ProseState) -> None:
    """A listed cluster named for its county (沙河玻璃, 宁晋农机 in "A、B等4个集群"): the county develops it
    (rule cluster_place, as for 阳谷县化工新材料产业集群)."""
    hit = b.resolver.county_prefix(found.surface)
    if hit is None or len(found.surface) - len(hit[0]) < 2:
        return
    cid = b.node(hit[1], hit[0], sent, "cluster_place")
    prose_edge(b, RelType.DEVELOPS, Found(found.start, found.start + len(hit[0]), Label.COUNTY, cid, hit[0]), found, sent,
          "cluster_place", state)
