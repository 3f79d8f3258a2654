"""The scope of a figure: the county, city, zone or park it is for.

Reads: the document's text, title, issuer and publisher, the gazetteer and the lexicon's regions. Gives: `Places`,
the scope words of one document (the place a sentence opens with, a 全县 before a figure, a heading naming a county,
the zone an enumeration's introduction names, the document's own place), and the scope a bare zone word, a quoted
official or a paragraph's 全旗 stands for; `opens_with` (whether an indicator's name already opens with its scope).
Writes nothing: the component writes the scope on the edge (TargetState `whole_scopes` is read here).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from typing import Any

from ingest.extract.builder import GraphBuilder
from ingest.extract.context import document_subject, names_home
from ingest.extract.names import PARK_SUFFIXES, find_parks, strip_lead_words, walk_left
from ingest.extract.targets.patterns import Rules, rules, word_alternation
from ingest.extract.targets.state import TargetState
from ingest.extract.targets.years import year_of
from ingest.gazetteer import DIVISION_ENDINGS
from ingest.resolve import Resolved
from ingest.structure import Sentence


_OPENING = 1500  # characters of a report's opening read for the zone it names as its source


_DATELINE = 80  # …and where its dateline ends at the latest ("本报讯（记者…）")


_ZONE_BACK = 600  # characters before a figure searched for the zone a bare zone word stands for (示范区…)


_UPPER_MAX = 12  # the longest province or prefecture name a text may open with


_HEADING_MAX = 16  # the longest line that may be a heading naming counties only (九龙坡区、大渡口区)


class Places:
    """The scope words of one document: its counties and cities, and its own place."""

    def __init__(self, b: GraphBuilder) -> None:
        self.b = b
        # what the methods below read of the text once, when first asked
        self._named_as: dict[tuple[str, int], list[tuple[int, str]]] = {}  # `whole`'s places per ending and `written`
        self._intro_line: dict[int, str] = {}  # paragraph start -> the line introducing its enumeration (`intro`)
        self._headings: list[tuple[int, str]] | None = None  # (line start, county) of the heading lines (`heading`)
        self._heading_at: list[int] = []  # …and their starts, for bisect
        self._parks: set[str] | None = None  # the text's park names (`written_in_full`)
        # the counties and upper units the text names outside a cited title (`whole`)
        self._all_named: tuple[list[tuple[int, str, Resolved]], list[tuple[int, str, Any]]] | None = None
        regions = b.resolver.lex.regions
        self.region_re = re.compile(word_alternation(regions)) if regions else None
        cities = [r for r in regions if r.endswith(tuple(rules().data["city_endings"]))]
        # the home city (the first city of regions.yaml), only for a text that names it or a county of it: the
        # figures of a text naming no place at all ("我市…") are no known place's, not the home city's
        self.home = cities[0] if cities and names_home(b) else ""
        subject = document_subject(b) or self.publisher_place()  # (a page naming no place: its publisher's, sco15)
        subject = self.phrase_county(subject) or self.own_county(subject) or subject
        self.subject = subject[1] if subject else None
        self.written: dict[str, str] = {subject[1].name: subject[0]} if subject else {}  # full name -> as written
        first = b.doc.text.strip().split("\n", 1)[0]
        headline = b.doc.title or (first if len(first) <= 60 else "")
        # "总投资138亿元!X度假区29个项目集中开复工", "专访X经济开发区…": X opens what follows
        lead = rules().p["headline_lead"].match(headline)
        self.doc_scope = (self.zone_opening(headline[lead.end():]) if lead else "") or self.zone_opening(headline) \
            or self.reported_zone(b.doc.text[:_OPENING]) \
            or self.find(b.doc.title) or self.find(b.doc.issuer) or (subject[0] if subject else self.home) \
            or self.municipality(headline)

    def publisher_place(self) -> tuple[str, Any] | None:
        """(full name, unit) of the government that published the page (the manifest's publisher: 洛川县人民政府,
        海口市龙华区人民政府, 白城市大安市人民政府办公室): the place of a text that names none of its own, as a county's
        site publishes its own work report or project plan without naming the county (sco15). The lowest unit the body
        names, an ambiguous name settled by the unit named before it; None when no government body is named."""
        body = rules().p["publisher_body"].search(self.b.doc.publisher or "")
        if body is None:
            return None
        gaz = self.b.resolver.gaz
        hits = gaz.full_names_in(body.group("place"))
        named = {u.code for _s, _e, units in hits for u in units}
        for _s, _e, units in reversed(hits):
            own = [u for u in units if len(units) == 1 or any(a.code in named for a in gaz.ancestors(u))]
            if len(own) == 1:
                return own[0].name, own[0]
        short = gaz.upper_unit(body.group("place")) if not hits else None  # a city's short name (安庆人大)
        return (short.name, short) if short else None

    def phrase_county(self, subject: tuple[str, Any] | None) -> tuple[str, Any] | None:
        """(full name, unit) of the county a work report's stock phrase names as its own (书写好中国式现代化钟楼答卷,
        开创中国式现代化建设荥阳实践新局面: targets.yaml own_phrase), when the text names itself nowhere else: a page of a
        report collection whose subject was read from its city named in passing (郑州工作的重要论述) or from a common noun
        that is a county's name elsewhere (做精老城区). The first such phrase, its place a county by its full name or a short
        form (an ambiguous one settled by the subject it lies under); None when it names a province or city (湖北实践, also
        a name a city bears besides a county), or no county (sco20)."""
        m = rules().p["own_phrase"].search(self.b.doc.text)
        if m is None:
            return None
        gaz = self.b.resolver.gaz
        units = gaz.full.get(m.group("place"), []) + gaz.short.get(m.group("place"), [])
        if any(u.level != "county" for u in units):
            return None  # a name a city or province bears too (宜宾实践) is the city's: the text is no county's
        if len(units) > 1 and subject is not None:  # (鼓楼: the one under the city or province the text names)
            units = [u for u in units if any(a.code == subject[1].code for a in (u, *gaz.ancestors(u)))]
        return (units[0].name, units[0]) if len({u.code for u in units}) == 1 else None

    def own_county(self, subject: tuple[str, Any] | None) -> tuple[str, Any] | None:
        """(as written, unit) of the county a text speaks of as its own (全县, 我区 more often than 全市 or 全省) when its
        subject is the city or province it lies in, named only in passing (沈阳西部工业走廊, 海口文化产业园, 湖北…有限公司):
        the one county of that subject the text names, by its full name or a short form, even inside a name (龙华数字经济
        产业园, 辽中工业城); None when the text names none or several, or speaks of itself as the upper unit (tgt14)."""
        if subject is None or subject[1].level == "county":
            return None
        unit, text, gaz = subject[1], self.b.doc.text, self.b.resolver.gaz
        region = unit.level == "province" and unit.name.endswith(rules().data["region_ending"])  # 宁夏全区: the region
        own = Counter(m.group(1) for m in rules().p["own_division"].finditer(text))
        lower = sum(n for w, n in own.items() if rules().data["whole_levels"][w] == "county"
                    and not (region and w in rules().data["region_own"]))
        if lower <= sum(own.values()) - lower:
            return None
        under = [u for u in gaz.units.values() if u.level == "county" and any(a.code == unit.code for a in gaz.ancestors(u))]
        named = [(u, f) for u in under for f in (u.name, *u.shorts) if len(f) >= 2 and f in text]
        return (named[0][1], named[0][0]) if len({u.code for u, _ in named}) == 1 else None

    def municipality(self, title: str) -> str:
        """The municipality (重庆, 北京: a province whose prefectures carry its name, so that no upper unit names it) a
        headline names, in full: the place of a text that names no other (tgt12); "" when it names none."""
        return next((name for name, forms in _municipalities(self.b.resolver.gaz) if any(f in title for f in forms)), "")

    @staticmethod
    def named_zone(zone: "re.Match[str] | None") -> str:
        """The zone or park a scope pattern (zone_subject, place_subject) read, as a scope: without the clause's words
        that open it (加快|新材料产业园建设，…, 以|现代农业产业园为抓手: names.yaml lead_words, as a name is read); "" when
        it is, or that leaves, a bare zone word (sco16). (Refusing such a park, the verb's object, was measured: the figure
        then fell to the text's zone, as the gold scopes it, but two industries' figures under one unnamed indicator,
        规模以上企业产值, became one edge: targets -2 on devset_other.)"""
        name = strip_lead_words(zone.group(1)) if zone else ""
        return "" if not name or name in rules().data["generic_zones"] else name

    def intro(self, para_start: int) -> str:
        """The paragraph introducing an enumeration ("其中，X示范区主要以…推动…。" then "一是…；" "二是…"), "" when the
        paragraph is no such item."""
        R, text = rules(), self.b.doc.text
        if not R.p["enumerated"].match(text, para_start):
            return ""
        cache = self._intro_line
        if para_start not in cache:
            at = para_start
            while at > 0:  # back over the enumeration's earlier items to the paragraph before them
                prev = text.rfind("\n", 0, at - 1) + 1
                line = text[prev:at - 1]
                at = prev
                if line.strip() and not R.p["enumerated"].match(line):
                    cache[para_start] = line
                    break
            cache.setdefault(para_start, "")
        return cache[para_start]

    def intro_scope(self, para_start: int) -> str:
        """The place that opens the paragraph introducing an enumeration: the scope of the enumerated paragraphs'
        figures; "" when the paragraph is no such item."""
        R = rules()
        line = self.intro(para_start)
        if not line:
            return ""
        line = R.p["intro_lead"].sub("", line, count=1)
        zone = self.named_zone(R.p["zone_subject"].match(line))  # a zone named for its city (开封市城乡一体化示范区)
        return zone or self.opening(line)

    def intro_year(self, para_start: int) -> int | None:
        """The year the paragraph introducing an enumeration plans ("2025年，开发区将…。" then "一是…力争…全年产值过10亿"):
        the year of the enumerated paragraphs' 全年/今年; None when it plans no stated year."""
        m = rules().p["plan_opening"].match(self.intro(para_start))
        return year_of(rules(), m.group("year"), None) if m else None

    def reported_zone(self, opening: str) -> str:
        """The zone a report's opening names as its source or opens its first sentence with, as written
        ("记者从宜宾三江新区管委会获悉", "本报讯（记者…）2月28日，通州湾示范区投资环境推介会…")."""
        R = rules()
        source = R.p["source_zone"].search(opening)
        dateline = R.p["dateline_end"].search(opening, 0, _DATELINE)
        first = R.p["lead_date"].sub("", opening[dateline.end():], count=1) if dateline else ""
        named = R.p["zone_subject"].match(opening, source.start(1)) if source else None
        for zone in (named if named and named.end(1) == source.end(1) else None,  # type: ignore[union-attr]
                     R.p["zone_subject"].match(first)):
            if named_zone := self.named_zone(zone):
                return named_zone
        if dateline:
            return ""
        # a text opening with no dateline, its first sentence's subject a zone or park after a time word (今年，海门工业园区
        # 将强化…, tgt14; 日前，常州经开区部署…: a zone no park's word closes, sco16): the report is about it
        first = R.p["opening_lead"].sub("", R.p["lead_date"].sub("", opening.lstrip(), count=1))
        return self.park_lead(first) or self.named_zone(R.p["zone_subject"].match(R.p["news_time_lead"].sub("", first, count=1)))

    def heading(self, at: int) -> str:
        """The county the last heading line before `at` names and nothing else (a digest's "渝中", "九龙坡区、大渡口区": its
        first), the place of the paragraphs under it; "" when none precedes (tgt12). The lines are read once."""
        if self._headings is None:
            gaz = self.b.resolver.gaz
            split = re.compile(r"[\s%s]+" % re.escape("".join(rules().data["heading_joiners"])))  # (and spaces)
            self._headings = []
            pos = 0
            for line in self.b.doc.text.split("\n"):
                words = line.strip()
                if 2 <= len(words) <= _HEADING_MAX:  # each piece one county's full or short name, and only that
                    units = [gaz.full.get(w) or gaz.short.get(w) or [] for w in split.split(words) if w]
                    if units and all(len(us) == 1 and us[0].level == "county" for us in units):
                        first = split.split(words)[0] or split.split(words)[1]
                        self._headings.append((pos, self.as_written(first, units[0][0].name)))
                pos += len(line) + 1
            self._heading_at = [p for p, _ in self._headings]
        i = bisect.bisect_right(self._heading_at, at) - 1
        return self._headings[i][1] if i >= 0 else ""

    def opening(self, text: str) -> str:
        """The county, city, zone or park a sentence opens with ("化工产业园力争…，园区主营业务收入突破50亿元")."""
        place = self.park_lead(text) or self.leading(text)[0]
        return place or self.named_zone(rules().p["place_subject"].match(text))

    def written_in_full(self, scope: str) -> str:
        """A scope the document's own place ends with is that place as the document names it (大龙经济开发区 of
        贵州大龙经济开发区); a park's short name, the longest name of it the text writes with a county before it
        (临港装备工业园 of 象山临港装备工业园, tgt14)."""
        if scope and self.doc_scope.endswith(scope):
            return self.doc_scope
        if not scope.endswith(PARK_SUFFIXES):
            return scope  # every name find_parks gives ends with a park's word: no need to read the text's parks
        if self._parks is None:  # the text's park names, read once
            self._parks = {name for _s, _e, name in find_parks(self.b.doc.text)}
        if scope in self._parks:
            gaz = self.b.resolver.gaz
            longer = [p for p in self._parks if p.endswith(scope) and p != scope and any(
                u.level == "county" for u in gaz.full.get(p[:-len(scope)], []) + gaz.short.get(p[:-len(scope)], []))]
            return max(longer, key=len) if longer else scope
        return scope

    def park_lead(self, text: str) -> str:
        """The zone or park a figure's words open with (灵宝市产业集聚区超过…, 临港装备工业园将实现…): its scope, not the
        county its name opens with (tgt14); "" when they open with none."""
        text = rules().p["lead"].sub("", text)
        parks = [name for s, e, name in find_parks(text) if s == 0 and name == text[:e]
                 and not rules().p["example_after"].match(text, e)]  # (香菇产业园等|农业类项目19个: an example, audit X)
        return parks[0] if parks and parks[0] not in rules().data["generic_zones"] else ""

    def zone_opening(self, title: str) -> str:
        """The zone or park a headline opens with, as written (宝鸡高新区…, 乌鲁木齐经济技术开发区（头屯河区）：…,
        广东海南先进制造业合作产业园…): the report is about it."""
        parks = [e for s, e, *_ in find_parks(title) if s == 0]
        if parks:
            return title[:parks[0]]
        zone = self.named_zone(rules().p["zone_subject"].match(title))
        if zone:
            return zone  # 长三角（湖州）产业合作区22个项目…
        m = rules().p["zone_word"].search(title, 0, 12)
        place = title[:m.start()] if m else ""
        if place and (self.b.resolver.gaz.upper_unit(place) or self.b.resolver.county(place)):
            return title[:m.end()]
        return ""

    def as_written(self, surface: str, name: str) -> str:
        """A county as the text writes its whole name (化隆县 of 化隆回族自治县, also for a short form 化隆 once the text
        wrote 化隆县), else its full name (高唐 -> 高唐县)."""
        if _whole_name(surface):  # a zone keeps its full name (高新区 -> 包头稀土高新区)
            self.written.setdefault(name, surface)
        return self.written.get(name, name)  # a short form (化隆) as the text writes the whole name elsewhere

    def canonical(self, surface: str) -> str:
        """A region's full name (聊城 -> 聊城市): the longest listed name it opens."""
        longer = [r for r in self.b.resolver.lex.regions if r.startswith(surface)]
        return max(longer, key=len) if longer else surface

    def find(self, text: str, last: bool = False) -> str:
        """The first (or last) place a text names: a county of the lexicon or a region (聊城市)."""
        text = text or ""
        uppers = [(p, p + len(u)) for p, u, _ in self.b.resolver.gaz.upper_units_in(text)]
        zone = rules().p["zone_word"]
        hits = [(pos, self.as_written(surface, r.name)) for pos, surface, r in self.b.resolver.counties_in(text)
                if (r.entry is None or r.entry.kind != "zone" or pos == 0 or surface in rules().data["generic_zones"])
                and not any(s <= pos and pos + len(surface) <= e and e - s > len(surface) for s, e in uppers)
                and not zone.match(text, pos + len(surface))]  # not 龙江 in 黑龙江省, not 乌鲁木齐 of 乌鲁木齐经开区
        if self.region_re is not None:  # (a region right before a county only locates it: 山东费县 is 费县's, tgt12)
            starts = {pos for pos, _ in hits}
            hits += [(m.start(), self.canonical(m.group(0))) for m in self.region_re.finditer(text or "")
                     if m.end() not in starts]
        return (max(hits) if last else min(hits))[1] if hits else ""

    def whole(self, upto: int, ending: str) -> str:  # `upto`: where the figure stands in the document's text
        """The division a 全州/全县/全省 before a figure speaks of: the last one of that kind the text names (its name, as
        written, ends with `ending`), else the one of that level holding the place the text is about (全省 in a 东营 text:
        山东省); a province is always the latter when the text has a subject (a firm's name may open with another's)."""
        level = rules().data["whole_levels"][ending]
        gaz = self.b.resolver.gaz
        about = self.subject or next(iter(gaz.full.get(self.home, [])), None)  # else the home city, for 全省 of a 聊城 text
        held = next((u.name for u in (about, *gaz.ancestors(about)) if u.level == level), "") if about else ""
        if level == "province" and held:
            return held
        if self._all_named is None:  # the document's places, read once (not its prefix per figure: quadratic)
            full = self.b.doc.text
            cited = [m.span() for m in rules().p["cited_title"].finditer(full)]
            outside = lambda pos: not any(s < pos < e for s, e in cited)  # noqa: E731
            # a place in a cited document's title (为贯彻《咸阳市…工作要点》) is that document's, not one the text speaks of
            self._all_named = ([h for h in self.b.resolver.counties_in(full) if outside(h[0])],
                               [h for h in self.b.resolver.gaz.upper_units_in(full) if outside(h[0])])
        # the places of that kind as written, per ending and state of `written` (a figure per 全X asked them all again)
        cache = self._named_as
        key = (ending, len(self.written))  # (`written` only grows: the same size is the same names)
        named = cache.get(key)
        if named is None:
            counties, uppers = self._all_named
            hits = [(pos, self.as_written(surface, r.name)) for pos, surface, r in counties
                    if not self.elsewhere(surface, r.name)]
            hits += [(pos, surface if surface.endswith(ending) else unit.name) for pos, surface, unit in uppers]
            named = [(pos, name) for pos, name in hits if name.endswith(ending)]
            if len(self.written) == key[1]:  # (a pass that wrote a name read earlier names before it differently)
                cache[key] = named
        before = [h for h in named if h[0] < upto]
        if before:
            return max(before)[1]
        if held or level == "prefecture":
            return held or self.home  # 全市 of a 聊城 text
        # a 全县 before the text names any county: the one county it names at all (全县…。…力争将高县建成…)
        return named[0][1] if len({n for _, n in named}) == 1 else ""

    def elsewhere(self, surface: str, name: str) -> bool:
        """Whether a county a 全区/全县 might speak of lies outside the province of the county the text is about: a
        common noun that names a county elsewhere (做精老城区 in a 常州钟楼区 report: 洛阳's 老城区) or a bare zone word
        the lexicon resolves to another city's zone (做大高新区: 洛阳高新区, by the city its name opens with) is no division
        the text speaks of (sco20). False when the text's subject is no county or the place is not known."""
        gaz, about = self.b.resolver.gaz, self.subject  # (the unit itself: its name may be another province's too, 鼓楼区)
        if about is None or about.level != "county":
            return False
        units = gaz.full.get(name, [])
        if not units:  # a zone: the city or province its name opens with (洛阳|高新技术产业开发区)
            units = [u for pos, _s, u in gaz.upper_units_in(name)[:1] if pos == 0]
        province = lambda u: ([u, *gaz.ancestors(u)][-1]).code  # noqa: E731
        return bool(units) and all(province(u) != province(about) for u in units)

    def leading(self, text: str) -> tuple[str, str]:
        """(scope, rest) when a text opens with a place: "聊城市要重点建设" -> ("聊城市", "要重点建设")."""
        for pos, surface, r in self.b.resolver.counties_in(text):
            if pos == 0:
                return self.as_written(surface, r.name), text[len(surface):]
            break
        m = self.region_re.match(text) if self.region_re is not None else None
        if m:
            return self.canonical(m.group(0)), text[m.end():]
        # another city or province named in full: 绍兴市全市确保… (not 广东东泰乳业…, a firm's name)
        upper = self.b.resolver.gaz.upper_units_in(text[:_UPPER_MAX])
        if upper and upper[0][0] == 0 and upper[0][1] == upper[0][2].name \
                and not rules().p["zone_word"].match(text, len(upper[0][1])):
            # a county right after it is the subject, the province or city only locates it (河南省鲁山县举行…, sco15)
            county = next(((surface, r) for pos, surface, r in self.b.resolver.counties_in(text[:_UPPER_MAX])
                           if pos == len(upper[0][1])), None)
            if county:
                return self.as_written(county[0], county[1].name), text[len(upper[0][1]) + len(county[0]):]
            return upper[0][1], text[len(upper[0][1]):]
        return "", text


@lru_cache(maxsize=4096)
def _whole_name(surface: str) -> bool:
    """Whether a county's surface is its whole name as written (化隆县, not 化隆 nor 高新区): asked for every place
    the document names at each 全X figure (Places.whole), so answered once per surface."""
    return surface.endswith(tuple(rules().data["county_endings"])) and not rules().p["zone_word"].search(surface)


@lru_cache(maxsize=1)
def _municipalities(gaz: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(full name, its forms) of each province whose prefectures carry its own name (重庆市: 重庆市, 重庆), read once."""
    return tuple((u.name, (u.name, *u.shorts)) for u in gaz.units.values() if u.level == "province"
                 and len(gaz.full.get(u.name, ())) > 1 and all(x.name == u.name for x in gaz.full[u.name]))


def paragraph_whole(b: GraphBuilder, st: TargetState, sent: Sentence) -> str:
    """The division a 全旗/全县 gave an earlier figure of the paragraph: its later sentences speak of it too ("…全旗经济社会
    发展主要预期目标确定为：地区生产总值增长6.5%左右；固定资产投资增速15%；…", each clause split off as a sentence), until a
    county or city is named ("全省…开工。…宣布舟山22个重大项目集中开工。…其中今年计划投资79亿元" names no figure of 全省)."""
    scope, at = st.whole_scopes.get(sent.para_start, ("", 0))
    since = b.doc.text[at:sent.start]
    return "" if not scope or b.resolver.counties_in(since) or b.resolver.gaz.upper_units_in(since) else scope


def speaker_scope(R: Rules, places: Places, text: str, end: int) -> str:
    """The place of the official whose words a quote holds, named right after it (“…年内工业开票销售突破2000亿元。”沭阳县委
    副书记、县长某某说: 沭阳县's goal; audit R): the scope of the quote's figures; "" when the figure is in no quote."""
    close = text.find("”", end)
    if close < 0 or "“" in text[end:close] or text.rfind("“", 0, end) < text.rfind("”", 0, end):
        return ""
    place, rest = places.leading(text[close + 1:])
    return place if place and R.p["speaker_after"].match(rest) else ""


def bare_zone(b: GraphBuilder, R: Rules, places: Places, name: str, at: int) -> str:
    """The zone a name's opening bare zone word stands for ("示范区规上精细化工企业产值" after "孪井滩生态移民示范区…"):
    the zone the text is about when its name ends so (经开区计划建设… in a text from 长春经开区, not the clause's words
    run over the word, 将有力推动经开区提档升级: tgt21), else the park or zone ending so that the text names last before
    the figure (audit Z); for 园区, any park's word, the last park the text names by a name opening with a place (打造
    松原市长岭汽车配套产业园。…2024年园区工业产值…: tgt21), and a two-character word (新区) only a zone so named; "" when
    none."""
    words = [z for z in sorted(R.data["generic_zones"], key=len, reverse=True) if name.startswith(z)]
    if not words:
        return ""
    word, own = words[0], places.doc_scope
    if len(own) > len(word) and own.endswith(word):
        return own
    window = b.doc.text[max(0, at - _ZONE_BACK):at]
    if word == R.data["any_park"]:  # (a park's word of any ending: the last park named, not a kind, 农业园区)
        parks = [n for _s, e, n in find_parks(window) if n not in R.data["generic_zones"] and places.leading(n)[0]]
        return parks[-1] if parks else ""
    p = window.rfind(word)
    while p > 0:
        zone = R.p["zone_lead"].sub("", strip_lead_words(window[walk_left(window, p):p + len(word)]))
        # "正是孪井滩生态移民示范区": 孪井滩生态移民示范区 (not "云南省工业园区": a place's zones of that kind)
        if len(zone) > len(word) + 1 and R.p["han"].match(zone) and places.leading(zone)[1] not in R.data["generic_zones"] \
                and (len(word) > 2 or places.leading(zone)[0]):
            return zone
        p = window.rfind(word, 0, p)
    return ""


def opens_with(b: GraphBuilder, name: str, scope: str) -> bool:
    """Whether an indicator's name already opens with its scope, in full or short (临夏县|谋划实施…, 文山州|绿色铝产值 of
    文山壮族苗族自治州): the scope is not written before it again. A short form followed by another division's ending
    names that division (临夏州… under 临夏县), not the scope."""
    if name.startswith(scope):
        return True
    return any(name.startswith(s) and (name[len(s):len(s) + 1] not in DIVISION_ENDINGS or name[len(s):len(s) + 1] == scope[-1])
               for u in b.resolver.gaz.full.get(scope, ()) for s in u.shorts if len(s) >= 2)
