"""No cyclic garbage collection while a document is extracted or written.

Both make hundreds of thousands of small objects and free nearly all of them by reference
counting alone, yet allocating them sets off collections that walk every object of the
process (a caller's earlier graphs too) and find next to nothing to free: a third of the
loader's own CPU time, a fifth of extraction's, on the corpus scaled 100x
(bench/bench_extract.py). Collection resumes, as it was, when the document is done; what
cycles it left (a few per document) go at the next collection.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def without_gc_passes() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
