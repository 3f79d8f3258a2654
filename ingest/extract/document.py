"""One cleaned, structured document -> graph.model.DocumentGraph.

`extract_document` runs the relation rules (ingest/extract/{clusters,indicators,places,projects}.py) over the sentences
of ingest/structure.py and the NER pipeline (ingest/extract/nlp.py) for mentions. Rules
write through `GraphBuilder` (ingest/extract/builder.py), which merges repeated facts into
one edge with several evidence entries and adds a Policy-MENTIONS edge for every
entity it touches.

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
  (project_facts)  a project's investment, capacity, area and stage: node properties, not edges
  prose_target     any figure with a year in prose, any indicator: 到2025年…5G基站1.5万个 (targets/);
                   prose_target_<how> when the year is not in the figure's words (paragraph, plan, batch,
                   carried, heading, estimate, this_year), each with its own confidence
  section_member   an enterprise named anywhere in a cluster's section (role member)
  text_project     a project named in prose whose name carries a company or a county, or a
                   railway/motorway/airport/bridge (its names meet on resolve.project_key)
  mention          any entity the NER pipeline finds
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from graph.gc_pause import without_gc_passes
from graph.model import DocumentGraph, Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.context import name_county, report_county, sentence_county
from ingest.lexicon import Lexicon, default_lexicon
from ingest.extract.names import (INDUSTRY_CONTINUATIONS, PARK_SUFFIXES, ZONE_WORD_ALT, aimed_everywhere, find_enterprises,
                                  holds_function_word, inside_word, is_place_word, modifier_spans, place_length, places_only,
                                  plain_park_name, zone_class, zone_own_name)
from ingest.extract.nlp import get_pipeline, parse
from ingest.read import SourceDocument
from ingest.resolve import SHAPED_ZONE, Resolved, Resolver
from ingest.rules import alternation, literal_alternation, pattern, pattern_group, rule_data, scan
from ingest.extract.clusters import rule_leading, rule_subindustry, section_member
from ingest.extract.indicators import rule_indicator_text, rule_table
from ingest.extract.places import rule_county_layout, rule_town_park
from ingest.extract.projects import built_park_name, park_project, rule_box, rule_head_owner, rule_known_owner, rule_project_list, text_project
from ingest.extract.project_facts import rule_project_facts
from ingest.extract.enterprise_lists import rule_enterprise_list, rule_framed_firms
from ingest.extract.firm_places import rule_firm_site, rule_name_county_firm, rule_sentence_place
from ingest.extract.industry_clauses import rule_industry_clauses
from ingest.extract.industries import (rule_around_industry, rule_cluster_of_firms, rule_field_topic, rule_firm_industry,
                                       rule_firm_invests, rule_group_firms, rule_industry_list, rule_kind_projects,
                                       rule_lead_firms, rule_list_siblings, rule_paragraph_topic, rule_place_industries,
                                       rule_project_fields, rule_project_industry, rule_project_serves, rule_project_vehicle,
                                       rule_topic_firms)
from ingest.extract.project_lists import rule_built_base, rule_listed_projects, rule_priced_built, rule_titled_project
from ingest.extract.prose import (Found, ProseState, end_of_clause, start_of_clause, aspect_list, brought_in, defined_short_names, document_place, rule_cluster_place,
                                  rule_dateline, rule_defined_names, rule_develops, rule_leading_list, rule_located,
                                  rule_head_park, rule_leading_industries, rule_name_bracket_place, rule_name_county_place, rule_owner, rule_park_dateline, rule_parks_built_in, rule_represented, rule_place_industry_pairs, rule_short_owner,
                                  title_place)
from ingest.extract.report_place import (issuer_place, listed_firm, opening_subject, past_chrome_place, sole_place, paragraph_subject, sentence_subject, session_place, rule_built_in_site, rule_county_zone,
                                        rule_place_of, rule_subject_parks, rule_topic_place)
from ingest.extract.stock_names import RULE as STOCK_RULE
from ingest.extract.tagged_names import known_names, rule_tagged_names, tag_sentences
from ingest.extract.targets import TargetState, fill_scopes, rule_prose_targets
from ingest.structure import Sentence, Structure, analyse


def _bare_zone_re() -> re.Pattern[str]:
    """A bare zone word (开发区, 高新区, 度假区; data/rules/zones.yaml) standing alone: after
    punctuation or one of the words that may precede it, and not 开发区体制."""
    z = rule_data("zones")
    words = literal_alternation(z["bare"])
    after = "".join(f"(?<={re.escape(w)})|" for w in z["bare_after"])
    before, not_after = z["bare_before"], z["bare_not_after"]
    # the lookahead first: the lookbehinds are tried only where a zone word starts
    return re.compile(rf"(?=(?:{words}))(?:^|(?<={before})|{after[:-1]})({words})(?!{not_after})")


_BARE_ZONE = _bare_zone_re()
# a bare zone word alone in brackets right after a park's or zone's name is its other title (audit O)
_TITLED_BEFORE = re.compile(rule_data("zones")["other_title_before"])
_OTHER_TITLE = re.compile(rule_data("zones")["other_title_after"])
_LABELS = {label.value: label for label in Label}
_PROJECT_LEAD = pattern("prose", "project_lead")
_MASTHEAD = pattern("names", "masthead_line")
_LIST_TITLE = re.compile(rule_data("projects")["list_title_after"])
_STAFF_AFTER = re.compile(rule_data("projects")["staff_after"])
_FIRM_END = re.compile(rule_data("projects")["company_legal_end"])
_STEM_END = re.compile(rule_data("projects")["project_stem_ending"])


def _bare_zones(b: GraphBuilder, sent: Sentence, county: Resolved | None, taken: list[tuple[int, int]],
                out: list[Found]) -> None:
    """A bare 开发区/高新区 is the park or zone of the sentence's county (临清市：…开发区 ->
    临清经济开发区), or the city's zone when no county is in sight."""
    for m in scan(_BARE_ZONE, sent.text):
        if any(s <= m.start() < e for s, e in taken) or _in_title(sent.text, m.start()) \
                or zone_class(sent.text, m.start(1), m.group(1)) or _OTHER_TITLE.match(sent.text, m.end(1)) \
                and _TITLED_BEFORE.search(sent.text, 0, m.start(1)):
            continue  # a kind of zone or a title granted, not one zone; "嘉峪关工业园区（高新区）": the park's other title
        r = b.resolver.park(m.group(1), county)
        if r is not None:
            out.append(Found(m.start(1), m.end(1), r.label, b.node(r, m.group(1), sent, "mention"), m.group(1)))


def _in_title(text: str, pos: int) -> bool:
    """Inside a 《title》: an open mark before `pos` with no close after it."""
    opens = [m.end() for m in pattern("prose", "title_open").finditer(text, 0, pos)]
    closes = [m.end() for m in pattern("prose", "title_close").finditer(text, 0, pos)]
    return bool(opens) and (not closes or opens[-1] > closes[-1])


def _regional_class(b: GraphBuilder, surface: str) -> bool:
    """A province or prefecture named in full before a bare zone word (山西省开发区, 吕梁市开发区) or park word (湖南省|产业园区
    建设领导小组; audit AG): the zones or parks of that region as a class; a city's own zone is named by its short form
    (吕梁经济开发区, 苏州工业园区)."""
    for word in (*rule_data("zones")["bare"], *rule_data("names")["regional_class_park_words"]):
        head = surface[: -len(word)]
        if surface.endswith(word) and head and any(u.level != "county" for u in b.resolver.gaz.full.get(head, [])):
            return True
    return False


_CITY_ZONE_WORD = re.compile("(?:%s)(?!%s)" % (alternation("zones", "city_zone_words"),
                                                 alternation("zones", "city_zone_word_not_followed_by")))


def _city_zones(b: GraphBuilder, sent: Sentence, taken: list[tuple[int, int]], out: list[Found],
                known: dict[str, bool] | None = None) -> list[tuple[int, int]]:
    """A prefecture or province named (in full or short) right before a zone word: that city's zone
    (株洲高新区, 兰州新区, 长春汽开区; data/rules/zones.yaml city_zone_words). Returns the spans taken. `known`: the
    zone and park names the document writes (_known_after_clause)."""
    spans: list[tuple[int, int]] = []
    for m in scan(_CITY_ZONE_WORD, sent.text):
        for k in range(min(8, m.start()), 1, -1):
            place = sent.text[m.start() - k:m.start()]
            r = b.resolver.city_zone(place, m.group(0))
            if r is None:
                continue
            s, e = m.start() - k, m.end()
            if any(ts < e and s < te and not (s <= ts and te <= e) for ts, te in taken):
                break  # inside a longer name (a company, a project)
            out.append(Found(s, e, r.label, b.node(r, sent.text[s:e], sent, "mention"), sent.text[s:e]))
            spans.append((s, e))
            break
        else:  # no city before it: a zone by its own name (慈湖高新区, 海口国家高新区)
            s = zone_own_name(sent.text, m.start())
            if s is not None:  # 打开|小蓝经开区 beside a 小蓝经开区 written elsewhere: the clause's words are no part of it
                own = _known_after_clause(sent.text[s:m.end()], known or {})
                s = s if own is None else m.end() - len(own)
            if s is None or any(ts < m.end() and s < te and not (s <= ts and te <= m.end()) or (ts, te) == (s, m.end())
                                for ts, te in taken):
                continue  # no name, or inside a longer name; a span the NER found is resolved there
            r = b.resolver.shaped_zone(sent.text[s:m.start()], m.group(0))
            if r is not None and not _aimed_kind(b, sent.text, s, m.end(), r):
                out.append(Found(s, m.end(), r.label, b.node(r, sent.text[s:m.end()], sent, "mention"), sent.text[s:m.end()]))
                spans.append((s, m.end()))
    return spans


def _aimed_kind(b: GraphBuilder, text: str, start: int, end: int, r: Resolved) -> bool:
    """A zone named by its own words (no place, no lexicon's) that the document writes only right after a verb of aiming
    (建设|一流新区, 奋力打造|一流高新区, 打造|一流经济技术开发区): the kind of zone a place aims to be, no zone of its own
    (zone14; batches 6, 7, 8). A zone the text names otherwise too (加快建设|天府新区。天府新区管委会…) stays."""
    return r.resolution == SHAPED_ZONE and aimed_everywhere(b.doc.text, text[start:end])


def _shaped_zones(sent_ents: list[tuple[Sentence, tuple[Span, ...]]]) -> set[str]:
    """The zones each sentence names by their own words before a city zone word (慈湖高新区, 小蓝经开区), as written."""
    out: set[str] = set()
    for sent, _ents in sent_ents:
        for m in scan(_CITY_ZONE_WORD, sent.text):
            s = zone_own_name(sent.text, m.start())
            if s is not None:
                out.add(sent.text[s:m.end()])
    return out


_PLACE_ZONE_WORD = re.compile(alternation("zones", "place_zone_words"))


def _place_zones(b: GraphBuilder, sent: Sentence, taken: list[tuple[int, int]], out: list[Found]) -> list[tuple[int, int]]:
    """A prefecture or county named (in full or by a supported short form) right before a zone word of
    data/rules/zones.yaml place_zone_words: that division's zone (百色试验区, 济源示范区, 涪陵综保区). Returns the spans."""
    spans: list[tuple[int, int]] = []
    for m in scan(_PLACE_ZONE_WORD, sent.text):
        for k in range(min(6, m.start()), 1, -1):
            s, e = m.start() - k, m.end()
            if any(ts < e and s < te for ts, te in spans):
                break
            r = b.resolver.place_zone(sent.text[s:m.start()], m.group(0))
            if r is None:
                continue
            if any(ts < e and s < te and not (s <= ts and te <= e) for ts, te in taken):
                break  # inside a longer name (a company, a park)
            out.append(Found(s, e, r.label, b.node(r, sent.text[s:e], sent, "mention"), sent.text[s:e]))
            spans.append((s, e))
            break
    return spans


def _gazetteer_places(b: GraphBuilder, sent: Sentence, taken: list[tuple[int, int]], out: list[Found]) -> None:
    """County-level units the lexicon does not list (data/places), outside every other name."""
    for pos, surface, r in b.resolver.counties_in(sent.text):
        if b.resolver.lex.lookup(Label.COUNTY, surface) is not None:
            continue  # a lexicon county: the entity ruler found it
        if not any(s < pos + len(surface) and pos < e for s, e in taken):
            out.append(Found(pos, pos + len(surface), Label.COUNTY, b.node(r, surface, sent, "mention"), surface))


_ZONE_WORD = re.compile(ZONE_WORD_ALT)


def _zone_in_name(b: GraphBuilder, sent: Sentence, nid: str, surface: str, county: Resolved | None) -> bool:
    """A park whose name opens with a zone's name (交城经济开发区低碳生态园, 海口高新区狮子岭飞地工业园区):
    the park is in that zone (rule park_zone_name). Returns whether it found one."""
    for m in scan(_ZONE_WORD, surface):
        rest = surface[m.end():]
        if m.start() < 2 or len(rest) < 3 or not pattern("prose", "park_in_zone_end").search(rest):
            continue
        prefix = surface[:m.end()]
        zone = b.resolver.city_zone(surface[:m.start()], m.group(0)) or b.resolver.park(prefix, county)
        if zone is None or zone.label not in (Label.PARK, Label.COUNTY):
            continue
        zid = b.node(zone, prefix, sent, "park_zone_name")
        if zid == nid:
            continue
        b.edge(RelType.LOCATED_IN, nid, zid, sent, "park_zone_name", prefix, zone.resolution)
        park = b.nodes[nid]
        if len(rest) >= 4 and rest not in park.aliases and plain_park_name(rest):
            park.aliases.append(rest)  # 宽甸经济开发区|城南高新技术产业园: the park's own name, the zone's name left out
        return True
    return False


def _place_park(b: GraphBuilder, sent: Sentence, nid: str, surface: str, r: Resolved, county: Resolved | None) -> None:
    """A park whose name or lexicon entry places it: in the zone its name opens with (交城经济开发区低碳生态园), else
    in the county its name opens with or its entry gives."""
    if _zone_in_name(b, sent, nid, surface, county):
        return
    hit = name_county(b, r.name)
    where = hit[1] if hit else (b.resolver.county(r.entry.county) if r.entry and r.entry.county else None)
    # (not a district of the park's own name: 苏州工业园区, a park and a district, is in no 苏州工业园区: audit AB)
    if where is not None and where.label == Label.COUNTY and where.name != r.name:
        rule = "park_name" if hit else "lexicon_county"
        cid = b.node(where, hit[0] if hit else where.name, sent, rule)
        b.edge(RelType.LOCATED_IN, nid, cid, sent, rule, surface, r.resolution)


def _park_ending(b: GraphBuilder, tail: str) -> str | None:
    """The park named last whose name ends with `tail` (广东海南先进制造业合作产业园 for 该合作产业园)."""
    return next((n.id for n in reversed(list(b.nodes.values()))
                 if n.label == Label.PARK and n.name.endswith(tail) and n.name != tail), None)


def _written_alone(surface: str, alone: set[str], place_led: bool = True) -> str | None:
    """The longest name of the same kind the document writes on its own that ends `surface`, where the words before it
    are no place ("澄迈有|海南老城经济开发区" beside a bare "海南老城经济开发区", "延伸|信发集团" beside "信发集团"): those
    words are the sentence's clause. A place before it (山东|聊城经济开发区) is part of the name. A park's must open with a
    place and four more characters (no 合作|产业园); a company's have three characters or more."""
    best = None
    for name in alone:
        if len(name) > len(best or "") and len(name) < len(surface) and surface.endswith(name) and len(name) >= 3 \
                and (not place_led or any(is_place_word(name[:k]) for k in range(2, min(5, len(name) - 3)))):
            best = name
    if best is None or places_only(surface[:-len(best)]):
        return None
    return best


_BARE_PARK_WORDS = tuple(map(str, rule_data("names")["clause_verb_park_words"]))
_CLAUSE_OPENERS = frozenset(map(str, rule_data("names")["clause_opening_marks"]))


def _clause_verb_park(text: str, start: int, surface: str, named_words: str) -> bool:
    """A bare 园区 (names.yaml clause_verb_park_words) after two characters that open a clause or a list's item and name
    no place (，明晰|园区发展定位, 、主攻|园区招, “大抓|园区, 图为|园区内): those characters are the clause's verb or a word of
    its own, not a park's name, unless the document writes them in another name (祥光园区 beside 阳谷祥光生态工业园区;
    zone14). Right after a verb the rules cut (看中|青山园区, 位于|凤州园区) the two characters stay a name."""
    word = next((w for w in _BARE_PARK_WORDS if surface.endswith(w)), "")
    head = surface[:-len(word)] if word else ""
    if len(head) != 2 or start > 0 and text[start - 1] not in _CLAUSE_OPENERS and not text[start - 1].isspace() \
            or is_place_word(head):
        return False
    return named_words.replace(surface, "").find(head) < 0


_KNOWN_CLAUSE_MAX = int(rule_data("names")["clause_before_known_max"])
_PARK_AND_ZONE_WORDS = (*PARK_SUFFIXES, *rule_data("zones")["canonical"], *rule_data("zones")["city_zone_words"])
_LONGER_HEAD_MAX = int(rule_data("names")["longer_park_head_max"])
_LEVEL_CHARS = frozenset(map(str, rule_data("names")["division_level_chars"]))
_TOWN_KINDS = tuple(map(str, rule_data("names")["town_kinds"]))


def _known_after_clause(surface: str, known: dict[str, bool], towns: frozenset[str] = frozenset()) -> str | None:
    """A zone's or park's name the document writes elsewhere (`known`), four characters or more, that ends `surface`
    after one or two characters naming no place nor ending with a division's level (使|金砂湾工业园, 印发|新站高新区,
    原|张江高新区, 成势|东方生命港…; not 位于县|先进制造业开发区), or
    after words holding a clause's function word (定安将继续以|塔岭工业园 beside 定安塔岭工业园): those are the clause's, a
    verb, a preposition or an adverb, since a zone's own name starts at a place, a quoted name or a name the text knows
    (zone14). A place before it (湖口|金砂湾工业园) and three characters or more of no clause
    (罗牛山|农产品加工园区, a firm's) stay part of the name. `known`: each name, True when written so, False when it is
    a written name without its opening place (_known_names): after one or two characters only a name written so ends
    a span, and the characters must be no town's name the document writes (`towns`: 烟店|轴承产业园 beside 烟店镇)."""
    for k in range(1, len(surface) - 3):
        rest = surface[k:]
        if rest not in known or len(rest) - max((len(x) for x in _PARK_AND_ZONE_WORDS if rest.endswith(x)), default=0) < 2:
            continue  # (not a bare 工业园区 or 经开区: a name has its own words)
        head = surface[:k]
        if k <= _KNOWN_CLAUSE_MAX and known[rest] and head not in towns and head[-1] not in _LEVEL_CHARS \
                and not any(is_place_word(head[i:j]) for i in range(k) for j in range(i + 1, k + 1)) or holds_function_word(head):
            return rest
    return None


def _longer_written(surface: str, parks: set[str], built: set[str], known: dict[str, bool],
                    towns: frozenset[str] = frozenset()) -> str | None:
    """The one longer park name the document writes (`parks`, none built as a project) that ends with `surface` after a
    place's name and at most three more characters (清水县|循环经济产业园, 罗定市双东|环保工业园, 中和|陶瓷产业园): `surface`
    is that park written without its head, no park of its own (pk19; learn5to17 688, 872, 894: batches 13, 16, 17).
    `surface` has its own words before its ending (no bare 工业园区). A head naming no place is a clause's words, which
    `_known_after_clause` cuts off the longer name instead (这并非|宜都化工园); a name it cut after two characters is
    asked again (双东|环保工业园 beside 罗定市双东环保工业园). A longer name those rules cut where it stands (万宁有|海南湾区
    经济开发区: `_written_alone`, `_known_after_clause` with the document's `known` names and `towns`) is no park's."""
    if len(surface) - max((len(x) for x in _PARK_AND_ZONE_WORDS if surface.endswith(x)), default=0) < 2:
        return None
    found: dict[str, str] = {}  # the name after its place -> the longest name written so (罗定市|, 罗定|双东环保工业园: one)
    for name in parks:
        if len(name) <= len(surface) or not name.endswith(surface) or name in built:
            continue
        head, k = name[:-len(surface)], place_length(name, 0)
        if 0 < k <= len(head) and len(head) - k <= _LONGER_HEAD_MAX \
                and _written_alone(name, parks) is None and _known_after_clause(name, known, towns) is None:
            own = name[k:]
            found[own] = max(found.get(own, ""), name, key=lambda n: (len(n), n))
    return next(iter(found.values())) if len(found) == 1 else None


def _known_names(names: set[str]) -> dict[str, bool]:
    """Names (True), and each without the place it opens with (定安塔岭工业园: 塔岭工业园 too; False unless also written
    so), four characters or more."""
    out = dict.fromkeys(names, True)
    for name in names:
        k = place_length(name, 0)
        if k and len(name) - k >= 4:
            out.setdefault(name[k:], False)
    return out


def _firms_in(b: GraphBuilder, sent: Sentence, start: int, surface: str, out: list[Found]) -> None:
    """The companies named inside a span no rule kept, as mentions."""
    for s, e, name in find_enterprises(surface):
        r = b.resolver.enterprise(name)
        if r is not None:
            out.append(Found(start + s, start + e, r.label, b.node(r, name, sent, "mention"), name))


_PARK_NAMED_PROJECT_NAME = pattern("prose", "park_named_project_name")
_PARK_NAMED_PROJECT = pattern("prose", "park_named_project")


def _covers(f: Found, items: list[Found]) -> bool:
    """A span holding a list's items is the list, not a name ("A、B等项目")."""
    return any(f.start <= g.start and g.end <= f.end and (g.start, g.end) != (f.start, f.end) for g in items)


def _built_parks(parsed: list[tuple[Sentence, tuple[Span, ...]]], listed: dict[int, list[Found]] | None,
                 text: str) -> set[str]:
    """The park-shaped names the document builds as one project somewhere (投资建设A产业园, A产业园总投资…, a whole item of
    a list of projects, A产业园 written right before 项目: park14): the same name is that project wherever else it stands,
    no park of the same name beside it. `parsed`: each sentence and its entities; `text`: the document's."""
    out = {f.surface for found in (listed or {}).values() for f in found if f.label == Label.PROJECT}
    seen: set[str] = set()
    for sent, ents in parsed:
        for e in ents:
            if e.label_ != Label.PARK.value:
                continue
            surface = sent.text[e.start_char:e.end_char]
            if built_park_name(sent, e.start_char, e.end_char) == surface:
                out.add(surface)
            elif surface not in seen and _PARK_NAMED_PROJECT_NAME.search(surface):
                seen.add(surface)
                if _named_before_project(surface, text):
                    out.add(surface)  # "安图县某某产业园项目建设现场": the park-shaped name is that project's
    return out


def _named_before_project(surface: str, text: str) -> bool:
    """`surface` somewhere in `text` right before 项目 (park_named_project): each place it stands is tried, the
    pattern matched after it; no pattern compiled per name (a compile costs more than reading a long text)."""
    at = text.find(surface)
    while at >= 0:
        if _PARK_NAMED_PROJECT.match(text, at + len(surface)):
            return True
        at = text.find(surface, at + 1)
    return False


def rule_mentions(b: GraphBuilder, parsed: list[tuple[Sentence, Doc]],
                  listed: dict[int, list[Found]] | None = None) -> dict[int, list[Found]]:
    """Every entity the NER pipeline finds in prose and headings: a node and MENTIONS;
    parks also LOCATED_IN the county their name or lexicon entry gives. Returns the names
    found in each sentence (by sentence start) for the prose relation rules."""
    spans: dict[int, list[Found]] = {}
    # each sentence's entities, read once: spaCy builds new Span objects on every read of doc.ents
    sent_ents = [(sent, sdoc.ents) for sent, sdoc in parsed]
    alone = {label: {sent.text[e.start_char:e.end_char] for sent, ents in sent_ents for e in ents if e.label_ == label}
             for label in (Label.PARK.value, Label.ENTERPRISE.value)}
    built = _built_parks(sent_ents, listed, b.doc.text)
    # the zone and park names the document writes: the parks and counties its NER finds, the zones named by their
    # own words (慈湖高新区); a longer span ending in one after a clause's word is that name (_known_after_clause)
    # every name the NER finds, whatever its kind: a park's two-character head written inside one is a name (_clause_verb_park)
    named_words = "\n".join({sent.text[e.start_char:e.end_char] for sent, ents in sent_ents for e in ents})
    text = b.doc.text  # the two or three characters before each 镇 or 乡: a town's name (烟店镇: 烟店)
    towns = frozenset(text[m.start() - k:m.start()] for m in re.finditer("|".join(_TOWN_KINDS), text) for k in (2, 3))
    known = _known_names(alone[Label.PARK.value] | {sent.text[e.start_char:e.end_char] for sent, ents in sent_ents
                                                    for e in ents if e.label_ == Label.COUNTY.value} | _shaped_zones(sent_ents))
    for sent, ents in sent_ents:
        out = spans.setdefault(sent.start, [])
        found = sentence_county(b, sent)
        county = found[1] if found else None
        kept = [(e.start_char, e.end_char) for e in ents if e.label_ != Label.PROJECT.value]
        _bare_zones(b, sent, county, kept, out)
        zones = _city_zones(b, sent, kept, out, known)  # a zone may open a project's name (兰州新区108个项目)
        zones += _place_zones(b, sent, kept + zones, out)
        named = len(out)
        modifiers = modifier_spans(sent.text, [(e.start_char, e.end_char) for e in ents if e.label_ == Label.CLUSTER.value])
        for ent in ents:
            label = _LABELS[ent.label_]  # Label(value) goes through Enum's call machinery
            first = ent.start_char
            surface = sent.text[ent.start_char:ent.end_char]  # ent.text, without spaCy joining its tokens
            r: Resolved | None
            if label == Label.COUNTY:
                if zone_class(sent.text, ent.start_char, surface):
                    continue  # "升级为国家级经济技术开发区": a kind of zone, not one
                r = b.resolver.county(surface)
                county = r or county
            elif label == Label.ENTERPRISE:
                if _MASTHEAD.match(sent.text):
                    continue  # "主办：某某集团": the site that publishes the page, no firm of the text
                own = _written_alone(surface, alone[Label.ENTERPRISE.value], place_led=False)
                if own is not None:
                    first, surface = ent.end_char - len(own), own
                r = b.resolver.enterprise(surface)
            elif label == Label.PARK:
                if pattern("prose", "former_name").search(sent.text, 0, ent.start_char):
                    continue  # "…开发区…，前身为营口中小企业创业园区": the same zone's former name, no other park
                if pattern("prose", "level_cut").match(surface):
                    continue  # "…引领区和省级开发区标志性园区" (audit AH): the end of a level word opens it, a kind of park
                anaphor = pattern("prose", "park_anaphor").match(surface)
                if anaphor:  # "该合作产业园": the park named before whose name ends so, else none
                    nid = _park_ending(b, surface[anaphor.end():])
                    if nid is not None:
                        out.append(Found(ent.start_char, ent.end_char, Label.PARK, nid, surface))
                    continue
                pid = park_project(b, sent, ent.start_char, ent.end_char)
                if pid is None and surface in built:  # "远景低碳产业园" after "拟投资20亿元建设远景低碳产业园": the same project
                    pid = b.node(b.resolver.project(surface), surface, sent, "park_project")
                if pid is not None:
                    out.append(Found(ent.start_char, ent.end_char, Label.PROJECT, pid, surface))
                    continue
                if any(g.label == Label.PROJECT and (g.start, g.end) == (ent.start_char, ent.end_char)
                       for g in (listed or {}).get(sent.start, [])):
                    continue  # "主要有A项目、B冷链物流产业园、C等": a whole item of a list of projects is that project
                hit = b.resolver.county_prefix(surface)
                if hit and pattern("prose", "kind_of_park").match(surface[len(hit[0]):]):
                    continue  # "高唐省级开发区": a kind of place, not a name
                if _regional_class(b, surface):
                    continue  # "山西省开发区", "吕梁市开发区": a province's or city's zones, not one zone
                if _clause_verb_park(sent.text, ent.start_char, surface, named_words):
                    continue  # "，明晰园区发展定位", "、主攻园区招": a clause's verb and its object, no park
                own = _written_alone(surface, alone[Label.PARK.value]) or _known_after_clause(surface, known, towns)
                if own is not None:
                    first, surface = ent.end_char - len(own), own
                longer = _longer_written(surface, alone[Label.PARK.value], built, known, towns)
                r = b.resolver.park(longer or surface, county)
                if r is not None and _aimed_kind(b, sent.text, first, ent.end_char, r):
                    continue  # "打造一流经济技术开发区": the kind of zone aimed at, no zone
            elif label == Label.CLUSTER:
                # a lexicon name, or an industry named by its shape (names.find_industries): a new node
                if b.resolver.county(surface) is not None or inside_word(sent.text, ent.start_char) \
                        or (ent.start_char, ent.end_char) in modifiers:
                    continue  # "作为茌平特色优势产业": a place; "铝合金|新材料", "化工新材料|产品": part of a longer word
                if aspect_list(sent.text[start_of_clause(sent.text, ent.start_char):end_of_clause(sent.text, ent.end_char)]):
                    continue  # "聚焦新材料、新模式、新工艺、新市场" (audit R): what a chain renews, no industry
                tail = pattern("prose", "industry_tail").match(sent.text[ent.end_char:])
                if tail and not sent.text.startswith(INDUSTRY_CONTINUATIONS, ent.end_char + tail.end()):
                    surface = sent.text[ent.start_char:ent.end_char + tail.end()]  # 铝加工产业: keep the written form
                r = b.resolver.cluster(surface)
            elif label == Label.INDICATOR:
                r = b.resolver.indicator(surface, create=False)
            elif label == Label.PROJECT:
                lead = _PROJECT_LEAD.match(surface)  # "计划总投资50亿元的…项目": the amount is no part of the name
                start = ent.start_char + (lead.end() if lead else 0)
                surface = sent.text[start:ent.end_char]
                items = (listed or {}).get(sent.start, [])
                if _covers(Found(start, ent.end_char, label, "", surface), items) \
                        or any(g.start <= start and ent.end_char < g.end for g in items if g.label == Label.PROJECT):
                    continue  # "A、B等项目": the list's items are the projects, not the whole run nor a head of one
                    # (…铝加工项目 of the item …铝加工项目二期)
                if any(f.start == start and pattern("prose", "place_projects").fullmatch(sent.text, f.end, ent.end_char)
                       for f in out[:named]):
                    continue  # "天府新区项目是签约重点": the zone's projects, no one project
                if _LIST_TITLE.match(sent.text, ent.end_char):
                    continue  # "…进度滞后项目表": the title of a table of projects
                post = _STAFF_AFTER.match(sent.text, ent.end_char)
                staff = post is not None and (post.group("dept") is not None or _FIRM_END.search(_STEM_END.sub("", surface)))
                pid = None if staff else text_project(b, sent, surface)  # "A有限公司项目经理某某" (audit R): the firm's staff
                if pid is not None:
                    out.append(Found(start, ent.end_char, label, pid, surface))
                else:  # a run the project rules reject hides no company (…与呼伦贝尔肉业集团等12家…就15个项目签约)
                    _firms_in(b, sent, start, surface, out)
                continue
            else:
                r = None
            if r is None:
                continue
            nid = b.node(r, surface, sent, STOCK_RULE if ent.id_ == STOCK_RULE else "mention")  # (stock_names.py)
            out.append(Found(first, first + len(surface), r.label, nid, surface))
            section_member(b, sent, r, surface)
            if r.label == Label.PARK:
                _place_park(b, sent, nid, surface, r, county)
        # counties outside every name kept (a span the rules rejected, "卢龙县举行…重点项目", hides none)
        _gazetteer_places(b, sent, kept + zones + [(f.start, f.end) for f in out[named:]], out)
    return spans


def rule_prose(b: GraphBuilder, prose: list[Sentence], spans: dict[int, list[Found]]) -> None:
    """The relations stated in prose (the package ingest/extract/prose/), sentence by sentence in order,
    so that 该项目 and a bare 产业园 refer to the names before them."""
    state = ProseState()
    place = document_place(b, prose)
    if place is not None:
        r, surface = place
        state.doc_place = (b.node(r, surface, prose[0], "dateline"), surface)
    elif prose:
        hosted = title_place(b, prose, spans)
        if hosted is not None:
            state.doc_place, state.doc_place_rule = (hosted.nid, hosted.surface), "title_place"
        elif (session := session_place(b, prose, spans)) is not None:
            state.doc_place, state.doc_place_rule = (session.nid, session.surface), "session_place"
        else:
            subject = opening_subject(b, prose, spans)
            if subject is not None:
                state.doc_place, state.doc_place_rule = (subject.nid, subject.surface), "opening_subject"
            elif (issuer := issuer_place(b, prose)) is not None:
                state.doc_place, state.doc_place_rule = (issuer.nid, issuer.surface), "issuer_place"
            elif (late := past_chrome_place(b, prose, spans)) is not None:
                state.doc_place, state.doc_place_rule = (late.nid, late.surface), "opening_past_chrome"
            elif (sole := sole_place(b, prose, spans)) is not None:
                state.doc_place, state.doc_place_rule = (sole.nid, sole.surface), "sole_place"
    # a report on the city (我市今年引进…项目127个) names its counties' and zones' projects without saying each is theirs
    city_report = any(pattern("prose", "other_scope").search(s.text) for s in prose[:2])
    projects: list[tuple[Found, Sentence]] = []
    brought: list[tuple[Found, Sentence]] = []
    parks: list[tuple[Found, Sentence]] = []
    shorts: dict[str, Found] = {}
    firms: list[tuple[Found, Sentence]] = []
    named_counties: set[str] = set()  # county nodes the text names outside a name (rule_name_county_firm)
    running: tuple[int, Found] | None = None  # (paragraph start, the place a later sentence of it opened with)
    topics: dict[int, Found] = {}  # paragraph start -> the place it profiles ("X开发区：…")
    for sent in prose:
        found = spans.get(sent.start, [])
        rule_defined_names(b, sent, found, shorts)
        shorts.update(defined_short_names(b, sent, found))
        found = sorted(found, key=lambda f: (f.start, -f.end))
        state.note_section(b, sent, found)
        opened = paragraph_subject(b, sent, found)
        if opened is not None and not city_report:
            state.paragraph_of[sent.para_start] = opened
        later = sentence_subject(b, sent, found) if sent.start != sent.para_start and not city_report else None
        if later is not None:
            running = (sent.para_start, later)  # "其中：武威工业园区开工建设项目117项。A、B…": the paragraph's place from here on
        elif sent.start == sent.para_start:
            running = None
        if running is not None and running[0] == sent.para_start:
            state.sentence_of[sent.start] = running[1]
        if sent.block == "para":
            rule_owner(b, sent, found, state)
            rule_located(b, sent, found, state)
            rule_name_bracket_place(b, sent, found, state)
            rule_parks_built_in(b, sent, found, state)
            rule_subject_parks(b, sent, found, state)
            rule_built_in_site(b, sent, found, state)
            rule_place_of(b, sent, found, state)
            rule_develops(b, sent, found, state)
            rule_leading_industries(b, sent, found, state)
            rule_industry_list(b, sent, found, state)
            rule_place_industries(b, sent, found, state)
            rule_industry_clauses(b, sent, found, state)
            rule_cluster_of_firms(b, sent, found, state)
            rule_project_vehicle(b, sent, found, state)
            rule_firm_invests(b, sent, found, state)
            rule_framed_firms(b, sent, found, state)  # (after cluster_of_firms: names, no cluster built on them)
            rule_project_serves(b, sent, found, state)
            rule_firm_industry(b, sent, found, state)
            rule_around_industry(b, sent, found, state)
            rule_topic_firms(b, sent, found, state)
            rule_kind_projects(b, sent, found, state)
            rule_enterprise_list(b, sent, found, state)  # (before the topic rules: the firms it names are the topic's too)
            rule_field_topic(b, sent, found, state)
            rule_paragraph_topic(b, sent, found, state)
            rule_project_industry(b, sent, found, state)
            rule_project_fields(b, sent, found, state)
            rule_list_siblings(b, sent, found, state)  # (after every rule that names industries)
            rule_group_firms(b, sent, found, state)
            rule_lead_firms(b, sent, found, state)  # (after group_firms: a list after its industry is that rule's)
            rule_topic_place(b, sent, found, state, topics)
            rule_leading_list(b, sent, found, state, state.heading_cluster(sent))
            rule_represented(b, sent, found, state)
            rule_place_industry_pairs(b, sent)
        rule_cluster_place(b, sent, found, state)
        named = next((f for f in found if f.label == Label.CLUSTER), None)
        if named is not None and sent.path and sent.text.strip() == sent.path[-1].strip():
            state.heading_clusters[sent.path[-1]] = named  # "（一）做强…产业集群": the paragraphs under it
        state.recent.append((sent.para_start, sent.text, tuple(f for f in found if f.label == Label.PROJECT),
                             tuple(f for f in found if f.label == Label.ENTERPRISE)))
        for f in found:
            if f.label == Label.ENTERPRISE:
                state.last_firm, state.last_firm_para = f, sent.para_start
                firms.append((f, sent))
            elif f.label == Label.COUNTY:
                named_counties.add(f.nid)
            if f.label == Label.PROJECT:
                state.last_project = f
                state.last_project_para = sent.para_start
                projects.append((f, sent))
            elif f.label == Label.ENTERPRISE and (brought_in(sent.text, f, found) or listed_firm(sent.text, f)):
                brought.append((f, sent))  # "新引进的A公司", "引进A、B等企业", "已聚集A、B等龙头企业": the place's firms
            elif f.label == Label.PARK and not pattern("prose", "bare_park_word").fullmatch(f.surface):
                state.last_park = f
                parks.append((f, sent))
            if f.label in (Label.PARK, Label.COUNTY) and f.nid in b.nodes \
                    and pattern_group("prose", "industry_list")["zone_name_end"].search(b.nodes[f.nid].name) \
                    and not pattern_group("prose", "industry_list")["bare_zone_head"].match(f.surface):
                state.last_zone = f
    rule_short_owner(b, projects, "\n".join(s.text for s in prose))
    head_parks = rule_head_park(b, projects)  # parks named only at a project's head (北部石材园区|…项目)
    for park, sent in head_parks:
        _place_park(b, sent, park.nid, park.surface, b.resolver.park(park.surface, None), None)
        parks.append((park, sent))
    rule_sentence_place(b, brought, spans, state)  # a place's firms whose sentence names the place
    rule_dateline(b, projects + brought + head_parks, state)  # such a park is where its project would be
    rule_park_dateline(b, parks, state)
    rule_county_zone(b, parks, state, spans)
    rule_name_county_place(b, projects)  # (after the report's place: a project nothing placed whose name holds a county)
    rule_firm_site(b, firms, spans, state)  # a firm whose workshop the reporter stands in
    rule_name_county_firm(b, firms, named_counties, state)  # (last: a firm no rule placed, owning no project)


def extract_document(doc: SourceDocument, lexicon: Lexicon | None = None,
                     nlp: Language | None = None) -> DocumentGraph:
    """Everything one document states, as nodes and evidence-carrying edges."""
    with without_gc_passes():  # graph/gc_pause.py
        return _extract(doc, lexicon, nlp)


def _extract(doc: SourceDocument, lexicon: Lexicon | None, nlp: Language | None) -> DocumentGraph:
    lex = lexicon or default_lexicon()
    nlp = nlp or get_pipeline(lexicon)
    b = GraphBuilder(doc, Resolver(lex))
    b.resolver.set_document(doc.text)
    b.resolver.set_report_county(report_county(b))
    st: Structure = analyse(doc.text)
    prose = [s for s in st.sentences if s.block in {"para", "heading"}]
    parsed = list(zip(prose, parse(nlp, [s.text for s in prose])))  # one spaCy pass per sentence that can name something
    sdocs = {s.start: d for s, d in parsed}
    by_start = {s.start: s for s in st.sentences if s.block == "table"}
    for table in st.tables:
        rule_table(b, table, by_start)
    year_ctx: int | None = None
    section = None
    listed: dict[int, list[Found]] = {}
    tagged = tag_sentences([s for s in prose if s.block == "para"])  # the tagger's spans, gated (tagged_names.py)
    targets = TargetState()  # the target rule's state over the document (the last indicator per paragraph…)
    following = {s.start: t for s, t in zip(st.sentences, st.sentences[1:])}
    for sent in st.sentences:
        if sent.path[:2] != section:
            section, year_ctx = sent.path[:2], None
        m = pattern("prose", "by_year").search(sent.text)
        if m and sent.block == "para":
            year_ctx = int(m.group(1))
        if sent.block == "box":
            rule_box(b, sent)
        elif sent.block == "para":
            rule_county_layout(b, sent)
            rule_town_park(b, sent)
            rule_leading(b, sent, sdocs[sent.start])
            items = rule_listed_projects(b, sent) + rule_titled_project(b, sent, following.get(sent.start))
            items += [f for f in rule_built_base(b, sent) if not _covers(f, items) and not any(
                g.start <= f.start and f.end <= g.end for g in items)]
            items += rule_priced_built(b, sent, items)
            listed[sent.start] = [f for f in rule_project_list(b, sent) if not _covers(f, items)] + items
            if sent.start in tagged:
                known = known_names(sdocs[sent.start], listed[sent.start])
                listed[sent.start] += rule_tagged_names(b, sent, tagged[sent.start], known)
            rule_subindustry(b, sent)
            rule_indicator_text(b, sent, year_ctx)
            rule_prose_targets(b, sent, targets)
        elif sent.block == "heading":
            rule_indicator_text(b, sent, None)
            rule_prose_targets(b, sent, targets)
    spans = rule_mentions(b, parsed, listed)
    for start, found in listed.items():
        spans.setdefault(start, []).extend(found)
    rule_known_owner(b)
    rule_prose(b, prose, spans)
    rule_project_facts(b, prose)
    rule_head_owner(b, {s.start: s for s in prose})  # (last: a project no rule gave an owner)
    fill_scopes(b, targets)
    graph = b.graph()
    b.release()
    return graph
