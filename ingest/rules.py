"""The extraction rules' data files (data/rules/*.yaml), each read once.

Code holds the mechanisms; the words, patterns and numbers the rules use live
in these files, so another city or a better estimate is a data change.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

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


@lru_cache(maxsize=None)
def alternation(name: str, key: str) -> str:
    """A regex alternation of one word list, longest word first (so 经济开发区 wins over 开发区)."""
    return "|".join(re.escape(w) for w in sorted(set(words(name, key)), key=len, reverse=True))


_SLOT = re.compile(r"<<(\w+)>>")


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
            out[key] = re.compile(_SLOT.sub(lambda m: f"(?:{alternation(name, m.group(1))})", value))
        except (re.error, ValueError, LexiconError) as e:
            bad.append(f"{key}: {e}")
    if bad:
        raise LexiconError(f"{path}: bad patterns: " + "; ".join(bad))
    return out


def pattern(name: str, key: str) -> re.Pattern[str]:
    """One compiled pattern of data/rules/<name>.yaml `patterns`."""
    try:
        return patterns(name)[key]
    except KeyError:
        raise LexiconError(f"{RULES_DIR / (name + '.yaml')}: no pattern `{key}`") from None
