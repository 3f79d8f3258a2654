"""Industries named by an official vocabulary, wherever a list or a develop verb holds them.

  vocabulary_list   "重点发展新能源汽车、生物医药、集成电路": a develop verb right before a 、-list of which at least
                    one item is a vocabulary name (or a lone vocabulary name): every item is an industry, and the
                    place the sentence is about DEVELOPS it. 形成 takes a list, not a lone name; a list ends at a
                    mark, 等 or its count (打造A、B2个…); a list cut by a bracket leaves its last item; a list whose
                    first item opens a clause (以/将…) is none; a covering verb after the develop verb (形成覆盖A、B等…)
                    makes fields: industries, no DEVELOPS; a list whose clause goes on to name a transport network
                    (…航空“三位一体”的立体交通运输网) is modes of transport. Lists of fields alone (涉及A、B等领域) are not read: the
                    development sets' gold disagrees on them.
  plain_list        "大力发展体育经济、银发经济、旅游经济", "培育发展兽药、中兽药、兽用生物制品": an emphatic develop verb
                    (大力发展, 培育发展, 做强…; not a bare 发展/打造/建设) right before a 、-list of two items or more that
                    closes its clause, or that 等 closes with a kind naming no project, firm or site (等新能源): every item is
                    an industry, official name or not, unless one names housing, schooling, a firm, a body or a facility;
                    not in quoted speech that no place is said to carry out (“我们将…大力发展A、B、C: a speaker's
                    plan) (ind13; the grammar of batches 8, 10 and 11 of the learning halves).

The vocabulary (data/industries/vocabulary.txt) comes from GB/T 4754-2017 and the national lists of strategic
industries (data/industries/README.md), built by a stated rule (tools/make_industries.py), not from our texts: it
lets lists that no 产业 closes be read in any city's documents. Patterns: data/rules/prose.yaml `industry_list`
(vocabulary_*).
"""

from __future__ import annotations

import re
from functools import lru_cache, partial
from pathlib import Path

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.names import holds_verb, is_place_word
from ingest.extract.prose import (NOT_INDUSTRY_NAMES, Found, ProseState, prose_edge, aspect_list, cluster_span, generic_industry,
                                  held_by_name, is_list, split_items)
from ingest.rules import pattern_group, scan
from ingest.structure import Sentence

RULE = "vocabulary_list"
PLAIN_RULE = "plain_list"
VOCABULARY = Path(__file__).resolve().parents[2] / "data" / "industries" / "vocabulary.txt"
_ITEM = re.compile(r"[\u4e00-\u9fff]{2,10}")


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    lines = VOCABULARY.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


_patterns = partial(pattern_group, "prose", "industry_list")


def in_vocabulary(item: str) -> bool:
    """新能源汽车, 集成电路产业, 生物医药行业: the name, with or without its industry word."""
    return item in vocabulary() or _patterns()["vocabulary_tail"].sub("", item) in vocabulary()


def _items(body: str, start: int) -> list[tuple[int, str]] | None:
    """(offset, item) of a 、-list (the last item also split at 和), or None when an item is no name's shape."""
    out, pos = [], start
    parts = split_items(body)
    last = parts.pop()
    parts += _patterns()["last_joiner"].split(last) if parts else [last]
    for part in parts:
        a, item = pos, part
        if len(part) > 14:
            return None  # a clause, no list item
        mod = _patterns()["item_modifier"].match(item)
        if mod is not None:
            a, item = a + mod.end(), item[mod.end():]
        if not _ITEM.fullmatch(item):
            return None
        out.append((a, item))
        pos += len(part) + 1
    return out


def _lists(text: str) -> list[tuple[int, str, bool]]:
    """(start, body, lone) of each candidate list: after a develop verb up to the clause's end or 等 (lone: the
    verb may take a single name)."""
    P = _patterns()
    out = []
    for m in scan(P["vocabulary_verb"], text):
        stop = P["vocabulary_stop"].search(text, m.end())
        end = stop.start() if stop else len(text)
        body = text[m.end():end]
        close = P["vocabulary_body_end"].search(body)
        if close is not None and len(split_items(body[:close.end()])) > 1:
            body = body[:close.end()]  # "形成A、B产业协同发展的格局": a list ends with its industry word (a lone name
            # does not: 布局汽车产业创新、… is a list of 汽车产业's parts)
        if stop is not None and P["vocabulary_bracket"].match(stop.group(0)):
            body = body[:max(len(body) - len(split_items(body)[-1]) - 1, 0)]  # its last item goes with the bracket
        out.append((m.end(), body, P["vocabulary_lone_verb"].search(m.group(0)) is not None))
    return out


def _plain_lists(text: str) -> list[tuple[int, str]]:
    """(start, body) of each list an emphatic develop verb governs (`plain_verb`) that closes its clause, or that 等
    closes with a kind that is no project, firm or site (`plain_kind_not`)."""
    P = _patterns()
    out = []
    for m in scan(P["plain_verb"], text):
        if m.start() > 0 and text[m.start() - 1] == "、":
            continue  # "做优一产、做强二产、做活三产": the verb heads one item of a list of clauses
        stop = P["vocabulary_stop"].search(text, m.end())
        end = stop.start() if stop else len(text)
        if stop is not None and not P["plain_stop_ok"].match(stop.group(0)):
            kind = P["plain_kind"].match(text, end)
            if kind is None or P["plain_kind_not"].search(kind.group("kind")) \
                    or not P["plain_stop_ok"].match(text, kind.end()):
                continue
        out.append((m.end(), text[m.end():end]))
    return out


def rule_plain_list(b: GraphBuilder, sent, spans: list[Found], state: ProseState, subject) -> None:
    """See the module's docstring (plain_list); `subject` is industries.subject_place."""
    P = _patterns()
    text = sent.text
    if not is_list(text):
        return  # the lists read are of two items or more, split at 、 (_items)
    for start, body in _plain_lists(text):
        items = _items(body, start) if body else None
        if not items or len(items) < 2 or P["vocabulary_clause"].match(items[0][1]) \
                or P["vocabulary_network"].match(text, start + len(body)) or aspect_list(body):
            continue
        a, last = items[-1]
        tail = P["plain_last_tail"].search(last)
        if tail is not None and tail.start() >= 2:
            items[-1] = (a, last[:tail.start()])
        if any(P["plain_item_not"].search(item) or P["vocabulary_not_item"].search(item) or holds_verb(item)
               or generic_industry(P["vocabulary_tail"].sub("", item) or item) or item in NOT_INDUSTRY_NAMES or is_place_word(item) or b.resolver.county(item) is not None
               or held_by_name(spans, a, a + len(item))
               for a, item in items):
            continue  # one item is no industry: the list is of something else
        subj = subject(b, spans, start, state, text, sent)
        opened = text.count("“", 0, start) > text.count("”", 0, start) or text.count('"', 0, start) % 2 == 1
        if subj is None and opened:
            continue  # "“我们将…大力发展A、B、C": a speaker's plan that no place is said to carry out names no industry
        name_items(b, sent, spans, state, items, subj, PLAIN_RULE)


def rule_vocabulary_list(b: GraphBuilder, sent, spans: list[Found], state: ProseState, subject) -> None:
    """See the module's docstring; `subject` is industries.subject_place (the place the sentence is about)."""
    text = sent.text
    for start, body, lone in _lists(text):
        items = _items(body, start) if body else None
        covers = _patterns()["vocabulary_covers"].match(items[0][1]) if items else None
        if covers is not None and len(items[0][1]) - covers.end() >= 2:  # "形成覆盖|A、B等…": a list of fields
            items[0] = (items[0][0] + covers.end(), items[0][1][covers.end():])
        if not items or not any(in_vocabulary(item) for _, item in items) \
                or _patterns()["vocabulary_clause"].match(items[0][1]) \
                or _patterns()["vocabulary_network"].match(text, start + len(body)) \
                or aspect_list(body):
            continue
        if len(items) == 1 and not lone:
            continue
        subj = subject(b, spans, start, state, text, sent) if covers is None else None
        kept = [(a, item) for a, item in items
                if not (item in NOT_INDUSTRY_NAMES or generic_industry(item) or is_place_word(item)
                        or _patterns()["vocabulary_not_item"].search(item)
                        or b.resolver.county(item) is not None
                        or held_by_name(spans, a, a + len(item)))]
        name_items(b, sent, spans, state, kept, subj, RULE)


def name_items(b: GraphBuilder, sent: Sentence, spans: list[Found], state: ProseState, items: list[tuple[int, str]],
               subj: Found | None, rule: str) -> None:
    """Each item an industry node (the span found there, else a new one), DEVELOPS by the subject when there is one."""
    for a, item in items:
        found = next((f for f in spans if f.label == Label.CLUSTER and f.start == a), None) \
            or cluster_span(b, item, a, sent, rule)
        if found is None:
            continue
        if found not in spans:
            spans.append(found)
        if subj is not None:
            prose_edge(b, RelType.DEVELOPS, subj, found, sent, rule, state)
