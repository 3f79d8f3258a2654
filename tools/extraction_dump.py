"""Dump what extraction makes of the corpus and both development sets, to check that a change
meant to be mechanical (a speed-up, a refactor) leaves the output byte-identical.

    .venv/bin/python tools/extraction_dump.py --out /tmp/new.jsonl
    .venv/bin/python tools/extraction_dump.py --code ../other-worktree --out /tmp/old.jsonl
    .venv/bin/python tools/extraction_dump.py --compare /tmp/old.jsonl /tmp/new.jsonl
    (--scaled 3: also three documents of bench/bench_extract.py's scaled corpus)

One JSON line per document: the set, the file and its DocumentGraph (nodes, edges and evidence in
the order extraction made them). The documents are read as `kg ingest` and `kg eval` read them
(data/corpus with its manifest; tests/devset and tests/devset_other with their sources' metadata).
`--code DIR` runs another checkout's extraction code on this checkout's documents. The unseen set
is left out on purpose (nobody but its authors reads it before the end of a session).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(code: Path, out: Path, scaled: int = 0) -> dict[str, str]:
    """Write the dump of every set; returns each set's sha256."""
    sys.path.insert(0, str(code))
    sys.path.insert(0, str(ROOT / "bench"))
    from evaluation.docset import extract_docset, load_docset
    from ingest.extract import extract_document
    from ingest.read import load_corpus

    import ingest
    print(f"code: {Path(ingest.__file__).resolve().parent.parent}")
    corpus = load_corpus(ROOT / "data" / "corpus")
    sets = {"corpus": {d.key: extract_document(d) for d in corpus}}
    if scaled:  # documents of bench_extract's scaled corpus: the corpus's lines in other orders
        from extract_timing import scaled as _scaled
        from ingest.read.clean import clean_text

        docs = [d.model_copy(update={"text": ct.text, "offsets": ct.offsets})
                for d in _scaled(corpus, scaled) for ct in [clean_text(d.raw_text)]]
        sets["scaled"] = {d.key: extract_document(d) for d in docs}
    for name, module in sys.modules.items():  # every ingest module from CODE
        if name.startswith("ingest") and getattr(module, "__file__", None):
            assert Path(module.__file__).resolve().is_relative_to(code), f"{name} loaded from {module.__file__}"
    for name in ("devset", "devset_other"):
        folder = ROOT / "tests" / name
        sets[name] = extract_docset(folder, load_docset(folder))
    digests = {}
    with out.open("w", encoding="utf-8") as f:
        for name, graphs in sets.items():
            h = hashlib.sha256()
            for key in sorted(graphs):
                line = json.dumps({"set": name, "doc": key, "graph": graphs[key].model_dump(mode="json")},
                                  ensure_ascii=False, sort_keys=True)
                h.update(line.encode())
                f.write(line + "\n")
            digests[name] = h.hexdigest()
    return digests


def compare(a: Path, b: Path) -> int:
    """0 when the two dumps are identical; else name every document that differs and the first difference."""
    left = a.read_text(encoding="utf-8").splitlines()
    right = b.read_text(encoding="utf-8").splitlines()
    if left == right:
        print(f"identical: {len(left)} documents")
        return 0
    docs = {(d["set"], d["doc"]): d["graph"] for d in map(json.loads, left)}
    for line in right:
        d = json.loads(line)
        old = docs.pop((d["set"], d["doc"]), None)
        if old != d["graph"]:
            print(f"differs: {d['set']}/{d['doc']}")
            for part in ("policy", "nodes", "edges"):
                if old is None or old[part] != d["graph"][part]:
                    olds = old[part] if old else []
                    news = d["graph"][part]
                    if part == "policy":
                        print(f"  policy: {olds} != {news}")
                        continue
                    k = next((i for i, (x, y) in enumerate(zip(olds, news)) if x != y), min(len(olds), len(news)))
                    print(f"  {part}[{k}] ({len(olds)} vs {len(news)}):")
                    print(f"    - {olds[k] if k < len(olds) else None}")
                    print(f"    + {news[k] if k < len(news) else None}")
    for key in docs:
        print(f"missing: {key[0]}/{key[1]}")
    return 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose extraction code runs")
    ap.add_argument("--scaled", type=int, default=0, help="also this many documents of bench_extract's scaled corpus")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    args = ap.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    if not args.out:
        ap.error("--out or --compare is required")
    for name, digest in dump(args.code.resolve(), args.out, args.scaled).items():
        print(f"{name}: {digest}")


if __name__ == "__main__":
    main()
