"""spd18: two speed rewrites answer exactly what the code before them answered.

- document._named_before_project (str.find, then park_named_project matched after each place the name stands) says
  what `re.search(re.escape(name) + park_named_project, text)` said, one regex compiled per name;
- rules.scan and rules.search (may_match's test written into their own bodies) give what `finditer`/`search` give
  wherever the pattern can match, and skip only texts holding none of its needed words.
Both are run over composed sentences and every corpus and devset_other text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.extract.document import _PARK_NAMED_PROJECT, _named_before_project
from ingest.rules import _NEEDS, may_match, pattern_group, patterns, rule_data, scan, search

ROOT = Path(__file__).resolve().parents[2]
COMPOSED = ["安图县某某产业园项目建设现场人头攒动，某某产业园“项目”签约仪式随后举行。",
            "甲乙产业园甲乙产业园建设项目开工，丙丁物流园的配套工程完工。",
            "戊己产业园”项目落地，戊己产业园建设中。", "庚辛园区项目", "项目壬癸产业园", ""]
NAMES = ["某某产业园", "甲乙产业园", "丙丁物流园", "戊己产业园", "庚辛园区", "壬癸产业园", "园", "不在文中产业园"]


def _texts() -> list[str]:
    files = [*(ROOT / "data" / "corpus").rglob("*.txt"), *(ROOT / "tests" / "devset_other" / "docs").rglob("*.txt")]
    return COMPOSED + [f.read_text(encoding="utf-8") for f in sorted(files)]


def _old_named_before_project(surface: str, text: str) -> bool:
    return re.search(re.escape(surface) + _PARK_NAMED_PROJECT.pattern, text) is not None


def test_named_before_project_composed():
    assert _named_before_project("某某产业园", COMPOSED[0])  # the second place it stands: “项目” after 某某产业园
    assert _named_before_project("甲乙产业园", COMPOSED[1])  # overlapping places, the second before 建设项目
    assert not _named_before_project("丙丁物流园", COMPOSED[1])
    assert _named_before_project("戊己产业园", COMPOSED[2])  # a closing quote between
    assert not _named_before_project("壬癸产业园", COMPOSED[4])
    for t in COMPOSED:
        for n in NAMES:
            assert _named_before_project(n, t) == _old_named_before_project(n, t), (n, t)


def test_named_before_project_texts():
    texts = _texts()
    # the names a text could ask about: every park-shaped run of CJK before 园 in the texts (and the composed ones)
    shapes = re.compile(r"[\u4e00-\u9fff]{2,10}园")
    checked = hits = 0
    for t in texts:
        for n in {m.group(0) for m in shapes.finditer(t)} | set(NAMES):
            old = _old_named_before_project(n, t)
            assert _named_before_project(n, t) == old, n
            checked, hits = checked + 1, hits + old
    assert hits > 10 and checked > hits  # (both answers occur)


def _rule_patterns() -> list[re.Pattern[str]]:
    out: list[re.Pattern[str]] = []
    for f in sorted((ROOT / "data" / "rules").glob("*.yaml")):
        name = f.stem
        data = rule_data(name)
        if isinstance(data.get("patterns"), dict):
            out += list(patterns(name).values())
        for key, value in data.items():
            if key != "patterns" and isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
                try:
                    out += list(pattern_group(name, key).values())
                except Exception:  # (a mapping of words, not of patterns)
                    continue
    return out


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return [s for t in _texts() for s in re.split("[。；\n]", t) if s][::13]  # (every thirteenth: the test's time)


def test_scan_and_search_answer_as_the_regex(sentences):
    ps = _rule_patterns()
    assert len(ps) > 100
    tested = skipped = 0
    for p in ps:
        for s in sentences:
            found = [(m.span(), m.groups()) for m in scan(p, s)]
            assert found == [(m.span(), m.groups()) for m in p.finditer(s)], p.pattern
            m, m_old = search(p, s), p.search(s)
            assert (m and (m.span(), m.groups())) == (m_old and (m_old.span(), m_old.groups())), p.pattern
            tested += 1
            skipped += not may_match(p, s)
    assert skipped > tested // 10  # (the test skips: the scans it saves are there)


def test_scan_skips_only_without_the_needed_words():
    p = re.compile("(?<!该)(?:试验区|示范区)[，,]")
    assert list(scan(p, "这里没有那些词")) == [] and search(p, "这里没有那些词") is None
    assert set(_NEEDS[id(p)][1]) == {"试验区", "示范区"}  # (a tuple since spd21)
    assert [m.group(0) for m in scan(p, "自贸试验区，示范区，该示范区，")] == ["试验区，", "示范区，"]
    assert search(p, "该示范区，示范区,").span() == (5, 9)
    q = re.compile("a|b", re.IGNORECASE)  # no test for a pattern ignoring case: always scanned
    assert [m.group(0) for m in scan(q, "xAyb")] == ["A", "b"] and search(q, "B").group(0) == "B"
