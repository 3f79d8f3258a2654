"""The spaCy pipeline: blank Chinese (character segmenter, fully offline) + entity rules.

* the tokenizer (`CharTokenizer`): one token per character, as spaCy's "char" segmenter;
* `lexicon_names`: every lexicon name and alias, labelled with its node type and
  with the canonical name as the entity id (what spaCy's `entity_ruler` does with phrase patterns);
* `policy_cues`: a regex marking the words that introduce a cluster's leading
  firms (依托, 支持, 发挥, 鼓励, 以) in `doc.spans["cues"]` (absent when there is none), labelled by the word;
* `policy_name_rules`: parks, companies and projects that are in no lexicon,
  found by their suffixes (ingest/extract/names.py), and listed firms' short names the tagger reads as whole
  names (ingest/extract/stock_names.py, their span id the rule `stock_name`); the longest span wins over a
  lexicon span inside it (信发高新材料产业园 beats 信发), so a project's name
  hides the company inside it (extraction reads the company back out).
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Collection
from functools import lru_cache
from typing import Sequence

import spacy
from spacy.attrs import IS_SPACE, LANG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, get_words_and_spaces
from spacy.vocab import Vocab

from graph.model import Label
from ingest.rules import literal_alternation, words
from ingest.gazetteer import default_gazetteer
from ingest.lexicon import CONTEXT_ONLY_ALIASES, Lexicon, default_lexicon
from ingest.extract.stock_names import RULE as STOCK_RULE, find_stock_names
from ingest.extract.names import (find_company_lines, find_enterprises, find_industries, find_infrastructure, find_investors,
                                  find_parks, find_projects, find_zone_areas, find_zone_branches)


_WHITESPACE = re.compile(r"\s")


class CharTokenizer:
    """spaCy's Chinese "char" segmenter (`spacy.lang.zh`, segmenter "char"): one token per character,
    whitespace kept as spaCy keeps it. spaCy aligns every character back to the text (quadratic in a
    sentence's length); a text without whitespace needs no alignment. The text is kept in
    doc.user_data["text"]: spaCy rebuilds doc.text token by token on every access."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.orths = _Orths(vocab)

    def __call__(self, text: str) -> Doc:
        words: list[str] | list[int]
        if _WHITESPACE.search(text):
            words, spaces = get_words_and_spaces(list(text), text)
        else:  # the characters' ids: Doc hashes a word given as a string, every time
            words, spaces = list(map(self.orths.__getitem__, text)), [False] * len(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data["text"] = text
        return doc


class _Orths(dict):
    """A character's id in the vocabulary's strings (its lexeme's orth), hashed once."""

    def __init__(self, vocab: Vocab) -> None:
        super().__init__()
        self.strings = vocab.strings

    def __missing__(self, char: str) -> int:
        orth = self[char] = self.strings.add(char)
        return orth


@Language.factory("lexicon_names")
class LexiconNames:
    """Lexicon names as entities: spaCy's entity_ruler with phrase patterns, without its cost per
    call (an empty token Matcher, a warnings context, a token scan per match). The same PhraseMatcher
    and the same choice: the longest match first, the earlier on a tie, none overlapping one taken."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.matcher = PhraseMatcher(nlp.vocab)
        self.ids: dict[int, tuple[str, str]] = {}  # match key -> (label, canonical name)
        self.runs: set[str] = set()  # each pattern's characters, as they stand in a text without whitespace
        self._runs_re: re.Pattern[str] | None = None

    def add_patterns(self, patterns: list[dict]) -> None:
        """Entries {"label", "pattern", "id"} as for entity_ruler's phrase patterns."""
        by_key: dict[tuple[str, str], list[str]] = {}
        for p in patterns:
            by_key.setdefault((p["label"], p["id"]), []).append(p["pattern"])
        for (label, ent_id), texts in by_key.items():
            key = f"{label}||{ent_id}"
            self.ids[self.nlp.vocab.strings.add(key)] = (label, ent_id)
            pattern_docs = [self.nlp.make_doc(t) for t in texts]
            self.matcher.add(key, pattern_docs)
            # a pattern with a whitespace token matches no text without whitespace
            self.runs.update("".join(t.text for t in d) for d in pattern_docs if not any(t.is_space for t in d))
        self._runs_re = None

    def may_match(self, text: str) -> bool:
        """Whether the matcher can find a name in `text`, which holds no whitespace (one token per
        character): one regex over every pattern's characters."""
        if self._runs_re is None:
            self._runs_re = re.compile(literal_alternation(self.runs) or "(?!)")
        return self._runs_re.search(text) is not None

    def __call__(self, doc: Doc) -> Doc:
        # a name listed under two entries matches twice on one span: the lower key wins, every time
        matches = sorted(sorted({m for m in self.matcher(doc) if m[1] != m[2]}),
                         key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        ents, seen = [], set()
        for key, start, end in matches:
            if start not in seen and end - 1 not in seen:
                label, ent_id = self.ids[key]
                ents.append(Span(doc, start, end, label=label, span_id=ent_id))
                seen.update(range(start, end))
        if ents:  # most sentences name nothing listed: setting no entities costs as much as setting some
            doc.ents = ents
        return doc


_FINDERS = ((find_parks, Label.PARK.value), (find_zone_areas, Label.PARK.value), (find_zone_branches, Label.PARK.value),
            (find_enterprises, Label.ENTERPRISE.value), (find_investors, Label.ENTERPRISE.value),
            (find_projects, Label.PROJECT.value), (find_infrastructure, Label.PROJECT.value),
            (find_company_lines, Label.PROJECT.value), (find_industries, Label.CLUSTER.value),
            (find_stock_names, Label.ENTERPRISE.value))
# a finder whose names are no shape but a list's (stock_names.py): its spans carry the rule as their id, and the mention
# of such a name is that rule's (document.rule_mentions), not a shape's
_RULES = {find_stock_names: STOCK_RULE}


_FIRM = Label.ENTERPRISE.value
_LIST_MARK = "、"


def shaped_names(text: str, known: Collection[str] = ()) -> list[tuple[int, int, str, str]]:
    """(start, end, label, rule) of every name names.py finds by its shape (rule ""), and of the listed firms' short names
    written alone (rule `stock_name`, stock_names.py); a firm's start where the tagger reads a clause's
    words before its name (tagged_names.firm_start: 涵盖|三一集团), none where only a company's kind is left (过去|公司).
    `known`: the lexicon's names, which the stock finder leaves to the lexicon (its span wins there anyway)."""
    from ingest.extract.tagged_names import firm_start

    out = []
    for finder, label in _FINDERS:
        rule = _RULES.get(finder, "")
        for start, end, _name in (find_stock_names(text, known) if finder is find_stock_names else finder(text)):
            if label == _FIRM and not text.startswith(_LIST_MARK, start - 1):  # (a list's mark bounds an item)
                cut = firm_start(text[start:end])
                if cut is None:
                    continue
                if cut > 1 or start > 0 and not unicodedata.category(text[start - 1]).startswith("P"):
                    start += cut  # (；供|联茸乡…公司: one character alone cut off a name opening its clause is its own)
            out.append((start, end, label, rule))
    return out


@Language.component("policy_name_rules")
def policy_name_rules(doc: Doc) -> Doc:
    found = doc.user_data.pop("shaped", None)  # `parse` found them already
    if found is None:
        found = shaped_names(doc.user_data["text"])
    if not found:
        return doc  # reading and re-setting doc.ents costs more than all the regexes
    spans = list(doc.ents)
    have = {(s.start_char, s.end_char) for s in spans}
    found = [f for f in found if (f[0], f[1]) not in have]  # the lexicon found it already
    if not found:
        return doc
    for start, end, label, rule in found:
        span = doc.char_span(start, end, label=label, alignment_mode="expand", span_id=rule)
        if span is not None:
            spans.append(span)
    doc.ents = filter_spans(spans)
    return doc


CUE_WORDS = words("clusters", "cue_words")


@Language.factory("policy_cues")
class CueMarker:
    """Marks cue words (data/rules/clusters.yaml) as spans labelled by the word. One regex over
    the text: a token Matcher cost as much as the whole entity ruler for five words."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.pattern = re.compile(literal_alternation(CUE_WORDS))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for m in self.pattern.finditer(doc.user_data["text"]):
            span = doc.char_span(m.start(), m.end(), label=m.group(0))
            if span is not None:
                spans.append(span)
        if spans:  # most sentences hold none: an empty span group costs as much as the regex
            doc.spans["cues"] = spans
        return doc

    def may_match(self, text: str) -> bool:
        return self.pattern.search(text) is not None


def _patterns(lexicon: Lexicon) -> list[dict]:
    pats = []
    for e in lexicon.entries:
        for n in {e.name, *e.aliases, *e.renamed_from}:
            # Generic aliases would fire everywhere, and a two-character company short name
            # opens other names (信发|高新材料产业园, 中通|客车): rules resolve those in context.
            if len(n) >= 2 and n not in CONTEXT_ONLY_ALIASES and not (e.label == Label.ENTERPRISE and len(n) <= 2):
                pats.append({"label": e.label.value, "pattern": n, "id": e.name})
    return pats


_LEX_ATTRS_READ = (IS_SPACE, LANG)  # a pattern's whitespace (LexiconNames.add_patterns); the vocabulary's language


def _read_lex_attrs(getters: dict) -> dict:
    """The lexeme attributes the pipeline reads, of spaCy's Chinese defaults. A lexeme is made the first time a process
    meets a character, and the defaults compute 23 attributes for it (like_num, shape, norm, url…: 25 µs a character,
    2.6 per cent of the corpus's extraction after bench_extract's warm-up, spd19); the components read each token's
    characters (its orth, which every lexeme has) and `is_space`, nothing else."""
    return {attr: getters[attr] for attr in _LEX_ATTRS_READ}


def build_pipeline(lexicon: Lexicon | None = None) -> Language:
    """A fresh pipeline for `lexicon` (default: data/lexicon). Use `get_pipeline` for the cached one."""
    lex = lexicon or default_lexicon()
    nlp = spacy.blank("zh")  # the default "char" segmenter needs no download
    nlp.vocab.lex_attr_getters = _read_lex_attrs(nlp.vocab.lex_attr_getters)
    nlp.tokenizer = CharTokenizer(nlp.vocab)
    ruler = nlp.add_pipe("lexicon_names")
    ruler.add_patterns(_patterns(lex))
    nlp.add_pipe("policy_name_rules", after="lexicon_names")
    nlp.add_pipe("policy_cues")
    return nlp


@lru_cache(maxsize=2)
def _cached_default() -> Language:
    nlp = build_pipeline(None)
    default_gazetteer()
    # The pipeline, lexicon, gazetteer and compiled rules live as long as the process. Frozen, the
    # cyclic garbage collector stops walking them on every full collection: that walk was 15% of
    # extraction's CPU time on the corpus (5% after).
    gc.collect()
    gc.freeze()
    return nlp


def get_pipeline(lexicon: Lexicon | None = None) -> Language:
    """The pipeline, cached for the default lexicon."""
    return _cached_default() if lexicon is None else build_pipeline(lexicon)


def parse(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """`nlp.pipe` over a document's sentences, without the work for the sentences that can name nothing.

    A sentence without whitespace in which no lexicon name stands (`LexiconNames.may_match`), no
    name has its shape (`shaped_names`) and no cue word stands would leave the pipeline with no
    entities and no cues: it gets one empty Doc, shared, not a Doc of its characters run through
    the matcher (building those Docs was a third of the pipeline's time, and more than half the
    corpus's sentences name nothing). The shapes found on the way are handed to `policy_name_rules`.
    The test is the three components' own: a component added to the pipeline needs its test here too.
    """
    ruler, cues = nlp.get_pipe("lexicon_names"), nlp.get_pipe("policy_cues")
    out: list[Doc | None] = []
    todo: list[Doc] = []
    for text in texts:
        shaped = None if _WHITESPACE.search(text) else shaped_names(text, ruler.runs)
        if shaped == [] and not ruler.may_match(text) and not cues.may_match(text):
            out.append(None)
            continue
        doc = nlp.make_doc(text)
        if shaped is not None:
            doc.user_data["shaped"] = shaped
        todo.append(doc)
        out.append(doc)
    empty = Doc(nlp.vocab)
    parsed = iter(nlp.pipe(todo))
    return [empty if d is None else next(parsed) for d in out]


def entities(nlp: Language, text: str) -> list[Span]:
    return list(nlp(text).ents)
