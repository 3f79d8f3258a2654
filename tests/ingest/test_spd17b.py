"""spd17b: prose patterns rewritten to open with a literal character (the regex engine then skips to the
candidate first characters instead of trying the pattern at every position) match exactly what they matched
before: the old pattern text is kept here, and both are run over every corpus and devset_other text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.extract.targets import rules
from ingest.read import clean
from ingest.rules import pattern_group

ROOT = Path(__file__).resolve().parents[2]
_VERBS = "发展|培育|壮大|打造|聚焦|布局|形成"
_INTRO_TAIL = ("[^，。；：]{0,6}?[，,]?(?:其中)?(?:包括|包含|主要有|共有|分别为|分别是|含(?![\\u4e00-\\u9fff]?量)|"
               "(?<=[，,])(?:如|例如|比如)(?!期|何|果|实|下))[：:]?")
# the patterns as they were before the rewrite (an optional opening, a lookbehind or a lookahead first)
OLD = {
    "intro": "(?<![期该此])(?:项目|项目开工|签约项目|开工项目)" + _INTRO_TAIL,
    "covers_intro": "(?<![期该此])项目[^，。；：]{0,4}?(?:涵盖|涉及)了?",
    "vocabulary_verb": f"(?:重点|大力|加快|积极|着力|优先|培育|持续)?(?:{_VERBS})(?:[和与并]?(?:壮大|发展|做强|培育))?了?",
    "target_cue": "(?!计划[、等])(?:力争|年内|目标|确保|争取|预计|计划|预期|努力|冲刺)|(?<![高升加长低大降])到(?:19|20)\\d\\d年|"
                  "到\\W?(?:十一五|十二五|十三五|十四五|十五五)",
    "whole_division": "(?<![占在为比较入过于])全([省市州盟县旗区])(?![\\u4e00-\\u9fff]{0,2}(?:平均|同期|比重|占比|增速|增幅|第|首位|前列))",
    "own_division": "(?<![占在为比较入过于])[全我本]([省市州盟县旗区])(?!域)",
    "clean_punct": rf"(?=[,;:?!()])(?:(?<=[{clean._CJK}])[,;:?!()]|[,;:?!()](?=[{clean._CJK}]))",
    "clean_space": rf"(?=[ \xa0])(?:(?<=[{clean._CJK}])[ \xa0]+(?=[\d%A-Za-z])|(?<=[\d%A-Za-z])[ \xa0]+(?=[{clean._CJK}]))",
    "clean_join": rf"(?=[ \t\n])(?<=[^\s{re.escape(clean._FINAL)}])[ \t]*\n(?:[ \t\u3000]*\n)+(?=[^\s#])",
}


def _new() -> dict[str, re.Pattern[str]]:
    return {"intro": pattern_group("prose", "project_list")["intro"],
            "covers_intro": pattern_group("prose", "project_list")["covers_intro"],
            "vocabulary_verb": pattern_group("prose", "industry_list")["vocabulary_verb"],
            "target_cue": rules().p["target_cue"], "whole_division": rules().p["whole_division"],
            "own_division": rules().p["own_division"], "clean_punct": clean._PUNCT_NEAR_CJK,
            "clean_space": clean._SPACE_CJK_NUM, "clean_join": clean._JOIN}


def _texts() -> list[str]:
    files = [*(ROOT / "data" / "corpus").rglob("*.txt"), *(ROOT / "tests" / "devset_other" / "docs").rglob("*.txt")]
    texts = [f.read_text(encoding="utf-8") for f in files]
    composed = ["此项目包括厂房和仓库，该项目涵盖两个车间，一期项目包含道路，签约项目主要有A、B等，开工项目分别是C、D",
                "全区计划、安排各项工作；计划等事项已定，计划到2025年建成，升到2020年，力争到“十四五”末实现翻番",
                "重点发展新能源产业，大力培育和壮大新材料，培育发展了高端装备，持续打造食品产业集群",
                "占全省的比重，全市平均，我县工业，本区域内，比全国高",
                "园区 2020 年产值 5G 基站,共建(一期) (a)设备\xa0 PACK包",
                "第一段未完的句子\n\n接着写完。\n  \t\n\n下一段，\t \n\n# 标题\n标题行\n \n\n续行"]
    return texts + composed  # (the files' raw text: what the cleaning patterns see) + [s for t in texts + composed for s in re.split("[。；\n]", t) if s]


def _matches(p: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in p.finditer(text)]


@pytest.mark.parametrize("name", sorted(OLD))
def test_same_matches_as_before(name: str) -> None:
    old, new = re.compile(OLD[name]), _new()[name]
    assert old.pattern != new.pattern
    found = 0
    for text in _texts():
        old_matches = _matches(old, text)
        assert _matches(new, text) == old_matches, (name, text[:80])
        found += len(old_matches)
    assert found  # (the texts exercise the pattern)


def test_guards_kept() -> None:
    """The lookbehinds moved after the literal still refuse what they refused (期/该/此 before 项目, 计划、)."""
    P = _new()
    assert not P["covers_intro"].search("该项目涵盖两个车间") and P["covers_intro"].search("重点项目涵盖两个车间")
    assert not P["intro"].search("一期项目包含道路") and P["intro"].search("签约项目主要有甲、乙")
    assert not P["target_cue"].search("计划、安排") and P["target_cue"].search("计划建成")
    assert not P["target_cue"].search("升到2020年") and P["target_cue"].search("力争到2025年")
    assert P["vocabulary_verb"].search("重点发展").group(0) == "重点发展"


def test_patterns_open_with_a_literal() -> None:
    """Each rewritten pattern gives the engine its first characters (the point of the rewrite)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]
    for name, p in _new().items():
        parsed = _parser.parse(p.pattern, p.flags)
        prefix = _compiler._get_literal_prefix(parsed, p.flags)[0]
        assert prefix or _compiler._get_charset_prefix(parsed, p.flags), name


def test_enterprise_spans_as_with_the_lookahead() -> None:
    """Resolver.enterprise_spans searches its names from each start on instead of a lookahead at every position:
    the same spans, overlapping ones too."""
    from ingest.lexicon import default_lexicon
    from ingest.resolve import Resolver
    from ingest.rules import literal_alternation

    r = Resolver(default_lexicon())
    names = r.enterprise_names()
    old = re.compile(f"(?=({literal_alternation(tuple(names))}))")
    texts = _texts() + ["".join(names[:40]), names[0] + names[0][1:] + "，" + names[-1]]
    found = 0
    for text in texts:
        spans = [(m.start(), m.end(1)) for m in old.finditer(text)]
        assert r.enterprise_spans(text) == spans, text[:80]
        found += len(spans)
    assert found
