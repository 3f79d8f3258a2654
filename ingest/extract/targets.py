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
before the figure, else the place in the document's title or issuer, else the home
city (data/lexicon/regions.yaml); one indicator node per (scope, name): the home
city's keep the plain name, another place's carry it in front (东莞市规模以上工业增加值).
Figures the older lexicon rule (indicators.py) already read are left to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from graph.model import Label, RelType
from ingest.errors import LexiconError
from ingest.extract.builder import GraphBuilder
from ingest.extract.context import document_year, period_for
from ingest.resolve import Resolved
from ingest.rules import rule_data
from ingest.structure import Sentence

RULE = "prose_target"
_KEYS = ("money_units", "money_magnitudes", "units", "magnitudes", "chinese_values", "plan_periods", "plan_period_end", "this_year",
         "last_year", "target_cues", "weak_target_cues", "right_name_not", "reported_cues", "comparator_after", "comparator_before", "lead_words",
         "verb_tail", "rate_words", "anaphora", "this_year_kinds", "plan_sections", "flow_words", "not_indicator", "max_name", "min_name")


def _alt(words: Any) -> str:
    return "|".join(sorted((str(w) for w in words), key=len, reverse=True))


@dataclass(frozen=True)
class _Rules:
    data: dict[str, Any]
    value: re.Pattern[str]
    chinese: re.Pattern[str]
    lead: re.Pattern[str]
    tail: re.Pattern[str]
    year: re.Pattern[str]
    target_cue: re.Pattern[str]
    weak_cue: re.Pattern[str]
    reported_cue: re.Pattern[str]
    after: re.Pattern[str]
    before: re.Pattern[str]
    not_indicator: re.Pattern[str]
    rate: re.Pattern[str]


@lru_cache(maxsize=1)
def rules() -> _Rules:
    d = rule_data("targets")
    missing = [k for k in _KEYS if k not in d]
    if missing:
        raise LexiconError(f"data/rules/targets.yaml: missing {', '.join(missing)}")
    periods = _alt(d["plan_periods"])
    year = (rf"(?P<range>(?:19|20)\d\d)\s*[-—–~至到]\s*(?P<end>(?:19|20)\d\d)年"
            rf"|(?P<plain>(?:19|20)\d\d)年(?!\d{{1,2}}月)"
            rf"|(?P<period>{periods})\W?{d['plan_period_end']}"
            rf"|(?P<this>{_alt(d['this_year'])})|(?P<last>{_alt(d['last_year'])})")
    return _Rules(
        data=d,
        value=re.compile(rf"(?<![\d.\-—–~])(?P<num>\d+(?:\.\d+)?)\s?(?:(?P<money>{_alt(d['money_units'])})"
                         rf"|(?P<mmag>{_alt(d['money_magnitudes'])})(?P<money2>{_alt(d['money_units'])})"
                         rf"|(?P<mag>{_alt(d['magnitudes'])})?(?P<unit>{_alt(d['units'])}))(?![\d\-—–~])"),
        chinese=re.compile(rf"(?<![\d.])(?P<cn>{_alt(d['chinese_values'])})(?!级)"),
        lead=re.compile(rf"^(?:{_alt(d['lead_words'])}|[“”\"\s\-•·*])+"),
        tail=re.compile(rf"(?:{_alt(d['verb_tail'])})+$"),
        year=re.compile(year),
        target_cue=re.compile(rf"{_alt(d['target_cues'])}|到(?:19|20)\d\d年"),
        weak_cue=re.compile(_alt(d["weak_target_cues"])),
        reported_cue=re.compile(_alt(d["reported_cues"])),
        after=re.compile(rf"^(?:{_alt(d['comparator_after'])})"),
        before=re.compile(rf"(?:{_alt(d['comparator_before'])})$"),
        not_indicator=re.compile(_alt(d["not_indicator"])),
        rate=re.compile(rf"({_alt(d['rate_words'])})(?:达到|为|了)?$"),
    )


_CLAUSE_END = "，。；：,;:！？!?（）()"
_ITEM_END = _CLAUSE_END + "、"


def _year_of(R: _Rules, text: str, doc_year: int | None) -> int | None:
    """The last year named in a text (None when it names none)."""
    found: int | None = None
    for m in R.year.finditer(text):
        if m.group("end"):
            found = int(m.group("end"))
        elif m.group("plain"):
            found = int(m.group("plain"))
        elif m.group("period"):
            found = int(R.data["plan_periods"][m.group("period")])
        elif m.group("this") and doc_year:
            found = doc_year
        elif m.group("last") and doc_year:
            found = doc_year - 1
    return found


class _Places:
    """The scope words of one document: its counties and cities, and its own place."""

    def __init__(self, b: GraphBuilder) -> None:
        self.b = b
        regions = b.resolver.lex.regions
        cities = [r for r in regions if r.endswith("市")]
        self.home = cities[0] if cities else ""
        self.region_re = re.compile("^(?:%s)" % _alt(regions)) if regions else None
        self.doc_scope = self.find(b.doc.title) or self.find(b.doc.issuer) or self.home

    def canonical(self, surface: str) -> str:
        regions = self.b.resolver.lex.regions
        return surface + "市" if surface + "市" in regions else surface

    def find(self, text: str, last: bool = False) -> str:
        """The first (or last) place a text names: a county of the lexicon or a region (聊城市)."""
        hits = [(pos, r.name) for pos, _, r in self.b.resolver.counties_in(text or "")
                if r.entry is None or r.entry.kind != "zone" or pos == 0]
        if self.region_re is not None:
            for m in re.finditer(self.region_re.pattern[1:], text or ""):
                hits.append((m.start(), self.canonical(m.group(0))))
        return (max(hits) if last else min(hits))[1] if hits else ""

    def leading(self, text: str) -> tuple[str, str]:
        """(scope, rest) when a text opens with a place: "聊城市要重点建设" -> ("聊城市", "要重点建设")."""
        for pos, surface, r in self.b.resolver.counties_in(text):
            if pos == 0:
                return r.name, text[len(surface):]
            break
        if self.region_re is not None:
            m = self.region_re.match(text)
            if m:
                return self.canonical(m.group(0)), text[m.end():]
        return "", text


def _name_right(text: str) -> str:
    """The indicator that follows a value: up to the next item or clause end."""
    m = re.match(r"^([^%s和等]{2,40})" % re.escape(_ITEM_END), text)
    return m.group(1) if m else ""


def _clean(R: _Rules, name: str) -> str:
    name = re.sub(r"[由从]\d.*$", "", name)
    prev = None
    while prev != name:
        prev = name
        name = R.lead.sub("", name).strip()
        name = R.tail.sub("", name).strip()
    return name.strip("“”\"' ")


def rule_prose_targets(b: GraphBuilder, sent: Sentence, memory: dict[int, str]) -> None:
    """Every figure with a year in a prose sentence: a target or a reported value.
    `memory` holds the last indicator named per paragraph (for 这一比例)."""
    R = rules()
    d = R.data
    text = sent.text
    doc_year = document_year(b.doc)
    places = getattr(b, "_target_places", None)
    if places is None:
        places = _Places(b)
        b._target_places = places  # type: ignore[attr-defined]
    taken = b.figures.get(sent.start, set())
    para_before = b.doc.text[sent.para_start:sent.start]
    plan_part = any(w in part for part in sent.path for w in d["plan_sections"])
    matches = []
    for m in R.value.finditer(text):
        mag = m.group("mag") or m.group("mmag")
        factor = float(d["magnitudes"].get(mag) or d["money_magnitudes"].get(mag)) if mag else 1.0
        unit = m.group("money") or m.group("money2") or m.group("unit")
        matches.append((m.start(), m.end(), float(m.group("num")) * factor, unit, m.group(0)))
    for m in R.chinese.finditer(text):  # 千亿元
        v, u = d["chinese_values"][m.group("cn")]
        if not re.match(r"[\u4e00-\u9fff]", text[m.end():m.end() + 1].replace("元", "")):
            matches.append((m.start(), m.end() + (text[m.end():m.end() + 1] == "元"), float(v), u, m.group(0)))
    if not matches:
        return
    for start, end, value, unit, surface in sorted(matches):
        if unit == "个百分点":
            continue  # a change, not a level
        if text[end:end + 1] in ("-", "—", "–", "~", "至") or re.search(r"[-—–~至]$", text[:start]):
            continue  # a range (5-10个) is not one figure
        item_start = max(text.rfind(c, 0, start) for c in _ITEM_END) + 1
        clause_start = max(text.rfind(c, 0, start) for c in _CLAUSE_END) + 1
        left = text[item_start:start]
        if re.search(r"[由从的]$", left):
            continue  # "由5100亿元提高到5500亿元": the base of a change; "年度计划的131.4%": a ratio
        scope, left_rest = places.leading(left.strip())
        hit = R.rate.search(left_rest)
        rate = hit.group(1) if hit else None
        name = _clean(R, left_rest[:hit.start()] if hit else left_rest)
        # "…达到500家", "…增长8%", "新增…120家": the words state the figure as a value of the name
        stated = bool(rate) or bool(R.tail.search(left_rest.rstrip())) or name.startswith(tuple(d["flow_words"]))
        right = False
        after = text[end:end + 4]
        comp_after = R.after.match(after)
        if re.match(r"\s?的(?!目标)", text[end + (comp_after.end() if comp_after else 0):]):
            continue  # "过50亿元的项目": the figure qualifies a noun
        if name.endswith("等") or (not name and left_rest.endswith("等")):
            name = _clean(R, places.leading(text[clause_start:start].strip())[1])
        if not name:  # "重点建设3家绿色园区": the indicator follows the value
            rest = text[end + (comp_after.end() if comp_after else 0):]
            name = _clean(R, _name_right(rest))
            rate, right = None, True
            if name.startswith(tuple(d["right_name_not"])) or "的" in name or len(name) < 3 or name.endswith("级"):
                continue
        if name in d["anaphora"]:
            name = memory.get(sent.para_start, "")
        if not (d["min_name"] <= len(name) <= d["max_name"]) or not re.search(r"[\u4e00-\u9fff]", name) \
                or R.not_indicator.search(name) or name.startswith(("占", "比", "同比")) \
                or re.search(r"\d+(?:\.\d+)?\s?[家个项所条种万亿]", name):
            continue
        if rate:
            name += d["rate_words"][rate]
        memory[sent.para_start] = name
        if surface in taken:
            continue
        before = text[:start]
        # the words around the figure, without the indicator's own name ("招商目标企业")
        at = text.rfind(name, 0, start) if name in before else start
        words = before[:at] + before[at + len(name):] if at >= 0 else before
        clause_before = text[clause_start:start]
        clause_words = words[clause_start:] if len(words) > clause_start else ""
        cue = bool(R.target_cue.search(words)) or bool(R.weak_cue.search(clause_words)) or plan_part
        year = _year_of(R, before, doc_year) or _year_of(R, text[end:end + 8] if text[end:end + 1] in "(（" else "",
                                                          doc_year) or _year_of(R, para_before, doc_year)
        if year is None and cue and doc_year is not None and b.doc.kind in d["this_year_kinds"]:
            year = doc_year  # news speaks of "this year" without naming it: 力争新增城镇就业4万人
        if year is None:
            continue
        reported = bool(R.reported_cue.search(clause_before)) or (doc_year is not None and year < doc_year)
        target = not reported and (cue or (doc_year is not None and year > doc_year))
        if not target and (right or not stated):
            continue  # a past figure is a reported value only when stated as one: "…增长1.5%", "…达到97家"
        comparator = d["comparator_after"][comp_after.group(0)] if comp_after else ""
        cb = R.before.search(left.rstrip("达到为"))
        comparator = comparator or (d["comparator_before"][cb.group(0)] if cb else ">=" if target else "")
        scope = scope or places.find(clause_before, last=True) or places.doc_scope
        _write(b, sent, name, scope, places.home, value, unit, year, target, comparator, surface, bool(rate))


def _write(b: GraphBuilder, sent: Sentence, name: str, scope: str, home: str, value: float, unit: str, year: int,
           target: bool, comparator: str, surface: str, rate: bool) -> None:
    base = b.resolver.indicator(name)
    if base is None:
        return
    r = base if scope in ("", home) else Resolved(Label.INDICATOR, f"{scope}{base.name}", base.resolution, None)
    iid = b.node(r, name, sent, RULE, {"unit": unit, "scope": scope or home, "measure": "rate" if rate else "level"})
    if target:
        b.edge(RelType.SETS_TARGET, b.policy_id, iid, sent, RULE, surface, r.resolution, key=str(year),
               props={"year": year, "value": value, "unit": unit, "comparator": comparator, "scope": scope or home})
    else:
        period = period_for(b.doc, year)
        b.edge(RelType.REPORTS, b.policy_id, iid, sent, RULE, surface, r.resolution, key=period,
               props={"period": period, "year": year, "value": value, "unit": unit, "scope": scope or home})


def fill_scopes(b: GraphBuilder) -> None:
    """Give every target and reported value without a scope (the table and lexicon rules
    write none) the place its sentence opens with, else the document's."""
    places = getattr(b, "_target_places", None) or _Places(b)
    for e in b.edges.values():
        if e.type in (RelType.SETS_TARGET, RelType.REPORTS) and not e.props.get("scope"):
            sent = e.evidence[0].sentence if e.evidence else ""
            e.props["scope"] = places.leading(sent)[0] or places.doc_scope
