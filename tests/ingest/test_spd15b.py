"""Speed work of session 15b: a regex's needed words (ingest.rules.may_match, scan for finditer, search for search)
skip its scan over a sentence that holds none of them. The skip must never lose a match: checked on composed patterns
and on every pattern of data/rules against composed sentences and the corpus's lines; and the rules it gates still
fire through the pipeline."""

from __future__ import annotations

import re
from pathlib import Path

from graph.model import Label
from ingest.rules import RULES_DIR, _needed, may_match, pattern_group, patterns, rule_data, scan, search
from tests.ingest.graphs import extracted

ROOT = Path(__file__).resolve().parents[2]


def _words(regex: str) -> frozenset[str] | None:
    from re import _parser

    return _needed(_parser.parse(regex))


def test_needed_words_of_composed_patterns() -> None:
    assert _words("ab(?:cd|ef)g") == frozenset({"ab"})
    assert _words("x(?:甲乙丙|丁戊己)y") == frozenset({"甲乙丙", "丁戊己"})  # the longest words win
    assert _words("(?:甲|乙)?投资") == frozenset({"投资"})  # an optional part needs nothing
    assert _words("(?:甲乙|)丙") == frozenset({"丙"})  # a branch that may be empty needs nothing
    assert _words("(?<=甲)乙") == frozenset({"乙"})  # a lookaround is no part of the match
    assert _words("(?:甲乙)+") == frozenset({"甲乙"})  # a part repeated at least once
    assert _words("[甲乙]\\d*") is None  # no literal at all: never skipped
    assert _words("甲(?i:b)") == frozenset({"甲"})  # an ignore-case part is not read


def test_a_skipped_scan_finds_nothing_and_others_are_kept() -> None:
    p = re.compile("(?:^|(?<=，))(?P<firm>[\u4e00-\u9fff]{2,6}?)投资\\d+亿元")
    assert not may_match(p, "某公司建设厂房") and list(scan(p, "某公司建设厂房")) == []
    assert [m.group("firm") for m in scan(p, "今年，某某科技投资5亿元")] == ["某某科技"]
    assert search(p, "某公司建设厂房") is None and search(p, "今年，某某科技投资5亿元").group("firm") == "某某科技"
    assert may_match(re.compile("[甲乙]+"), "丙")  # nothing needed: always scanned


def _all_patterns() -> list[re.Pattern[str]]:
    out: list[re.Pattern[str]] = []
    for path in sorted(RULES_DIR.glob("*.yaml")):
        data = rule_data(path.stem)
        for key, value in data.items():
            if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
                try:
                    out += (patterns(path.stem) if key == "patterns" else pattern_group(path.stem, key)).values()
                except Exception:  # a mapping of words, not of regexes
                    continue
    return out


def test_no_pattern_of_the_rules_loses_a_match() -> None:
    """Every data/rules pattern that matches a line of the corpus or a composed sentence passes may_match there."""
    lines = [ln for f in sorted((ROOT / "data" / "corpus").glob("*.txt"))
             for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
    lines += ["以某某、某某等企业为龙头的新材料产业", "某某科技拟投资20亿元建设项目", "某某有限公司年产5000吨生产线项目",
              "全县培育五大千亿产业集群，三分之一以上", "某某股份有限公司（以下简称“某某股份”）"]
    checked = 0
    for p in _all_patterns():
        for ln in lines:
            if p.search(ln):
                assert may_match(p, ln), (p.pattern, ln)
                checked += 1
    assert checked > 1000


def test_gated_rules_still_fire_through_the_pipeline() -> None:
    """The rules behind the first gates (an investor named as a subject, a firm's production line, a defined short name,
    a led industry) still find their names when the words are there."""
    g = extracted("某县某某纺织科技有限公司（以下简称“某某纺织”）年产3000吨高端面料生产线已建成投产，带动就业300人。"
                  "某某纺织将继续扩大产能。\n全县形成了以某某纺织等企业为龙头的现代纺织产业。")
    names = {n.name for n in g.nodes}
    aliases = {a for n in g.nodes for a in n.aliases}
    assert any(n.label == Label.ENTERPRISE and "某某纺织" in ({n.name} | set(n.aliases)) for n in g.nodes)
    assert "某某纺织" in aliases or "某某纺织" in names
    assert any(n.label == Label.PROJECT and n.name.endswith("生产线") for n in g.nodes)
