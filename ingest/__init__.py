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
           force: bool = False, on_done: Callable[[IngestResult], None] | None = None) -> list[IngestResult]:
    """Read, extract and load documents, one transaction each; unchanged ones are skipped.

    `meta` (title, issuer, date, kind) applies to lone files; `on_done` is
    called with each document's result as it lands (progress bars).
    """
    from graph.catalog import get_catalog

    items = plan(sources, meta)
    catalog = get_catalog()
    store.apply_schema()
    results: list[IngestResult] = []
    for item in items:
        result = _one(store, catalog, item, force)
        results.append(result)
        if on_done:
            on_done(result)
    return results


def _one(store: "GraphStore", catalog: Any, item: "Pending | SourceDocument", force: bool) -> IngestResult:
    from graph.errors import InvalidParameter, QueryFailed
    from graph.loader import write_document
    from ingest.errors import DocumentError
    from ingest.extract import extract_document
    from ingest.extract.follows import follow_links
    from ingest.read import read_document

    file = str(item.path)
    try:
        doc = read_document(item.path, item.meta or None) if isinstance(item, Pending) else item
    except DocumentError as e:
        return IngestResult(item.key, file, reason=e.reason, next_step=e.next_step)
    try:
        graph = extract_document(doc)
    except Exception as e:  # a defect met on this text must not cost the other documents
        return IngestResult(doc.key, file, reason=f"extraction failed ({type(e).__name__}: {e})",
                            next_step="report it with the file", warnings=doc.warnings)
    try:
        links = follow_links(graph.policy, catalog.run(store, "policy_titles"))
        summary = write_document(store, graph, derived=links, catalog=catalog, force=force)
    except (InvalidParameter, QueryFailed) as e:  # this document's values; StoreUnavailable stops the run
        return IngestResult(doc.key, file, reason=f"the graph store refused it ({e})",
                            next_step="check the file's text for unusual characters", warnings=doc.warnings)
    return IngestResult(doc.key, file, summary, warnings=doc.warnings)
