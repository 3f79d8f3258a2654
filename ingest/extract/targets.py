"""Targets and reported values anywhere in prose, for any indicator (open vocabulary).

Reads: a prose sentence, the paragraph before it, the document's date and title.
Writes: Indicator nodes (props unit, scope, measure level|rate) and Policy
SETS_TARGET / REPORTS edges (year, value, unit, comparator | period, scope), rule
`prose_target`. Words and patterns: data/rules/targets.yaml.

    到2025年，聊城市要重点建设3家绿色园区、20家绿色工厂      -> 绿色园区 2025 >= 3 家, 绿色工厂 2025 >= 20 家
    力争建成5G基站1.5万个                                 -> 5G基站 15000 个
    地区生产总值年均增长8%                                 -> 地区生产总值年均增长率 8 %  (a rate, not the level)

The year: 到2025年, 2023—2025年 (its end), 十四五末 (2025), 年内/今年 (the document's
year), else a year stated earlier in the paragraph. A figure is a target when the
words say so (力争, 预计, 到…年) or its year is after the document's; otherwise a
reported value of its period. The scope is the county or city the sentence names
before the figure, else the place in the document's title or issuer, else the province,
prefecture or county another place's text is about (context.document_subject), else the home
city (data/lexicon/regions.yaml) when the text names it or a county of it; one indicator node per (scope, name): the
home city's keep the plain name, another place's carry it in front (东莞市规模以上工业增加值), and a text naming no
place at all gets its own, marked (研发强度（地区未明）).
Figures the older lexicon rule (indicators.py) already read are left to it.

Also (docs/EXTRACTION.md, "Targets, third round"): a plan's to-year carries to the paragraphs that list its
targets (_carry); a batch of projects' money (_batch_money: 重点项目496个，总投资…，今年计划完成投资…); figures that
are no year's (_no_years_figure); a zone opening a headline or a clause is the scope; a headline's target the body
restates is dropped (drop_restated_headlines). Fifth round ("Targets, fifth round"): a part of a sentence about one
project gives no area's figures (_project_parts); a sentence opening with a part of a year gives only its plans; a
title naming a plan of the document's year makes its figures targets. Sixth round ("Targets, sixth round"): a report of
the year's first month states its own year's figures as plans (early_month); a figure its name states keeps that name
before 的 and a noun that is not counted, and the zone made into it (把X打造成为…) is its scope.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from graph.model import EdgeRecord, Label, RelType
from ingest.errors import LexiconError
from ingest.extract.builder import GraphBuilder
from ingest.extract.context import document_subject, document_year, names_home, period_for
from ingest.extract.names import PARK_SUFFIXES, PROJECT_ANAPHOR, after_last_mark, find_parks, strip_lead_words, walk_left
from ingest.extract.projects import well_formed_project
from ingest.gazetteer import DIVISION_ENDINGS
from ingest.resolve import Resolved
from ingest.rules import rule_data, scan, search
from ingest.structure import Sentence

RULE = "prose_target"
LEXICON_RULE = "indicator_text"  # the older rule of indicators.py, whose headline figures are dropped alike
_PROJECT_WORD = rule_data("projects")["named_project_ending"]  # 项目 alone: the project named before
_KEYS = ("rate_qualifiers", "respective_pairs", "parallel_qualifiers", "money_units", "money_magnitudes", "units", "magnitudes", "chinese_values", "plan_periods", "plan_period_end",
         "this_year", "that_year", "last_year", "chinese_digits", "this_year_kinds", "late_month", "early_month", "target_cues", "weak_target_cues",
         "reported_cues", "plan_sections", "comparator_after", "comparator_before", "lead_words", "flow_words",
         "verb_tail", "rate_words", "anaphora", "not_indicator", "subject_endings", "invest_words", "plan_invest_words",
         "batch_leads", "batch_plan_words", "batch_in_hand_words", "listed_batch_verbs", "dated_plan_words", "annual_plan_word",
         "annual_invest_words",
         "project_endings", "zone_endings", "generic_zones", "project_verbs", "change_units", "count_units", "goods_units",
         "county_endings", "heading_joiners", "acronyms", "whole_levels", "clause_end", "present_cues", "project_anaphora", "bare_measures", "item_end", "city_endings", "max_name", "min_name", "firm_anaphora", "manner_adverbs",
         "measure_tail", "part_end_month", "fraction_unit", "doubling_unit", "bare_yi_unit", "per_units", "average_rate", "respective_cue", "respective_heads", "scale_word", "patterns")
_PATTERNS = ("value", "chinese", "year", "lead", "tail", "year_lead", "stated_lead", "verb_infix", "report_shows", "review_intro",
             "review_inline", "outlook_intro", "founded_before", "figure_close", "zone_lead", "item_capacity", "clause_subject", "counted_class", "made_into", "batch_in_hand",
             "target_cue", "weak_cue", "reported_cue", "present_cue", "have_end", "year_plan_sum", "clause_split", "yearly_effect", "count_then", "this_dated", "comparator_after",
             "comparator_before", "comparator_verbs", "rate", "not_indicator", "range_after", "range_before",
             "not_a_value", "qualifies_noun", "list_end", "change_from", "right_name", "right_name_not", "han", "topic",
             "action_end", "project_subject", "share_of_previous", "to_year", "carry_opening",
             "subject", "recurring", "sub_year", "batch_money", "plan_money", "item_split",
             "batch_counted", "batch_named", "batch_lead", "breakdown", "batch_plan", "annual_money",
             "year_tally", "zone_word", "completion", "rank_after", "annual_capacity", "this_or_last",
             "modal", "range_low", "number", "joiner_after", "inner_year", "count_tail",
             "zone_subject", "of_word", "publisher_body", "bare_project", "sentence_end", "year_heading",
             "continuation", "dated_plan", "project_capacity", "money_qualifier", "list_size", "list_fields", "after_cue",
             "breakdown_intro", "shared_head", "past_effort", "goal_met", "change_base", "year_estimate", "clause_estimate", "estimate_below", "date_month",
             "place_subject", "source_zone", "lead_date", "news_lead", "news_time_lead", "dateline_end", "per_item", "listed_firms", "right_batch_end",
             "progress_after", "capacity_before", "sentence_part", "part_project", "firm_part", "project_money", "clause_project",
             "project_count", "invest_word", "batch_event", "prose_end", "last_of",
             "opening_clause", "bare_counted", "counted_name", "listed_count", "listed_verb", "item_clause", "sentence_split", "whole_division", "opening_lead", "comparison",
             "cited_title", "structures_counted",
             "breakdown_after", "plan_title", "measure_tail", "fraction", "doubling",
             "since_year", "goal_frame", "priced_count", "priced_before", "invest_end",
             "not_headline", "paragraph_title", "inline_bullet", "respectively", "respective_joiner", "rate_run", "verb_pair", "money_class", "plan_opening", "calendar_year", "respective_split",
             "respective_head", "enumerated", "intro_lead", "graded_count", "headline_lead", "project_work",
             "actual_after", "actual_clause", "inner_period", "month_span_lead", "part_month", "inner_words", "place_end", "bare_period", "milestone_year",
             "plan_span_title", "graded_scale", "scale_subject", "scale_topic", "class_grade", "share_written",
             "rate_investment")


def _alt(words: Any) -> str:
    """A word list (or a mapping's keys) as a regex alternation, longest first."""
    return "|".join(sorted((str(w) for w in words), key=len, reverse=True))


@dataclass(frozen=True)
class _Rules:
    data: dict[str, Any]
    p: dict[str, re.Pattern[str]]   # the compiled patterns, by name


@lru_cache(maxsize=1)
def rules() -> _Rules:
    """data/rules/targets.yaml, checked and compiled once."""
    d = rule_data("targets")
    missing = [k for k in _KEYS if k not in d] + [f"patterns.{k}" for k in _PATTERNS if k not in (d.get("patterns") or {})]
    if missing:
        raise LexiconError(f"data/rules/targets.yaml: missing {', '.join(missing)}")
    words = {k: _alt(v) for k, v in d.items() if isinstance(v, (list, dict)) and k != "patterns"}
    try:
        compiled = {k: re.compile(str(v) % words) for k, v in d["patterns"].items()}
    except (re.error, KeyError, ValueError) as e:
        raise LexiconError(f"data/rules/targets.yaml: a pattern does not compile: {e}") from None
    return _Rules(d, compiled)


@dataclass
class TargetState:
    """What the target rule keeps over one document, from sentence to sentence (the component makes one per document,
    document.extract_document, and hands it to `rule_prose_targets` for each sentence and to `fill_scopes` at the end).
    Read and written only by this module."""

    # paragraph start -> the last indicator named in it (这一比例, the share or rate of the indicator just named)
    memory: dict[int, str] = field(default_factory=dict)
    places: "_Places | None" = None  # the document's scope words, read at its first prose sentence (_Places)
    # (year, end of the sentence that set or carried it): a plan's to-year the paragraphs after it carry (_carry)
    carry: tuple[int, int] | None = None
    # paragraph start -> (the division a 全县/全旗 gave a figure of it, where that figure ends) (_paragraph_whole)
    whole_scopes: dict[int, tuple[str, int]] = field(default_factory=dict)
    # (paragraph start, sentence end) of the last sentence that counted a batch of projects as a target
    # (_breakdown_of_planned: its 其中 breakdown in the next sentence is planned too)
    planned_batch: tuple[int, int] | None = None
    # (line start, year, whether it heads a review) of the document's year headings, read once (_heading_year)
    heads: list[tuple[int, int, bool]] | None = None
    estimate_below: int | None = None  # where the text first says its figures are estimates, -1 never (_estimate_below)


# (text, doc_year) -> _year_of (R is always rules()): headings, titles and paragraphs are asked again and again
_YEARS: dict[tuple[str, int | None], int | None] = {}


def _year_of(R: _Rules, text: str, doc_year: int | None) -> int | None:
    """The last year named in a text (None when it names none); 全年/年底 right after a stated year is that year's
    ("2012年全年实现…": 2012, not the document's year; audit N)."""
    try:
        return _YEARS[text, doc_year]
    except KeyError:
        if len(_YEARS) >= 20000:
            _YEARS.clear()
        found = _YEARS[text, doc_year] = _last_year(R, text, doc_year)
        return found


def _last_year(R: _Rules, text: str, doc_year: int | None) -> int | None:
    found: int | None = None
    stated_end = -1  # where the last stated year ("2012年") ends
    # (扣除2022年…支出外): a year inside an aside qualifying a measure sets no year; blanked, so positions hold
    text = R.p["measure_aside"].sub(lambda m: " " * len(m.group(0)), text)
    # "赣榆区2025年工作报告显示，该区预计实现…" (audit Z): the report of a year shows the year before it, reviewed
    shown = {m.start() for m in R.p["report_shows"].finditer(text)}
    for m in scan(R.p["year"], text):
        if m.group("this") and m.start() == stated_end:
            continue
        if m.group("within") or m.group("coming"):
            # "5年内", "未来5年": so many years after the document's; "今后五年", a term's words in a work report: the five
            # years from the document's own (of January 2023: 2023-2027)
            n = m.group("within") or m.group("coming")
            span = int(R.data["chinese_digits"].get(n, n)) if n.isdigit() or n in R.data["chinese_digits"] else None
            found = doc_year + span - (1 if m.group("coming") else 0) if doc_year and span else found
        elif m.group("end"):
            found = int(m.group("end"))
        elif m.group("plain"):
            found = int(m.group("plain")) - (1 if m.start() in shown else 0)
            stated_end = m.end()
        elif m.group("period"):
            found = int(R.data["plan_periods"][m.group("period")])
        elif m.group("this") and m.group("this") in R.data["that_year"]:
            # "当年计划投资…": that year, the calendar year named before it ("在2013年6月份前建成…，当年实现利税…"), else the
            # paragraph's (audit Y), not the document's
            named = R.p["calendar_year"].findall(text, 0, m.start())
            if named:
                found = int(named[-1])
            continue
        elif m.group("this") and doc_year:
            found = doc_year
        elif m.group("last") and doc_year:
            found = doc_year - 1
    return found


_EVENT_OPENING = 400  # characters of a news text's opening that report its event (…重大项目集中开工，共计有232个项目)
_OPENING = 1500  # characters of a report's opening read for the zone it names as its source
_DATELINE = 80  # …and where its dateline ends at the latest ("本报讯（记者…）")
_ZONE_BACK = 600  # characters before a figure searched for the zone a bare zone word stands for (示范区…)
_UPPER_MAX = 12  # the longest province or prefecture name a text may open with
_HEADING_MAX = 16  # the longest line that may be a heading naming counties only (九龙坡区、大渡口区)


def period_year(text: str) -> int | None:
    """The year the last plan period's end a text names stands for (“十四五”期末 -> 2025), None when it names none."""
    found = [m.group("period") for m in rules().p["year"].finditer(text) if m.group("period")]
    return int(rules().data["plan_periods"][found[-1]]) if found else None


class _Places:
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
        self.region_re = re.compile(_alt(regions)) if regions else None
        cities = [r for r in regions if r.endswith(tuple(rules().data["city_endings"]))]
        # the home city (the first city of regions.yaml), only for a text that names it or a county of it: the
        # figures of a text naming no place at all ("我市…") are no known place's, not the home city's
        self.home = cities[0] if cities and names_home(b) else ""
        subject = document_subject(b) or self.publisher_place()  # (a page naming no place: its publisher's, sco15)
        subject = self.own_county(subject) or subject
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
        return _year_of(rules(), m.group("year"), None) if m else None

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
            hits = [(pos, self.as_written(surface, r.name)) for pos, surface, r in counties]
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
    the document names at each 全X figure (_Places.whole), so answered once per surface."""
    return surface.endswith(tuple(rules().data["county_endings"])) and not rules().p["zone_word"].search(surface)


@lru_cache(maxsize=1)
def _municipalities(gaz: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(full name, its forms) of each province whose prefectures carry its own name (重庆市: 重庆市, 重庆), read once."""
    return tuple((u.name, (u.name, *u.shorts)) for u in gaz.units.values() if u.level == "province"
                 and len(gaz.full.get(u.name, ())) > 1 and all(x.name == u.name for x in gaz.full[u.name]))


def _name_right(R: _Rules, text: str) -> str:
    """The indicator that follows a value: up to the next item or clause end."""
    m = R.p["right_name"].match(text)
    if m is None:
        return ""
    batch = R.p["right_batch_end"].match(m.group(1))
    return batch.group(1) if batch else m.group(1)


def _clean(R: _Rules, name: str) -> str:
    name = R.p["modal"].sub("", R.p["change_from"].sub("", R.p["money_qualifier"].sub("", name)))
    name = R.p["example_lead"].sub("", name)  # "香菇产业园等农业类项目": the batch is the kind after the example
    cue = R.p["after_cue"].match(name)  # the name after it, when a name follows (not "…总产值力争突破")
    if cue and len(R.p["tail"].sub("", R.p["lead"].sub("", name[cue.end():]))) >= R.data["min_name"]:
        name = name[cue.end():]
    name = R.p["count_tail"].sub("", R.p["inner_year"].sub("", name))  # "筛选确定了2010年重点建设项目共6大类"
    whole, prev = name, None
    while prev != name:
        prev = name
        name = R.p["lead"].sub("", name).strip()
        name = R.p["tail"].sub("", name).strip()
    name = R.p["verb_infix"].sub("", name)  # "规模以上工业实现增加值": 规模以上工业增加值 (audit AC)
    name = R.p["inner_period"].sub("", name)  # "低空产业全年产值": 低空产业产值
    name = R.p["month_span_lead"].sub("", name)  # "1-9月计划新开工项目": 计划新开工项目
    name = R.p["inner_words"].sub("", name)  # "未来5年累计营收", "规上工业预计产值", "企业成功入库" (tgt12)
    measure = R.p["measure_tail"].search(name)  # "企业总数达到": 企业总数; "GDP总量达", "经济总量达到": kept whole
    if measure and len(name[:measure.start()]) >= R.data["min_name"] and R.p["han"].search(name[:measure.start()]):
        name = R.p["tail"].sub("", name[:measure.start()]).strip()
    if name in R.data["project_endings"]:  # "重点建设项目", "全年实施项目": the lead words are the name's own
        name = R.p["tail"].sub("", whole).strip()
        said = R.p["batch_lead"].match(name)  # (not the words opening a batch: 今年, 其中建设项目100个)
        name = name[said.end():] if said and len(name) - said.end() >= R.data["min_name"] else name
    return name.strip("“”\"' ")


def _figures(R: _Rules, text: str) -> list[tuple[int, int, float, str, str]]:
    """(start, end, value, unit, surface) of every figure in a text, magnitudes resolved."""
    d = R.data
    out = []
    for m in scan(R.p["value"], text):
        mag = m.group("mag") or m.group("mmag")
        unit = m.group("money") or m.group("money2") or m.group("unit") or d["bare_yi_unit"]  # "产值过10亿。": 亿元
        unit += m.group("per") or ""  # "亩均税收达到20万元/亩": 万元/亩
        if m.group("mag") and m.group("mag") + unit in d["units"]:
            mag, unit = None, m.group("mag") + unit  # a unit written with its magnitude stays so: 400万千瓦
        factor = float(d["magnitudes"].get(mag) or d["money_magnitudes"].get(mag)) if mag else 1.0
        out.append((m.start(), m.end(), float(m.group("num")) * factor, unit, m.group(0)))
    for m in scan(R.p["chinese"], text):  # 千亿元
        v, u = d["chinese_values"][m.group("cn")]
        out.append((m.start(), m.end(), float(v), u, m.group(0)))
    for m in scan(R.p["fraction"], text):  # 三分之一 -> 33.3 %
        share = 100 * d["chinese_digits"][m.group("part")] / d["chinese_digits"][m.group("whole")]
        out.append((m.start(), m.end(), round(share, 1), d["fraction_unit"], m.group(0)))
    for m in scan(R.p["doubling"], text):  # 比2015年翻一番 -> 2 倍, 翻两番 -> 4 倍 (tgt17)
        out.append((m.start(), m.end(), float(2 ** d["chinese_digits"].get(m.group("times") or "", 1)),
                    d["doubling_unit"], m.group(0)))
    return sorted(out)


def rule_prose_targets(b: GraphBuilder, sent: Sentence, st: TargetState) -> None:
    """Every figure with a year in a prose sentence: a target or a reported value.
    `st` is the rule's state over the document (TargetState: the last indicator named per paragraph, for 这一比例…)."""
    R = rules()
    d = R.data
    text = sent.text
    doc_year = document_year(b.doc)
    memory = st.memory
    places = st.places
    if places is None:
        places = st.places = _Places(b)
    para_before = b.doc.text[sent.para_start:sent.start]
    if R.p["project_subject"].match(text) and not _batch_before(R, text, para_before):
        return  # "该项目…将建设6台套…", "这些项目全部建成后…贡献税收300亿元": a project's facts, no area's indicator
    figures = _figures(R, text)
    # "2022年工作回顾": a heading line naming a year is the year its section's 今年/全年/年内 speak of
    this_year = _heading_year(b, st, R, sent.start) or doc_year
    reviewing = _heading_year(b, st, R, sent.start, review=True)  # the year a review heading above the sentence names
    # "2023年以来，…。据统计，该区全年新签约…" (of 2024-01-15): a paragraph opening with a year and 以来 reviews that year
    since = R.p["since_year"].match(b.doc.text, sent.para_start)
    this_year = int(since.group(1)) if since else this_year
    this_year = places.intro_year(sent.para_start) or this_year  # "2025年，开发区将…。" over "一是…全年产值过10亿"
    carried = _carry(b, st, R, sent, this_year, bool(figures))
    if not figures:
        return  # most sentences state no figure: they only set or end the year the paragraphs after carry (_carry)
    previous_batch = _previous_batch(R, para_before)  # for sums opening the sentence (_batch_money)
    taken = set(b.figures.get(sent.start, ()))  # what the lexicon rule read (a copy: this rule adds to it)
    plan_heads = [part for part in sent.path if any(w in part for w in d["plan_sections"])]
    plan_part = bool(plan_heads)
    # "二、2025年政府工作目标任务" over "（一）…": the year a plan section's heading names is its yearless figures' year
    plan_year = next((y for y in (_year_of(R, h, None) for h in reversed(plan_heads)) if y is not None), None)
    clause_end, item_end = d["clause_end"], d["clause_end"] + d["item_end"]
    topic = R.p["topic"].match(b.doc.text, sent.para_start)  # match() anchors at para_start
    # an undated text whose title announces targets ("…产业链招商目标明确"): its figures with a year are targets
    # …or a title naming a plan of the document's own year ("宿迁市2021年重大产业项目投资计划" of 2021-02-04); a title read
    # off a first line that is a paragraph (with sentence punctuation) is no headline and announces nothing
    title_cue = bool(R.p["target_cue"].search(b.doc.title or "")) and (doc_year is None or bool(
        R.p["plan_title"].search(b.doc.title or "")) and _year_of(R, b.doc.title or "", None) == doc_year) \
        and not R.p["not_headline"].search(b.doc.title or "")
    # a multi-year plan's title ("…三年行动计划(2023—2025年)"): its end year, for the yearless targets of a cue
    span = R.p["plan_span_title"].search(b.doc.title or "")
    span_year = int(span.group("end")) if span and (doc_year is None or int(span.group("end")) > doc_year) else None
    respective = _respective(R, text, figures) if any(w in text for w in d["respective_cue"]) else {}
    first_rate: str | None = None  # the rate word of a respective list's first figure, shared by the others
    projects = _project_parts(R, text)
    # "一季度，…", "1—10月份，…": a sentence opening with a part of a year speaks of that part; only its plans (拟…,
    # 年度计划投资) are the year's
    # …also a later ；-part of that sentence ("今年一季度，全区地区生产总值完成9.09亿元，增长15%；规上工业总产值…": audit Y)
    earlier = _earlier_parts(para_before)
    opening_clause = R.p["opening_clause"].match((earlier + text).lstrip())
    part_of_year = bool(opening_clause and R.p["sub_year"].search(opening_clause.group(0)))
    # …and when that opening clause plans it (力争三季度全县GDP增长10.8%以上，规上工业…), the clauses after it plan too (tgt13)
    planned_opening = part_of_year and bool(R.p["target_cue"].search(opening_clause.group(0))) \
        and not _part_over(b, R, opening_clause.group(0))
    subject: str | None = None
    read: list[str] = []  # the names read in this sentence, for "现已落地X项目14个，年底将落地30个"
    prev_end = 0
    planned_batches: list[str] = []  # batches of projects this sentence plans ("计划开工重点项目496个")
    # "…开复工项目30个，…年度投资50亿。其中，新建项目11个、续建项目19个": the parts of a batch the sentence before planned
    parts_planned = _breakdown_of_planned(b, st, R, sent, earlier)
    # the place a clause of the sentence opened with: its later clauses speak of it too; first the sentence's own
    # (past 今年，…: 今年，郴州经开区…; past the news's day or source: 5月11日下午，西双版纳傣族自治州在…, 据了解，…: sco15)
    # (a lead word is no zone's part: 据了解，今年开发区共谋划… opens with 开发区, tried before the lead words go)
    news = R.p["news_lead"].sub("", text, count=1)
    opening = (places.opening(news) if news != text else "") or places.opening(R.p["opening_lead"].sub("", news))
    sent_scope = opening
    counted, counted_at = "", 0  # the name of the sentence's last count (…工业集中区8个) and where it ends
    paragraph: tuple[int | None, bool] | None = None  # _paragraph_year, read at the first figure that needs it
    for start, end, value, unit, surface in figures:
        if unit in d["change_units"]:
            continue  # a change, not a level
        if any(a <= start < z for a, z in projects):
            continue  # "…内陆港项目总投资20亿元，…一期将建设6.8公里铁路专用线": that project's facts
        if R.p["range_after"].match(text[end:end + 1]):
            continue  # the low end of a range is read with its high end
        low = R.p["range_low"].search(text, 0, start) if R.p["range_before"].search(text[:start]) else None
        if low:  # "争取建成3至5个…": a target of at least the low end
            value *= float(low.group(1)) / float(R.p["number"].match(surface).group(0))
            start = low.start()
        item_start = after_last_mark(text, start, item_end)
        joined = R.p["joiner_after"].match(text, prev_end) if prev_end else None
        if joined and joined.end() <= start:  # "…单项冠军300家和专精特新“小巨人”企业1500家": 和 after a figure ends an item
            item_start = max(item_start, joined.end())
        prev_end = end
        clause_start = after_last_mark(text, start, clause_end)
        left = text[item_start:start]
        if R.p["list_size"].match(text, start) or R.p["list_fields"].match(text, start) and "、" in text[clause_start:start]:
            continue  # "…等10个方面", "A、B、C6个领域": how many items a list holds
        if R.p["goal_frame"].match(text, clause_start):
            continue  # "围绕2025年全市锂电产业营收超过千亿元，《规划》…": a goal as the frame of what follows, stated elsewhere
        if R.p["per_item"].search(text, clause_start, start):
            continue  # "每个平台…适配2至5条产业链": a norm for each, no total
        if text[item_start - 1:item_start] == "、" and R.p["listed_firms"].match(left):
            continue  # "培育小松、现代、华润、新阳等企业超百亿": each listed firm's goal
        scale = None
        if R.p["money_class"].match(text, end):
            scale = _graded_scale(R, text, start, end, clause_start) if unit in d["money_units"] else None
            if scale is None:
                continue  # "产值过10亿元企业突破10家" (audit Y): a sum naming a class of firms or projects that are counted
        if unit in d["money_units"] and R.p["graded_count"].search(text, max(0, start - 6), start):
            continue  # "形成6个500亿元重点产业集群" (audit AD): a sum grading the things a count counts
        priced = R.p["priced_count"].match(text, end) if unit in d["money_units"] else None
        if unit not in d["count_units"] and R.p["project_capacity"].match(text, end) and not priced \
                or unit in d["goods_units"] and R.p["item_capacity"].match(text, end):
            continue  # "年产100吨纳米粉体材料项目", "3万吨A、2万吨B项目": a project's capacity, no area's indicator
        if (R.p["not_a_value"].search(left) and not R.p["priced_before"].search(left)
                and not R.p["share_written"].match(left.strip())) or R.p["change_base"].search(left) \
                or R.p["comparison"].search(left):
            continue  # "由5100亿元提高到5500亿元": the base of a change; "年度计划的131.4%": a ratio
        scope, left_rest = places.leading(left.strip())
        park = places.park_lead(left.strip())  # "灵宝市产业集聚区超过200亿元": the park's figure, not the county's
        scope = park if park and scope and park.startswith(scope) else scope  # (its name stays the indicator's, as before)
        year_lead = R.p["year_lead"].match(left.strip()) if not scope else None
        if year_lead:  # "2024年团风县实现地区生产总值…" (audit Z): the place after the year is the scope
            after_year = places.leading(left.strip()[year_lead.end():])
            scope, left_rest = after_year if after_year[0] else (scope, left_rest)
        if unit in d["money_units"] and R.p["founded_before"].search(left_rest.rstrip()):
            continue  # "组建20亿元母基金" (audit Z): the size of a thing set up, no area's indicator
        zone = None if scope else R.p["zone_subject"].match(R.p["lead"].sub("", left_rest))
        if named_zone := places.named_zone(zone):  # "2022年江北一体发展区计划开复工项目140个"
            scope, left_rest = named_zone, R.p["lead"].sub("", left_rest)[zone.end():]  # type: ignore[union-attr]
        scope = scope or park  # "至2015年，临港装备工业园将实现60亿元产值": a park no zone ending closes (tgt14)
        sent_scope = scope or sent_scope
        comp_after = R.p["comparator_after"].match(text[end:end + 4])
        batch = _batch_money(R, text, item_start, left_rest, previous_batch) if unit in d["money_units"] else None
        word = R.p["invest_end"].search(left_rest.strip()) if priced and batch is None else None
        if priced and word:  # "总投资1200亿元的160个重点项目": the money of the batch counted after it
            said = R.p["batch_lead"].sub("", priced.group("name")) + word.group("word")
            batch = (said, bool(R.p["plan_money"].search(word.group("word"))), said)
        # a year-to-date tally ("今年共开工建设重点项目102个，…年度计划投资348亿元") reports, it plans nothing
        tallied = bool(R.p["year_tally"].search(text, 0, start))
        tally = bool(batch) and tallied
        # "实施…重点项目121个，总投资203亿元": a batch of key projects put in hand is the year's plan
        in_hand = bool(R.p["batch_in_hand"].search(text, 0, start)) and not tallied
        plan = bool(batch and (batch[1] or in_hand)) and not tally
        if batch:  # "重点项目496个，总投资3957.5亿元，今年计划完成投资631.5亿元": the batch's money
            name, rate, stated, right = batch[0], None, True, False
            named_at, name = places.leading(name)  # "巴林左旗实施…重点项目121个，总投资203亿元": the batch's place
            scope = scope or named_at
            batch = (name, batch[1], batch[2][len(batch[0]) - len(name):])  # the written form without the place too
            zone = None if scope else R.p["zone_subject"].match(name)
            if named_zone := places.named_zone(zone):  # 徐圩新区丙烷产业链项目…: the project's zone
                scope, name = named_zone, name[zone.end():]  # type: ignore[union-attr]
        elif unit in d["money_units"] and R.p["batch_money"].search(left_rest.strip()) \
                and R.p["priced_subject"].search(text, 0, item_start):
            continue  # "其中计划投资40亿元的中金集团…改扩建，年度计划完成投资1.6亿元": that one project's own plan
        elif scale:  # "打造500亿级的新材料产业集群": the industry's scale (fig14)
            name, rate, stated, right = scale, None, True, True
        elif start in respective:  # "A、B、C产业产值分别达到x、y、z": the k-th figure is the k-th item's
            own, first = respective[start]
            if own is None:
                continue  # items and figures do not pair up: no name is safe
            if first:
                named = _name_of(R, text, start, end, item_start, clause_start, left_rest, comp_after, places,
                                 memory, sent.para_start, read)
                first_rate = named[1] if named else None
            name, rate, stated, right = own, first_rate, True, False
        else:
            if R.p["priced_before"].search(left_rest):
                left_rest = ""  # "总投资1200亿元的160个重点项目": the count's name follows it
            named = _name_of(R, text, start, end, item_start, clause_start, left_rest, comp_after, places, memory,
                             sent.para_start, read)
            measure = _clean(R, left_rest) if named is None and counted \
                and R.p["count_then"].fullmatch(text, counted_at, clause_start) else ""
            if measure in d["bare_measures"] and not R.p["not_indicator"].search(measure):
                # "建成州级工业集中区8个，产值50亿元以上": the things counted in the clause just before
                named = (counted + measure, None, True, False)
            if named is None:
                continue
            name, rate, stated, right = named
        if rate:
            name += d["rate_words"][rate]
        batch_said = next((n for n in reversed(read) if n.endswith(tuple(d["project_endings"]))), "")
        if batch_said and R.p["bare_project"].match(name):  # "…重点建设项目62项，项目在建总规模1980亿元"
            name = batch_said + name[R.p["bare_project"].match(name).end():]
        memory[sent.para_start] = name
        # the things a count just named, whose bare measure may follow in the next clause (…集中区8个，产值50亿元)
        counted, counted_at = (name, end) if unit in d["count_units"] and not rate else ("", 0)
        read.append(name)
        if topic and topic.group(1) not in name:
            name = topic.group(1) + name
        said = R.p["subject"].match(name)
        if said and subject is None and not R.p["lead"].sub("", text[:item_start].strip("，, ")):
            subject = said.group(1)  # "新材料产业累计完成投资500亿元，规上工业产值达到1200亿元": the sentence's subject
        elif subject and not said and not right and subject not in name:
            name = subject + name
        if surface in taken:
            continue
        before = text[:start]
        # the words around the figure, without the indicator's own name ("招商目标企业")
        at = text.rfind(name, 0, start) if name in before else start
        words = before[:at] + before[at + len(name):] if at >= 0 else before
        if batch:  # the investment word is the batch's, no plan of the year: "…项目26个，计划总投资54亿元"
            words = before[:item_start] + R.p["batch_money"].sub("", left_rest.strip())
        clause_before = text[clause_start:start]
        clause_words = clause_before.replace(name, "", 1)  # the clause's words without the indicator's name
        if batch:
            clause_words = R.p["batch_money"].sub("", clause_words)  # 计划投资额 is the batch's, no plan of the year
        # a batch planned by its name ("计划开工重点项目496个", "确定重点项目337项")
        # (a count before the batch's name, 今年继续实施100个重点项目: the name after it completes the words put in hand)
        in_hand_named = in_hand or right and not tallied and bool(R.p["batch_in_hand"].search(text[:start] + name))
        planned = name.endswith(tuple(d["project_endings"])) and (bool(R.p["batch_plan"].search(clause_before))
                                                                 or in_hand_named) \
            or any(name.startswith(p) for p in planned_batches) \
            or bool(planned_batches) and name.endswith(tuple(d["project_endings"])) \
            and bool(R.p["breakdown_after"].search(text, 0, start)) \
            or parts_planned and name.endswith(tuple(d["project_endings"]))
        # ("共编排…项目338个，其中，新引进…项目178个"; "…项目30个，…。其中，新建项目11个": _breakdown_of_planned)
        if planned:
            planned_batches.append(name)
        bullet = max((m.end() for m in R.p["inline_bullet"].finditer(text, 0, start)), default=0)
        if bullet:  # "…的发展目标 [1][14] 产业发展 - 地区生产总值…：2024年达…": a bullet run into the line starts anew
            words, before = R.p["inline_bullet"].split(words)[-1], before[bullet:]
        words = R.p["past_effort"].sub("", words)  # "经过不懈努力，…提高到90%以上": an effort made, no target
        words = R.p["goal_met"].sub("", words)  # "…完成全年目标任务、…外贸进出口同比增长44.6%": a goal met, no target
        actual = bool(R.p["actual_clause"].match(clause_before))  # "…，实际建成项目11个": what was done, set against a plan
        cue = plan or planned or low is not None or bool(R.p["target_cue"].search(words)) or bool(R.p["weak_cue"].search(clause_words)) or plan_part \
            or title_cue or bool(R.p["actual_after"].match(text, end)) \
            or bool(R.p["goal_after"].match(text, end))  # "新开工项目56个，实际…62个": 56 was the plan; "…增长10%以上的目标": a goal
        year = _year_of(R, before, this_year) or _year_of(R, text[end:end + 8] if text[end:end + 1] in "(（" else "",
                                                           this_year)
        year_from = ""  # how the year was found when the figure's own words do not say it: the edge's rule says so
        if year is None and not bullet:  # the paragraph's year; target words of the same full sentence carry over
            if paragraph is None:  # (the same for every figure of the sentence: the paragraph before it is read once)
                paragraph = _paragraph_year(R, para_before, text, this_year)
            year, paragraph_cue = paragraph
            year_from = "paragraph" if year is not None else ""
            cue = cue or (year is not None and paragraph_cue)
            if year is not None and reviewing is not None and year > reviewing \
                    and not R.p["to_year"].search(para_before + text[:start]):
                # "一、2024年工作回顾 … 2024年，是实现“十四五”规划目标任务的关键一年。一年来，…实现地区生产总值130亿元":
                # a review's figure stating no year of its own is the reviewed year's, not that of a plan the
                # paragraph names in passing (tgt16)
                year = reviewing
        if rate and rate.startswith(d["average_rate"]):
            # "“十五五”重大项目计划投资年均增长10%左右，支撑固定资产投资年均增长8%以上": over the period, to its end
            period = [m for m in R.p["bare_period"].finditer(text, 0, start) if not R.p["year"].search(text, m.end(), start)]
            year, year_from = (int(d["plan_periods"][period[-1].group(1)]), "") if period else (year, year_from)
        # (a part of a year planned in the figure's own clause is the year's target: 力争三季度全县GDP增长10.8%以上, tgt13)
        planned_part = (plan or planned or bool(R.p["target_cue"].search(clause_words) or R.p["weak_cue"].search(clause_words))) \
            and not _part_over(b, R, clause_before)
        if planned_part and R.p["sub_year"].search(clause_before):
            planned_opening = True  # (…落实责任，力争三季度全县GDP增长10.8%以上，规上工业…: the clauses after it too)
        if _no_years_figure(R, text, start, end, name, clause_before, planned_part):
            continue
        last_year = list(R.p["year"].finditer(before))[-1:]
        if last_year and last_year[0].group("within") and not cue:
            continue  # "使得园区企业三年内新增发明专利57项": N年内 counts forward only in a plan's words
        # (a batch a part of the year plans by its name is that part's plan: "三季度，我区计划签约项目22个，总投资62亿元；
        # 计划开工项目50个，总投资93.66亿元"; an opening clause planning the part plans the clauses after it too:
        # 力争三季度全县GDP增长10.8%以上，规上工业增加值增长11.8%以上)
        if part_of_year and not (batch and R.p["batch_plan"].search(R.p["batch_money"].sub("", batch[2]))) \
                and not (batch and R.p["annual_money"].search(batch[2])) and not (
                R.p["target_cue"].search(clause_words) or R.p["weak_cue"].search(clause_words) or planned_opening):
            continue  # "1—10月份，…签约项目101个，计划投资额430亿元": a tally of part of a year, no year's figure
        if year is None and plan:
            year, year_from = this_year, "plan"  # a year's planned investment (年度投资, 今年计划完成投资) is for the document's year
        if year is None and not tallied and (batch or name.endswith(tuple(d["project_endings"]))) \
                and _year_plan_after(R, text, end) and search(R.p["prose_end"], text) \
                and not R.p["batch_event"].search(b.doc.text[:_EVENT_OPENING] + para_before + text[:start]):
            year, cue, year_from = this_year, True, "batch"  # "续建项目92个，总投资839.19亿元，年度计划投资271.50亿元": the year's batch
        if year is None and carried is not None:
            year, cue, year_from = carried, True, "carried"  # a paragraph continuing the one that set the year ("——创新能力大幅提升。…")
        if year is None and plan_year is not None and not bullet:
            year, year_from = plan_year, "heading"  # "力争全区规上企业研发经费增长20%以上" under "二、2025年政府工作目标任务"
        if year is None and cue and span_year is not None and not bullet:
            year, year_from = span_year, "heading"  # "…三年行动计划(2023—2025年)": the plan's end
        if year is None and cue and doc_year is not None and 0 < _month(b) <= d["early_month"] \
                and R.p["outcome_estimate"].search(clause_before):
            year, year_from = doc_year - 1, "estimate"  # "预计实现工业开票798亿元" in January (audit R): the year just closed, estimated
        if year is None and cue and doc_year is not None and b.doc.kind in d["this_year_kinds"] \
                and not R.p["recurring"].search(clause_before) and not R.p["structures_counted"].match(text, end) \
                and (plan or planned or low is not None or bool(R.p["target_cue"].search(clause_words))
                     or bool(R.p["weak_cue"].search(clause_words)) or planned_opening
                     or bool(R.p["target_cue"].search(_clauses_without(R, text[:clause_start], "value")))):
            # "每年引导…300亿元": yearly, no year's target; and the target word in the figure's clause or one stating no
            # figure ("实施…梯度培育计划，新增高新技术企业100家"), not another figure's ("年计划投资22亿元，其中：…百大项目2个")
            # (not clusters or chains counted, 打造…2个千亿级产业集群, 确定…12条产业链: a plan's shape, built over years)
            year, year_from = this_year, "this_year"  # news speaks of "this year" without naming it: 力争新增城镇就业4万人
        if year is None:
            continue
        if year == doc_year and 0 < _month(b) <= d["early_month"] and R.p["year_estimate"].search(clause_before) \
                and not any(m.group("plain") for m in R.p["year"].finditer(text, 0, start)):
            year, year_from = year - 1, "estimate"  # "●预计全年地区生产总值361亿元" in January: the year just closed (tgt16)
        planned_year, plan_verb = _plan_paragraph(R, b.doc.text, sent.para_start, this_year)
        if not cue and year == planned_year and plan_verb not in name \
                and not R.p["lead_date"].match((earlier + text).lstrip()) \
                and (batch or name.endswith(tuple(d["project_endings"])) or not any(
                    w in text[:start] for w in d["project_endings"])):
            # "2025年，株洲经开区将紧扣…。…。全年新增规模工业企业7家以上" (audit Y): the paragraph plans its year (not the
            # event a sentence dated by its day reports: "4月7日，集中开工重点项目290个"; nor a project's measure in a
            # sentence naming a project: "其中A风电项目位于…，总装机容量1万千瓦"; nor a name that swallowed the opening's
            # subject and verb: "2023年，揭阳金属生态城计划拍地落户企业8家", the name unsafe)
            cue = True
        if not cue and year == this_year and not tallied and (batch or name.endswith(tuple(d["project_endings"]))) \
                and (0 < _month(b) < d["late_month"] or not any(m.group("plain") for m in R.p["year"].finditer(text, 0, start))) \
                and _year_plan_after(R, text, end, "year_plan_sum") \
                and not R.p["batch_event"].search(b.doc.text[:_EVENT_OPENING] + para_before + text[:start]):
            cue = True  # "今年，…铺排重点项目112个，总投资过千亿元，年度计划投资221.7亿元": the year's batch, as planned
            # (a stated year is left to the plan's title in a text of the year's late months, "2021年全市共编排…" may
            # review the year as well as plan it; before them, "2019年，…安排政府投资项目185个，…年度计划投资27.7亿元" plans: tgt15)
        # a reported cue says the past, unless the year is a plan's ("到2025年，新能源产业累计完成投资1000亿元")
        # …and a cue of the present state reports even under a plan's year an earlier sentence carries ("…计划到2024年，
        # 争取…。目前，园区已入驻…等2家肉牛龙头企业")
        present = bool(R.p["present_cue"].search(clause_before)) or _past_before(R, text, clause_start, start, "present_cue")
        planned_year = (carried is not None and not present) or bool(R.p["to_year"].search(text[:start]))
        # (a batch's planned money of a past year is still that year's plan: "2021年…共启动106个实施类项目建设，…年度计划投资
        # 189.8亿元" in a review of January 2022)
        # a figure of the year a review heading names ("2022年工作回顾" … 全年实施重点项目83个) reports that year
        reviewed = year == reviewing and not planned_year
        reported = tally or reviewed or actual or bool(R.p["progress_after"].match(text, end)) \
            or bool(R.p["reported_cue"].search(text, max(clause_start, start - 3), start)) \
            or bool(R.p["reported_cue"].search(clause_before) and not planned_year) \
            or (doc_year is not None and year < doc_year and not (batch and (
                R.p["annual_money"].search(batch[2]) or R.p["this_dated"].search(left_rest.strip())))) \
            or _past_before(R, text, clause_start, start) and not planned_year \
            or year == doc_year and _month(b) >= d["late_month"] and (bool(R.p["year_estimate"].search(earlier + text[:start]))
                                                                      or bool(R.p["clause_estimate"].search(text, 0, start))
                                                                      or 0 <= _estimate_below(b, st, R) < sent.start + start)
        # a document of the year's first month speaks of its own year's figures as plans (a review names the past year)
        early = year == doc_year and 0 < _month(b) <= d["early_month"] and b.doc.kind == "report"
        target = not reported and (cue or early or (doc_year is not None and year > doc_year))
        if not target and (right or not stated):
            continue  # a past figure is a reported value only when stated as one: "…增长1.5%", "…达到97家"
        comparator = d["comparator_after"][comp_after.group(0)] if comp_after else ""
        cb = R.p["comparator_before"].search(R.p["comparator_verbs"].sub("", left))
        comparator = ">=" if low else comparator or (d["comparator_before"][cb.group(0)] if cb else ">=" if target else "")
        made = R.p["made_into"].search(text, 0, start)  # "把杨林工业园区打造成为主营业收入超500亿元…的开发区": the park's
        # "全州GDP总量达2500亿元", "今年，全省共确定了110个省重点项目，其中建设项目100个": the division so named
        whole = ([None] + list(R.p["whole_division"].finditer(text, 0, start)))[-1]
        whole_scope = places.whole(sent.start + start, whole.group(1)) if whole and not scope and not made else ""
        if whole_scope:  # the paragraph's later sentences may go on speaking of it
            st.whole_scopes[sent.para_start] = (whole_scope, sent.start + end)
        scope = places.written_in_full(scope or (made.group("place") if made else "") or whole_scope
                                       or places.find(clause_before, last=True)
                                       or _bare_zone(b, R, places, name, sent.start + start) or sent_scope
                                       or _speaker_scope(R, places, text, end)
                                       or places.intro_scope(sent.para_start)
                                       or places.opening(R.p["opening_lead"].sub("", para_before))
                                       or _paragraph_whole(b, st, sent) or places.heading(sent.start)) or places.doc_scope
        if target and unit in d["count_units"] and name.endswith(tuple(d["project_endings"])):
            st.planned_batch = (sent.para_start, sent.end)  # (_breakdown_of_planned)
        dated = R.p["this_dated"].search(left_rest.strip()) if batch else None
        _write(b, sent, name, scope, places.home, value, unit, year, target, comparator, surface, bool(rate),
               f"{RULE}_{year_from}" if year_from else RULE,
               written=name[:len(name) - len(batch[0])] + batch[2] if batch and name.endswith(batch[0]) else name,
               dated=batch[2][:len(batch[2]) - len(dated.group("word"))] + dated.group(0) if dated and batch[2].endswith(dated.group("word")) else "")


def _paragraph_year(R: _Rules, para_before: str, text: str, this_year: int | None) -> tuple[int | None, bool]:
    """The year the paragraph before a sentence names, and whether target words of the same full sentence stand
    before it (they carry over to the sentence's figures that name no year of their own)."""
    para = R.p["inline_bullet"].split(para_before)[-1]  # (from the last bullet run into the line on)
    # ("到“十四五”末，…；规模以上…在675亿元以上"; no milestone year of one figure: 在2014年突破…)
    year = _year_of(R, R.p["milestone_year"].sub(lambda m: " " * len(m.group(0)), para), this_year)
    same = para[para.rfind("。") + 1:]
    if R.p["continuation"].match(text):  # "…提出了2024年新的预期目标，…。此外，…增长6%": the sentence before's
        same = para[para.rfind("。", 0, len(para.rstrip()) - 1) + 1:]
    # …not a target word of a yearly effect ("…预计年产值186.7亿元；投产项目22个"): that is its own figure's
    same = _clauses_without(R, same, "yearly_effect")
    # …not a plan word naming an earlier part's money ("今年计划投资82.6亿元；竣工项目51个"): that is its own figure's
    return year, bool(R.p["target_cue"].search(R.p["invest_word"].sub("", same)))


def _graded_scale(R: _Rules, text: str, start: int, end: int, clause_start: int) -> str | None:
    """The scale of one industry a sum graded by 级 sets (打造500亿级的新材料产业集群: 新材料产业规模; 特色林果产业建成
    300亿级产业集群; 在电子信息产业上，…打造成100亿级产业规模), the industry named after the grade, else opening the
    figure's clause, else the topic the sentence opens with; None when a count grades things (形成6个500亿级产业集群) or
    no industry is named."""
    if R.p["graded_count"].search(text, max(0, start - 6), start) or R.p["range_before"].search(text, 0, start):
        return None
    after = R.p["graded_scale"].match(text, end)
    said = R.p["scale_subject"].match(R.p["lead"].sub("", text[clause_start:start].strip()))
    topic = R.p["scale_topic"].match(text)
    industry = next((m.group("ind") for m in (after, said, topic) if m and m.group("ind")), None)
    return industry + R.data["scale_word"] if industry else None


def _clauses_without(R: _Rules, text: str, key: str) -> str:
    """The clauses of `text` in which pattern `key` finds nothing, joined (a cue is read from them only)."""
    return "".join(c for c in R.p["clause_split"].split(text) if not R.p[key].search(c))


def _paragraph_whole(b: GraphBuilder, st: TargetState, sent: Sentence) -> str:
    """The division a 全旗/全县 gave an earlier figure of the paragraph: its later sentences speak of it too ("…全旗经济社会
    发展主要预期目标确定为：地区生产总值增长6.5%左右；固定资产投资增速15%；…", each clause split off as a sentence), until a
    county or city is named ("全省…开工。…宣布舟山22个重大项目集中开工。…其中今年计划投资79亿元" names no figure of 全省)."""
    scope, at = st.whole_scopes.get(sent.para_start, ("", 0))
    since = b.doc.text[at:sent.start]
    return "" if not scope or b.resolver.counties_in(since) or b.resolver.gaz.upper_units_in(since) else scope


def _plan_paragraph(R: _Rules, doc_text: str, para_start: int, this_year: int | None) -> tuple[int | None, str]:
    """(year, verb) of a paragraph opening with a year and a plan's verb ("2025年，该区将紧扣…", "今年，全县要…"): its
    figures of that year are the plan's, also in sentences with no target word of their own; (None, "") for any other."""
    m = R.p["plan_opening"].match(doc_text, para_start)
    return (_year_of(R, m.group("year"), this_year), m.group("verb")) if m else (None, "")


def _breakdown_of_planned(b: GraphBuilder, st: TargetState, R: _Rules, sent: Sentence, earlier: str) -> bool:
    """Whether the full sentence a sentence (part) belongs to opens a breakdown (其中，…) of a batch of projects the full
    sentence right before it, in the same paragraph, counted as a target ("2018年，海林开发区开复工项目30个，…年度投资
    50亿。其中，新建项目11个、续建项目19个"): its batches are that plan's parts, planned too (tgt19)."""
    last = st.planned_batch
    opening = sent.start - len(earlier)  # where the full sentence starts
    return last is not None and last[0] == sent.para_start and last[1] <= opening \
        and not b.doc.text[last[1]:opening].strip() and bool(R.p["breakdown"].match(earlier + sent.text))


def _earlier_parts(para_before: str) -> str:
    """The earlier ；-parts of the full sentence a sentence part continues (the paragraph's text after its last full stop;
    "" when the part opens a sentence): their opening (今年一季度，…; 全年预计实现…) speaks for the later parts too."""
    return para_before[max(para_before.rfind(c) for c in "。！？!?\n") + 1:]


def _speaker_scope(R: _Rules, places: _Places, text: str, end: int) -> str:
    """The place of the official whose words a quote holds, named right after it (“…年内工业开票销售突破2000亿元。”沭阳县委
    副书记、县长某某说: 沭阳县's goal; audit R): the scope of the quote's figures; "" when the figure is in no quote."""
    close = text.find("”", end)
    if close < 0 or "“" in text[end:close] or text.rfind("“", 0, end) < text.rfind("”", 0, end):
        return ""
    place, rest = places.leading(text[close + 1:])
    return place if place and R.p["speaker_after"].match(rest) else ""


def _year_plan_after(R: _Rules, text: str, end: int, word: str = "invest_word") -> bool:
    """Whether the year's planned money follows in the same part of the sentence (…项目92个，总投资839.19亿元，年度计划
    投资271.50亿元): the batch counted and priced before it is that year's plan. `word` names the pattern of the money's
    words (year_plan_sum: a word and its sum)."""
    stop = min((i for i in (text.find(c, end) for c in "；;。") if i >= 0), default=len(text))
    return any(R.p["plan_money"].search(m.group(0)) for m in R.p[word].finditer(text, end, stop))


def _past_before(R: _Rules, text: str, clause_start: int, start: int, cue: str = "reported_cue") -> bool:
    """A reported cue in an earlier clause of the same part of the sentence, with no target word or year between it and
    the figure (现已开工31个，开工率达81.6%): the later clauses report too. `cue` names the pattern of the cues looked
    for (present_cue: only those of the present state)."""
    part = max(text.rfind("；", 0, clause_start), text.rfind(";", 0, clause_start)) + 1
    past = list(R.p[cue].finditer(text, part, clause_start))
    if not past:
        return False
    between = text[past[-1].end():start]
    return not (R.p["target_cue"].search(between) or R.p["weak_cue"].search(between) or R.p["year"].search(between))


def _project_parts(R: _Rules, text: str) -> list[tuple[int, int]]:
    """Where a sentence speaks of one project: in each part up to ；or 。 that opens with one project's name
    (振展汽车新能源项目先行租赁…2100平方米厂房) or states one project's investment (…内陆港项目总投资20亿元，…，一期将建设
    6.8公里…; 整个项目初步预计投资90亿元，运营期年均销售收入…), from that name to the part's end. A batch is no
    project: a generic name (重点项目, 先进制造业项目254个: counted) or one counted before (此次10个重点产业项目总投资…)."""
    spans = []
    for part in scan(R.p["sentence_part"], text):
        m = R.p["part_project"].match(text, part.start(), part.end())
        if m is None or not _one_project(R, m.group("name")):
            m = next((x for x in R.p["project_money"].finditer(text, part.start(), part.end())
                      if _one_project(R, x.group("name"))), None)
        if m is None:  # "A有限公司总投资6500万元，…": the firm's project
            m = R.p["firm_part"].match(text, part.start(), part.end())
        if m is None and not R.p["project_count"].search(text, 0, part.end()):
            m = R.p["clause_project"].search(text, part.start(), part.end())
        if m is not None:
            spans.append((m.start("name"), part.end()))
    return spans


def _one_project(R: _Rules, name: str) -> bool:
    """A name of one project: a project's anaphor (整个项目, or a bare 项目; not 当天开工的项目, a batch), or well formed (its words
    after the last 的: 新开工的|碚圣药业制药基地项目); not words of work on projects in general (推动项目建设)."""
    of = R.p["last_of"].search(name)
    bare = name.strip(" “”\"'")
    if R.p["project_work"].search(bare):
        return False  # "通过推动项目|建设，预计全年…": work on projects in general, no one project
    return PROJECT_ANAPHOR.fullmatch(bare) is not None or bare == _PROJECT_WORD or bare in R.data["project_anaphora"] \
        or well_formed_project(R.p["lead"].sub("", name[of.end():] if of else name).strip())


def _part_over(b: GraphBuilder, R: _Rules, words: str) -> bool:
    """Whether the part of the year the words name (一季度, 上半年, 1-9月) ended before the document's month: its plans
    are then estimates of what was done (预计一季度…增速达20% in April). False when the month or the part is unknown."""
    part = R.p["sub_year"].search(words)
    month = _month(b)
    if part is None or month <= 0:
        return False
    span = R.p["part_month"].search(part.group(0))
    end = int(span.group(1)) if span else int(R.data["part_end_month"].get(part.group(0), 12))
    return month > end


def _month(b: GraphBuilder) -> int:
    """The month of the document's date (0 when it states none)."""
    m = rules().p["date_month"].match(b.doc.date or "")
    return int(m.group(1)) if m else 0


def _estimate_below(b: GraphBuilder, st: TargetState, R: _Rules) -> int:
    """Where a report first says its figures from there on are estimates (预计（下同）), -1 when it never does."""
    if st.estimate_below is None:
        m = R.p["estimate_below"].search(b.doc.text)
        st.estimate_below = m.start() if m else -1
    return st.estimate_below


def _heading_year(b: GraphBuilder, st: TargetState, R: _Rules, at: int, review: bool = False) -> int | None:
    """The year named by the last heading line before a position ("2022年工作回顾" over a work report's review;
    a year and a few words on a line of its own), None when no such line names one; `review`: only a heading whose
    words review that year (targets.yaml review_heading: 2022年工作回顾), else None."""
    heads = st.heads
    if heads is None:
        heads = [(m.start(), int(m.group("year")), bool(R.p["review_heading"].search(m.group("words"))))
                 for m in R.p["year_heading"].finditer(b.doc.text)]
        # a line introducing a review or an outlook ("…以下是2023年工作回顾：", "展望2024年，…": audit Z) heads the lines
        # after it too
        # (and a numbered review heading run into a line, "…提出意见。 一、2017年工作回顾 一年来，…": audit AE)
        text = b.doc.text
        heads = sorted(heads + [(text.rfind("\n", 0, m.start()) + 1, int(m.group("year")), True)
                                for m in R.p["review_intro"].finditer(text)]  # (the line the year closes)
                       + [(m.start(), int(m.group("year")), True) for m in R.p["review_inline"].finditer(text)]
                       + [(m.start(), int(m.group("year")), False) for m in R.p["outlook_intro"].finditer(text)])
        st.heads = heads
    k = bisect.bisect_right(heads, (at, 10_000, True)) - 1
    return heads[k][1] if k >= 0 and (heads[k][2] or not review) else None


def _no_years_figure(R: _Rules, text: str, start: int, end: int, name: str, clause_before: str,
                     planned_part: bool = False) -> bool:
    """A figure that is no year's target or value: a project's effect after its completion (建成后，预计年产值…), a
    rank (进入全省10个…园区行列), a yearly capacity without a stated year (计划年生产电动自行车6万辆), a part of a
    year (二季度完成投资…, 上半年…) unless its clause plans it (`planned_part`: 力争三季度…增长10.8%, 一季度预计完成投资35亿元:
    the year's target for that part), a capacity after 年产/可容纳 without a year stated before it."""
    return bool(R.p["completion"].search(text, 0, start) or R.p["rank_after"].match(text, end)
                or R.p["annual_capacity"].match(name) and not _year_of(R, R.p["this_or_last"].sub("", text[:start]), None)
                or R.p["sub_year"].search(clause_before) and not planned_part
                or R.p["capacity_before"].search(text, max(0, start - 8), start) and _year_of(R, text[:start], None) is None)


def _name_of(R: _Rules, text: str, start: int, end: int, item_start: int, clause_start: int, left_rest: str,
             comp_after: re.Match[str] | None, places: _Places, memory: dict[int, str], para: int,
             read: list[str]) -> tuple[str, str | None, bool, bool] | None:
    """(name, rate word, stated, name after the figure) of the indicator a figure is of: the words before it, a list
    it closes, the rate of the indicator just named, the words after it ("重点建设3家绿色园区"), a name read before in
    the sentence, an anaphor (这一比例). None when the figure is of no indicator."""
    d = R.data
    hit = R.p["rate"].search(left_rest)
    rate = hit.group(1) if hit else None
    name = _clean(R, left_rest[:hit.start()] if hit else left_rest)
    have = R.p["have_end"].search(name)  # "珠海共有69个投产项目", "还将有42个新建项目": the words only say there are so
    if have:  # many; the name follows, else it is the words before the verb
        name = name[:have.start()]
    # "…达到500家", "…增长8%", "新增…120家": the words state the figure as a value of the name
    stated = bool(rate) or bool(R.p["tail"].search(left_rest.rstrip())) or name.startswith(tuple(d["flow_words"])) \
        or bool(R.p["stated_lead"].match(left_rest.strip()))  # "实现地区生产总值153.35亿元" (audit Z)
    if rate and name in d["rate_qualifiers"]:
        name = ""  # "…完成3.6亿元，自然口径同比增长26.2%" (audit Z): a qualifier of the rate, no name
    right = False
    after = end + (comp_after.end() if comp_after else 0)
    if R.p["qualifies_noun"].match(text[after:]) and not (
            stated and len(name) >= d["min_name"] and not R.p["counted_class"].match(text, after)):
        return None  # "过50亿元的项目": the figure qualifies a noun (unless a name states it: 打造成为营业收入超500亿元的开发区)
    if R.p["list_end"].search(name) or (not name and R.p["list_end"].search(left_rest)):
        name = _clean(R, places.leading(text[clause_start:start].strip())[1])
    if name in d["measure_tail"] and memory.get(para):  # "新增新能源并网400万千瓦、总量突破1800万千瓦": 新能源并网总量
        before = memory[para]
        flow = next((w for w in d["flow_words"] if before.startswith(w)), "")
        name, stated = before[len(flow):] + name, True
    if rate and not name:  # "…突破2000亿元，年均增速15%": the rate of the indicator just named
        # …that is, of the clause just before when it closes with its own figure ("其中第二产业增加值50.95亿元，增长7.2%",
        # "争取上级转移支付资金较2021年增加1.86亿元，增长15%": audit Z), else of the name the paragraph read last
        closed, name = _figure_item_name(R, text, item_start, places)
        if closed and not name:
            return None  # "…较2021年增加1.86亿元，增长15%": the rate of a figure that names no indicator
        name = name or memory.get(para, "")
        for said in d["rate_words"].values():
            name = name[: -len(said)] if name.endswith(said) else name
    # "重点建设3家绿色园区": the indicator follows the value; also after words that are no name
    # ("全力实施好137个…项目", "市级打造30个…产业链"), after a list the figure counts ("…、水产5个…产业链",
    # "冶金、化工等2个五千亿级产业链")
    place = name if not rate and R.p["place_end"].search(name) else ""  # "临港装备工业园将实现60亿元产值": a place, no name
    no_name = bool(have) or not name or bool(place) or R.p["list_end"].search(left_rest.rstrip()) or (not stated and not rate and (
        len(name) < d["min_name"] or R.p["action_end"].search(name) or item_start > clause_start))
    if no_name:
        rest = text[end + (comp_after.end() if comp_after else 0):]
        right_name = _clean(R, _name_right(R, rest))
        head = R.p["shared_head"].match(rest, len(_name_right(R, rest)))
        if head and not right_name.endswith(head.group(1)):  # "形成2600万吨炼油、210万吨乙烯年产能": 炼油年产能
            right_name += head.group(1)
        if right_name in d["bare_measures"]:  # "临港装备工业园将实现60亿元产值，2020年实现200亿元产值": the park's
            said = place or next((n[:-len(right_name)] for n in reversed(read)
                                  if n.endswith(right_name) and len(n) > len(right_name)), "")
            right_name = said + right_name if said else right_name
        if not (R.p["right_name_not"].search(right_name) or len(right_name) < d["min_name"]):
            name, rate, right = right_name, None, True
        elif name and any(name in n for n in read):  # "…年底将落地30个": the name read before
            name = next(n[n.index(name):] for n in reversed(read) if name in n)
        elif not name and stated and clause_start > 0 and (prior_subject := _clause_subject(R, text, clause_start, places)):
            name = prior_subject  # "…增加值在2020年的基础上翻一番，突破1300亿元": the clause before's subject
        elif not name or len(name) < d["min_name"] or R.p["action_end"].search(name):
            return None
    if name in d["anaphora"]:
        name = memory.get(para, "")
    elif R.p["share_of_previous"].match(name) and memory.get(para):
        name = memory[para] + name  # "…增加值突破7600亿元,占全省工业的比重达90%": the share of that
    elif (share := R.p["share_written"].match(left_rest.strip())) and memory.get(para) \
            and not R.p["not_indicator"].search(share.group("whole")):  # (the name before was read as one already)
        return memory[para] + share.group(0)[:-1] + d["share_word"], rate, stated, right  # "…478亿元，占…的26.8%" (tgt18)
    checked = R.p["class_grade"].sub("", name)  # (投资超10亿元的项目: a class, tgt18)
    if rate:  # "制造业投资增长8%左右": an investment's rate is an area's measure, no project's (tgt19)
        checked = R.p["rate_investment"].sub("", checked)
    if not (d["min_name"] <= len(name) <= d["max_name"]) or not (R.p["han"].search(name) or name in d["acronyms"]) \
            or R.p["not_indicator"].search(checked):
        return None
    return name, rate, stated, right


def _bare_zone(b: GraphBuilder, R: _Rules, places: _Places, name: str, at: int) -> str:
    """The zone a name's opening bare zone word stands for ("示范区规上精细化工企业产值" after "孪井滩生态移民示范区…"):
    the park or zone ending so that the text names last before the figure; "" when none (audit Z)."""
    word = next((z for z in sorted(R.data["generic_zones"], key=len, reverse=True) if name.startswith(z)
                 and len(z) > 2), "")  # (园区 alone is any park)
    if not word:
        return ""
    window = b.doc.text[max(0, at - _ZONE_BACK):at]
    p = window.rfind(word)
    while p > 0:
        zone = R.p["zone_lead"].sub("", strip_lead_words(window[walk_left(window, p):p + len(word)]))
        # "正是孪井滩生态移民示范区": 孪井滩生态移民示范区 (not "云南省工业园区": a place's zones of that kind)
        if len(zone) > len(word) + 1 and R.p["han"].match(zone) and places.leading(zone)[1] not in R.data["generic_zones"]:
            return zone
        p = window.rfind(word, 0, p)
    return ""


def _figure_item_name(R: _Rules, text: str, item_start: int, places: _Places) -> tuple[bool, str]:
    """(closed, name): whether the item or clause just before an item closes with its own figure ("其中第二产业增加值
    50.95亿元，增长7.2%"), and the indicator its words before the figure name, cleaned ("" when none: …较2021年增加
    1.86亿元; a rate closing it leaves the name to the caller)."""
    if item_start <= 0:
        return False, ""
    marks = R.data["clause_end"] + R.data["item_end"]
    prev = text[after_last_mark(text, item_start - 1, marks):item_start - 1]
    last = None
    for m in scan(R.p["value"], prev):
        last = m
    if last is None or not R.p["figure_close"].fullmatch(prev[last.end():]):
        return False, ""
    if last.group(0).endswith(tuple(R.data["change_units"])) or R.p["rate"].search(prev[:last.start()].rstrip()):
        return False, ""  # "增长7%、…": a rate closes it; the caller's name holds
    said = places.leading(R.p["lead"].sub("", prev[:last.start()].strip()))[1]
    if not said.strip():
        return False, ""  # "…分别达到30000元、15000元，增长7%、9%": a bare figure of a list; the caller's name holds
    name = _clean(R, said)
    if not (R.data["min_name"] <= len(name) <= R.data["max_name"]) or not R.p["han"].search(name) \
            or R.p["not_indicator"].search(name):
        return True, ""
    return True, name


def _clause_subject(R: _Rules, text: str, clause_start: int, places: _Places) -> str:
    """The indicator a clause before names as its subject, when a clause states only a verb and a figure ("规上工业增加值
    在2020年的基础上翻一番，突破1300亿元", "工业总产值年均增长10%，达到5000亿元"): the words before its predicate."""
    prev = text[after_last_mark(text, clause_start - 1, R.data["clause_end"]):clause_start - 1]
    m = R.p["clause_subject"].match(places.leading(R.p["lead"].sub("", prev.strip()))[1])
    return _clean(R, m.group("name")) if m else ""


def _respective(R: _Rules, text: str,
                figures: list[tuple[int, int, float, str, str]]) -> dict[int, tuple[str | None, bool]]:
    """"电子信息、汽车零部件、生物医药产业产值分别达到152亿元、108亿元、37亿元": the figures after 分别, joined by 、
    or 和, each paired in order with an item of the list before it. The last item carries the shared head (产业产值,
    from its first head word on: targets.yaml `respective_heads`), which an item without a head word takes too; a
    one-character item (城、乡居民…) takes all of the last item after its first character.
    Returns {figure start: (indicator name or None when items and figures do not pair up, first of the run)}."""
    out: dict[int, tuple[str | None, bool]] = {}
    clause_end = R.data["clause_end"]
    last: tuple[int, list[str | None]] | None = None  # where the last paired run ends, and its names
    for i, (start, _end, _v, _u, _s) in enumerate(figures):
        cue = R.p["respectively"].search(text, 0, start)
        # "城、乡居民人均可支配收入分别为22694元、9527元，增长8.5%、11%": a run of rates right after a paired run pairs
        # with the same items (audit Y)
        rates = last is not None and bool(R.p["rate_run"].fullmatch(text, last[0], start))
        if start in out or not rates and (cue is None or text[cue.end():start].strip()):
            continue
        run = [start]
        for prev, nxt in zip(figures[i:], figures[i + 1:]):
            if not R.p["respective_joiner"].fullmatch(text, prev[1], nxt[0]):
                break
            run.append(nxt[0])
        if len(run) < 2:
            # "城镇、农村常住居民人均可支配收入分别达到30400元、1760 0元" (audit AE): items listed before 分别 but one figure
            # read after it: which item's it is cannot be told safely
            said = text[after_last_mark(text, cue.start(), clause_end):cue.start()] if cue is not None and not rates else ""
            if len([w for w in R.p["respective_split"].split(said) if w.strip()]) >= 2:
                out[start] = (None, True)
            continue
        names: list[str | None] = [None] * len(run)
        if rates and last is not None:
            names = last[1] if len(last[1]) == len(run) else names
        else:
            clause_start = after_last_mark(text, cue.start(), clause_end)
            said, own = text[clause_start:cue.start()], False
            if not said.strip() and clause_start > 0:
                # "总产值258.3亿元、…、一般公共预算收入7.3亿元，分别同比增长14.5%、…": the items, each with its own figure,
                # are the clause before (audit Y)
                said = R.p["value"].sub("", text[after_last_mark(text, clause_start - 1, clause_end):clause_start - 1])
                own = True  # each item is named whole, beside its figure: no head is shared
            items = [_clean(R, w) for w in R.p["respective_split"].split(said)]
            pair = next((p for p in R.data["respective_pairs"] if len(items) == 1 and items[0].startswith(p)), "")
            if pair and len(run) == len(R.data["respective_pairs"][pair]):
                # "城乡居民人均可支配收入分别达到44607元、16996元" (audit Z): 城乡 is 城镇 and 农村, in that order
                items = [w + items[0][len(pair):] for w in R.data["respective_pairs"][pair]]
            head = R.p["respective_head"].search(items[-1]) if items else None
            if own and len(items) == len(run) and all(len(w) >= R.data["min_name"] for w in items):
                names = list(items)
            elif len(items) == len(run) and head and all(items):
                shared = items[-1][head.start():]
                # "城镇和农村居民人均可支配收入分别达…" (audit AE): a qualifier standing for its parallel one at the last item's
                # head shares all that follows that one (居民人均可支配收入), not the head word alone
                twin = next((q for q in R.data["parallel_qualifiers"] if items[-1].startswith(q)
                             and len(items[-1]) > len(q)), "")
                shared = items[-1][len(twin):] if twin and all(w in R.data["parallel_qualifiers"] for w in items[:-1]) \
                    else shared
                # a one-character item shares all of the last item but its first character (城、乡居民…: 城居民…)
                names = [w + items[-1][1:] if len(w) == 1 and R.p["han"].match(w) and len(items[-1]) > 1
                         else w if R.p["respective_head"].search(w) else w + shared for w in items]
        out.update({at: (n, k == 0) for k, (at, n) in enumerate(zip(run, names))})
        last = (figures[i + len(run) - 1][1], names)
    return out


def _batch_money(R: _Rules, text: str, item_start: int, left: str,
                 previous_batch: str | None = None) -> tuple[str, bool, str] | None:
    """(indicator, planned, as written) when the words before a sum are an investment word (总投资, 年度投资, 今年计划完成投资)
    of a batch of projects: counted in the items before it (…项目N个, N个…项目), named before the word
    (当天开工的项目总投资…) or one project named (…为X项目、总投资…); other investment items between are skipped.
    The sum after a breakdown (其中A项目N个，B项目M个，总投资X) is the whole's. None for any other sum.
    Planned: the word holds a plan (年度投资, 计划完成投资) or the batch's name does (计划开工…项目, 确定…项目).
    A plan dated by its year (2012年计划投资, 今年计划完成投资) is the year's planned investment, 年度计划投资 (the
    wording as written is kept beside it). A sentence opening with its sums (项目总投资…，年度计划投资…) speaks of the
    batch counted in the sentence before it, `previous_batch` (_previous_batch)."""
    word = R.p["batch_money"].search(left.strip())
    if word is None:
        return None
    said = word.group("word")
    dated = said in R.data["dated_plan_words"] and bool(R.p["dated_plan"].search(left.strip(), 0, word.start()))
    invest = R.data["annual_plan_word"] if dated else said
    subject, run = _project_words(R, left.strip()[:word.start()]), 0
    # (a 、 between two verbs of a batch, 此次集中签约、开工项目共73个, joins no items: one batch signed and started; audit Y)
    items = [R.p["money_qualifier"].sub("", i) for i in R.p["item_split"].split(
        R.p["verb_pair"].sub(r"\1", text[:item_start])) if i.strip()] \
        if subject is None else []
    for k in range(len(items) - 1, -1, -1):
        if R.p["comparison"].match(items[k].strip()):
            continue  # "…项目254个，比2020年增加42个，计划总投资…": a comparison between the batch and its money
        words = _strip_figure(R, items[k])
        money = R.p["batch_money"].search(words)
        if money and run:
            break  # "续建项目55个、总投资100.17亿元，新开工项目54个、总投资59.22亿元": an earlier sum is the batch before's
        if money:  # "…项目、总投资103亿元、年度投资40亿元": the items before share the project
            subject = _project_words(R, words[:money.start()]) or _priced_project(R, items[k])
            if subject is None:
                continue
            break
        named_end = items[k].endswith(tuple(R.data["project_endings"]))
        m = None if named_end else R.p["batch_counted"].search(items[k])
        bare = R.p["bare_counted"].search(items[k]) if named_end else None  # "淄川集中开工22个项目": 集中开工项目
        # "继续实施100个重点项目": the count before the batch's own name (a bare 项目 is named by the words before it)
        own = R.p["counted_name"].search(items[k]) if named_end and bare is None else None
        if own and not run:
            subject, run = own.group("name"), 1
            break
        if bare is None and named_end and not run:  # "集中开工了A、B等9个项目": 集中开工项目
            subject = _listed_batch(R, text[:item_start], items[k])
            if subject:
                run = 1
                break
        if m is None and bare is None:
            if not run:
                named = R.p["batch_named"].search(items[k])
                # (有A、B、C等县级重点项目，年度投资…: the batch is the kind after the example, audit AF)
                subject = _priced_project(R, items[k]) or (R.p["example_lead"].sub("", named.group(1)) if named else None)
            break
        if run and R.p["breakdown_intro"].search(items[k]):
            break  # "这34个重大项目包括：工业项目15个，总投资…": the sum after a part is the part's
        # ("共有15个项目": the words only say there are so many; "香菇产业园等农业类项目19个": the kind after the example)
        subject = R.p["have_end"].sub("", bare.group("words")) + bare.group("end") if bare \
            else R.p["example_lead"].sub("", m.group("a") or m.group("b"))
        run += 1
        if R.p["breakdown"].match(items[k]) and run > 1 and k > 0:
            subject = _counted(R, items[k - 1]) or subject
            break
    else:  # only sums before it: "…集中开工的重大项目共4个，分别是…。项目总投资8.3亿元，年度计划完成投资2.8亿元"
        if subject is None and previous_batch:
            subject, run = previous_batch, 1
    if not subject or not run and not R.p["annual_money"].search(invest):
        return None  # one project's total or planned investment is its own fact (project_facts.py)
    lead = R.p["batch_lead"].match(subject)  # "确定重点项目337项，总投资1156亿元": planned by a lead word dropped from its name
    planned_lead = bool(lead and R.p["batch_plan"].search(lead.group(0)))
    written = R.p["batch_lead"].sub("", subject)  # as written, with its 的 (新引进尚未开工的项目年度计划投资)
    subject = R.p["of_word"].sub("", written)
    plan = bool(R.p["plan_money"].search(invest) or R.p["batch_plan"].search(subject) or planned_lead)
    return subject + invest, plan, written + said


def _batch_before(R: _Rules, text: str, para_before: str) -> bool:
    """A bare 项目 opening the sentence after one that counts a batch speaks of that batch ("…重大项目共4个，分别是…。
    项目总投资8.3亿元，年度计划完成投资2.8亿元"), not of one project."""
    return bool(R.p["bare_project"].match(text.lstrip())) and _previous_batch(R, para_before) is not None


def _previous_batch(R: _Rules, para_before: str) -> str | None:
    """The batch the paragraph's sentence before this one counts (…集中开工的重大项目共4个), None when it counts none or
    this sentence opens its paragraph."""
    last = next((s for s in reversed(R.p["sentence_split"].split(para_before)) if s.strip()), "")
    return _counted(R, R.p["money_qualifier"].sub("", last)) if last else None


def _counted(R: _Rules, text: str) -> str | None:
    """The name of the batch a text counts (…项目N个, N个…项目: batch_counted), None when it counts none."""
    m = search(R.p["batch_counted"], text)
    return (m.group("a") or m.group("b")) if m else None


def _listed_batch(R: _Rules, before: str, item: str) -> str | None:
    """A listed batch's name (集中开工了A、B等9个项目 -> 集中开工项目): the verb opening the clause whose list the
    item closes, and the list's ending; None when the item closes no counted list or no such verb opens it."""
    end = R.p["listed_count"].search(item)
    if end is None:
        return None
    clause = next((c for c in reversed(R.p["item_clause"].split(before))
                   if R.p["money_qualifier"].sub("", c).endswith(item)), "")
    verb = R.p["listed_verb"].search(clause)
    return verb.group(0) + end.group("end") if verb else None


def _project_words(R: _Rules, words: str) -> str | None:
    """What the words before an investment word say: a project or batch ("当天开工的项目"), nothing said (None for
    "", "2010年", "项目": look before), or "" for anything else."""
    words = R.p["batch_lead"].sub("", words.strip("，、,；; "))
    if words in R.data["project_endings"] or not words:
        return None
    return words if words.endswith(tuple(R.data["project_endings"])) else ""


def _priced_project(R: _Rules, item: str) -> str | None:
    """The project an item prices before naming it ("总投资3亿元的广汇产业园项目"), else None."""
    m = R.p["value"].search(item)
    name = item[m.end():] if m else ""
    of = R.p["of_word"].match(name)
    name = name[of.end():] if of else ""
    return name if len(name) > 2 and name.endswith(tuple(R.data["project_endings"])) else None


def _strip_figure(R: _Rules, item: str) -> str:
    """An item's words before its figure: "总投资103亿元" -> "总投资"."""
    m = R.p["value"].search(item)
    return item[:m.start()] if m else item


_GAP = 8  # at most this many characters (line breaks, spaces) between a paragraph and the one it continues


def _carry(b: GraphBuilder, st: TargetState, R: _Rules, sent: Sentence, doc_year: int | None,
           has_figures: bool) -> int | None:
    """The target year a sentence inherits: "主要目标为到2025年，…" sets it for the paragraphs that follow it
    directly, each opening with a list mark or a figure ("——优质主体不断壮大。累计培育…300家", "新材料产业累计完成
    投资500亿元，…"); a paragraph that does not ends it."""
    state = st.carry
    carried = state[0] if state and sent.para_start - state[1] <= _GAP and not b.doc.text[state[1]:sent.para_start].strip() and (
        sent.para_start <= state[1] or R.p["carry_opening"].match(b.doc.text, sent.para_start)) else None
    own = [m for m in R.p["to_year"].finditer(sent.text)]
    year = _year_of(R, own[-1].group(0), doc_year) if own else None
    if year is not None:
        st.carry = (year, sent.end)
    elif carried is not None and has_figures:
        st.carry = (carried, sent.end)
    return carried


def _write(b: GraphBuilder, sent: Sentence, name: str, scope: str, home: str, value: float, unit: str, year: int,
           target: bool, comparator: str, surface: str, rate: bool, rule: str, written: str = "", dated: str = "") -> None:
    """One figure: its indicator node (named by `name`; `written` the text's own wording when the name is
    another: 续建项目计划投资 of 续建项目年度计划投资) and the SETS_TARGET or REPORTS edge, under `rule` (prose_target,
    or prose_target_<how> when the year is not in the figure's own words: carried, heading, this_year…)."""
    base = b.resolver.indicator(name)
    if base is None:
        return
    if not scope and not home:  # a text naming no place: an indicator of its own, apart from the home city's
        r = Resolved(Label.INDICATOR, base.name + rules().data["unknown_scope"], base.resolution, None)
    elif scope in ("", home) or _opens_with(b, base.name, scope):
        r = base
    else:
        r = Resolved(Label.INDICATOR, f"{scope}{base.name}", base.resolution, None)
    iid = b.node(r, name, sent, RULE, {"unit": unit, "scope": scope or home, "measure": "rate" if rate else "level"})
    aliases = b.nodes[iid].aliases
    for w in (written, dated):
        if w and w != name and w not in aliases:
            aliases.append(w)
    if target:
        b.edge(RelType.SETS_TARGET, b.policy_id, iid, sent, rule, surface, r.resolution, key=str(year),
               props={"year": year, "value": value, "unit": unit, "comparator": comparator, "scope": scope or home})
    else:
        period = period_for(b.doc, year)
        b.edge(RelType.REPORTS, b.policy_id, iid, sent, rule, surface, r.resolution, key=period,
               props={"period": period, "year": year, "value": value, "unit": unit, "scope": scope or home})


def _opens_with(b: GraphBuilder, name: str, scope: str) -> bool:
    """Whether an indicator's name already opens with its scope, in full or short (临夏县|谋划实施…, 文山州|绿色铝产值 of
    文山壮族苗族自治州): the scope is not written before it again. A short form followed by another division's ending
    names that division (临夏州… under 临夏县), not the scope."""
    if name.startswith(scope):
        return True
    return any(name.startswith(s) and (name[len(s):len(s) + 1] not in DIVISION_ENDINGS or name[len(s):len(s) + 1] == scope[-1])
               for u in b.resolver.gaz.full.get(scope, ()) for s in u.shorts if len(s) >= 2)


def fill_scopes(b: GraphBuilder, st: TargetState) -> None:
    """Give every target and reported value without a scope (the table and lexicon rules
    write none) the place its sentence opens with, else the document's; drop a headline's
    target the body restates (drop_restated_headlines)."""
    drop_restated_headlines(b)
    places = st.places or _Places(b)
    for e in b.edges.values():
        if e.type in (RelType.SETS_TARGET, RelType.REPORTS) and not e.props.get("scope"):
            sent = e.evidence[0].sentence if e.evidence else ""
            e.props["scope"] = places.leading(sent)[0] or places.doc_scope


_HEADLINE_MAX = 60  # a headline is a line of one sentence at most this long


def drop_restated_headlines(b: GraphBuilder) -> None:
    """A headline's target that the body restates (same value and unit) is read from the body only, which
    names it in full: "（原标题：云南：到2025年培育打造10个千亿园区）" beside "…培育打造10个主营业务收入增量超千亿元的
    重点园区"."""
    def headline(e: EdgeRecord) -> bool:
        ev = e.evidence[0]
        line_start = b.doc.text.rfind("\n", 0, ev.start) + 1
        line_end = b.doc.text.find("\n", ev.end)
        line = b.doc.text[line_start:line_end if line_end >= 0 else len(b.doc.text)]
        return len(line.strip()) <= _HEADLINE_MAX and line.strip() == ev.sentence.strip() \
            and not R.p["sentence_end"].search(line.strip())  # a headline ends without a full stop

    def fact(e: EdgeRecord) -> tuple[object, ...]:
        return e.props.get("value"), e.props.get("unit")  # a headline rarely states the year (it got the date's)

    R = rules()
    targets = {k: e for k, e in b.edges.items() if e.type == RelType.SETS_TARGET and e.evidence}
    heads = {k for k, e in targets.items()
             if (e.evidence[0].rule.startswith(RULE) or e.evidence[0].rule == LEXICON_RULE) and headline(e)}
    body = {fact(e) for k, e in targets.items() if k not in heads}
    for k in heads:
        if fact(targets[k]) in body:
            node = b.drop_edge(k).target
            if not any(e.target == node or e.source == node for e in b.edges.values()):
                b.nodes.pop(node, None)
