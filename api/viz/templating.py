"""Fill the page templates of api/templates/: `{{name}}` slots, values already escaped by the caller.

Two pages with a handful of slots each do not need a template engine.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_SLOT = re.compile(r"\{\{(\w+)\}\}")


@lru_cache(maxsize=None)
def _load(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def fill(name: str, **values: str) -> str:
    text = _load(name)
    missing = set(_SLOT.findall(text)) - set(values)
    if missing:
        raise KeyError(f"{name}: no value for {sorted(missing)}")
    return _SLOT.sub(lambda m: values[m.group(1)], text)
