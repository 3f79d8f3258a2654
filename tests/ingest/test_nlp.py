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

