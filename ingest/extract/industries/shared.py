"""What every rule of the package shares: the rule name `industry_list`, the patterns of data/rules/prose.yaml
`industry_list` (list_patterns) and `place_industry` (place_patterns), the marks that end a list's item and a group of
clauses (up to ；), and the writing of a new industry where no other name stands (new_industry, cluster_or_new).

Reads: a prose sentence and the names found in it (prose.Found). Writes: Cluster nodes (new_industry adds the one it
makes to the sentence's names); no edges.
"""

from __future__ import annotations

import re
from functools import partial

from graph.model import Label
from ingest.extract.builder import GraphBuilder
from ingest.extract.names import after_last_mark
from ingest.extract.prose import Found, cluster_span
from ingest.rules import pattern_group, rule_data
from ingest.structure import Sentence


RULE = "industry_list"


QUOTE_PAIRS = {str(k): str(v) for k, v in rule_data("prose")["quote_pairs"].items()}  # closing -> opening mark


LIST_MARK = str(rule_data("prose")["list_mark"])  # what separates a list's items (a quoted list's commas become it)


_SEMICOLONS = tuple(map(str, rule_data("prose")["clause_stops"]))  # what ends the clause group projects share


GROUP_END = re.compile("|".join(map(re.escape, _SEMICOLONS)))


list_patterns = partial(pattern_group, "prose", "industry_list")


def in_quotes(text: str, pos: int) -> bool:
    """Whether text[pos] stands inside a quotation opened before it (“…”)."""
    opened = sum(text.count(o, 0, pos) for o in QUOTE_PAIRS.values())
    return opened > sum(text.count(c, 0, pos) for c in QUOTE_PAIRS)


def new_industry(b: GraphBuilder, sent: Sentence, spans: list[Found], surface: str, start: int, end: int,
                  rule: str = RULE) -> Found | None:
    """An industry named at sent.text[start:end] (written `surface`) where no other name stands: its node, added to
    the sentence's names; None where a name already covers part of it."""
    if any(f.start < end and f.end > start for f in spans):
        return None
    found = cluster_span(b, surface, start, sent, rule)
    if found is not None:
        spans.append(found)
    return found


def cluster_at(spans: list[Found], start: int) -> Found | None:
    """The industry or cluster the sentence names at `start`, if any."""
    return next((f for f in spans if f.label == Label.CLUSTER and f.start == start), None)


def cluster_or_new(b: GraphBuilder, sent: Sentence, spans: list[Found], surface: str, start: int, end: int,
                    rule: str) -> Found | None:
    """The industry the sentence names at `start`, else a new one there (new_industry)."""
    return cluster_at(spans, start) or new_industry(b, sent, spans, surface, start, end, rule)


def clause_group_start(text: str, pos: int) -> int:
    return after_last_mark(text, pos, _SEMICOLONS)


def clause_group_end(text: str, pos: int) -> int:
    m = GROUP_END.search(text, pos)
    return m.start() if m else len(text)


place_patterns = partial(pattern_group, "prose", "place_industry")


INDUSTRY_ENDS = tuple(map(str, rule_data("prose")["firm_industry_kept_ends"]))  # 产业, 产业链: part of the name
