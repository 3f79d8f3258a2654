"""jieba's parts of speech at a name's left edge: an experiment, measured and not adopted (docs/EXTRACTION.md,
"jieba's parts of speech at a name's left edge"). jieba is not a dependency of the project.

    .venv/bin/pip install jieba        # PyPI, MIT; its dictionary and HMM ship inside the package
    .venv/bin/python tools/pos_edge.py moves tests/audit/docs                    # every name the edge moves
    .venv/bin/python tools/pos_edge.py moves /work/halves/b4check/docs --count   # counts only (a held-out half)
    .venv/bin/python tools/pos_edge.py eval --set other --other /work/halves/b4learn   # `kg eval` with the edge on
    (--loose: the edge moves over the function words even where no head follows them)

The mechanism: a shaped name (Park, Enterprise, Project; ingest/extract/nlp.shaped_names) sometimes starts too
early and swallows the verb, adverb or pronoun before it (原有|宽甸…有限公司, 我市|东营威联化学有限公司). jieba
tags a short window (up to data/rules/pos_edge.yaml `window_before` characters before the name, from its
clause's start, and the name); a leading run of function words (`function_tags`: verbs, adverbs, pronouns,
prepositions, conjunctions, particles) is dropped when the name's head follows it: a place or a person's or
firm's name (`head_tags`, or a province or prefecture of the gazetteer, 大同/d). At jieba's word boundaries only,
never the last word (the ending), never below `min_name_chars`; a one-character word only where it began
before the name (进一步|衔接: 步衔接…). jieba's dictionary loads once, lazily, at the first name that needs it.
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.extract.names import _opens_with_place, after_last_mark  # noqa: E402
from ingest.gazetteer import default_gazetteer  # noqa: E402
from ingest.rules import rule_data  # noqa: E402

_P = rule_data("pos_edge")
_FUNCTION = frozenset(map(str, _P["function_tags"]))
_HEAD = frozenset(map(str, _P["head_tags"]))
_BEFORE = int(_P["window_before"])
_KEEP = int(_P["min_name_chars"])
_ENDINGS = tuple(map(str, _P["division_endings"]))
LABELS = frozenset(map(str, _P["labels"]))


def _names_place(word: str, rest: str) -> bool:
    """A province or prefecture opens `rest`, or `word` is one's name without its ending (大同/d: 大同市; not a
    county's: 路北/s|延工程, 新/a|材料)."""
    full = default_gazetteer().full
    return _opens_with_place(rest) or any(u.level != "county" for e in _ENDINGS for u in full.get(word + e, ()))


@lru_cache(maxsize=1)
def _tagger():
    try:
        import jieba
        import jieba.posseg
    except ImportError:  # not installed: the rules alone
        return None
    jieba.setLogLevel(60)
    return jieba.posseg.dt


@lru_cache(maxsize=4096)
def _tag(window: str) -> tuple[tuple[str, str], ...]:
    tagger = _tagger()
    return tuple((w.word, w.flag) for w in tagger.cut(window, HMM=True)) if tagger else ()


def available() -> bool:
    return _tagger() is not None


def trimmed_start(text: str, start: int, end: int, loose: bool = False) -> int:
    """Where the name text[start:end] starts after the function words jieba tags at its head: the edge
    moves only onto a head word (a place, a person's or a firm's name), else the name is left as found
    (with `loose`, it moves over the run of function words whatever follows)."""
    w0 = max(after_last_mark(text, start), start - _BEFORE)
    pos, moved = w0, start
    for word, flag in _tag(text[w0:end]):
        nxt = pos + len(word)
        if nxt <= start:  # before the name
            pos = nxt
            continue
        if pos > start and (flag in _HEAD or _names_place(word, text[pos:end])):
            return pos  # the run of function words ends at the name's head
        if flag not in _FUNCTION or nxt >= end or end - nxt < _KEEP or len(word) == 1 and pos >= start \
                or _names_place(word, text[max(pos, start):end]):
            break  # a word of the name (预制/v 菜…, 欢腾/v（浙江）…), a place (大同/d), one character alone (经/p|开区)
        pos = moved = nxt
    return moved if loose else start


def trim_names(text: str, found: list[tuple[int, int, str]], loose: bool = False) -> list[tuple[int, int, str]]:
    """The shaped names (start, end, label) with their left edges moved past leading function words."""
    out = []
    for start, end, label in found:
        if label in LABELS and end - start > _KEEP:
            start = trimmed_start(text, start, end, loose)
        out.append((start, end, label))
    return out


MOVES: list[tuple[str, str, str]] = []  # (label, name found, name after the edge), as switch_on records them


def switch_on(loose: bool = False) -> None:
    """Route the pipeline's shaped names through the edge (in this process), recording every move."""
    from ingest.extract import nlp

    rules_alone = nlp.shaped_names

    def shaped_names(text: str) -> list[tuple[int, int, str]]:
        found = rules_alone(text)
        after = trim_names(text, found, loose) if found else found
        MOVES.extend((a[2], text[a[0]:a[1]], text[b[0]:b[1]]) for a, b in zip(found, after) if a != b)
        return after

    nlp.shaped_names = shaped_names


def _moves(folder: Path, count: bool) -> None:
    from ingest.extract import extract_document
    from ingest.read import read_document

    seen: set[tuple[str, str, str, str]] = set()
    for path in sorted(folder.glob("*.txt")):
        MOVES.clear()
        extract_document(read_document(path, {}))
        seen.update((path.name, *m) for m in MOVES)
    if count:
        print(dict(Counter(label for _f, label, *_ in seen)), "names moved in", len({m[0] for m in seen}), "texts")
        return
    for f, label, before, after in sorted(seen):
        print(f"{f}\t{label}\t{before[:len(before) - len(after)]}|{after}")
    print(len(seen), "moved")


def main() -> None:
    loose = "--loose" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--loose"]
    if not args or args[0] not in ("moves", "eval"):
        sys.exit(__doc__)
    if not available():
        sys.exit("jieba is not installed: .venv/bin/pip install jieba")
    switch_on(loose)
    if args[0] == "moves":
        _moves(Path(args[1]), "--count" in args)
        return
    from kg_cli.main import app
    app(["eval", *args[1:]])


if __name__ == "__main__":
    main()
