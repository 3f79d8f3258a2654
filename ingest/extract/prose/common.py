"""What the prose rules share: a name found in a sentence, the patterns, clauses and lists.

Reads: data/rules/prose.yaml (its `patterns`, filled from its word lists by ingest.rules.pattern; `industry_not_names`).
Writes: nothing of its own but through `prose_edge` (an edge between two found names, noting a project some rule placed) and
`cluster_span` (a Cluster node for an industry named at an offset). Here: `Found` (a name found in a sentence and the node
it resolved to), `prose_pattern` (one pattern of prose.yaml), the clause bounds (`start_of_clause`, `end_of_clause`), coordinated names
(`_group_before`, `group_after`), list items (`split_items`, `is_list`, `aspect_list`), the place at an offset
(`_place_at`, a bare 产业园 is the park named last; `_local_place_at`) and `above_county` (a prefecture or province no
county, zone or park rule speaks for). Some names keep the leading underscore they had in prose.py: modules outside the
package import them under those names (industries/, enterprise_lists.py, report_place.py, …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Callable

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.names import NOT_INDUSTRY_NAMES
from ingest.rules import pattern, pattern_group, rule_data, search
from ingest.structure import Sentence

if TYPE_CHECKING:
    from ingest.extract.prose.state import ProseState


PLACE_LABELS = (Label.COUNTY, Label.PARK)


ABOVE_COUNTY = ("prefecture", "province", "region")  # kinds of place nodes no county, zone or park rule speaks for


@dataclass(frozen=True)
class Found:
    """A name found in a sentence (offsets in sent.text) and the node it resolved to."""
    start: int
    end: int
    label: Label
    nid: str
    surface: str


def held_by_name(spans: list[Found], start: int, end: int) -> bool:
    """Whether a name that is no industry's (a firm, project, park or place) holds some of text[start:end]: the words are
    part of that name, no industry of their own."""
    return any(f.label != Label.CLUSTER and f.start < end and f.end > start for f in spans)


@lru_cache(maxsize=None)
def prose_words(key: str) -> str:
    """A regex alternation of one word list of data/rules/prose.yaml, longest first (projects.py uses it)."""
    words = sorted(map(str, rule_data("prose")[key]), key=len, reverse=True)
    return "|".join(map(re.escape, words))


# prose_pattern(key): one pattern of data/rules/prose.yaml `patterns` (its <<list>> slots filled with that file's words); a
# partial, not a function calling `pattern`: the rules ask for a pattern some twenty thousand times a corpus
prose_pattern: Callable[[str], re.Pattern[str]] = partial(pattern, "prose")


def split_items(text: str) -> list[str]:
    """The items of a coordinated list (A、B、C), as written."""
    return prose_pattern("list_sep").split(text)


def is_list(text: str) -> bool:
    return search(prose_pattern("list_sep"), text) is not None


def aspect_list(text: str) -> bool:
    """Whether a list names the aspects a chain renews (新材料、新模式、新工艺、新市场: audit R), no industries: one of
    its items is a new way of working (prose.yaml industry_list `vocabulary_aspect_item`)."""
    aspect = pattern_group("prose", "industry_list")["vocabulary_aspect_item"]
    return any(aspect.match(item) for item in split_items(text))


def start_of_clause(text: str, pos: int) -> int:
    ends = [m.end() for m in prose_pattern("clause_end").finditer(text, 0, pos)]
    return ends[-1] if ends else 0


def end_of_clause(text: str, pos: int) -> int:
    m = prose_pattern("clause_end").search(text, pos)
    return m.start() if m else len(text)


def _group_before(spans: list[Found], text: str, end: int, labels: tuple[Label, ...]) -> list[Found]:
    """The names ending exactly at `end`, joined by 和/与/、/及 (A和B合作开发): last one first."""
    out: list[Found] = []
    pos = end
    for f in sorted(spans, key=lambda f: -f.end):
        if f.label not in labels or f.end > pos:
            continue
        if f.end == pos or (out and prose_pattern("joiner").fullmatch(text[f.end:pos])):
            out.append(f)
            pos = f.start
        elif f.end < pos:
            break
    return out


def group_after(spans: list[Found], text: str, start: int, labels: tuple[Label, ...]) -> list[Found]:
    out: list[Found] = []
    pos = start
    for f in sorted(spans, key=lambda f: f.start):
        if f.label not in labels or f.start < pos:
            continue
        if f.start == pos or (out and prose_pattern("joiner").fullmatch(text[pos:f.start])):
            out.append(f)
            pos = f.end
        elif f.start > pos:
            break
    return out


def prose_edge(b: GraphBuilder, rel: RelType, src: Found, dst: Found, sent: Sentence, rule: str,
          state: ProseState, props: dict | None = None) -> None:
    b.edge(rel, src.nid, dst.nid, sent, rule, dst.surface, "", props=props)
    if rel == RelType.LOCATED_IN and src.label == Label.PROJECT:
        state.located.add(src.nid)


def _place_at(spans: list[Found], pos: int, state: ProseState, text: str) -> Found | None:
    """The place or park starting at `pos`; a bare 产业园/园区 is the park named last."""
    for f in spans:
        if f.start == pos and f.label in PLACE_LABELS:
            return f
    bare = prose_pattern("bare_park").match(text, pos)
    if state.last_park is not None and bare is not None:
        lp = state.last_park
        return Found(pos, bare.end(1), lp.label, lp.nid, bare.group(1))
    return None


def above_county(b: GraphBuilder, f: Found) -> bool:
    """Whether a place found is a prefecture, province or region: no county, zone or park rule speaks for it."""
    return b.nodes[f.nid].props.get("kind") in ABOVE_COUNTY


def _local_place_at(b: GraphBuilder, spans: list[Found], pos: int) -> Found | None:
    """The county, zone or park (no prefecture or province) found starting at `pos`."""
    return next((f for f in spans if f.start == pos and f.label in PLACE_LABELS and not above_county(b, f)), None)


def cluster_span(b: GraphBuilder, surface: str, start: int, sent: Sentence, rule: str) -> Found | None:
    """A cluster or industry named at `start`: the known cluster it matches, else a new node
    (GraphBuilder.node gives it its level). None when the name is no cluster, or holds a count (7个电子信息产业链, 主攻三大)."""
    r = b.resolver.cluster(surface) if not prose_pattern("cluster_counted").search(surface) else None
    if r is None:
        return None
    nid = b.node(r, surface, sent, rule)  # a new name is an industry unless it says 集群 (GraphBuilder.node)
    return Found(start, start + len(surface), Label.CLUSTER, nid, surface)
