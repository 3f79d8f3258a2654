"""Ingestion: the one entry point from files to a loaded graph.

    from ingest import ingest
    results = ingest(store, [Path("data/corpus")])

is what `kg ingest`, `kg serve`, the upload route, the tests and the benchmarks
call. A document goes read (ingest/read) -> extract (ingest/extract, which calls
structure, the spaCy pipeline, the rule components and resolve) -> load
(graph/loader.py). Heavy imports (spaCy) happen on first use, not at import.

A document that cannot be ingested (empty, binary, undecodable, a value the
store refuses) is a failed result naming the file, the reason and what to do;
the others still load. Only the store going away stops the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Union

if TYPE_CHECKING:
    from graph.loader import WriteSummary
    from graph.model import DocumentGraph
    from graph.store import GraphStore
    from ingest.read import SourceDocument

Source = Union[str, Path, "SourceDocument", "Pending"]


@dataclass
class Pending:
    """A file to read, with its metadata (manifest entry or caller's meta)."""

    path: Path
    meta: dict[str, Any]

    @property
    def key(self) -> str:
        return self.path.stem


@dataclass
class IngestResult:
    """What happened to one document: its write summary, or why it failed."""

    key: str
    file: str
    summary: "WriteSummary | None" = None
    reason: str = ""      # set when the document failed
    next_step: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.summary is None


def plan(sources: Iterable[Source], meta: dict[str, Any] | None = None) -> list["Pending | SourceDocument"]:
    """One entry per document, nothing read yet: folders give their supported files (with their
    manifest.yaml's metadata); `meta` applies to lone files."""
    from ingest.errors import DocumentReadError
    from ingest.read import SourceDocument, corpus_files

    items: list[Pending | SourceDocument] = []
    for src in sources:
        if isinstance(src, (SourceDocument, Pending)):
            items.append(src)
            continue
        path = Path(src)
        if path.is_dir():
            items.extend(Pending(f, m) for f, m in corpus_files(path))
        elif path.exists():
            items.append(Pending(path, dict(meta or {})))
        else:
            raise DocumentReadError(path, "no such file or folder")
    return items


def read_sources(sources: Iterable[Source], meta: dict[str, Any] | None = None) -> list["SourceDocument"]:
    """Files, folders and already-read documents, read (the first unreadable one raises)."""
    from ingest.read import read_document

    return [item if not isinstance(item, Pending) else read_document(item.path, item.meta or None)
            for item in plan(sources, meta)]


def ingest(store: "GraphStore", sources: Iterable[Source], meta: dict[str, Any] | None = None, *,
           force: bool = False, on_done: Callable[[IngestResult], None] | None = None,
           jobs: int = 1) -> list[IngestResult]:
    """Read, extract and load documents, one transaction each; unchanged ones are skipped.

    `meta` (title, issuer, date, kind) applies to lone files; `on_done` is
    called with each document's result as it lands (progress bars). With
    `jobs` > 1, documents are read and extracted in that many worker processes
    (ingest/pool.py) and loaded here in their order, so the graph is the same.
    """
    from graph.catalog import get_catalog
    from ingest.pool import extractions

    items = plan(sources, meta)
    catalog = get_catalog()
    store.apply_schema()
    results: list[IngestResult] = []
    for done in extractions(items, jobs):
        result = done if isinstance(done, IngestResult) else _load(store, catalog, done, force)
        results.append(result)
        if on_done:
            on_done(result)
    return results


@dataclass
class Extracted:
    """One document's facts, ready to load (what a worker process sends back)."""

    key: str
    file: str
    graph: "DocumentGraph"
    warnings: list[str]


def extract_one(item: "Pending | SourceDocument") -> "Extracted | IngestResult":
    """Read and extract one document (in this process or a worker); a failed IngestResult when it cannot be."""
    from ingest.chunks import extract_large
    from ingest.errors import DocumentError
    from ingest.read import read_document

    file = str(item.path)
    try:
        doc = read_document(item.path, item.meta or None) if isinstance(item, Pending) else item
    except DocumentError as e:
        return IngestResult(item.key, file, reason=e.reason, next_step=e.next_step)
    try:
        graph = extract_large(doc)
    except Exception as e:  # a defect met on this text must not cost the other documents
        return IngestResult(doc.key, file, reason=f"extraction failed ({type(e).__name__}: {e})",
                            next_step="report it with the file", warnings=doc.warnings)
    return Extracted(doc.key, file, graph, doc.warnings)


def _load(store: "GraphStore", catalog: Any, done: Extracted, force: bool) -> IngestResult:
    from graph.errors import InvalidParameter, QueryFailed
    from graph.loader import write_document
    from ingest.extract.follows import follow_links

    try:
        links = follow_links(done.graph.policy, catalog.run(store, "policy_titles"))
        summary = write_document(store, done.graph, derived=links, catalog=catalog, force=force)
    except (InvalidParameter, QueryFailed) as e:  # this document's values; StoreUnavailable stops the run
        return IngestResult(done.key, done.file, reason=f"the graph store refused it ({e})",
                            next_step="check the file's text for unusual characters", warnings=done.warnings)
    return IngestResult(done.key, done.file, summary, warnings=done.warnings)
