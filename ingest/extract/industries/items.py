"""The items of a list of industries or fields: where each starts and what its name is (list_items), a count word
(三大 -> 3: count_of), two official names joined by 及 read as two items, a place heading an item (与衡东县化工新材…) that
is no part of its name, and whether a listed field has a field's name (field_name).

An item's extent: a 、 separates items; 和 separates only the last one from the one before (A、B和C), so
"电子信息和数字产业、先进装备制造" keeps its 和; where the list's count asks for more items than that gives, the last
item also splits at 及. A description closed by 的 before an item (辐射全国的) is no part of it.

Reads: a list's text and offset, the sentence's names, data/industries. Writes: nothing. Patterns: prose.yaml
`industry_list`, `count_numerals`.
"""

from __future__ import annotations

from functools import lru_cache

from ingest.extract.builder import GraphBuilder
from ingest.extract.industries.name_tests import industry_name
from ingest.extract.industries.shared import list_patterns
from ingest.extract.industry_vocabulary import in_vocabulary
from ingest.extract.names import after_inner_verb, holds_verb, is_place_word, strip_lead_words
from ingest.extract.prose import Found, PLACE_LABELS, generic_industry, held_by_name, split_items
from ingest.rules import rule_data


@lru_cache(maxsize=1)
def _numerals() -> dict[str, int]:
    return {str(k): int(v) for k, v in rule_data("prose")["count_numerals"].items()}


def count_of(word: str | None) -> int | None:
    """三大 -> 3, 4个 -> 4, 几大 -> None."""
    if not word:
        return None
    digits = word[:-1]
    if digits.isdigit():
        return int(digits)
    return _numerals().get(digits)


def list_items(body: str, start: int, count: int | None) -> list[tuple[int, str]]:
    """(offset, name) of each item of the list `body` written at `start` (see the module's docstring)."""
    P = list_patterns()
    out: list[tuple[int, str]] = []
    pos = start
    for item in split_items(body):
        out.append((pos, item))
        pos += len(item) + 1
    for joiner in (P["last_joiner"], P["inner_joiner"]):
        if count is not None and len(out) >= count:
            break
        if count is None and joiner is P["inner_joiner"]:
            break
        a, last = out.pop()
        for part in joiner.split(last):
            out.append((a, part))
            a += len(part) + 1
    if count is None or len(out) < count:  # a count the items already make keeps 及 inside (汽车及高端装备制造产业等四大…)
        out = [part for a, item in out for part in _official_pair(a, item)]
    named = []
    for a, item in out:
        role = P["item_role"].search(item)  # "食品饮料传统产业为基础", "…为引领的": the item's kind and role
        if role is not None:
            item = item[:role.start()]
        mod = P["item_modifier"].match(item)
        if mod is not None:
            a, item = a + mod.end(), item[mod.end():]
        kind = P["item_kind"].search(item)  # "地热等新兴能源": the last item and the kind of the list
        if kind is not None:
            item = item[:kind.start()]
        verb = P["item_verb_tail"].search(item)  # "…、新兴服务业成为三大支柱产业": the verb before the closing
        if verb is not None:
            item = item[:verb.start()]
        if not named:  # "依托|新材料、新能源等…", "对|工业、旅游业…": a clause word before the first item is the clause's
            lead = after_inner_verb(item)  # … and so is a verb inside it ("非常适合|生物技术产业、…等产业发展")
            lead = max((m.end() for m in P["item_lead_verb"].finditer(item, lead) if len(item) - m.end() >= 2),
                       default=lead)  # (ind21) a clause's verb only a list's first item holds: 现已谋划|中药材
            lead += len(item[lead:]) - len(strip_lead_words(item[lead:]))
            a, item = a + lead, item[lead:]
        named.append((a, P["item_quotes"].sub("", item)))
    return named


def _official_pair(a: int, item: str) -> list[tuple[int, str]]:
    """"新一代信息技术及航空航天": an item whose two halves, joined by 及/与, are both official names
    (data/industries) is two items, unless the list's count is already made; "汽车及零部件" stays one."""
    parts = list_patterns()["inner_joiner"].split(item)
    if len(parts) != 2 or not all(in_vocabulary(p) for p in parts):
        return [(a, item)]
    return [(a, parts[0]), (a + len(parts[0]) + 1, parts[1])]


def field_name(b: GraphBuilder, spans: list[Found], a: int, item: str) -> bool:
    """Whether a listed field (a batch's or a focus verb's, at `a`) has a field's name: an item's shape, no place, count,
    generic word or verb in it, and no other kind of name there (batch_fields, focus_fields)."""
    P = list_patterns()
    return bool(P["item"].match(item)) and not P["item_place"].search(item) and not P["item_counted"].search(item) \
        and not is_place_word(item) and b.resolver.county(item) is None and not generic_industry(item) \
        and not holds_verb(item) and not held_by_name(spans, a, a + len(item))


def without_place_head(spans: list[Found], text: str, a: int, item: str) -> tuple[int, str]:
    """"与衡东县化工新材、泵业智造…等主导产业": a county, zone or park right after a preposition (place_head) that opens
    an item, or that list_items dropped from the first item as a lead word, says whose industry it is, no part of its name."""
    for f in spans:
        if f.label in PLACE_LABELS and a <= f.start <= a + 1 and f.end <= a + len(item) - 2 \
                and list_patterns()["place_head"].fullmatch(text, f.start - 1, f.start) \
                and industry_name(item[f.end - a:]):  # (in the item, or dropped from it as a lead word: list_items)
            return f.end, item[f.end - a:]
    return a, item
