"""The extraction rules' data files (data/rules/*.yaml), each read once.

Code holds the mechanisms; the words, patterns and numbers the rules use live
in these files, so another city or a better estimate is a data change.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants, _parser  # a regex's parse tree (may_match)
from pathlib import Path
from typing import Any, Iterable

import yaml

from ingest.errors import LexiconError

RULES_DIR = Path(__file__).resolve().parent.parent / "data" / "rules"


@lru_cache(maxsize=None)
def rule_data(name: str) -> dict[str, Any]:
    """data/rules/<name>.yaml as a dict; a missing or malformed file is an error naming it."""
    path = RULES_DIR / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise LexiconError(f"{path}: {e}") from None
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a mapping at the top level")
    return data


@lru_cache(maxsize=None)
def rule_confidence(rule: str) -> float:
    """A rule's confidence (data/rules/confidence.yaml); joined rules ("a+b") take the highest part."""
    data = rule_data("confidence")
    table: dict[str, float] = data.get("rules") or {}
    return max(float(table.get(part, data.get("default", 0.7))) for part in rule.split("+"))


@lru_cache(maxsize=None)
def words(name: str, key: str) -> tuple[str, ...]:
    """One word list of data/rules/<name>.yaml, checked: a list of non-empty strings."""
    value = rule_data(name).get(key)
    if not isinstance(value, list) or not value or not all(isinstance(w, str) and w.strip() for w in value):
        raise LexiconError(f"{RULES_DIR / (name + '.yaml')}: `{key}` must be a non-empty list of words")
    return tuple(w.strip() for w in value)


def literal_alternation(names: Iterable[str]) -> str:
    """A regex matching any of `names`, the longest first where one is a prefix of another (经济开发区
    before 开发区): what "|".join of the names sorted longest first matches, in every context, written as
    a trie ("开发区|开放" -> "开(?:发区|放)"), so the regex engine tries each first character once
    instead of every name in turn (a list of a thousand place names costs a thousand tries per character).
    Only names that are prefixes of each other can match at one place, and a longer continuation is
    tried before the name ends, so the order of attempts is the sorted alternation's."""
    trie: dict[str, dict] = {}
    for n in names:
        node = trie
        for ch in n:
            node = node.setdefault(ch, {})
        if n:
            node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + branch(child) for ch, child in node.items() if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + (")?" if "" in node else ")")

    return branch(trie)


@lru_cache(maxsize=None)
def alternation(name: str, key: str) -> str:
    """A regex alternation of one word list, longest word first (so 经济开发区 wins over 开发区)."""
    return literal_alternation(words(name, key))


_SLOT = re.compile(r"<<(\w+)>>")


def _with_slots(name: str, regex: str) -> str:
    """`regex` with each slot <<key>> replaced by the alternation of data/rules/<name>.yaml's word list `key`."""
    return _SLOT.sub(lambda m: f"(?:{alternation(name, m.group(1))})", regex)


@lru_cache(maxsize=None)
def patterns(name: str) -> dict[str, re.Pattern[str]]:
    """The `patterns` mapping of data/rules/<name>.yaml, compiled once; a slot <<key>> is the
    alternation of that file's word list `key` (longest first). Every bad pattern is reported at once."""
    raw = rule_data(name).get("patterns")
    path = RULES_DIR / f"{name}.yaml"
    if not isinstance(raw, dict) or not raw:
        raise LexiconError(f"{path}: `patterns` must be a mapping of names to regular expressions")
    out: dict[str, re.Pattern[str]] = {}
    bad: list[str] = []
    for key, value in raw.items():
        try:
            if not isinstance(value, str) or not value:
                raise ValueError("not a non-empty string")
            out[key] = re.compile(_with_slots(name, value))
        except (re.error, ValueError, LexiconError) as e:
            bad.append(f"{key}: {e}")
    if bad:
        raise LexiconError(f"{path}: bad patterns: " + "; ".join(bad))
    return out


@lru_cache(maxsize=None)
def pattern_group(name: str, key: str) -> dict[str, re.Pattern[str]]:
    """A rule's own mapping of regular expressions in data/rules/<name>.yaml (prose.yaml `industry_list`,
    `firm_industry`…), compiled once; slots <<key>> as in `patterns`."""
    raw = rule_data(name).get(key)
    if not isinstance(raw, dict) or not all(isinstance(v, str) and v for v in raw.values()):
        raise LexiconError(f"{RULES_DIR / (name + '.yaml')}: `{key}` must be a mapping of names to regular expressions")
    return {k: re.compile(_with_slots(name, v)) for k, v in raw.items()}


_ONE: dict[tuple[str, str], re.Pattern[str]] = {}  # (file, key) -> pattern: rules ask per sentence


def pattern(name: str, key: str) -> re.Pattern[str]:
    """One compiled pattern of data/rules/<name>.yaml `patterns`."""
    try:
        return _ONE[name, key]
    except KeyError:
        pass
    try:
        found = _ONE[name, key] = patterns(name)[key]
    except KeyError:
        raise LexiconError(f"{RULES_DIR / (name + '.yaml')}: no pattern `{key}`") from None
    return found


def _needed(items: Any) -> frozenset[str] | None:
    """Words one of which every match of a parsed regex sequence holds (the most selective its parts give), or None."""
    best: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _constants.LITERAL:
            run += chr(av)
            continue
        if run:
            best.append(frozenset([run]))
            run = ""
        part = None
        if op is _constants.SUBPATTERN:
            part = _needed(av[3]) if not av[1] & re.IGNORECASE else None
        elif op is _constants.BRANCH:
            alts = [_needed(a) for a in av[1]]
            part = frozenset().union(*alts) if alts and all(alts) else None  # type: ignore[arg-type]
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT) and av[0] >= 1:
            part = _needed(av[2])
        elif op is _constants.ATOMIC_GROUP:
            part = _needed(av)
        if part:
            best.append(part)
    if run:
        best.append(frozenset([run]))
    return max(best, key=lambda ws: (len(ws) <= _MAX_NEEDED, min(map(len, ws)), -len(ws)), default=None)


_MAX_NEEDED = 12  # more needed words than this: no test
# id(pattern) -> (pattern, its needed words), worked out once (by id: a Pattern's hash rehashes its compiled code)
_NEEDS: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def _words_of(p: re.Pattern[str]) -> tuple[str, ...] | None:
    """`p`'s needed words (`_needed`), worked out on the first call and kept; None when there is no test. A tuple, as
    the gates walk it on every call: a set's iteration walks its hash table's empty slots too (spd21)."""
    words = None if p.flags & re.IGNORECASE else _needed(_parser.parse(p.pattern, p.flags))
    if words is not None and len(words) > _MAX_NEEDED:
        words = None  # (a list of names: the regex's own prefix scan is the cheaper test)
    kept = None if words is None else tuple(sorted(words))
    _NEEDS[id(p)] = (p, kept)  # (the pattern kept: its id stays its own)
    return kept


def may_match(p: re.Pattern[str], text: str) -> bool:
    """False when `text` holds none of the words every match of `p` holds, so the scan can be skipped (a regex opening
    with an optional part or a lookbehind is tried at every character; `in` over a few words is far cheaper)."""
    try:
        words = _NEEDS[id(p)][1]
    except KeyError:
        words = _words_of(p)
    if words is None:
        return True
    for w in words:  # (a loop: any() over a generator costs more than the test)
        if w in text:
            return True
    return False


# scan and search repeat may_match's test in their own bodies: rules call them tens of times per sentence, and the
# second Python call per test cost 1 per cent of the corpus's instructions (callgrind 3.377 -> 3.344 billion, spd18)
def scan(p: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """`p.finditer(text)`, skipped when `text` holds none of the words every match holds (`may_match`)."""
    try:
        words = _NEEDS[id(p)][1]
    except KeyError:
        words = _words_of(p)
    if words is None:
        return p.finditer(text)
    for w in words:
        if w in text:
            return p.finditer(text)
    return ()


def search(p: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`p.search(text)`, skipped when `text` holds none of the words every match holds (`may_match`)."""
    try:
        words = _NEEDS[id(p)][1]
    except KeyError:
        words = _words_of(p)
    if words is None:
        return p.search(text)
    for w in words:
        if w in text:
            return p.search(text)
    return None
