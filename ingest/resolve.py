"""Entity resolution: a surface form found in text -> one canonical node.

Every merge says why in `Resolved.resolution` (it becomes Evidence.resolution):
`alias:lexicon`, `suffix:山东鲁西化工集团有限公司→鲁西集团`, `renamed:茌平县→茌平区`,
`context:开发区→临清经济开发区`, `normalised:研发投入占生产总值比重→研发经费投入占GDP比重`.
Look-alikes stay apart because matching is on whole names after stripping only
place prefixes and legal/generic suffixes (鲁西经济开发区 is a Park, 鲁西大地 is
not an enterprise name at all, 鲁西聚碳酸酯 keeps its own node).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from graph.model import Label, make_id
from ingest.gazetteer import Division, Gazetteer, default_gazetteer
from ingest.lexicon import Entry, Lexicon
from ingest.rules import alternation, literal_alternation, pattern, rule_data, words

_NATIONAL_PLACES = words("names", "bracket_places")
_LEGAL_SUFFIX = re.compile(f"(?<![{''.join(words('names', 'legal_form_kept_after'))}])({alternation('names', 'legal_forms')})$")
# generic tails ignored when comparing two names of one enterprise (华泰化工 = 华泰)
_GENERIC_TAIL = re.compile(f"({alternation('names', 'generic_company_tails')})$")
# bare zone names whose meaning depends on the county of the sentence
_BARE_ZONES = frozenset(rule_data("zones")["bare"])
# the most characters of a zone's own name between a place and a city zone word (zones.yaml)
_ZONE_OWN_NAME_MAX = int(rule_data("zones")["zone_own_name_max"])
_BRANDLESS = pattern("names", "brandless_after_county")  # 东明|石化集团: the county is the brand
_CITY_ZONE_WORDS = tuple(sorted(map(str, rule_data("zones")["city_zone_words"]), key=len, reverse=True))
SHAPED_ZONE = "shape:zone"  # the resolution of a zone named by its own name (Resolver.shaped_zone)
_PLACE_ZONE = "shape:place_zone"  # a division's zone by a zone word after its name (Resolver.place_zone)
_ZONE_AREA = "shape:zone_area"  # a free trade zone's area named after a division (names.find_zone_areas)
_CITY_ZONE_WORD_RE = re.compile(alternation("zones", "city_zone_words"))
_ZONE_FULL_FORMS = tuple(sorted({str(v) for v in rule_data("zones")["canonical"].values()}, key=len, reverse=True))
_ZONE_NAME_ENDINGS = (*_ZONE_FULL_FORMS, *_BARE_ZONES)  # a zone named in full, or a county's by its bare word (金寨开发区)
# the zone words as written, longest first, each with the full form it abbreviates (经开区 -> 经济技术开发区)
_ZONE_SPELLINGS = tuple(sorted(((str(k), str(v)) for k, v in rule_data("zones")["canonical"].items()),
                               key=lambda kv: len(kv[0]), reverse=True))
# a bare zone word ending so, in a county's sentence, is that county's park (临清市：…开发区 -> 临清经济开发区)
_COUNTY_ZONE_WORD = str(rule_data("zones")["county_zone_word"])
_K = rule_data("keys")
_CLUSTER_TAIL = pattern("keys", "cluster_tail")
_CLUSTER_LEAD = pattern("keys", "cluster_lead")
_SCOPE_HEAD = pattern("keys", "cluster_scope_head")
_REGION_WORD = pattern("keys", "cluster_region_word")
_KIND_TAIL = pattern("keys", "cluster_kind_tail")
_RANK_ONLY = pattern("keys", "cluster_rank_only")
_RANK_TAIL = pattern("keys", "cluster_rank_tail")
_COUNTY_LEVEL = pattern("keys", "county_level_ending")
_INDICATOR_STEPS = [(re.compile(p), str(r)) for p, r in _K["indicator_steps"]]
_PROJECT_STEPS = [(re.compile(p), str(r)) for p, r in _K["project_steps"]]
_LINE_BETWEEN = pattern("keys", "line_between")


# What an organisation's name is made of: Chinese characters, Latin letters and digits, and the
# marks names use (（）·&-.). Quotes, semicolons, slashes, equals signs or spaces mean the text
# around a name was taken for one (or someone typed code where a name goes).
_NAME_SHAPE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134fA-Za-z0-9（）()·&＆\-—．.]+")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def name_shaped(name: str) -> bool:
    """Whether `name` can be an organisation's name at all (see _NAME_SHAPE)."""
    return bool(_NAME_SHAPE.fullmatch(name)) and bool(_CJK_CHAR.search(name)) and name.count("(") == name.count(")")


@dataclass(frozen=True)
class Resolved:
    label: Label
    name: str
    resolution: str = ""
    entry: Entry | None = None

    @property
    def id(self) -> str:
        return make_id(self.label, self.name)


def indicator_key(name: str) -> str:
    """Normal form of an indicator name, so wordings of one quantity compare equal."""
    s = re.sub(r"^\s*\d+[、.．]\s*", "", name)
    s = re.sub(r"[（(][^）)]*[）)]", "", s)
    s = re.sub(r"[“”\"'‘’]", "", s)
    for pattern, replacement in _INDICATOR_STEPS:  # data/rules/keys.yaml
        s = pattern.sub(replacement, s)
    return s.strip()




def project_key(name: str) -> str:
    """Normal form of an infrastructure project's name: no 项目, stretch (聊城段), aside
    （青兰）or 民用, and "A至B高速" abbreviated the usual way (高唐至东阿高速 -> 高东高速)."""
    s = name.strip()
    for pattern, replacement in _PROJECT_STEPS:  # data/rules/keys.yaml
        s = pattern.sub(replacement, s)
    m = _LINE_BETWEEN.match(s)
    if m:  # 聊城经邯郸至长治高铁 -> 聊邯长高铁
        s = m.group(1)[0] + (m.group(2)[0] if m.group(2) else "") + m.group(3)[0] + m.group(4)
    return s


# words of transport and water works; a prose project naming one is a named work
_INFRA_WORD = re.compile(f"({alternation('names', 'infrastructure_words')}|{rule_data('names')['road_numbers']})")


# kinds of work every county builds: named only with the county (data/rules/names.yaml generic_works)
_GENERIC_WORKS = frozenset(map(str, rule_data("names")["generic_works"]))


def is_infrastructure(name: str) -> bool:
    return bool(_INFRA_WORD.search(project_key(name)))



def cluster_key(name: str) -> str:
    """A cluster's name without its endings (新材料产业集群 = 新材料) and without the verb of a clause it was cut
    with (高度重视超硬材料产业 = 超硬材料; 全力加速 keys on nothing, so names no cluster)."""
    s = _CLUSTER_LEAD.sub("", name.strip())
    prev = None
    while prev != s:
        prev = s
        s = _CLUSTER_TAIL.sub("", s) if len(_CLUSTER_TAIL.sub("", s)) >= 2 else s
    return s


@lru_cache(maxsize=16)
def _names_regex(names: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation of county names, longest first; documents with the same names share it."""
    return re.compile(literal_alternation(names))


@lru_cache(maxsize=4)
def _first_names_regex(names: tuple[str, ...]) -> re.Pattern[str]:
    """The longest of `names` starting at a position (searched from each start on: overlapping ones too). No
    lookahead around it: a pattern opening with one gives the regex engine no first characters to skip to."""
    return re.compile(literal_alternation(names) or "(?!)")


def short_name(county: Resolved) -> str:
    """A county's shortest name of 2+ characters (茌平区 -> 茌平), which zones are named after."""
    names = [n for n in (county.entry.aliases if county.entry else ()) if len(n) >= 2 and county.name.startswith(n)]
    return min(names, key=len) if names else county.name


def _company_core(name: str, lexicon: Lexicon, place_in_brackets: re.Pattern[str]) -> str:
    """A company name without its bracketed place, legal form and opening region."""
    s = place_in_brackets.sub("", name.strip())
    s = _LEGAL_SUFFIX.sub("", s)
    s2 = lexicon.strip_region(s)
    return s2 if len(s2) >= 2 else s


def _company_key(core: str) -> str:
    s = core
    while True:
        t = _GENERIC_TAIL.sub("", s)
        if t == s or len(t) < 2:
            return s
        s = t


@dataclass(frozen=True)
class _LexiconIndex:
    """What the resolver looks names up in that the lexicon and gazetteer alone decide: built once for them,
    not for every document (read only)."""
    province_re: re.Pattern[str] | None
    place_in_brackets: re.Pattern[str]
    county_names: tuple[str, ...]
    enterprise_core: dict[str, Entry]
    indicator_key: dict[str, Entry]
    project_key: dict[str, Entry]
    cluster_key: dict[str, Entry]


_INDEXES: dict[tuple[int, int], tuple[Lexicon, Gazetteer, _LexiconIndex]] = {}

# an answer not kept yet (Resolver._answers): looked up with get, not KeyError; half the asks are first asks, and
# raising and catching KeyError costs three times the lookup
_UNASKED = object()


def _lexicon_index(lexicon: Lexicon, gaz: Gazetteer) -> _LexiconIndex:
    hit = _INDEXES.get((id(lexicon), id(gaz)))
    if hit is not None and hit[0] is lexicon and hit[1] is gaz:
        return hit[2]
    # province names among the regions, dropped before a park name is looked up (山东鲁西经济开发区)
    provinces = [r for r in lexicon.regions if any(u.level == "province" for u in
                                                   gaz.full.get(r, []) + gaz.short.get(r, []))]
    province_re = re.compile("^(?:%s)" % "|".join(map(re.escape, provinces))) if provinces else None
    # A place in brackets closing a company name: 诺伯特智能装备（山东）.
    places = "|".join(map(re.escape, (*_NATIONAL_PLACES, *lexicon.regions)))
    place_in_brackets = re.compile(rf"[（(](?:{places})[)）]$")
    counties = lexicon.of(Label.COUNTY)
    county_names = tuple(sorted(
        {n for e in counties for n in (e.name, *e.aliases, *e.renamed_from)}, key=len, reverse=True))
    enterprise_core: dict[str, Entry] = {}
    for e in lexicon.of(Label.ENTERPRISE):
        for n in (e.name, *e.aliases):
            core = _company_core(n, lexicon, place_in_brackets)
            enterprise_core.setdefault(core, e)
            enterprise_core.setdefault(_company_key(core), e)
    indicators: dict[str, Entry] = {}
    for e in lexicon.of(Label.INDICATOR):
        for n in (e.name, *e.aliases):
            indicators.setdefault(indicator_key(n), e)
    projects: dict[str, Entry] = {}
    for e in lexicon.of(Label.PROJECT):
        for n in (e.name, *e.aliases):
            projects.setdefault(project_key(n), e)
    clusters: dict[str, Entry] = {}
    for e in lexicon.of(Label.CLUSTER):
        for n in (e.name, *e.aliases):
            clusters.setdefault(cluster_key(n), e)
    index = _LexiconIndex(province_re, place_in_brackets, county_names, enterprise_core, indicators, projects, clusters)
    if len(_INDEXES) >= 8:  # tests build lexicons of their own
        _INDEXES.clear()
    _INDEXES[(id(lexicon), id(gaz))] = (lexicon, gaz, index)
    return index


class Resolver:
    """Resolves names against the lexicon; remembers unknown names seen in one document."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer | None = None) -> None:
        self.lex = lexicon
        self.gaz = gazetteer or default_gazetteer()
        self._doc_shorts: dict[str, Division] = {}   # short forms this document supports (set_document)
        self._support: dict[str, int] = {}
        self.doc_city: Division | None = None           # another city the document is about (set_document)
        self.doc_county: Resolved | None = None          # the county a county's own report is about (set_report_county)
        self._text = ""                                  # the document's text (set_document)
        self._foreign_text = False                       # a text that never names the home region
        self._doc_zones: Counter[str] = Counter()        # zones the document names in full, how often
        index = _lexicon_index(lexicon, self.gaz)
        self._province_re = index.province_re
        self._place_in_brackets = index.place_in_brackets
        self._county_names = list(index.county_names)
        self._enterprise_core = index.enterprise_core
        self._indicator_key = index.indicator_key
        self._project_key = index.project_key
        self._cluster_key = index.cluster_key
        self._seen_enterprise: dict[str, str] = {}   # key -> canonical, for names not in the lexicon
        self._doc_counties: dict[str, str] = {}      # counties of this document not in the lexicon
        self._county_re: re.Pattern[str] | None = None
        self._county_re_names: list[str] = []
        # (method, arguments) -> answer of county, county_prefix, counties_in and cluster: rules ask of each name or
        # sentence again and again; what the answers read (the document's counties, supported short forms, report county)
        # is set by the three setters below, which empty it
        self._answers: dict[tuple, Any] = {}

    # -------------------------------------------------------------- counties
    def add_county(self, name: str) -> Resolved:
        """A county the lexicon does not know, seen as a paragraph topic ("乐陵市：依托…"):
        later names that start with it, or with its short form (乐陵), are placed in it."""
        short = _COUNTY_LEVEL.sub("", name)
        self._answers.clear()
        for n in {name, short} if len(short) >= 2 else {name}:
            self._doc_counties.setdefault(n, name)
        self._county_names = sorted(set(self._county_names) | {name, short} - {""}, key=len, reverse=True)
        return Resolved(Label.COUNTY, name, "", None)

    def set_document(self, text: str) -> None:
        """Which gazetteer short forms this document supports (ingest/gazetteer.py)."""
        self._answers.clear()
        self._text, self.doc_county = text, None
        uppers = self.gaz.upper_units_in(text)
        support = self.gaz.support(text, self.lex.regions, uppers)
        self._support = support
        # the city a report is about, when it is not the lexicon's home city: the prefecture the text
        # supports most, ahead of the home one (a bare 高新区 is then that city's zone)
        home = {u.code for h in self.lex.regions for u in self.gaz.full.get(h, []) + self.gaz.short.get(h, [])
                if u.level == "prefecture"}
        named = Counter(support)  # and the cities a text names by their short forms (株洲高新区, 兰州新区)
        named.update(u.code for _, _, u in uppers)
        cities = sorted((n, c) for c, n in named.items() if self.gaz.units[c].level == "prefecture")
        best = cities[-1] if cities else None
        home_support = max((named[c] for c in home), default=0)
        self.doc_city = self.gaz.units[best[1]] if best and best[1] not in home and best[0] > home_support else None
        # a text naming other places and never the home region: a bare 开发区 is not the home city's
        self._foreign_text = bool(named) and not any(support[c] > 1 or named[c] > 1 for c in home)
        self._doc_shorts = self.gaz.active_shorts(support, uppers, text)
        self._doc_zones = Counter()  # emptied first: _named_zones calls shaped_zone, which must not read the last document's
        self._doc_zones = self._named_zones(text) if self.doc_city is not None or self._foreign_text else Counter()
        self._county_names = sorted(set(self._county_names) | set(self._doc_shorts), key=len, reverse=True)

    def _named_zones(self, text: str) -> Counter[str]:
        """The development zones a text names in full (辽河经济开发区), each with how many of the
        text's zone names hold it (营口辽河经济开发区 holds 辽河经济开发区)."""
        from ingest.extract.names import aimed_everywhere, find_parks, zone_own_name
        # (and a county's zone by its bare word, 金寨开发区: audit AG)
        names = [n for _s, _e, n in find_parks(text) if n.endswith(_ZONE_NAME_ENDINGS) and not aimed_everywhere(text, n)]
        for m in _CITY_ZONE_WORD_RE.finditer(text):  # and zones by their own names (慈湖高新区)
            start = zone_own_name(text, m.start())
            shaped = self.shaped_zone(text[start:m.start()], m.group(0)) if start is not None else None
            if shaped is not None and shaped.resolution == SHAPED_ZONE and not aimed_everywhere(text, shaped.name):
                names.append(shaped.name)  # not 潍坊市高新区 (a city's zone: city_zone) nor 打造|一流高新区 (a kind aimed at)
        # in the order the text names them: a tie in _named_zone goes to the first named, whatever the hash seed
        return Counter({n: sum(n in m for m in names) for n in dict.fromkeys(names)})

    def _named_zone(self, surface: str) -> str | None:
        """The zone a bare zone word means in a text about another place that names one such zone in
        full: the one most of its zone names hold (a bare 开发区 in a report on 辽河经济开发区)."""
        full = rule_data("zones")["canonical"].get(surface, surface)
        # a zone ending in the word's full form first; else any zone ending in the word as written
        # (a bare 开发区 in a report on 拉萨经济技术开发区)
        # a "name" opening with the word itself (开发区考核居全省同类开发区) is a clause, and resolving it would ask
        # for the bare word again
        named = [(z.endswith(full), n, z) for z, n in self._doc_zones.items()
                 if (z.endswith(full) or z.endswith(surface)) and not z.startswith((full, surface))]
        return max(named, key=lambda x: (x[0], x[1], -len(x[2])))[2] if named else None

    def _gazetteer_county(self, surface: str) -> Resolved | None:
        """A county-level unit of the gazetteer by full name, former name or supported short form."""
        units = [u for u in self.gaz.full.get(surface, ()) if u.level == "county"]
        u = (units[0] if len(units) == 1 else self.gaz.pick(units, self._support)) if units else self._doc_shorts.get(surface)
        if u is None:
            return None
        e = self.lex.get(Label.COUNTY, u.canonical) or Entry(
            u.canonical, Label.COUNTY, u.shorts, kind=u.kind, renamed_from=u.renamed_from)
        how = "" if surface == e.name else f"renamed:{surface}→{e.name}" if surface in u.renamed_from else "gazetteer"
        return Resolved(Label.COUNTY, e.name, how, e)

    def regional_county(self, surface: str) -> Resolved | None:
        """A county written after its province or prefecture (四川仁寿县, 湖南衡东县): the county, never a node that keeps
        the region in its name."""
        rest = surface[self.gaz.upper_prefix(surface):]
        return self.county(rest) if rest != surface and len(rest) >= 2 else None

    def county(self, surface: str) -> Resolved | None:
        if surface in _BARE_ZONES and (self._foreign_text or self.doc_city is not None):
            return self.park(surface)  # a bare zone word in another place's text is not the home city's zone
        found = self._answers.get(("county", surface), _UNASKED)
        if found is _UNASKED:
            found = self._answers["county", surface] = self._county(surface)
        return found

    def _county(self, surface: str) -> Resolved | None:
        e = self.lex.lookup(Label.COUNTY, surface)
        if e is None:
            seen = self._doc_counties.get(surface)
            if seen is None:
                return self._gazetteer_county(surface)
            return Resolved(Label.COUNTY, seen, "" if seen == surface else "alias:document", None)
        if surface == e.name:
            return Resolved(Label.COUNTY, e.name, "", e)
        how = f"renamed:{surface}→{e.name}" if surface in e.renamed_from else "alias:lexicon"
        return Resolved(Label.COUNTY, e.name, how, e)

    def county_prefix(self, text: str) -> tuple[str, Resolved] | None:
        """The county a name starts with (阳谷县水浒… -> 阳谷县), longest name first."""
        found = self._answers.get(("county_prefix", text), _UNASKED)
        if found is _UNASKED:
            found = self._answers["county_prefix", text] = self._county_prefix(text)
        return found

    def _county_prefix(self, text: str) -> tuple[str, Resolved] | None:
        known, full = self._county_set(), self.gaz.full
        for k in self._name_lengths(text[:2]):  # only the lengths of names opening so
            if k >= len(text):
                continue
            n = text[:k]
            if n in known or n in full:
                if n not in known and text[k] in self.gaz.not_after:
                    continue
                if n not in known and all(u.level != "county" for u in full[n]):
                    return None  # "长沙市光储…": a prefecture opens it, not the county of its short form (长沙县)
                r = self.county(n)
                if r is not None:
                    return n, r
        return None

    def _county_set(self) -> frozenset[str]:
        if getattr(self, "_county_set_src", None) is not self._county_names:
            self._county_set_src = self._county_names
            self._county_set_cache = frozenset(self._county_names)
            self._local_lengths: dict[str, set[int]] = {}
            for n in self._county_names:
                self._local_lengths.setdefault(n[:2], set()).add(len(n))
            self._lengths_cache: dict[str, list[int]] = {}
        return self._county_set_cache

    def _name_lengths(self, prefix: str) -> list[int]:
        """Lengths of the county names (lexicon, document, gazetteer) opening with `prefix`, longest first."""
        out = self._lengths_cache.get(prefix)
        if out is None:
            out = sorted(self.gaz.prefix_lengths.get(prefix, set()) | self._local_lengths.get(prefix, set()), reverse=True)
            self._lengths_cache[prefix] = out
        return out

    def counties_in(self, text: str) -> tuple[tuple[int, str, Resolved], ...]:
        """Every county name in a text (longest match, left to right): lexicon names, the
        document's supported short forms, and the gazetteer's full names."""
        found = self._answers.get(("counties_in", text), _UNASKED)
        if found is _UNASKED:
            found = self._answers["counties_in", text] = tuple(self._counties_in(text))
        return found

    def _counties_in(self, text: str) -> list[tuple[int, str, Resolved]]:
        if self._county_re is None or self._county_re_names != self._county_names:
            self._county_re_names = list(self._county_names)
            self._county_re = _names_regex(tuple(self._county_names))
        spans = [(m.start(), m.end()) for m in self._county_re.finditer(text)]
        spans += [(s, e) for s, e, _u in self.gaz.full_names_in(text)]
        out: list[tuple[int, str, Resolved]] = []
        last = -1
        for s, e in sorted(spans, key=lambda t: (t[0], -t[1])):
            if s < last or text.startswith(self.gaz.landforms, e) \
                    or text[s:e] in self.gaz.short and text.startswith(self.gaz.short_landforms, e):
                continue  # 江汉平原: a landform's name, not 江汉区; 太白山 (a short form and 山): a mountain, not 太白县
            if text[s:e] in self.gaz.short and self._opens_upper(text, s, e):
                continue  # 防城|港市: the head of a prefecture's name, not 防城区 (rel12)
            r = self.county(text[s:e])
            if r is not None:
                out.append((s, text[s:e], r))
                last = e
        return out

    def _opens_upper(self, text: str, s: int, e: int) -> bool:
        """Whether a province's or prefecture's name longer than text[s:e] starts at s (防城港市 over 防城)."""
        units = self.gaz.upper_units_in(text[s:s + 12])
        return bool(units) and units[0][0] == 0 and len(units[0][1]) > e - s

    # ------------------------------------------------------------ enterprises
    def enterprise_names(self) -> list[str]:
        """Canonical lexicon names of enterprises (3+ characters): a place inside one
        (东阿阿胶) belongs to the company's name, unlike the prefix of 冠县|冠星集团."""
        if not hasattr(self, "_ent_names"):
            self._ent_names = sorted({e.name for e in self.lex.of(Label.ENTERPRISE) if len(e.name) >= 3},
                                     key=len, reverse=True)
        return self._ent_names

    def enterprise_spans(self, text: str) -> list[tuple[int, int]]:
        """Where `enterprise_names` stand in a text: at each position where one starts, the longest one
        (it holds the shorter ones starting there), so their union is where any of them stands."""
        search = _first_names_regex(tuple(self.enterprise_names())).search
        spans = []
        m = search(text)
        while m is not None:
            spans.append(m.span())
            m = search(text, m.start() + 1)
        return spans

    def _core(self, name: str) -> str:
        return _company_core(name, self.lex, self._place_in_brackets)

    _key = staticmethod(_company_key)

    def _strip_county(self, core: str) -> str:
        hit = self.county_prefix(core)
        if hit and len(core) - len(hit[0]) >= 2 and not _BRANDLESS.match(core[len(hit[0]):]):
            return core[len(hit[0]):]
        return core

    def enterprise(self, surface: str) -> Resolved | None:
        surface = surface.strip()
        if len(surface) < 2 or not name_shaped(surface):
            return None
        e = self.lex.lookup(Label.ENTERPRISE, surface)
        if e is not None:
            return Resolved(Label.ENTERPRISE, e.name, "" if surface == e.name else "alias:lexicon", e)
        core = self._core(surface)
        for cand in (core, self._strip_county(core)):
            for k in (cand, self._key(cand)):
                e = self._enterprise_core.get(k)
                if e is not None:
                    return Resolved(Label.ENTERPRISE, e.name, f"suffix:{surface}→{e.name}", e)
        canonical = self._strip_county(core)
        if len(canonical) < 2:
            return None
        key = self._key(canonical)
        known = self._seen_enterprise.get(key)
        if known is None:
            # a short and a long form of one unlisted name (诚通 / 诚通客车配件, 中钢联 / 中钢联金属制造)
            for seen in self._seen_enterprise.values():
                short, long_ = (seen, canonical) if len(seen) <= len(canonical) else (canonical, seen)
                if len(short) >= 2 and long_.startswith(short):
                    known = seen
                    break
            self._seen_enterprise[key] = known or canonical
            known = known or canonical
        if known != surface:
            return Resolved(Label.ENTERPRISE, known, f"suffix:{surface}→{known}")
        return Resolved(Label.ENTERPRISE, known)

    # ------------------------------------------------------------------ parks
    def park(self, surface: str, context_county: Resolved | None = None) -> Resolved | None:
        """A park; a bare 开发区 becomes the park or zone of the sentence's county."""
        surface = surface.strip()
        ranked = pattern("names", "park_rank_aside").sub("", surface)
        if ranked != surface and len(ranked) > 2:  # 招远 （国家级）经济技术开发区 is 招远经济技术开发区: the rank is no part of its name
            found = self.park(ranked, context_county)
            if found is not None:
                return Resolved(found.label, found.name, f"rank:{surface}→{found.name}", found.entry)
        rest = self._after_province(surface)
        if rest == surface:
            rest = self._after_upper(surface)
        if rest != surface:  # 山西朔州经济开发区 is 朔州经济开发区: the province is no part of a park's name
            found = self.park(rest, context_county)
            if found is not None:
                return Resolved(found.label, found.name, f"suffix:{surface}→{found.name}", found.entry)
        if surface in _BARE_ZONES:
            if context_county is not None and context_county.entry is not None and context_county.entry.kind != "zone" \
                    and surface.endswith(_COUNTY_ZONE_WORD):
                name = short_name(context_county) + rule_data("zones")["canonical"][_COUNTY_ZONE_WORD]
                e = self.lex.lookup(Label.PARK, name)
                return Resolved(Label.PARK, e.name if e else name, f"context:{surface}→{e.name if e else name}", e)
            named = self._named_zone(surface)
            if named is not None:
                word = next((w for w in _CITY_ZONE_WORDS if named.endswith(w)), None)
                city = self._named_city_zone(named[:-len(word)], word) if word else None
                if city is not None:  # the bare word of a report on 淮安经济技术开发区 is that city's zone
                    return Resolved(Label.COUNTY, city.name, f"context:{surface}→{city.name}", city.entry)
                found = self.park(named)  # the park as that name resolves (山西交城经济开发区 is 交城经济开发区; audit AG)
                if found is not None and found.label == Label.PARK and found.name != named:
                    return Resolved(Label.PARK, found.name, f"context:{surface}→{found.name}", found.entry)
                return Resolved(Label.PARK, named, f"context:{surface}→{named}")
            own = self._report_county_zone(surface)
            if own is not None:  # a county's own report: its zone, not its prefecture's (fix12)
                return own
            if self.doc_city is not None:  # another city's report: that city's zone (潍坊高新区)
                city = self.doc_city
                # a word whose full form differs by the city's level (开发区: a county's 经济开发区, a city's often 经济技术
                # 开发区) is kept as written (通辽开发区); the others take their full form (潍坊高新技术产业开发区)
                word = surface if surface in rule_data("zones")["city_bare_as_written"] \
                    else rule_data("zones")["canonical"].get(surface, surface)
                name = (city.shorts[0] if city.shorts else city.name) + word
                return Resolved(Label.COUNTY, name, f"context:{surface}→{name}", Entry(name, Label.COUNTY, kind="zone"))
            zone = None if self._foreign_text else self.county(surface)
            if zone is not None:  # the city-level zone this short form names
                return Resolved(Label.COUNTY, zone.name, f"context:{surface}→{zone.name}", zone.entry)
            return None
        zone = self.lex.lookup(Label.COUNTY, surface)
        if zone is not None and zone.kind == "zone":
            return self.county(surface)
        full = self._spelled_in_full(surface)
        if full is not None:  # 台州湾经开区 in a text naming 台州湾经济技术开发区: that zone, one node
            found = self.park(full, context_county)
            if found is not None:
                return Resolved(found.label, found.name, f"document:{surface}→{found.name}", found.entry)
        e = self.lex.lookup(Label.PARK, surface)
        if e is not None:
            return Resolved(Label.PARK, e.name, "" if surface == e.name else "alias:lexicon", e)
        county_zone = self._county_zone(surface)
        if county_zone is not None:
            return county_zone
        stripped = self._province_re.sub("", surface) if self._province_re else surface
        if stripped != surface and len(stripped) >= 4:
            e = self.lex.lookup(Label.PARK, stripped)
            name = e.name if e else stripped
            return Resolved(Label.PARK, name, f"suffix:{surface}→{name}", e)
        # a park named without its county (轴承产业园) inside that county's sentence
        if context_county is not None and context_county.entry is not None:
            for short in (context_county.name, *context_county.entry.aliases):
                e = self.lex.lookup(Label.PARK, short + surface)
                if e is not None:
                    return Resolved(Label.PARK, e.name, f"context:{surface}→{e.name}", e)
        from ingest.extract.names import find_zone_areas
        if find_zone_areas(surface) == [(0, len(surface), surface)]:  # 辽宁自贸区沈阳片区: a zone's area, a zone of its own
            e = self.lex.lookup(Label.COUNTY, surface)
            return Resolved(Label.COUNTY, e.name if e else surface, "" if e else _ZONE_AREA,
                            e or Entry(surface, Label.COUNTY, kind="zone"))
        word = next((w for w in _CITY_ZONE_WORDS if surface.endswith(w)), None)
        zone = (self._named_city_zone(surface[:-len(word)], word) or self.shaped_zone(surface[:-len(word)], word)) \
            if word else None
        return zone or Resolved(Label.PARK, surface)  # 天津临港综合保税区 is a city's zone, 杨林工业园区 a park

    def set_report_county(self, county: Resolved | None) -> None:
        """The county (not a zone) a county's own report or news is about: its bare zone words are its zones."""
        self._answers.clear()
        self.doc_county = county if county is not None and (county.entry is None or county.entry.kind != "zone") else None

    def _report_county_zone(self, surface: str) -> Resolved | None:
        """A bare zone word in a county's own report: its 开发区 whatever the lexicon knows (every county may have one, named
        so: 武城开发区 -> 武城经济开发区); a 高新区, 经开区 or 度假区 only where the county has one, known to the lexicon or
        named in the text by the county's short form (武城高新区); else None (the city's, as before)."""
        county = self.doc_county
        if county is None:
            return None
        if surface.endswith(_COUNTY_ZONE_WORD):
            return self.park(surface, county)
        short = short_name(county)
        full = rule_data("zones")["canonical"].get(surface, surface)
        for name in dict.fromkeys((short + full, short + surface, county.name + full, county.name + surface)):
            e = self.lex.lookup(Label.PARK, name) or self.lex.lookup(Label.COUNTY, name)
            if e is not None:
                return Resolved(e.label, e.name, f"context:{surface}→{e.name}", e)
            found = self.park(name) if name in self._text else None  # the zone as its full name resolves
            if found is not None:
                return Resolved(found.label, found.name, f"context:{surface}→{found.name}", found.entry)
        return None

    def _spelled_in_full(self, surface: str) -> str | None:
        """A zone written with a short zone word (台州湾经开区, 寿光开发区) in a text that names the same words with the
        word's full form (台州湾经济技术开发区, 寿光经济开发区; `_doc_zones`): that full name; None otherwise. (Not one
        named in full after its city, 宁波市望潮湾经济技术开发区: tried, it merged a zone of the held-out half unverified.)"""
        word, full = next(((k, v) for k, v in _ZONE_SPELLINGS if surface.endswith(k)), ("", ""))
        head = surface[:-len(word)] if word else ""
        if word == full or len(head) < 2 or head + full not in self._doc_zones:
            return None
        return head + full

    def _after_province(self, surface: str) -> str:
        """A park's name without the province opening it when a prefecture opens what is left (山西|朔州经济开发区,
        广西|河池市工业园区); the name as written otherwise (吉林经济技术开发区 is 吉林市's zone)."""
        uppers = self.gaz.upper_units_in(surface[:16])
        if not uppers or uppers[0][0] != 0 or uppers[0][2].level != "province":
            return surface
        rest = surface[len(uppers[0][1]):]
        return rest if self.gaz.upper_prefix(rest) and len(rest) >= 4 else surface

    def _after_upper(self, surface: str) -> str:
        """A park's name without the provinces and prefectures opening it when a county of theirs opens what is left
        (伊犁州|霍尔果斯经济开发区, 山东|茌平开发区, 新疆|库尔勒上库高新技术产业开发区): the county's park, named from the county
        on as texts name it on their own (the name as written stays an alias). Not a prefecture's own district
        (东营市|东营区化工产业园 keeps its city: a district may be named by the city's short form)."""
        end = 0
        for start, written, upper in self.gaz.upper_units_in(surface[:16]):
            if start != end:
                break
            end += len(written)
            rest = surface[end:]
            if len(rest) < 4 or rest.startswith(upper.shorts or (upper.name,)):
                continue
            for k in range(min(6, len(rest) - 2), 1, -1):
                units = [u for u in (*self.gaz.full.get(rest[:k], []), *self.gaz.short.get(rest[:k], []))
                         if u.level == "county" and upper in self.gaz.ancestors(u)]
                if units:
                    return rest
        return surface

    def _named_city_zone(self, head: str, word: str) -> Resolved | None:
        """A prefecture's zone named in full, after its province or none (云南曲靖经济技术开发区, 淮安经济技术开发区):
        the city's zone, as its short form (淮安经开区) is named (city_zone), never a park of its own."""
        for k in range(len(head), 1, -1):
            before = head[:-k]
            if before and self.gaz.upper_unit(before) is None:
                continue
            zone = self.city_zone(head[-k:], word)
            if zone is not None:
                return zone
        return None

    def _county_zone(self, surface: str) -> Resolved | None:
        """"<county><zone word>" in any spelling is one zone: 高唐开发区 = 高唐县经济开发区
        (data/rules/zones.yaml), named by the county's short form (高唐经济开发区)."""
        hit = self.county_prefix(surface)
        if hit is None or hit[1].entry is not None and hit[1].entry.kind == "zone":
            return None
        word = surface[len(hit[0]):]
        full = rule_data("zones")["canonical"].get(word)
        if full is None:
            return None
        county = hit[1]
        # as a bare 开发区 in the county's sentence is named (park() above); a banner's short full name is kept (科右中旗工业园区)
        name = (hit[0] if hit[0] in self.gaz.banner_forms else short_name(county)) + full
        e = self.lex.lookup(Label.PARK, name) or self.lex.lookup(Label.PARK, county.name + full)
        name = e.name if e else name
        return Resolved(Label.PARK, name, "" if name == surface else f"normalised:{surface}→{name}", e)

    def city_zone(self, place: str, word: str) -> Resolved | None:
        """A prefecture's or province's zone named by the place and a zone word (株洲高新区, 兰州新区,
        长春汽开区): one name per zone, the place's short form and the word's full form
        (株洲高新技术产业开发区), as a bare 高新区 in that city's report is named (park() above)."""
        u = self.gaz.upper_unit(place)
        full = rule_data("zones")["canonical"].get(word)
        if u is None or full is None:
            return None
        name = (u.shorts[0] if u.shorts else u.name) + full
        e = self.lex.lookup(Label.COUNTY, name) or self.lex.lookup(Label.COUNTY, place + word)
        if e is not None:
            return Resolved(Label.COUNTY, e.name, "" if e.name == place + word else "alias:lexicon", e)
        return Resolved(Label.COUNTY, name, "" if name == place + word else f"normalised:{place + word}→{name}",
                        Entry(name, Label.COUNTY, kind="zone"))

    def place_zone(self, place: str, word: str) -> Resolved | None:
        """A prefecture's or county's zone named by the division and a zone word of `place_zone_words` (百色试验区,
        济源示范区, 涪陵综保区): one node named as written, kind zone; None when `place` is no prefecture or county (a
        province's 江苏示范区 is a title, 农业示范区 a kind)."""
        u = self.gaz.upper_unit(place)
        if u is None or u.level != "prefecture":
            r = self.county(place) if place not in _BARE_ZONES else None
            if r is None or r.label != Label.COUNTY or r.entry is not None and r.entry.kind == "zone":
                return None
        name = place + word
        e = self.lex.lookup(Label.COUNTY, name) or self.lex.lookup(Label.PARK, name)
        if e is not None:
            return Resolved(e.label, e.name, "" if e.name == name else "alias:lexicon", e)
        return Resolved(Label.COUNTY, name, _PLACE_ZONE, Entry(name, Label.COUNTY, kind="zone"))

    def shaped_zone(self, head: str, word: str) -> Resolved | None:
        """A zone named by its own words before a city zone word, after a province or prefecture or none
        (慈湖高新区, 海口国家高新区, 天津临港综合保税区): one node named as written, kind zone (a city-level
        zone, like the lexicon's); a county's zone is the county's park (_county_zone)."""
        name = head + word
        full = self._spelled_in_full(name)
        if full is not None:  # 台州湾经开区 in a text naming 台州湾经济技术开发区: that zone, one node
            found = self.park(full)
            if found is not None:
                return Resolved(found.label, found.name, f"document:{name}→{found.name}", found.entry)
        if self.county_prefix(name) is not None:
            return self._county_zone(name)
        rest = head
        while len(rest) > 2:  # the places that open it (湖北武汉出口加工区)
            k = next((k for k in range(min(6, len(rest) - 2), 1, -1) if self.gaz.upper_unit(rest[:k])), 0)
            if not k:
                break
            rest = rest[k:]
        if not 2 <= len(rest) <= _ZONE_OWN_NAME_MAX or self.gaz.upper_unit(rest):
            return None
        e = self.lex.lookup(Label.COUNTY, name) or self.lex.lookup(Label.PARK, name)
        if e is not None:
            return Resolved(e.label, e.name, "" if e.name == name else "alias:lexicon", e)
        return Resolved(Label.COUNTY, name, SHAPED_ZONE, Entry(name, Label.COUNTY, kind="zone"))

    # --------------------------------------------------------------- projects
    def _infra_name(self, key: str) -> str:
        """An infrastructure key without a leading county (临清市德上高速临清连接线)."""
        hit = self.county_prefix(key)
        if hit is not None and len(key) - len(hit[0]) >= 4 and hit[1].entry is not None \
                and key[len(hit[0]):] not in _GENERIC_WORKS:  # 洪雅通用机场 keeps 洪雅: 通用机场 is a kind of work
            return key[len(hit[0]):]
        return key

    def project(self, surface: str) -> Resolved:
        """A project. Box and prose projects keep their written name; an infrastructure
        line's names (郑济高铁（聊城段）项目, 郑济高铁) meet on their normal form."""
        surface = surface.strip()
        e = self.lex.lookup(Label.PROJECT, surface)
        if e is not None:
            return Resolved(Label.PROJECT, e.name, "" if surface == e.name else "alias:lexicon", e)
        if not is_infrastructure(surface):
            return Resolved(Label.PROJECT, surface)
        key = self._infra_name(project_key(surface))
        e = self._project_key.get(key)
        name = e.name if e is not None else key
        return Resolved(Label.PROJECT, name, "" if name == surface else f"normalised:{surface}→{name}", e)

    # ------------------------------------------------------ clusters, indicators
    def cluster(self, surface: str, create: bool = True) -> Resolved | None:
        """A cluster or industry; one named after a county keys on the county's short form
        (阳谷县化工新材料产业集群 = 阳谷化工新材料); a scope above a county's or a province opening it is no part of
        the key (国家|先进制造业, 广东沿海|电子制造); a name ending in a kind's word (专业特色) or that is a rank alone
        (三大主导, 园区主导, 最大支柱) names none."""
        found = self._answers.get(("cluster", surface, create), _UNASKED)
        if found is _UNASKED:
            found = self._answers["cluster", surface, create] = self._cluster(surface, create)
        return found

    def _cluster(self, surface: str, create: bool) -> Resolved | None:
        key = self._without_scope_head(cluster_key(surface.strip()))
        if (_KIND_TAIL.search(key) or _RANK_ONLY.match(key)) and self.lex.lookup(Label.CLUSTER, surface.strip()) is None:
            return None  # "专业特色", "战略": a kind of industry; "三大主导", "园区主导": a rank; no industry (keys.yaml)
        key = _RANK_TAIL.sub("", key)  # "有机硅首位": the rank the industry is given, no part of its name (ind18)
        hit = self.county_prefix(key)
        if hit is not None and len(key) - len(hit[0]) >= 2:
            key = short_name(hit[1]) + key[len(hit[0]):]
        return self._by_key(Label.CLUSTER, surface, key, self._cluster_key, create)

    def _without_scope_head(self, key: str) -> str:
        """`key` after a scope word or a province (with a region of it: 广东沿海) opening it, when two characters or more
        are left (keys.yaml cluster_scope_heads, cluster_region_words)."""
        head = _SCOPE_HEAD.match(key)
        if head is None:
            k = next((k for k in (3, 2) if any(u.level == "province" for u in
                                               self.gaz.full.get(key[:k], []) + self.gaz.short.get(key[:k], []))), 0)
            region = _REGION_WORD.match(key, k) if k else None
            end = region.end() if region is not None else 0
        else:
            end = head.end()
        return key[end:] if end and len(key) - end >= 2 else key

    def indicator(self, surface: str, create: bool = True) -> Resolved | None:
        return self._by_key(Label.INDICATOR, surface, indicator_key(surface.strip()), self._indicator_key, create)

    def _by_key(self, label: Label, surface: str, key: str, by_key: dict[str, Entry], create: bool) -> Resolved | None:
        """A lexicon name or alias; else a lexicon entry with the same normalised key; else
        (with `create`) a new node named by the key."""
        surface = surface.strip()
        e = self.lex.lookup(label, surface)
        if e is not None:
            return Resolved(label, e.name, "" if surface == e.name else "alias:lexicon", e)
        e = by_key.get(key)
        if e is not None:
            return Resolved(label, e.name, f"normalised:{surface}→{e.name}", e)
        if not create or len(key) < 2:
            return None
        return Resolved(label, key, "" if key == surface else f"normalised:{surface}→{key}")
