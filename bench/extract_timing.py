"""The timed path of extraction, shared by bench_extract.py (in process) and extract_worker.py (another
checkout's code in a process of its own): cleaning + structure + extraction of each document, and the scaled
corpus. Imports `ingest` from whatever checkout is first on sys.path.
"""

from __future__ import annotations

import random
import resource
import time

from graph.model import DocumentGraph
from ingest.extract import extract_document
from ingest.read import SourceDocument
from ingest.read.clean import clean_text


def peak_mib() -> float:
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return round(kib / 1024, 1)


def run(docs: list[SourceDocument]) -> tuple[dict, list[DocumentGraph]]:
    """Extract every document (cleaning redone on its raw text); the figures and the graphs."""
    chars = sum(len(d.raw_text) for d in docs)
    edges = evidence = 0
    graphs = []
    t0, c0 = time.perf_counter(), time.process_time()
    for d in docs:
        ct = clean_text(d.raw_text)
        doc = d.model_copy(update={"text": ct.text, "offsets": ct.offsets})
        g = extract_document(doc)
        graphs.append(g)
        edges += len(g.edges)
        evidence += sum(len(e.evidence) for e in g.edges)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"documents": len(docs), "chars": chars, "seconds": round(secs, 3), "cpu_seconds": round(cpu, 3),
            "chars_per_second": round(chars / secs), "chars_per_cpu_second": round(chars / cpu), "edges": edges,
            "evidence": evidence, "peak_rss_mib": peak_mib()}, graphs


def scaled(docs: list[SourceDocument], scale: int, seed: int = 7) -> list[SourceDocument]:
    """`scale` documents, each the corpus's lines shuffled with a fixed seed (for speed only)."""
    lines = [ln for d in docs for ln in d.raw_text.split("\n")]
    rng = random.Random(seed)
    out = []
    for i in range(scale):
        rng.shuffle(lines)
        raw = "\n".join(lines)
        out.append(SourceDocument(key=f"scaled_{i:03d}", path=f"scaled_{i:03d}.txt", title="scaled", date="2018-04-04",
                                  kind="plan", period="2018-2022", text="", raw_text=raw, offsets=[]))
    return out
