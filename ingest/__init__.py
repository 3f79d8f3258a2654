"""Ingestion: the one entry point from files to a loaded graph.

    from ingest import ingest
    results = ingest(store, [Path("data/corpus")])

is what `kg ingest`, `kg serve`, the upload route, the tests and the benchmarks
call. A document goes read (ingest/read) -> extract (ingest/extract, which calls
structure, the spaCy pipeline, the rule components and resolve) -> load
(graph/loader.py). Heavy imports (spaCy) happen on first use, not at import.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Union

if TYPE_CHECKING:
    from graph.loader import WriteSummary
    from graph.store import GraphStore
    from ingest.read import SourceDocument

Source = Union[str, Path, "SourceDocument"]


@dataclass
class IngestResult:
    """What happened to one document."""

    key: str
    summary: "WriteSummary"


def read_sources(sources: Iterable[Source], meta: dict[str, Any] | None = None) -> list["SourceDocument"]:
    """Files, folders (with their manifest.yaml) and already-read documents, as SourceDocuments."""
    from ingest.errors import DocumentReadError
    from ingest.read import SourceDocument, load_corpus, read_document

    docs: list[SourceDocument] = []
    for src in sources:
        if isinstance(src, SourceDocument):
            docs.append(src)
            continue
        path = Path(src)
        if not path.exists():
            raise DocumentReadError(f"{path}: no such file or folder")
        docs.extend(load_corpus(path) if path.is_dir() else [read_document(path, meta or None)])
    return docs


def ingest(store: "GraphStore", sources: Iterable[Source], meta: dict[str, Any] | None = None, *,
           force: bool = False, on_done: Callable[[IngestResult], None] | None = None) -> list[IngestResult]:
    """Read, extract and load documents, one transaction each; unchanged ones are skipped.

    `meta` (title, issuer, date, kind) applies to lone files; `on_done` is
    called with each document's result as it lands (progress bars).
    """
    from graph.catalog import get_catalog
    from graph.loader import write_document
    from ingest.extract import extract_document
    from ingest.extract.follows import follow_links

    docs = read_sources(sources, meta)
    catalog = get_catalog()
    store.apply_schema()
    results: list[IngestResult] = []
    for doc in docs:
        graph = extract_document(doc)
        links = follow_links(graph.policy, catalog.run(store, "policy_titles"))
        result = IngestResult(doc.key, write_document(store, graph, derived=links, catalog=catalog, force=force))
        results.append(result)
        if on_done:
            on_done(result)
    return results
