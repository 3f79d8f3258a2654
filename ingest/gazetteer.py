"""China's administrative divisions (data/places/), loaded once: names, short forms, renames,
and which unit an ambiguous short form means in one document.

A short form (临清, 朝阳) is read only where the document supports one of its units: the unit,
its prefecture or its province is named in full somewhere in the text, or is one of the lexicon's
home regions; or its prefecture is named by its short form and it is written twice (loc19). Among
several supported candidates the one with the most support up its hierarchy wins (JioNLP's
location_recognizer idea); a tie reads nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import yaml

from ingest.errors import LexiconError
from ingest.rules import literal_alternation

PLACES_DIR = Path(__file__).resolve().parent.parent / "data" / "places"
def _levels() -> dict:
    path = PLACES_DIR / "levels.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return {"endings": "".join(map(str, data["endings"])), "kinds": tuple((str(e), str(k)) for e, k in data["kinds"]),
                "short_with_ending": "".join(map(str, data["short_with_ending"])),
                "autonomous_endings": tuple(map(str, data["autonomous_endings"])),
                "banner_ending": str(data["banner_ending"]), "banner_wings": "".join(map(str, data["banner_wings"])),
                "banner_wings_dropped": "".join(map(str, data["banner_wings_dropped"])),
                "short_woken_by_city_short_min": int(data["short_woken_by_city_short_min"])}
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as e:
        raise LexiconError(f"{path}: {e}") from None


_LEVELS = _levels()
_ENDING_RE = re.compile(f"[{_LEVELS['endings']}]")
# the endings of division names (省, 市, 县, 州…): after a place's short form, one names that division (临夏州, 临夏县)
DIVISION_ENDINGS = frozenset(_LEVELS["endings"])
_KINDS: tuple[tuple[str, str], ...] = _LEVELS["kinds"]
_UPPERS_KEPT = 20000  # texts whose upper_units_in answers are kept (emptied when full)


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str           # province | prefecture | county
    parent: str          # code of the unit above, "" for a province
    shorts: tuple[str, ...]
    renamed_from: tuple[str, ...]
    canonical: str

    @property
    def kind(self) -> str:
        """district | county | city | zone, as data/lexicon/counties.yaml spells it."""
        return next((k for end, k in _KINDS if self.name.endswith(end)), "county")


class Gazetteer:
    def __init__(self, units: list[Division], not_full: set[str], not_short: set[str], not_after: str,
                 landforms: tuple[str, ...] = (), words_before: tuple[str, ...] = (),
                 short_landforms: tuple[str, ...] = (), two_char_after: tuple[str, ...] = ()) -> None:
        self.units = {u.code: u for u in units}
        # what a two-character name may follow besides its parent (2021年|献县): patterns, read at the name's start
        self.two_char_after = re.compile("(?:%s)$" % "|".join(two_char_after)) if two_char_after else None
        self.short_landforms = short_landforms  # a short form right before one of these opens a mountain's name (太白|山)
        self.words_before = words_before  # a name whose first character closes one of these is inside it (新增|城区)
        self.landforms = landforms  # a name right before one of these is part of a landform's (江汉|平原) or a brand's
        self.not_short_upper = not_short
        self.full: dict[str, list[Division]] = {}
        self.short: dict[str, list[Division]] = {}
        for u in units:
            for n in (u.name, *u.renamed_from):
                if n not in not_full:
                    self.full.setdefault(n, []).append(u)
            for s in u.shorts:
                if s not in not_short and s not in self.full:
                    self.short.setdefault(s, []).append(u)
        for u in units:  # 化隆县 and 镇宁自治县 for 化隆回族自治县, 镇宁布依族苗族自治县: full names, unless another unit's is spelt so
            ending = next((e for e in _LEVELS["autonomous_endings"] if u.name.endswith(e)), None)
            if u.level == "county" and ending is not None:
                for s in u.shorts:
                    for form in (s + u.name[-1], s + ending):
                        if form not in self.full and form not in not_full:
                            self.full[form] = [u]
        self.banner_forms: set[str] = set()  # 土右旗 for 土默特右旗, 科右中旗 for 科尔沁右翼中旗: the names zones keep
        for form, us in _banner_forms(units).items():
            if len(us) == 1 and form not in self.full and form not in not_full:
                self.full[form] = us
                self.banner_forms.add(form)
        self.not_after = not_after
        # text -> upper_units_in(text): the rules ask of one sentence or name again and again (two asks in three repeat)
        self._uppers_of: dict[str, tuple[tuple[int, str, Division], ...]] = {}
        self.max_len = max(map(len, self.full))
        # the full names ending in a level's character, spelt backwards: matched in a text read backwards from such a
        # character, the longest name ending there (full_names_in; one regex call instead of a lookup per length)
        self._full_backwards = re.compile(literal_alternation(n[::-1] for n in self.full if _ENDING_RE.match(n[-1])))
        # the lengths of the full names opening with each two characters (Resolver.county_prefix)
        self.prefix_lengths: dict[str, set[int]] = {}
        for n in self.full:
            self.prefix_lengths.setdefault(n[:2], set()).add(len(n))
        # the county-level short forms under each unit (itself, its prefecture): support looks them up
        self._shorts_under: dict[str, list[str]] = {}
        for s, us in self.short.items():
            for u in us:
                if u.level == "county":
                    for x in (u, *self.ancestors(u)):
                        if x.level != "province":
                            self._shorts_under.setdefault(x.code, []).append(s)

    def upper_units_in(self, text: str) -> tuple[tuple[int, str, Division], ...]:
        """(start, surface, unit) of every province or prefecture named in a text, in full or by an
        unambiguous short form (湖南, 株洲, 黔西南州 = 黔西南 + its ending): what a report may be about."""
        found = self._uppers_of.get(text)
        if found is None:
            if not hasattr(self, "_upper_re"):
                self._upper_names()
            if len(self._uppers_of) >= _UPPERS_KEPT:
                self._uppers_of.clear()
            found = self._uppers_of[text] = tuple(
                (m.start(), m.group(0), self._upper[m.group(0)]) for m in self._upper_re.finditer(text)
                if not self._inside_word(text, m.start()))  # not 合肥 in 复合|肥 (audit T)
        return found

    def _upper_names(self) -> None:
        """Build, once, the provinces' and prefectures' names and unambiguous short forms (`_upper`) and their regex."""
        names: dict[str, Division] = {}
        for u in self.units.values():
            if u.level == "county":
                continue
            forms = [u.name, *u.shorts, *(s + u.name[-1] for s in u.shorts if u.name[-1] in _LEVELS["short_with_ending"])]
            for n in forms:
                if len(n) >= 2 and n not in self.not_short_upper:
                    names[n] = u if n not in names or names[n] is u else None  # type: ignore[assignment]
        self._upper = {n: u for n, u in names.items() if u is not None}
        self._upper_re = re.compile(literal_alternation(self._upper))

    def _inside_word(self, text: str, start: int) -> bool:
        """A name whose first character closes one of the words before (新增|城区, 复合|肥) is inside that word."""
        return any(text.startswith(w, start + 1 - len(w)) for w in self.words_before if start + 1 >= len(w))

    def upper_prefix(self, text: str) -> int:
        """The length of the provinces and prefectures a text opens with, one after another (四川眉山|仁寿县: 4)."""
        end = 0
        for start, surface, _u in self.upper_units_in(text):
            if start != end:
                break
            end += len(surface)
        return end

    def upper_unit(self, name: str) -> Division | None:
        """The province or prefecture a name or unambiguous short form means (株洲 -> 株洲市)."""
        if not hasattr(self, "_upper_re"):
            self._upper_names()
        return self._upper.get(name)

    def ancestors(self, u: Division) -> list[Division]:
        out = []
        while u.parent and u.parent in self.units:
            u = self.units[u.parent]
            out.append(u)
        return out

    def full_names_in(self, text: str) -> list[tuple[int, int, list[Division]]]:
        """(start, end, units) of every full or former name, longest first at each end."""
        out: list[tuple[int, int, list[Division]]] = []
        last_end = -1
        backwards, n = text[::-1], len(text)
        for m in _ENDING_RE.finditer(text):
            end = m.end()
            name = self._full_backwards.match(backwards, n - end)  # the longest full name ending at `end`
            if name is None:
                continue
            start = n - name.end()
            # a name closing the text has no next character: "" would be `in` any string (莘县 ending a title)
            if start < last_end or (end < n and text[end] in self.not_after) or self._inside_word(text, start):
                continue
            units = self.full[text[start:end]]
            if end - start == 2 and not self._bounded(text, start, units):
                continue
            out.append((start, end, units))
            last_end = end
        return out

    def _bounded(self, text: str, start: int, units: list[Division]) -> bool:
        """A two-character name (莘县) stands at a clause start or after its own parent's name."""
        if start == 0 or not re.match(r"[\u4e00-\u9fff]", text[start - 1]):
            return True
        if self.two_char_after is not None and self.two_char_after.search(text, max(0, start - 4), start):
            return True
        return any(text.endswith(n, 0, start) for u in units for a in self.ancestors(u) for n in (a.name, *a.shorts))

    def support(self, text: str, home: tuple[str, ...] = (),
                uppers: Sequence[tuple[int, str, Division]] | None = None) -> Counter[str]:
        """How often each unit is named in full in `text` (each name counts for its ancestors too);
        `home` region names count once each. `uppers` is `upper_units_in(text)` when the caller has it."""
        c: Counter[str] = Counter()
        hits = [units for _s, _e, units in self.full_names_in(text)]
        homes = {u.code: u for h in home for u in (self.full.get(h) or self.short.get(h) or [])}
        hits += [[u] for u in homes.values()]  # a home region counts once, however many names it has
        hits += [[u] for u in self._shorts_after_parent(text, self.upper_units_in(text) if uppers is None else uppers)]
        for units in hits:
            if len(units) != 1:
                continue  # an ambiguous full name supports nothing on its own
            u = units[0]
            for x in (u, *self.ancestors(u)):
                c[x.code] += 1
        return c

    def _shorts_after_parent(self, text: str, uppers: Sequence[tuple[int, str, Division]]) -> list[Division]:
        """County-level units named by a short form right after their own province's or prefecture's name
        (云南嵩明, 临沂兰山): the pair names the unit as surely as its full name."""
        out = []
        for start, surface, upper in uppers:
            end = start + len(surface)
            for k in (4, 3, 2):
                units = [u for u in self.short.get(text[end:end + k], ()) if u.level == "county"
                         and upper in self.ancestors(u)]
                if len(units) == 1:
                    out.append(units[0])
                    break
        return out

    def pick(self, candidates: list[Division], support: Counter[str]) -> Division | None:
        """The candidate with the most support on itself and up its hierarchy; None on a tie or none."""
        scored = sorted(((sum(support[x.code] for x in (u, *self.ancestors(u))), u) for u in candidates),
                        key=lambda t: -t[0])
        if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return scored[0][1]

    def active_shorts(self, support: Counter[str], uppers: Sequence[tuple[int, str, Division]] = (),
                      text: str = "") -> dict[str, Division]:
        """The county-level short forms this document supports, each with its unit. A prefecture that `uppers`
        (`upper_units_in(text)`) names only by its short form (宁波, 沧州, 肇庆) supports its counties' short forms as
        its full name does, but one of them is read only where `text` writes it twice or more
        (levels.yaml `short_woken_by_city_short_min`; loc19: 宁波…象山临港装备工业园, 沧州…河间经济开发区)."""
        named = support
        woken = {u.code: u for _s, _n, u in uppers if u.level == "prefecture" and not support[u.code]}
        if woken:
            support = Counter(support)
            for u in woken.values():
                for x in (u, *self.ancestors(u)):
                    support[x.code] += 1
        out: dict[str, Division] = {}
        # the unit or its prefecture must be named: a province alone would wake 平原, 天桥 …
        for s in {s for code in support for s in self._shorts_under.get(code, ())}:
            units = [u for u in self.short[s] if u.level == "county"]
            u = self.pick(units, support) if len(units) > 1 else units[0]
            if u is None or u.parent in self.units and s in self.units[u.parent].shorts:
                continue  # a county's short form that is its own prefecture's (乌鲁木齐县, 长沙县) means the city
            if u.parent in woken and not named[u.code] and text.count(s) < _LEVELS["short_woken_by_city_short_min"]:
                continue
            out[s] = u
        return out


def _banner_forms(units: list[Division]) -> dict[str, list[Division]]:
    """The short full names of the banners whose short form closes with a wing or position (土默特右旗 -> 土右旗,
    科尔沁右翼中旗 -> 科右中旗: data/places/levels.yaml banner_wings), each with the banners spelt so."""
    ending, wings, dropped = _LEVELS["banner_ending"], _LEVELS["banner_wings"], _LEVELS["banner_wings_dropped"]
    out: dict[str, list[Division]] = {}
    for u in units:
        if u.level != "county" or not u.name.endswith(ending) or not u.shorts:
            continue
        s = u.shorts[0]
        stem = s.rstrip(wings)
        run = "".join(c for c in s[len(stem):] if c not in dropped)
        if run and len(stem) >= 2:
            out.setdefault(stem[0] + run + ending, []).append(u)
    return out


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x for x in cell.split("|") if x)


def load_gazetteer(folder: Path = PLACES_DIR) -> Gazetteer:
    path = folder / "divisions.tsv"
    units: list[Division] = []
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        stop = yaml.safe_load((folder / "not_places.yaml").read_text(encoding="utf-8")) or {}
        renames = yaml.safe_load((folder / "renames.yaml").read_text(encoding="utf-8")) or {}
        additions = yaml.safe_load((folder / "additions.yaml").read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as e:
        raise LexiconError(f"{folder}: {e}") from None
    header = lines[0].split("\t")
    for i, ln in enumerate(lines[1:], 2):
        row = dict(zip(header, ln.split("\t")))
        if len(row) != len(header) or row["level"] not in {"province", "prefecture", "county"}:
            raise LexiconError(f"{path}: line {i} is not a division row: {ln!r}")
        units.append(Division(row["code"], row["name"], row["level"], row["parent"], _split(row["short"]),
                              _split(row["renamed_from"]), row["canonical"]))
    for row in additions:  # units the generated file's source lacks (重庆市渝北区)
        units.append(Division(str(row["code"]), row["name"], "county", str(row["parent"]), tuple(row.get("short") or ()),
                              (), row["name"]))
    by_name = {u.name: u for u in units if u.level == "county"}
    for former, current in renames.items():
        u = by_name.get(str(current))
        if u is None:
            raise LexiconError(f"{folder / 'renames.yaml'}: {current!r} is no county-level name of divisions.tsv")
        units[units.index(u)] = Division(u.code, u.name, u.level, u.parent, u.shorts,
                                         (*u.renamed_from, str(former)), u.canonical)
    return Gazetteer(units, set(stop.get("full_names") or []), set(stop.get("short_forms") or []),
                     "".join(stop.get("not_after") or []),
                     tuple(stop.get("landform_after") or ()) + tuple(stop.get("brand_after") or ()),
                     tuple(stop.get("words_before") or ()), tuple(stop.get("short_landform_after") or ()),
                     tuple(stop.get("two_char_after") or ()))


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return load_gazetteer()
