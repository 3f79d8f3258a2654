"""Extraction on every core: documents are read and extracted in worker processes, in order.

`extractions(items, jobs)` yields `extract_one(item)` for every item, in the
items' order, so the parent loads documents exactly as a serial run would (the
FOLLOWS links of a document depend on the documents loaded before it). With
jobs=1, or one document, nothing is started: it is a plain loop.

Workers are spawned (fresh interpreters, not forks of a process holding store
connections and threads) as our direct children, and die with us even on
SIGKILL (PR_SET_PDEATHSIG; with a forkserver in between they outlived a killed
`kg ingest` by minutes). At most 2 × jobs documents are in flight, so a
slow store bounds the memory held in extracted graphs.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import signal
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Iterator, Sequence

if TYPE_CHECKING:
    from ingest import Extracted, IngestResult, Pending
    from ingest.read import SourceDocument

Item = "Pending | SourceDocument"


def _worker_start() -> None:
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    from ingest.extract.nlp import get_pipeline

    get_pipeline(None)  # load spaCy and the lexicon once per worker, before the first document


def extractions(items: Sequence[Item], jobs: int) -> Iterator["Extracted | IngestResult"]:
    from ingest import extract_one

    jobs = min(jobs, len(items))
    if jobs <= 1:
        yield from map(extract_one, items)
        return
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_worker_start)
    ahead: deque[tuple[Item, Future | None]] = deque()
    rest = iter(items)

    def submit(item: Item) -> None:
        try:
            ahead.append((item, pool.submit(extract_one, item)))
        except BrokenProcessPool:
            ahead.append((item, None))  # extracted here when its turn comes

    try:
        for item in rest:
            submit(item)
            if len(ahead) >= 2 * jobs:
                break
        while ahead:
            item, future = ahead.popleft()
            try:
                yield future.result() if future else extract_one(item)
            except BrokenProcessPool:  # a worker was killed (out of memory?): the others in flight run here
                yield _died(item)
                ahead = deque((i, None) for i, _ in ahead)
            nxt = next(rest, None)
            if nxt is not None:
                submit(nxt)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _died(item: Item) -> "IngestResult":
    from ingest import IngestResult

    return IngestResult(item.key, str(item.path), reason="the extraction worker process died (out of memory?)",
                        next_step="ingest it alone with --jobs 1, or raise the memory limit")
