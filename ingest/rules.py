"""The extraction rules' data files (data/rules/*.yaml), each read once.

Code holds the mechanisms; the words, patterns and numbers the rules use live
in these files, so another city or a better estimate is a data change.
"""

from __future__ import annotations

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
