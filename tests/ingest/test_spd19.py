"""spd19: extraction does less for the same output.

* The pipeline's lexemes carry only the attributes its components read (a character's first meeting in a process
  computed 23 of spaCy's Chinese defaults: like_num, shape, norm, url…); the entities are those of a pipeline with
  every default attribute.
* Patterns that tried every position of a text (a lookbehind or a lookahead first, a repeated class first, a line's
  start then a lazy run, a class among the literals of an alternation) open with a character the regex engine can
  skip to, and match what they matched before: the old pattern text is kept here, and both run over every corpus and
  devset_other text.
"""

from __future__ import annotations

import re
from pathlib import Path
from re import _compiler, _parser

import pytest
import spacy
from spacy.attrs import IS_SPACE, LANG

from ingest.extract import names
from ingest.extract.nlp import CharTokenizer, _patterns, get_pipeline
from ingest.extract.targets import rules
from ingest.lexicon import default_lexicon
from ingest.read import clean
from ingest.rules import pattern, pattern_group
from ingest.structure import analyse

ROOT = Path(__file__).resolve().parents[2]
_GLOSS = "[（(](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,7}[）)]"
_INLINE_TAIL = ("、[^\\S\\n]*(?:回顾)?(?P<year>(?:19|20)\\d\\d)年(?:(?:工作)?(?:回顾|总结)(?![\\u4e00-\\u9fff])|"
                "(?<=回顾(?:19|20)\\d\\d年))")
# the patterns as they were before (each tried at every position of the text)
OLD = {
    "pinyin_gloss": rf"(?=[（(])(?<=[{clean._CJK}]){_GLOSS}",
    "trail_space": r"(?m)[ \u3000\xa0\t]+$",
    "multi_space": r"[ \u3000\xa0]{2,}",
    "review_inline": "(?<![\\u4e00-\\u9fff])[一二三四五六七八九十]+" + _INLINE_TAIL,
    "review_intro": "(?m)^[^\\n]*?(?P<year>(?:19|20)\\d\\d)年(?:工作)?(?:回顾|总结)[：:][^\\S\\n]*$",
    "change_base": "(?<!自)由[^，。；,;到至\\d]{1,12}$",
    "change_from": "[由从]\\d.*$|(?<!自)由[^，。；,;\\d]{1,12}\\d.*$",
    "name_lead_exists": "(?<!所)有(?!色|机|限|线|效|益|氧)",
    "name_function_char": "[将于继把被从由仅]|以(?![及上下来后前内外])|就(?!地)",
    "shape_parts_of": "(?<![类批个])项目(?![\\d一二三四五六七八九十两]+[个项])",
    "indicator_value": "(\\d+(?:\\.\\d+)?)\\s*(%|个百分点|家|个|件|人|亿元|万元)",
}


def _new() -> dict[str, re.Pattern[str]]:
    return {"pinyin_gloss": clean._PINYIN_GLOSS, "trail_space": clean._TRAIL_SPACE, "multi_space": clean._MULTI_SPACE,
            "review_inline": rules().p["review_inline"], "review_intro": rules().p["review_intro"],
            "change_base": rules().p["change_base"], "change_from": rules().p["change_from"], "name_lead_exists": names._EXISTS,
            "name_function_char": pattern("projects", "name_function_char"),
            "shape_parts_of": pattern_group("prose", "project_list")["shape_parts_of"],
            "shape_end": pattern_group("prose", "project_list")["shape_end"], "indicator_value": pattern("indicators", "value")}


def _texts() -> list[str]:
    files = [*(ROOT / "data" / "corpus").rglob("*.txt"), *(ROOT / "tests" / "devset_other" / "docs").rglob("*.txt")]
    raw = [f.read_text(encoding="utf-8") for f in files]
    composed = ["以下是2023年工作回顾：\n一年来，全县", "前言\n解读政府工作报告要点之一：2022年工作回顾：  \n正文",
                "2017年工作总结:\n", "12019年回顾：\n下文", "a2020年总结：b\n2021年回顾：", "…提出意见。 一、2017年工作回顾 一年来",
                "十一、回顾2023年，我们爬坡过坎", "第二十一、2019年工作回顾 ", "開發(fā)區(qū)，领导(dǎo)和县人大，word (dǎo) x，中（zhōng）文",
                "园区  2020年　　产值 \t\n  下一行\u3000\xa0", "由2020年的5%提高到8%，自由贸易区由原来的三家增至五家，从10亿元增长",
                "所有项目均已开工，共有12个项目，有色金属和有机化工，以及以上，就地转化，将乐县以此为契机，仅此一项",
                "一类项目3个，A项目5个，批项目，个项目，该项目二期", "网站", "工作站", "充电站", "加油站", "站", "高铁站（一期）工程",
                "增长12.5%，新增3家，0.5个百分点"]
    return raw + [clean.clean_text(t).text for t in raw] + composed  # (raw: what the cleaning sees; clean: the rules)


def _matches(key: str, p: re.Pattern[str], text: str, old: bool) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    if key == "review_intro" and not old:  # the heading starts at the start of the line the year closes
        return [((text.rfind("\n", 0, m.start()) + 1, m.end()), m.groups()) for m in p.finditer(text)]
    return [(m.span(), m.groups()) for m in p.finditer(text)]


def _skips(p: re.Pattern[str]) -> bool:
    """The regex engine can skip to this pattern's possible first characters (a literal prefix or a first-character set)."""
    tree = _parser.parse(p.pattern, p.flags)
    return bool(_compiler._get_literal_prefix(tree, p.flags)[0] or _compiler._get_charset_prefix(tree, p.flags))


# (prose.yaml project_list shape_end, a long list of endings: its 站 had the lookbehinds first)
OLD["shape_end"] = _new()["shape_end"].pattern.replace("站(?<!网站)(?<!工作站)", "(?<!网)(?<!工作)站")


@pytest.mark.parametrize("key", sorted(OLD))
def test_same_matches_as_before(key: str) -> None:
    old, new = re.compile(OLD[key]), _new()[key]
    assert not _skips(old) and _skips(new)
    found = 0
    for text in _texts():
        want = _matches(key, old, text, old=True)
        assert _matches(key, new, text, old=False) == want, (key, text[:80])
        found += len(want)
    assert found  # (the texts exercise the pattern)


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
