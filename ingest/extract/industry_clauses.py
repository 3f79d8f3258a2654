"""Industries a clause names alone, with no list and no develop verb (ind14; read on the eight learning halves).

  steered_industry   "冠县将推动钢板加工产业高端化发展", "支持酱香白酒产业发展", "进一步壮大阿胶产业；": a steering verb
                     (推动, 支持, 促进, 壮大…) right before "X产业" and what that X does next (its (…化)发展, a 化 ranked
                     with others, or the clause's end). Batches 8, 9, 11 and 12 of the learning halves.
  industry_subject   "新能源产业快速发展。", "贺兰县新型材料产业异军突起", "集成电路、生物医药、人工智能产业规模分别
                     达到…", "奶产业已成为全市的支柱产业": "X产业" opening its clause (after a time, a scope or a county,
                     zone or park) and a figure or a state said of it (产值达到, 规模突破, 已成为, 快速发展, 保持…).
                     Batches 10, 11 and 12. Also a 、-list closed by 等 and a count ("A、B等6条产业链贯通发展", "A、B等
                     产业焕发新的生机": ind19, batches 5, 12 and 15).

Each X is an industry when it is a name (no clause, no generic word, no place: industries.industry_item); items
joined by 、/与/和/及 before one 产业 are each one (A与B产业); what describes a subject up to its last 的 is no part of it
(以A为代表的|新材料产业). The county, zone or park right before the industry (or heading its name: 引领安图县|文化产业)
DEVELOPS it; else, for a steering verb, the place the sentence is about (industries.subject_place), for a subject the
report's county or place (industries.report_place); none where a city or province speaks of itself (我市…) or owns it
(推动广东|高端装备制造产业), and none for a province's scope (全省…).
Patterns: data/rules/prose.yaml `industry_clause`, `steer_verbs`, `clause_opener_words`.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.industries import industry_item, node_above_county, report_place, subject_place
from ingest.extract.industry_vocabulary import name_items
from ingest.extract.names import after_last_mark, holds_verb, is_place_word, place_length
from ingest.extract.prose import PLACE_LABELS, Found, ProseState, prose_edge, cluster_span, generic_industry, held_by_name
from ingest.rules import alternation, pattern_group, rule_data, scan
from ingest.structure import Sentence

STEERED = "steered_industry"
SUBJECT = "industry_subject"
_OF = tuple(str(w) for w in rule_data("prose")["industry_clause_of"])  # 的: a place describing the industry owns it
_CJK = re.compile("[\u4e00-\u9fff]+")  # (力争“三航一新”装备制造产业产值…: a quote or a clause, no name)
_LIST_MARK = "、"
_DASH = "——"
_SPACE = re.compile(r"\s*")

_patterns = partial(pattern_group, "prose", "industry_clause")


@lru_cache(maxsize=1)
def _openers() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation('prose', 'clause_opener_words')})[，,]?")


def _items(name: str, start: int) -> list[tuple[int, str]]:
    """(offset, item) of "A、B与C产业": the last item keeps the industry word; every item a name, else none. A list
    closed by 等 before its industry word (A、B…等6条产业链) names the items that are names, when two are (ind19)."""
    P = _patterns()
    close = P["list_close"].search(name)
    closed = close is not None and _LIST_MARK in name[:close.start()]
    if closed:  # "A、B等6条|产业链": the close and the industry word are no part of B, and 及/和 inside an item
        name = name[:close.start()]  # joins one name (装备制造及轴承)
    out, pos = [], start
    for part in name.split(_LIST_MARK) if closed else P["joiner"].split(name):
        core = P["item_ending"].sub("", part)
        if not _CJK.fullmatch(part) or P["item_not"].search(part) or not (2 <= len(core) <= 12) \
                or P["not_heads"].search(core) or holds_verb(core) or generic_industry(core) or is_place_word(core) \
                or not industry_item(part, core):
            if not closed:
                return []
        else:
            out.append((pos, part))
        pos += len(part) + 1
    return out if not closed or len(out) >= 2 else []


def _place_before(b: GraphBuilder, spans: list[Found], at: int, text: str = "") -> Found | None:
    """A county, zone or park ending right where the industry starts (贺兰县|新型材料产业, 贺兰县的|X产业), no city or
    province."""
    f = next((f for f in spans if f.label in PLACE_LABELS and (f.end == at or f.end == at - 1 and text[f.end:at] in _OF)), None)
    node = b.nodes.get(f.nid) if f is not None else None
    return f if node is not None and not node_above_county(node) else None


def _name(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, start: int, name: str,
          rule: str) -> None:
    """Each item of `name` (at `start`) an industry, DEVELOPS by the place before it, else the sentence's place."""
    P = _patterns()
    if P["province_scope"].match(name):
        return  # "全省林业产业总产值…": a province's industry, no county's or zone's
    own = P["own_scope"].match(name)
    if own is not None:  # "全县|新能源产业": a scope, no part of the name; the report's place is the subject
        start, name = start + own.end(), name[own.end():]
    if held_by_name(spans, start, start + len(name)):
        return  # a firm, project or park holds the words
    subj = _place_before(b, spans, start - (own.end() if own else 0), sent.text)
    hit = b.resolver.county_prefix(name) if own is None else None
    k = place_length(name, 0) if own is None and hit is None else 0
    if hit is not None and len(name) - len(hit[0]) >= 4:  # "引领安图县|文化产业发展", "壮大度假区|医养健康产业": whose
        cid = b.node(hit[1], hit[0], sent, rule)     # industry it is, no part of its name
        subj = Found(start, start + len(hit[0]), hit[1].label, cid, hit[0])
        start, name = start + len(hit[0]), name[len(hit[0]):]
    elif k:  # "推动广东|高端装备制造产业…": a province's or city's industry, no county's or zone's
        name_items(b, sent, spans, state, _items(name[k:], start + k), None, rule)
        return
    # a lexicon cluster whose name holds a joiner is one (有色金属及金属深加工产业集群), no list of two
    items = [(start, name)] if b.resolver.cluster(name, create=False) is not None else _items(name, start)
    if items:
        if subj is None and P["city_scope"].search(sent.text, 0, start) is None:
            subj = subject_place(b, spans, start, state, sent.text, sent) if rule == STEERED \
                else report_place(b, sent, spans, start, state)
        name_items(b, sent, spans, state, items, subj, rule)


def rule_industry_clauses(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState) -> None:
    """See the module's docstring."""
    P, text = _patterns(), sent.text
    for m in scan(P["steered"], text):
        _name(b, sent, spans, state, m.start("name"), m.group("name"), STEERED)
    for m in scan(P["subject_predicate"], text):
        start = after_last_mark(text, m.start())
        dash = text.rfind(_DASH, start, m.start())  # (ind19) "——六堡茶产业发展取得新突破", "8.88亿元——蔗糖产业创历史新高":
        start = _SPACE.match(text, dash + len(_DASH) if dash >= 0 else start).end()  # a report's dash opens the clause
        opener = _openers().match(text, start)
        while opener is not None and opener.end() > start:
            start = opener.end()
            opener = _openers().match(text, start)
        place = next((f for f in spans if f.label in PLACE_LABELS and f.start == start and f.end < m.start()), None)
        if place is not None:
            start = place.end  # "贺兰县|新型材料产业异军突起": the county is the subject, no part of the name
        if P["subject_not_after"].match(text, start):
            continue  # "让锂电产业成为…", "营造X产业蓬勃发展的环境": the industry is a verb's object
        described = P["described_by"].match(text, start, m.start())
        if described is not None:  # "以A为代表的|新材料产业已成为…", "华天电子的|集成电路封装测试产业规模…": what describes it
            start = described.end()  # is no part of its name (a county describing it: its own, `_place_before`)
        _name(b, sent, spans, state, start, text[start:m.end()], SUBJECT)
