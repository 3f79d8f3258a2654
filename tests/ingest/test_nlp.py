"""The spaCy pipeline: offline blank Chinese, lexicon EntityRuler, suffix rules, cue Matcher."""

from __future__ import annotations

from ingest.extract.nlp import build_pipeline, get_pipeline


def test_pipeline_is_offline_and_cached() -> None:
    nlp = get_pipeline()
    assert nlp is get_pipeline()
    assert nlp.lang == "zh" and nlp.pipe_names == ["lexicon_names", "policy_name_rules", "policy_cues"]
    assert build_pipeline() is not nlp


def test_entities_from_lexicon_and_from_suffixes() -> None:
    doc = get_pipeline()("依托临清经济开发区、临清轴承产业园，支持鲁西化工、山东瑞鑫达新型材料科技有限公司等企业。")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("临清经济开发区", "Park") in ents                      # no lexicon entry: park suffix
    assert ("临清轴承产业园", "Park") in ents                      # lexicon, longer than 临清
    assert ("鲁西化工", "Enterprise") in ents                      # lexicon alias
    assert ("山东瑞鑫达新型材料科技有限公司", "Enterprise") in ents  # company suffix
    ruler_ids = {e.text: e.ent_id_ for e in doc.ents if e.label_ == "Enterprise"}
    assert ruler_ids["鲁西化工"] == "鲁西集团"
    assert [c.label_ for c in doc.spans["cues"]] == ["依托", "支持"]


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
