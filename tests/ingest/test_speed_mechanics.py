"""The speed-ups of extraction's plumbing are exact: the trie alternation matches what the sorted
alternation matched, and the pipeline's tokenizer and lexicon matcher give spaCy's own tokens and
entity_ruler's entities, `nlp.parse` skips only sentences that name nothing, and one regex finds the company
names a find loop found (bench/bench_extract.py measures the time; tools/extraction_dump.py compares whole
outputs)."""

from __future__ import annotations

import random
import re

import spacy

from ingest.extract.nlp import _patterns, get_pipeline
from ingest.lexicon import default_lexicon
from ingest.rules import literal_alternation


def _flat(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


def test_trie_alternation_matches_as_the_sorted_alternation_in_any_context() -> None:
    rng = random.Random(3)
    alphabet = "开发区经济高新技术园.(|"
    for _ in range(300):
        names = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 12))]
        text = "".join(rng.choice(alphabet + "，") for _ in range(60))
        for shape in ("{}", "({})区", "^(?:{})+", "(?:{})?园", "(?<=经)(?:{})(?!技)"):
            flat, trie = re.compile(shape.format(_flat(names))), re.compile(shape.format(literal_alternation(names)))
            assert [m.span() for m in flat.finditer(text)] == [m.span() for m in trie.finditer(text)], (names, shape)


def test_tokenizer_gives_spacys_char_tokens() -> None:
    ours, theirs = get_pipeline(), spacy.blank("zh")
    for text in ("聊城市高新区", "鲁西 化工  集团", " 开头\t空白 ", "a b\u3000c\n"):
        a, b = ours.make_doc(text), theirs.make_doc(text)
        assert [(t.text, t.whitespace_) for t in a] == [(t.text, t.whitespace_) for t in b]
        assert a.user_data["text"] == b.text == text


def test_lexicon_names_are_entity_rulers() -> None:
    ruler_nlp = spacy.blank("zh")
    ruler_nlp.add_pipe("entity_ruler", config={"overwrite_ents": True}).add_patterns(_patterns(default_lexicon()))
    ours = get_pipeline()
    text = "依托临清经济开发区、临清轴承产业园，支持鲁西化工、东阿阿胶和 鲁西 化工等企业，冠县东昌府区高唐县。"
    with ours.select_pipes(enable=["lexicon_names"]):
        got = [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in ours(text).ents]
    want = [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in ruler_nlp(text).ents]
    assert got == want and len(got) >= 4


def test_parse_skips_only_sentences_that_name_nothing() -> None:
    """nlp.parse gives every sentence the entities and cues the whole pipeline gives it, on the corpus and on
    texts with whitespace; only sentences with neither share the empty Doc."""
    from pathlib import Path

    from ingest.extract.nlp import parse
    from ingest.read import load_corpus
    from ingest.structure import analyse

    nlp = get_pipeline()
    corpus = Path(__file__).resolve().parents[2] / "data" / "corpus"
    texts = [s.text for d in load_corpus(corpus) for s in analyse(d.text).sentences]
    texts += ["依托鲁西 化工，支持 山东瑞鑫达新型材料科技有限公司", "今年 天气很好"]
    parsed = parse(nlp, texts)
    skipped = 0
    for text, doc, full in zip(texts, parsed, nlp.pipe(texts), strict=True):
        ents = [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in full.ents]
        cues = [(c.end_char, c.label_) for c in full.spans.get("cues", ())]
        assert [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in doc.ents] == ents, text
        assert [(c.end_char, c.label_) for c in doc.spans.get("cues", ())] == cues, text
        if len(doc) == 0:
            skipped += 1
            assert not ents and not cues
    assert 0 < skipped < len(texts)


def test_enterprise_spans_cover_what_every_company_name_covers() -> None:
    """name_county's one regex over the lexicon's company names marks the same characters as a find loop per name."""
    from ingest.resolve import Resolver

    r = Resolver(default_lexicon())
    names = r.enterprise_names()
    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(rng.choice(names)[: rng.randint(1, 6)] for _ in range(rng.randint(1, 4)))
        by_find = set()
        for n in names:
            i = text.find(n)
            while i >= 0:
                by_find.update(range(i, i + len(n)))
                i = text.find(n, i + 1)
        assert {p for s, e in r.enterprise_spans(text) for p in range(s, e)} == by_find, text
