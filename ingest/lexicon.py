"""The seed lexicon: canonical names, types and aliases from data/lexicon/*.yaml.

See data/lexicon/README.md for the entry format. The lexicon is a seed: names
not listed are still found by rules (ingest/extract/nlp.py, ingest/extract/document.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph.model import Label
from ingest.errors import LexiconError
from ingest.rules import words

# Aliases too bare to match on their own: a lone 开发区 is the zone of the sentence's county,
# 化工 an industry word before it is the 绿色化工 cluster. Rules resolve them in context.
CONTEXT_ONLY_ALIASES = frozenset(words("zones", "context_only_aliases"))
# Never stored as a node's aliases: also names every city has (经济技术开发区), which would
# make the next city's zone look like this one's.
GENERIC_ALIASES = CONTEXT_ONLY_ALIASES | frozenset(words("zones", "never_aliases"))
REGION = "Region"  # not a node type: a place that prefixes names (see Lexicon.regions)
DEFAULT_LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"
_KNOWN_KEYS = {"name", "type", "aliases", "county", "level", "kind", "parent", "unit", "renamed_from"}


@dataclass(frozen=True)
class Entry:
    name: str
    label: Label
    aliases: tuple[str, ...] = ()
    county: str = ""          # canonical county name (Enterprise, Park)
    level: str = ""           # Cluster: cluster | subindustry
    kind: str = ""            # County: district | county | city | zone
    parent: str = ""          # sub-industry -> its cluster
    unit: str = ""            # Indicator
    renamed_from: tuple[str, ...] = ()


@dataclass
class Lexicon:
    entries: list[Entry] = field(default_factory=list)
    # Province and city names that open local names (山东鲁西…, 聊城鑫泰…), from regions.yaml:
    # another city's documents need only its own regions file.
    regions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self.regions = tuple(sorted(set(self.regions), key=len, reverse=True))
        self._region_prefix = re.compile("^(?:%s)+" % "|".join(map(re.escape, self.regions))) if self.regions else None
        self._by_alias: dict[tuple[Label, str], Entry] = {}
        lengths: dict[tuple[Label, str], set[int]] = {}
        for e in self.entries:
            for n in (e.name, *e.aliases, *e.renamed_from):
                self._by_alias.setdefault((e.label, n), e)
                if len(n) >= 2:
                    lengths.setdefault((e.label, n[:2]), set()).add(len(n))
        self._lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}

    def strip_region(self, text: str) -> str:
        """`text` without the province/city names it opens with (山东省聊城鑫泰机床 -> 鑫泰机床)."""
        return self._region_prefix.sub("", text) if self._region_prefix else text

    def lookup(self, label: Label, surface: str) -> Entry | None:
        return self._by_alias.get((label, surface))

    def lengths(self, label: Label, head: str) -> tuple[int, ...]:
        """The lengths of the names and aliases of `label` that open with the two characters `head`, longest first:
        what a rule looking for the longest name at a place needs to look up (not every length up to a limit)."""
        return self._lengths.get((label, head), ())

    def of(self, label: Label) -> list[Entry]:
        return [e for e in self.entries if e.label == label]

    def get(self, label: Label, name: str) -> Entry | None:
        e = self._by_alias.get((label, name))
        return e if e is not None and e.name == name else None


def _entry(raw: Any, where: str) -> Entry:
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: an entry must be a mapping, got {raw!r}")
    unknown = set(raw) - _KNOWN_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown keys {sorted(unknown)} in entry {raw.get('name')!r}")
    name = str(raw.get("name") or "").strip()
    if not name:
        raise LexiconError(f"{where}: entry without a name: {raw!r}")
    try:
        label = Label(str(raw.get("type")))
    except ValueError:
        allowed = ", ".join(m.value for m in Label if m != Label.POLICY)
        raise LexiconError(f"{where}: entry {name!r} has type {raw.get('type')!r}; expected one of {allowed}") from None
    aliases = tuple(str(a).strip() for a in (raw.get("aliases") or []) if str(a).strip() and str(a).strip() != name)
    return Entry(
        name=name, label=label, aliases=aliases,
        county=str(raw.get("county") or ""), level=str(raw.get("level") or ""),
        kind=str(raw.get("kind") or ""), parent=str(raw.get("parent") or ""),
        unit=str(raw.get("unit") or ""),
        renamed_from=tuple(str(a) for a in (raw.get("renamed_from") or [])),
    )


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Load every *.yaml of a lexicon folder (or one file)."""
    p = Path(path) if path is not None else DEFAULT_LEXICON_DIR
    files = sorted(p.glob("*.yaml")) if p.is_dir() else [p]
    if not files or not all(f.is_file() for f in files):
        raise LexiconError(f"{p}: no lexicon files found")
    entries: list[Entry] = []
    regions: list[str] = []
    for f in files:
        try:
            data = yaml.safe_load(f.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as exc:
            raise LexiconError(f"{f}: invalid YAML ({exc})") from exc
        if not isinstance(data, list):
            raise LexiconError(f"{f}: expected a list of entries")
        for item in data:
            if isinstance(item, dict) and item.get("type") == REGION:
                regions.extend(str(n) for n in (item.get("name"), *(item.get("aliases") or [])) if n)
            else:
                entries.append(_entry(item, f.name))
    return Lexicon(entries, tuple(regions))


@lru_cache(maxsize=4)
def default_lexicon() -> Lexicon:
    return load_lexicon(DEFAULT_LEXICON_DIR)


STOCK_NAMES = Path(__file__).resolve().parent.parent / "data" / "firms" / "a_share.tsv"


@lru_cache(maxsize=1)
def stock_short_names() -> frozenset[str]:
    """The short names of listed firms, data/firms/a_share.tsv (generated by tools/make_stock_names.py; read by the rule
    `stock_name`, ingest/extract/stock_names.py)."""
    try:
        lines = STOCK_NAMES.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise LexiconError(f"{STOCK_NAMES}: {e}") from None
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    if not rows or rows[0] != ["code", "name"] or any(len(r) != 2 or not r[1] for r in rows[1:]):
        raise LexiconError(f"{STOCK_NAMES}: expected a header `code<TAB>name` and two columns a row; "
                           "run tools/make_stock_names.py to write it again")
    return frozenset(r[1] for r in rows[1:])
