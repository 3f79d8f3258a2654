"""Documents written in traditional characters are read as simplified ones.

Every word list, gazetteer and pattern of the extraction is simplified, so a traditional page (a mirror
site, a Hong Kong or Taiwan repost of mainland news) would yield almost nothing. Such a document is
detected by its share of traditional-only characters and converted character by character with OpenCC's
one-to-one map (data/script/ts_characters.tsv): one character for one, so every offset is kept.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_MAP = Path(__file__).resolve().parents[2] / "data" / "script" / "ts_characters.tsv"
# variant characters the generated map lacks (陜 -> 陕), kept by hand in the same columns and read after it
_VARIANTS = _MAP.with_name("variants.tsv")
# Share of a document's CJK characters that are traditional-only above which it is read as traditional.
# Our simplified texts stay below 0.002 and a traditional page is above 0.1 (docs/EXTRACTION.md, "Reading").
TRADITIONAL_SHARE = 0.03
# Fewer distinct traditional-only characters than this and the text is simplified without counting: our
# simplified texts have at most 1, a traditional page dozens. One set pass instead of two regex counts
# keeps detection (run on every document) about ten times cheaper.
MIN_DISTINCT = 3
# the CJK ideograph ranges the reading step counts and cleans around (clean.py uses them too)
CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK = re.compile(f"[{CJK}]")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], re.Pattern[str], frozenset[str]]:
    table: dict[int, str] = {}
    only: dict[str, bool] = {}
    # the hand-kept file is read second, so its line for a character overrides the generated one
    lines = _MAP.read_text(encoding="utf-8").splitlines() + _VARIANTS.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line and not line.startswith("#"):
            trad, simp, flag = line.split("\t")
            table[ord(trad)] = simp
            only[trad] = flag == "1"
    chars = "".join(c for c, o in only.items() if o)
    return table, re.compile("[" + re.escape(chars) + "]"), frozenset(chars)


def traditional_share(text: str) -> float:
    """Share of the CJK characters of `text` that are never written in simplified text."""
    cjk = len(_CJK.findall(text))
    return len(_tables()[1].findall(text)) / cjk if cjk else 0.0


def is_traditional(text: str) -> bool:
    if len(_tables()[2].intersection(text)) < MIN_DISTINCT:
        return False
    return traditional_share(text) > TRADITIONAL_SHARE


def to_simplified(text: str) -> str:
    """`text` with every traditional character replaced by its simplified form (same length)."""
    return text.translate(_tables()[0])


def as_written(text: str, raw: str, offsets, start: int, end: int) -> str:
    """Cleaned text[start:end] of a converted document in the characters its raw text wrote.

    Each character comes back from the raw character it was read from when that one converts to it;
    characters cleaning rewrote (full-width digits, punctuation) stay as cleaned."""
    out = []
    for i in range(start, end):
        c = raw[offsets[i]]
        out.append(c if c != text[i] and to_simplified(c) == text[i] else text[i])
    return "".join(out)
