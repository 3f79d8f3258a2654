"""spd19: extraction does less for the same output.

* The pipeline's lexemes carry only the attributes its components read (a character's first meeting in a process
  computed 23 of spaCy's Chinese defaults: like_num, shape, norm, url…); the entities are those of a pipeline with
  every default attribute.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.attrs import IS_SPACE, LANG

from ingest.extract.nlp import CharTokenizer, _patterns, get_pipeline
from ingest.lexicon import default_lexicon
from ingest.read import clean
from ingest.structure import analyse

ROOT = Path(__file__).resolve().parents[2]


def test_lexemes_carry_what_the_pipeline_reads() -> None:
    """A pipeline with every default lexeme attribute finds the same entities and cues in every corpus sentence, and in
    texts with whitespace; the pipeline's own lexemes compute only the space flag and the language."""
    nlp = get_pipeline()
    assert set(nlp.vocab.lex_attr_getters) == {IS_SPACE, LANG}
    full = spacy.blank("zh")  # (build_pipeline on spaCy's own vocabulary)
    assert len(full.vocab.lex_attr_getters) > 20
    full.tokenizer = CharTokenizer(full.vocab)
    full.add_pipe("lexicon_names").add_patterns(_patterns(default_lexicon()))
    full.add_pipe("policy_name_rules", after="lexicon_names")
    full.add_pipe("policy_cues")
    texts = [s.text for f in sorted((ROOT / "data" / "corpus").glob("*.txt"))
             for s in analyse(clean.clean_text(f.read_text(encoding="utf-8")).text).sentences]
    texts += ["依托鲁西 化工，支持 山东瑞鑫达新型材料科技有限公司", "临清 经济开发区\u3000鲁西化工", "a b\tc"]
    for text, ours, theirs in zip(texts, nlp.pipe(texts), full.pipe(texts), strict=True):
        assert [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in ours.ents] == \
            [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in theirs.ents], text
        assert [(c.start_char, c.end_char, c.label_) for c in ours.spans.get("cues", ())] == \
            [(c.start_char, c.end_char, c.label_) for c in theirs.spans.get("cues", ())], text
        assert [t.is_space for t in ours] == [t.is_space for t in theirs], text
