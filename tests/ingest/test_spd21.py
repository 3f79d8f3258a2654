"""spd21: extraction does less for the same output.

* Python 3.11's EnumType.__getattr__ is gone (graph/model.py), as in Python 3.12: every member still reads as before,
  and a missing name is still an AttributeError.
* `Gazetteer.full_names_in` reads the longest full name ending at each level character with one regex over the text
  read backwards, not a lookup per length: the old loop is kept here, and both run over every corpus and devset_other
  text, every line and sentence of them, and the names their sentences hold.
* The Resolver's kept answers (county, county_prefix, counties_in, cluster) are looked up with get: a first ask raised
  and caught a KeyError.
* `context._innermost` (a section's cluster, a box's title) keeps its answers by the pattern's key in layout.yaml.
* The needed-word gates (`rules.scan`, `search`) walk a sorted tuple of the words, not a frozenset.
"""

from __future__ import annotations

import enum
from pathlib import Path

import pytest

from graph.model import Label, RelType
from ingest.gazetteer import _ENDING_RE, Gazetteer, default_gazetteer
from ingest.read import clean
from ingest.structure import analyse

ROOT = Path(__file__).resolve().parents[2]


def test_enum_members_read_without_the_hook() -> None:
    assert "__getattr__" not in vars(enum.EnumType)
    assert Label.PROJECT is Label("Project") and RelType.MENTIONS.value == "MENTIONS"
    assert Label.__members__["PARK"] is Label.PARK and list(Label)[0] is Label.POLICY
    with pytest.raises(AttributeError):
        Label.NOT_A_LABEL  # noqa: B018
    with pytest.raises(AttributeError):
        Label.__not_a_dunder__  # noqa: B018


_BY_END: dict[str, list[int]] = {}  # the lengths of the full names ending in each character, longest first


def _old_full_names_in(gaz: Gazetteer, text: str) -> list:
    """full_names_in as it was: each length of the full names ending in the character, longest first."""
    if not _BY_END:
        lengths: dict[str, set[int]] = {}
        for n in gaz.full:
            lengths.setdefault(n[-1], set()).add(len(n))
        _BY_END.update({c: sorted(ls, reverse=True) for c, ls in lengths.items()})
    by_end = _BY_END
    out = []
    last_end = -1
    for m in _ENDING_RE.finditer(text):
        end = m.end()
        for k in by_end.get(m.group(0), ()):
            if k > end:
                continue
            units = gaz.full.get(text[end - k:end])
            if units is None:
                continue
            start = end - k
            if start < last_end or (end < len(text) and text[end] in gaz.not_after) or gaz._inside_word(text, start):
                break
            if k == 2 and not gaz._bounded(text, start, units):
                break
            out.append((start, end, units))
            last_end = end
            break
    return out


def _texts() -> list[str]:
    files = [*(ROOT / "data" / "corpus").rglob("*.txt"), *(ROOT / "tests" / "devset_other" / "docs").rglob("*.txt")]
    texts = [clean.clean_text(f.read_text(encoding="utf-8")).text for f in files]
    parts = [s.text for t in texts for s in analyse(t).sentences] + [ln for t in texts for ln in t.split("\n")]
    composed = ["莘县", "莘县人民政府", "在莘县", "山东省聊城市莘县经济开发区", "市场监管局", "新增城区", "县县", "省", "",
                "临清市、冠县和高唐县", "宁夏回族自治区银川市金凤区"]
    return texts + parts + composed


def test_full_names_in_as_before() -> None:
    gaz = default_gazetteer()
    assert gaz._full_backwards.match("县莘") is not None  # (the names spelt backwards)
    found = 0
    texts = _texts()
    for text in texts:
        want = _old_full_names_in(gaz, text)
        assert gaz.full_names_in(text) == want, text[:80]
        found += len(want)
    assert found > 1000
    # the names inside the texts' sentences, each on its own (a name is the whole text; its ending closes the text)
    names = {t[s:e] for t in texts[:400] for s, e, _u in _old_full_names_in(gaz, t)}
    for name in names:
        for text in (name, name + "人民政府", "在" + name):
            assert gaz.full_names_in(text) == _old_full_names_in(gaz, text), text


def test_first_asks_of_the_resolver_raise_nothing() -> None:
    """Resolver.county, county_prefix, counties_in and cluster keep their answers (None too) and look them up with get:
    a first ask, half of all asks, raised and caught a KeyError (three times the lookup's cost)."""
    import sys

    from ingest.lexicon import default_lexicon
    from ingest.resolve import Resolver

    r = Resolver(default_lexicon())
    r.set_document("临清市和冠县发展轴承产业。")
    raised: list[str] = []

    def trace(frame, event, arg):  # noqa: ANN001, ANN202
        if event == "exception" and frame.f_code.co_filename.endswith("resolve.py"):
            raised.append(f"{frame.f_code.co_name}: {arg[0].__name__}")
        return trace

    asks = [lambda: r.county("临清市"), lambda: r.county("不是县名"), lambda: r.county_prefix("临清市轴承产业园"),
            lambda: r.counties_in("临清市和冠县"), lambda: r.cluster("轴承产业")]
    sys.settrace(trace)
    try:
        first = [ask() for ask in asks]
    finally:
        sys.settrace(None)
    assert not raised, raised
    assert first[1] is None and first[0] is not None and first[3]
    assert [ask() for ask in asks] == first  # (kept: the same answers again)


def test_a_sections_cluster_and_box_are_kept_by_the_patterns_key() -> None:
    """context._innermost keeps its answers by layout.yaml's key, not by the compiled pattern (whose hash reads its
    whole compiled code on every call: 5,700 hashes a corpus pass)."""
    from ingest.extract.context import _innermost, box_title, cluster_of_section
    from ingest.structure import Sentence

    s = Sentence(0, 5, "发展新材料", ("第三章 产业布局", "第一节 新材料产业集群", "专栏1 重点项目"))
    assert cluster_of_section(s) == "新材料" and box_title(s) == "重点项目"
    assert _innermost(s.path, "cluster_section") == "新材料" and _innermost(("第二章",), "box_title") is None


def test_the_gates_walk_a_tuple_of_needed_words() -> None:
    """rules.scan and search keep a pattern's needed words as a sorted tuple: a set's iteration, on every gate, walked
    its hash table's empty slots and made a set iterator (82 thousand gates a corpus pass)."""
    import re

    from ingest.rules import _NEEDS, scan, search

    p = re.compile("(?<!该)(?:试验区|示范区|先行区)[，,]")
    assert list(scan(p, "这里没有那些词")) == [] and search(p, "自贸试验区，").group(0) == "试验区，"
    assert _NEEDS[id(p)][1] == ("先行区", "示范区", "试验区")
