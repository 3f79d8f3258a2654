"""An uploaded document through the same public pipeline as the corpus: read, extract, write."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from api.schemas import DocumentAdded
from graph.store import GraphStore


def ingest_upload(store: GraphStore, content: bytes, suffix: str, key: str, meta: dict[str, Any]) -> DocumentAdded:
    from ingest.pipeline import extract_document  # spaCy loads on first upload, not at app start
    from ingest.readers import read_document
    from ingest.writer import write_document

    with tempfile.TemporaryDirectory(prefix="kgup") as d:
        path = Path(d) / f"{key}{suffix}"
        path.write_bytes(content)
        graph = extract_document(read_document(path, meta))
    summary = write_document(store, graph)
    return DocumentAdded(policy=summary.policy, skipped=summary.skipped, nodes=summary.nodes, relationships=summary.edges)
