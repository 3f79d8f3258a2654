"""Lists of companies in prose: every item is an enterprise, with or without a legal form.

Reads: a prose sentence, the names found in it (prose.Found) and what earlier sentences named
(prose.ProseState). Writes: Enterprise nodes (rule `enterprise_list`) and, when a settle verb follows
the list (入驻, 落户), LOCATED_IN to the park named after it, else the park last named, else the
report's place (rule `enterprise_list_settled`). Patterns: data/rules/prose.yaml `enterprise_list`.

    阿里巴巴、浙江巨洋集团、法国乐斯福等多家大型企业已入驻经济产业园
    沈机集团、昆明机床、云南建工、…、康师傅集团等企业纷纷入驻
    引进A、B、C等电子信息企业100多家; 集聚了A、B等为代表的…企业; 龙头企业A、B、C等增加研发投入
"""

from __future__ import annotations

import re
from functools import partial

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.context import NOT_COMPANY
from ingest.extract.names import after_inner_verb, company_start, find_enterprises, holds_verb, is_place_word, strip_lead_words
from ingest.extract.prose import PLACE_LABELS, Found, ProseState, end_of_clause, start_of_clause, prose_edge, clause_topic_park, is_list, split_items
from ingest.rules import pattern, pattern_group, rule_data, scan
from ingest.structure import Sentence

_CUES = re.compile(f"^(?:{'|'.join(rule_data('prose')['leading_cues'])})")
RULE = "enterprise_list"


_patterns = partial(pattern_group, "prose", "enterprise_list")
# the words joining a trade to the word before it inside one item (建材和|农副产品加工: `_trade`)
_JOINERS = str(rule_data("prose")["enterprise_list"]["trade_joiners"])
# an item ending in a park's word (虎林福娃稻米食品产业园区) or a product's (电子产品) is a park or a trade, no firm (audit AG;
# names.yaml list_item_not_firm_endings)
_NOT_FIRM_ENDINGS = tuple(map(str, rule_data("names")["list_item_not_firm_endings"]))


def _is_place(b: GraphBuilder, item: str) -> bool:
    """A place's name (names.is_place_word) or what the document calls a county (a lexicon alias, a zone)."""
    return is_place_word(item) or b.resolver.county(item) is not None


def _trade(text: str, a: int, z: int, spans: list[Found]) -> bool:
    """An item ending in an industry the sentence names, alone or joined to the word before it ("以纺织袜业、建材和
    农副产品加工等小微企业为主"): firms of that trade, no firm's name."""
    return any(f.label == Label.CLUSTER and f.end == z and (f.start == a or a < f.start and text[f.start - 1] in _JOINERS)
               for f in spans)


def _where(b: GraphBuilder, text: str, end: int, spans: list[Found], state: ProseState) -> Found | None:
    """Where a list that settles is: the park or zone named right after the verb, else the park
    last named, else the report's place."""
    after = next((f for f in spans if f.start >= end and f.label in PLACE_LABELS and f.start - end <= 4), None)
    if after is not None:
        return after
    if state.last_park is not None:
        return state.last_park
    return state.doc_place_found()


def _settled_in_close(text: str, end: int, after: int, spans: list[Found]) -> Found | None:
    """The park or zone a list's close says its firms settled in (A、B两家进驻X产业园的企业, A、B等入驻X的企业): the place
    right after a settle verb inside the close (loc17)."""
    m = _patterns()["settle_in_close"].search(text, end, after)
    if m is None:
        return None
    return next((f for f in spans if f.label in PLACE_LABELS and f.start == m.end() and f.end <= after), None)


def _park_subject(b: GraphBuilder, text: str, spans: list[Found], start: int) -> Found | None:
    """The park or zone (no county) a sentence opens with as its subject, its first name, before a list of firms at
    `start` (X产业园内，A、B、C三家企业…; X产业园新增投产A、B等10家企业; X开发区共入驻企业178家，…骨干企业有A、B): the
    place's own firms (loc17)."""
    from ingest.extract.report_place import opens_as_subject

    first = min((f for f in spans if f.start < start), key=lambda f: f.start, default=None)
    if first is None or first.label not in PLACE_LABELS or first.end > start \
            or not opens_as_subject(b, text, first, "firm_subject_lead"):
        cs = start_of_clause(text, start)  # … or its own clause's (…三大主导产业，X产业园已有A等16家企业)
        first = min((f for f in spans if cs <= f.start < start), key=lambda f: f.start, default=None)
        if first is None or first.start != cs or first.label not in PLACE_LABELS or first.end > start \
                or not pattern("prose", "subject_follows").match(text, first.end):
            return None
    if any(f.label in PLACE_LABELS and f.nid != first.nid and first.end <= f.start and f.end <= start for f in spans):
        return None  # "X园区管委会副主任介绍说，…，Y县大力实施…，吸引了A、B等": a later subject's firms
    node = b.nodes.get(first.nid)
    return first if node is not None and (node.label == Label.PARK or node.props.get("kind") == "zone") else None


def _counted(text: str, end: int) -> bool:
    """Whether the close at `end` counts the firms with a measure word (惠康针剂等3户企业, A等16家企业): one item before it
    is a firm as the items of a list are (ent14)."""
    m = _patterns()["closing"].match(text, end)
    return m is not None and m.group("measure") is not None


def _lone_named(text: str, end: int) -> bool:
    """Whether the close at `end` says of what it closes that it is a firm of a rank, field or batch (优脑银河等一批
    细分赛道领军企业, 天河酒业等骨干企业, 五一数码等一批知名数字经济企业): one item before it is a firm as a counted one
    is (`_counted`); a bare 等企业 or 等公司 does not say so (引进表面处理等企业: a trade). ent15: batches 8, 10 (counted),
    12, 13 of the learning halves."""
    m = _patterns()["closing"].match(text, end)
    return m is not None and (m.group("field") is not None or _patterns()["lone_close"].search(m.group(0)) is not None)


def grammar_close(text: str, pos: int) -> bool:
    """Whether the list grammar reads a close of firms at `pos` (等…企业 with a field it takes): its lists are its own
    (tagged_names.listed_firms reads only the closes it does not)."""
    P = _patterns()
    m = P["closing"].match(text, pos)
    field = (m.group("field") or "") + (m.group("rank") or "") if m is not None else ""
    return m is not None and not P["field_not"].search(field) and not holds_verb(field)


def _lists(text: str) -> list[tuple[int, int, int]]:
    """(start, end, after) of each list of firms in a sentence: closed by 等…企业 back to its clause's start, or
    opened by a kind of firm and closed by 等 ("龙头企业A、B、C等增加…"), or closed by 等 and a verb of firms arriving
    ("A、B、C等纷至沓来"), or in brackets after a count of firms ("规模企业5家（A、B、C）"); `after` is where what follows
    it starts."""
    P = _patterns()
    out: list[tuple[int, int, int]] = []
    for m in scan(P["closing"], text):
        field = (m.group("field") or "") + (m.group("rank") or "")  # (the rank after it too: 行业|领军 is a standing)
        if P["field_not"].search(field) or holds_verb(field):
            continue
        start = start_of_clause(text, m.start())
        opens = list(P["opening"].finditer(text, start, m.start()))
        if opens and opens[-1].start() == start:
            start = opens[-1].end()
        out.append((start, m.start(), m.end()))
    for m in scan(P["count_closing"], text):  # "中石油、中石化两大集团": the firms counted, no 等
        start = start_of_clause(text, m.start())
        if not any(s <= m.start() <= e for s, e, _ in out):
            out.append((start, m.start(), m.end()))
    for m in scan(P["arrival_closing"], text):
        start = start_of_clause(text, m.start())
        if not any(s <= m.start() <= e for s, e, _ in out) and not P["arrival_not"].search(text, start, m.start()):
            out.append((start, m.start(), m.end()))
    for m in scan(P["counted_bracket"], text):  # "规模企业5家（A、B、C）": the firms counted
        close = P["bracket_close"].search(text, m.end())
        if close is not None and not any(s <= m.end() < e for s, e, _ in out):
            out.append((m.end(), close.start(), close.end()))
    for m in scan(P["kind_opening"], text):
        close = P["kind_closing"].search(text, m.end(), end_of_clause(text, m.end()))
        if close is not None and not any(s <= m.end() < e for s, e, _ in out):
            out.append((m.end(), close.start(), close.end()))
    for m in scan(P["have_opening"], text):  # "规模以上企业主要有A、B、C等，": the firms a kind of firm has
        end = end_of_clause(text, m.end())  # the list is the whole rest of the clause, 等 only at its end (…等问题: no firms)
        etc = pattern("prose", "list_close")
        close = P["have_closing"].match(text, end - 1 if etc.fullmatch(text, end - 1, end) else end)
        if close is not None and etc.search(text, m.end(), close.start()) is None \
                and not any(s <= m.end() < e for s, e, _ in out):
            out.append((m.end(), close.start(), end))
    return out


def _names_industry(b: GraphBuilder, item: str) -> bool:
    """Whether a list's item names an industry: one of the official vocabulary or one the lexicon or text knows."""
    from ingest.extract.industry_vocabulary import in_vocabulary

    return in_vocabulary(item) or b.resolver.cluster(item, create=False) is not None


def rule_enterprise_list(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    P = _patterns()
    text = sent.text
    for start, end, after in _lists(text):
        body = text[start:end]
        lone = not is_list(body)
        if lone and not _counted(text, end) and not _lone_named(text, end):
            continue
        items = split_items(body)
        if sum(_is_place(b, i) for i in items) * 2 >= len(items):
            continue  # "美国、加拿大…等国家和地区的企业": places
        settle = P["settle"].match(text, after)
        where = _where(b, text, settle.end(), spans, state) if settle else None
        if where is None and state.last_park is not None and pattern("prose", "park_firms_close").match(text, end):
            where = state.last_park  # 调研组深入A、B、C等园区重点企业: the park's own firms, the park named last (rel10)
        if where is None:  # 建设X产业园，已入驻A、B、C等5家企业: the park the clause before ends with (rel10)
            lead = items[0][:len(items[0]) - len(company_start(_CUES.sub("", strip_lead_words(items[0]))))]
            where = clause_topic_park(b, text, spans, start + len(lead))
        rule = "enterprise_list_settled" if where is not None else "park_firms"
        pos = start
        for k, item in enumerate(items):
            a, pos = pos, pos + len(item) + 1
            if k == 0:  # "依托A、B等企业", "在龙头企业A、B等…", "积极引进A、B": the words before the first name
                # (the cuts tried on the words as written too: 全力配合|中石油, where 全力 is also a lead word)
                bare = company_start(_CUES.sub("", strip_lead_words(company_start(item))))
                verb = after_inner_verb(bare)
                if verb and len(bare) - verb >= 2:  # "…产业园新增投产|恒纺漂染、A、B等10家企业": the clause's verb (ent14)
                    bare = strip_lead_words(bare[verb:])
                a, item = a + len(item) - len(bare), bare
                if where is None:  # A、B两家进驻X产业园的企业; X产业园内，A、B、C三家企业…; X开发区…骨干企业有A、B (loc17)
                    where = _settled_in_close(text, end, after, spans) or _park_subject(b, text, spans, a)
            title = [t.end() for t in P["item_title"].finditer(item) if len(item) - t.end() >= 2]
            if title:  # "中国高品质鸡蛋领导者|圣迪乐", "“瞪羚企业”|一康制药": the firm after its title
                a, item = a + title[-1], item[title[-1]:]
            closed = len(item) - len(item.lstrip("”"))
            if closed and len(item) - closed >= 2:  # "”|一康制药": the title's quote a cut before it left
                a, item = a + closed, item[closed:]
            if not P["item"].match(item) or NOT_COMPANY.search(item) or _is_place(b, item) \
                    or holds_verb(item) and not find_enterprises(item) \
                    or _trade(text, a, a + len(item), spans) \
                    or item.endswith(_NOT_FIRM_ENDINGS):  # "紧盯近两年新投产、…等重点企业": a clause
                continue
            if lone and _names_industry(b, item):
                continue  # "积极引进新能源等龙头企业": a lone item naming an industry lists the industry's firms
            known = next((f for f in spans if f.label == Label.ENTERPRISE and f.start < a + len(item) and a < f.end), None)
            if known is None:
                r = b.resolver.enterprise(item)
                if r is None:
                    continue
                known = Found(a, a + len(item), Label.ENTERPRISE, b.node(r, item, sent, RULE), item)
                spans.append(known)
            if where is not None:
                prose_edge(b, RelType.LOCATED_IN, known, where, sent, rule, state)


def rule_framed_firms(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """"以天齐锂业为龙头的锂电企业", "以A、B为链主", "以奇瑞汽车为代表": each item framed by 以…为龙头/链主/代表 is a firm
    (rule `framed_firm`), unless a name is found there already, it names an industry (a known one, one of the official
    vocabulary, or by its ending: 以旅游业为龙头), a place, or a project, site or kind of firm (prose.yaml `framed_not`); no item
    of a list one item of which is an industry (以精细化工、石材、快消品为代表的…产业: the list's kind)."""
    P = _patterns()
    for m in scan(P["framed"], sent.text):
        pos = m.start("firms")
        items = split_items(m.group("firms"))
        if len(items) > 1 and any(_names_industry(b, i) for i in items):
            continue  # "以精细化工、石材、快消品…为代表的五大主导产业": a list holds one kind, here industries (ent15)
        for item in items:
            a, pos = pos, pos + len(item) + 1
            if not P["item"].match(item) or P["framed_not"].search(item) or NOT_COMPANY.search(item) \
                    or holds_verb(item) or _is_place(b, item) or _names_industry(b, item) \
                    or any(f.start < a + len(item) and a < f.end for f in spans):
                continue
            r = b.resolver.enterprise(item)
            if r is not None:
                spans.append(Found(a, a + len(item), Label.ENTERPRISE, b.node(r, item, sent, "framed_firm"), item))
        _framed_in_subject(b, sent, spans, m, state)


def _framed_in_subject(b: GraphBuilder, sent: Sentence, spans: list[Found], m: re.Match[str], state: ProseState) -> None:
    """The firms a sentence frames as its trade's head or example are in the county, zone or park the sentence opens
    with as its subject ("溧阳高新区…已形成了以A、B、C为龙头引领…的产业集群", "通化县…形成了以A、B为代表的医药特色品牌",
    "仁怀以A、B、C等为代表的…酒企"; rule framed_place; loc14: batches 7, 11, 12)."""
    from ingest.extract.report_place import paragraph_subject, sentence_subject

    where = paragraph_subject(b, sent, spans) or sentence_subject(b, sent, spans)
    if where is None or where.end > m.start():
        return
    for f in spans:
        if f.label == Label.ENTERPRISE and m.start("firms") <= f.start and f.end <= m.end("firms"):
            prose_edge(b, RelType.LOCATED_IN, f, where, sent, "framed_place", state)
