"""One timed extraction for `bench_extract.py --extract-only`: the code in CODE_DIR (this checkout, or a
baseline's) extracts this checkout's corpus after the same warm-up as bench_extract.py, then the corpus
scaled SCALE times; prints the figures as one JSON line.

    .venv/bin/python bench/extract_worker.py CODE_DIR CORPUS_DIR SCALE
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

if __name__ == "__main__":
    code, corpus_dir, scale = Path(sys.argv[1]).resolve(), sys.argv[2], int(sys.argv[3])
    sys.path[:0] = [str(Path(__file__).resolve().parent), str(code)]  # extract_timing.py from here, ingest/ from CODE_DIR

    from extract_timing import run, scaled
    from ingest.extract.nlp import get_pipeline
    from ingest.read import load_corpus

    import ingest
    assert Path(ingest.__file__).resolve().is_relative_to(code), ingest.__file__
    docs = load_corpus(corpus_dir)
    get_pipeline()
    run(docs[:1])  # warm-up, as bench_extract.py
    load = os.getloadavg()[0]
    corpus, _ = run(docs)
    big, _ = run(scaled(docs, scale)) if scale else ({}, [])
    print(json.dumps({"code": str(code), "corpus": corpus, "scaled": big, "load_average": round(load, 1)}))
