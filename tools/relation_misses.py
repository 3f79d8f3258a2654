"""Gold relations whose two ends are both found but whose relation is not: the reading misses.

    PYTHONPATH=. python tools/relation_misses.py FOLDER [--rel LOCATED_IN] [--file 12.txt]

FOLDER is a document set (docs/, gold.yaml, sources.yaml). Ends match as evaluation/docset.py matches them
(`_Doc.nodes_for`: any scored node whose keys meet the gold entity's). For each miss it prints the sentences
that mention both ends (from the MENTIONS evidence), else the first sentence of each end, and the edges of the
same gold type that leave the source (a relation read to another end). Never run it on a held-out half.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from evaluation.docset import _Doc, extract_docset, load_docset, reaches, type_map
from graph.model import RelType


def _mentions(graph) -> dict[str, list[tuple[int, int, str]]]:
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for e in graph.edges:
        if e.type == RelType.MENTIONS:
            for ev in e.evidence:
                out[e.target].append((ev.start, ev.end, ev.sentence))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--rel", default="")
    ap.add_argument("--file", default="")
    ap.add_argument("--max-sentences", type=int, default=3)
    a = ap.parse_args()
    tm = type_map()
    docs = [d for d in load_docset(a.folder) if not a.file or d.file == a.file]
    graphs = extract_docset(a.folder, docs)
    counts: Counter[str] = Counter()
    both: Counter[str] = Counter()
    for g in docs:
        d = _Doc(g, graphs[g.file], tm)
        ment = _mentions(d.graph)
        pred = defaultdict(list)
        for e in d.graph.edges:
            rel = tm.gold_relation(e, d.nodes)
            if rel:
                pred[rel].append(e)
        located = defaultdict(set)
        for e in d.graph.edges:
            if e.type == RelType.LOCATED_IN:
                located[e.source].add(e.target)

        for src, rel, dst in g.relations:
            if a.rel and rel != a.rel:
                continue
            A, B = d.nodes_for(src), d.nodes_for(dst)
            if not (A and B):
                continue
            counts[rel] += 1
            found = [e for e in pred.get(rel, []) if e.source in A and e.target in B]
            if found or (rel == "LOCATED_IN" and any(reaches(located, x, B) for x in A)):
                continue
            both[rel] += 1
            print(f"\n### {g.file} {src} -{rel}-> {dst}")
            sa = {(s, e): t for x in A for s, e, t in ment.get(x, [])}
            sb = {(s, e): t for x in B for s, e, t in ment.get(x, [])}
            common = sorted(set(sa) & set(sb))
            if common:
                for k in common[: a.max_sentences]:
                    print(f"  both @{k[0]}: {sa[k]}")
            else:
                for lab, ss in (("src", sa), ("dst", sb)):
                    for k in sorted(ss)[:1]:
                        print(f"  {lab} @{k[0]}: {ss[k]}")
            other = [e for e in pred.get(rel, []) if e.source in A]
            for e in other[:3]:
                rules = ",".join(sorted({ev.rule for ev in e.evidence}))
                print(f"  has: -> {d.label(e.target)} ({rules})")
    print("\n== both ends found / relation missed")
    for rel in sorted(counts):
        print(f"  {rel:12} {both[rel]:4} / {counts[rel]}")
    print(f"  {'all':12} {sum(both.values()):4} / {sum(counts.values())}")


if __name__ == "__main__":
    main()
