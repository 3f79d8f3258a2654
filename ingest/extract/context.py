"""What a sentence is about, shared by the relation rules: its cluster section, 专栏 box,
county, the company or county a name carries, and the years around it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from graph.model import Label
from ingest.extract.builder import GraphBuilder
from ingest.gazetteer import Division
from ingest.extract.names import ENTERPRISE_STRONG, ENTERPRISE_WEAK, PROJECT_SUFFIXES, enterprise_prefix, find_parks
from ingest.read import SourceDocument
from ingest.resolve import Resolved
from ingest.rules import alternation, pattern, rule_data, words
from ingest.structure import Sentence


YEAR = pattern("layout", "year")

@lru_cache(maxsize=4096)
def _innermost(path: tuple[str, ...], key: str) -> str | None:
    """The first group of data/rules/layout.yaml's pattern `key` in the innermost heading of a sentence's path that has
    it (cached: the rules ask of every sentence, and a section's sentences share their path; cached by the pattern's
    key, as a compiled pattern's hash reads its whole compiled code on every call)."""
    p = pattern("layout", key)
    for part in reversed(path):
        m = p.search(part)
        if m:
            return m.group(1)
    return None


def cluster_of_section(sent: Sentence) -> str | None:
    return _innermost(sent.path, "cluster_section")


def box_title(sent: Sentence) -> str | None:
    return _innermost(sent.path, "box_title")


def sentence_county(b: GraphBuilder, sent: Sentence) -> tuple[str, Resolved] | None:
    """The county a sentence is about, as written: its paragraph topic or the name it opens with."""
    if sent.lead:
        r = b.resolver.county(sent.lead) or b.resolver.regional_county(sent.lead)
        if r is not None:
            return sent.lead, r
        if pattern("layout", "county_lead").search(sent.lead) and len(sent.lead) <= 6 \
                and not pattern("layout", "not_county_lead").fullmatch(sent.lead) and not _upper_only(b, sent.lead) \
                and not sent.lead.endswith(tuple(rule_data("zones")["canonical"])):  # 高唐开发区 is a zone
            return sent.lead, b.resolver.add_county(sent.lead)  # a county the lexicon does not know
    return b.resolver.county_prefix(sent.text)


def _upper_only(b: GraphBuilder, name: str) -> bool:
    """A name made of provinces and prefectures alone (四川眉山市, 眉山市): a city, no county."""
    return b.resolver.gaz.upper_prefix(name) == len(name)


def split_list(text: str) -> list[str]:
    return [p.strip() for p in pattern("layout", "list_split").split(text) if p.strip()]


_GENERIC_ZONES = words("zones", "generic_names")


def name_county(b: GraphBuilder, name: str) -> tuple[str, Resolved] | None:
    """The county a name carries: at its start, or inside it (…东昌府区大族激光产业园),
    but not the place inside a listed company's own name (东阿阿胶…, 东阿钢球…)."""
    inside = b.resolver.enterprise_spans(name)
    for pos, surface, r in b.resolver.counties_in(name):
        if any(s <= pos < e for s, e in inside):
            continue
        if surface in _GENERIC_ZONES and pos > 0:
            continue  # "金堤河生态牧场旅游度假区" is not the city's zone
        if r.entry is not None and r.entry.kind == "zone" and pos > 0:
            continue
        return surface, r
    return None


def project_enterprise(b: GraphBuilder, item: str) -> tuple[str, Resolved] | None:
    """The enterprise that opens a project item, as written (with its place prefix), if any."""
    hit = b.resolver.county_prefix(item)
    county_len = len(hit[0]) if hit else 0
    zone = [e for s, e, _ in find_parks(item) if s == 0]
    if zone and zone[0] < len(item) - 4:  # "交城经济开发区华庆新材料科技有限公司…": the zone opens no company
        county_len, hit = zone[0], None
    # the longest lexicon name at the start (up to 16 characters), with or without the county in front
    lex = b.resolver.lex
    for start in {0, county_len}:
        longest = min(len(item) - start, 16)
        for k in lex.lengths(Label.ENTERPRISE, item[start:start + 2]):  # only lengths a name opening so has
            if k > longest:
                continue
            s = item[start:start + k]
            e = lex.lookup(Label.ENTERPRISE, s)
            if e is None:
                continue
            if len(s) <= 2 and len(enterprise_prefix(item[start:], b.resolver.lex.strip_region)) > len(s) + 1:
                break  # a short alias opening another company's name (信发|华信铝业)
            return s, Resolved(Label.ENTERPRISE, e.name, "" if s == e.name else "alias:lexicon", e)
    if hit is not None and hit[1].entry is not None and hit[1].entry.kind == "zone":
        return None  # "高新区古漯河生态旅游项目": a zone opens it, no company
    rest = b.resolver.lex.strip_region(item[county_len:])
    surface = enterprise_prefix(rest, b.resolver.lex.strip_region)
    if len(surface) < 2 or re.search(r"[“”·]", surface) or (
            surface.endswith(PROJECT_SUFFIXES) and not surface.endswith(ENTERPRISE_STRONG + ENTERPRISE_WEAK)):
        return None
    # (the place written before it stays, unless a park opens the item: 浮山产业集聚区|临汾染化集团迁建项目, audit X)
    full = ("" if zone and county_len == zone[0] else item[: len(item) - len(rest)]) + surface
    r = b.resolver.enterprise(full)
    return (full, r) if r is not None else None


NOT_COMPANY = re.compile(f"({alternation('names', 'not_company_endings')})$|^({alternation('names', 'not_company_heads')})")


def document_year(doc: SourceDocument) -> int | None:
    return _year_of_date(doc.date or "")


@lru_cache(maxsize=64)
def _year_of_date(date: str) -> int | None:  # (asked of every sentence, by several rules)
    m = re.match(r"(\d{4})", date)
    return int(m.group(1)) if m else None


def period_for(doc: SourceDocument, year: int) -> str:
    return doc.period if doc.period.startswith(str(year)) and not re.match(r"^\d{4}-\d{4}$", doc.period) else str(year)


def section_year(sent: Sentence) -> int | None:
    for part in reversed(sent.path):
        m = YEAR.search(part)
        if m:
            return int(m.group(1))
    return None


# "“四新经济”“十强产业”增加值分别增长15%、18%，占GDP比重分别达到30.6%、35.3%"


def names_home(b: GraphBuilder) -> bool:
    """Whether a text or its title names the home region (data/lexicon/regions.yaml) or a county of the home
    lexicon by its name or a short form (阳谷, 东昌府); a zone's generic aliases (开发区, 高新区) do not count.
    Read once per document (targets' scopes and industries' batch fields both ask)."""
    known = b.home_named
    if known is None:
        lex = b.resolver.lex
        words = [*lex.regions, *(w for e in lex.entries if e.label == Label.COUNTY and e.kind != "zone"
                                 for w in (e.name, *e.aliases) if len(w) >= 2)]
        text = f"{b.doc.title or ''}\n{b.doc.text}"
        known = b.home_named = any(w in text for w in words)
    return known


def document_subject(b: GraphBuilder) -> tuple[str, Division] | None:
    """The province, prefecture or county a text from another place is about (data/places): the most
    specific one its title (or first line) names, else the one its opening names most often (a province named most yields
    to the prefecture or county under it named most outside the dateline: a province's paper or office names it). Its home
    region (data/lexicon/regions.yaml) and what lies under the home city are left to the lexicon rules.
    Returns the name as the text writes it (黔西南州) and the unit."""
    gaz = b.resolver.gaz
    text = b.doc.text
    first = text.strip().split("\n", 1)[0]
    title = b.doc.title or (first if len(first) <= 60 else "")
    line = _DATELINE.search(text[:_DATELINE_WINDOW])  # "…绥化2月11日电": where the report is filed from

    def named(t: str) -> list[tuple[int, str, Division]]:
        hits = [(s, t[s:e], units[0]) for s, e, units in gaz.full_names_in(t) if len(units) == 1]
        at = {h[0] for h in hits}  # a city written in full is a full name and an upper unit: one mention, counted once
        return sorted(hits + [u for u in gaz.upper_units_in(t) if u[0] not in at], key=lambda h: h[0])

    def counties(t: str) -> list[tuple[int, str, Division]]:
        """The counties a text names, by the short forms the document supports too (智造洛江 of 洛江区)."""
        units = ((s, surface, gaz.full.get(r.name, [])) for s, surface, r in b.resolver.counties_in(t))
        return [(s, surface, us[0]) for s, surface, us in units if len(us) == 1 and us[0].level == "county"]

    home = {u.code for h in b.resolver.lex.regions for u in gaz.full.get(h, []) + gaz.short.get(h, [])}
    home_city = {c for c in home if gaz.units[c].level == "prefecture"}

    def foreign(u: Division) -> bool:
        return u.code not in home and not any(a.code in home_city for a in gaz.ancestors(u))

    rank = {"county": 0, "prefecture": 1, "province": 2}
    window = text[:_SUBJECT_WINDOW]
    near: list[tuple[int, str, Division]] | None = None  # the counties the window names, read once when needed
    in_title = [h for h in named(title) if foreign(h[2])]
    if in_title and _SENTENCE_END.search(title):  # a paragraph read as the title ("昆明信息港讯（昆明日报…） 昨日，…
        tally = Counter(h[2].code for h in in_title)  # 楚雄州专场发布会举行。楚雄州委书记…"): the place it names most
        pos, surface, unit = min(in_title, key=lambda h: (-tally[h[2].code], rank[h[2].level], h[0]))
    elif in_title:
        pos, surface, unit = min(in_title, key=lambda h: (rank[h[2].level], h[0]))
    else:
        near = counties(window)
        hits = named(window)
        taken = {h[0] for h in hits}
        hits = sorted([h for h in hits + [c for c in near if c[0] not in taken] if foreign(h[2])], key=lambda h: h[0])
        if not hits:
            return None
        counts = Counter(h[2].code for h in hits)
        pos, surface, unit = max(hits, key=lambda h: (counts[h[2].code], -h[0]))
        under = [h for h in hits if unit.code in {a.code for a in gaz.ancestors(h[2])} and not (line and h[0] < line.end())]
        if unit.level == "province" and under:  # a province's paper or office named most, a city or county of it the subject
            pos, surface, unit = max(under, key=lambda h: (counts[h[2].code], -rank[h[2].level], -h[0]))
    if unit.level == "prefecture":  # "东北网绥化2月11日电青冈以创建…": the county the dateline's city opens with
        county = next((u for u in gaz.units.values() if u.parent == unit.code and any(
            text.startswith(f, line.end()) for f in (u.name, *u.shorts))), None) if line else None
        if county is not None:
            unit = county
            surface = next(f for f in (county.name, *county.shorts) if text.startswith(f, line.end()))  # type: ignore[union-attr]
        else:  # "四川省绵阳市梓潼县深入实施…", the county named again: the city's county the text is about
            chained = _chained_county(b, unit, window, counties(window) if near is None else near)
            if chained is not None:
                surface, unit = chained
    forms = [unit.name, *(s + unit.name[-1] for s in unit.shorts), surface]
    return next((f for f in forms if f in text), surface), unit


def report_county(b: GraphBuilder) -> Resolved | None:
    """The county a county's own report or news is about (fix12): the county `document_subject` finds, else the one
    county (of the home region too) its title names; None for a city's or a province's text."""
    subject = document_subject(b)
    if subject is not None:
        return b.resolver.county(subject[1].name) if subject[1].level == "county" else None
    first = b.doc.text.strip().split("\n", 1)[0]
    title = b.doc.title or (first if len(first) <= 60 else "")
    found = {r.name: r for _s, _w, r in b.resolver.counties_in(title)}
    return next(iter(found.values())) if len(found) == 1 else None


def _chained_county(b: GraphBuilder, city: Division, window: str,
                    named: list[tuple[int, str, Division]]) -> tuple[str, Division] | None:
    """A county of `city` written right after it (绵阳市梓潼县), not opening a list (…市A区、B区), and named at least
    once more in `window` (`named`: the counties it names): the text is about that county, the city only says where
    it lies."""
    for pos, surface, unit in b.resolver.gaz.upper_units_in(window):
        if unit.code != city.code:
            continue
        after = pos + len(surface)
        county = next((c for c in named if c[0] == after and c[2].parent == city.code), None)
        if county is not None and not _LIST_NEXT.match(window, after + len(county[1])) \
                and sum(c[2].code == county[2].code for c in named) >= 2:
            return county[1], county[2]
    return None


_LIST_NEXT = re.compile(rule_data("targets")["patterns"]["county_list_next"])  # after a list's first county
_SUBJECT_WINDOW = 1500  # characters of a text's opening read for the place it is about
# "…绥化2月11日电", "…讯": the report's first words follow (data/rules/targets.yaml, a pattern without slots)
_DATELINE = re.compile(rule_data("targets")["patterns"]["dateline_end"])
_DATELINE_WINDOW = 80
_SENTENCE_END = re.compile(rule_data("targets")["patterns"]["paragraph_title"])  # a title holding one is a paragraph
