"""An uploaded document through the same public pipeline as the corpus: read, extract, write."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from api.schemas import DocumentAdded
from graph.store import GraphStore


def ingest_upload(store: GraphStore, content: bytes, suffix: str, key: str, meta: dict[str, Any]) -> DocumentAdded:
    from ingest import ingest, read_sources  # spaCy loads on first upload, not at app start

    with tempfile.TemporaryDirectory(prefix="kgup") as d:
        path = Path(d) / f"{key}{suffix}"
        path.write_bytes(content)
        docs = read_sources([path], meta)
    summary = ingest(store, docs)[0].summary
    return DocumentAdded(policy=summary.policy, skipped=summary.skipped, nodes=summary.nodes, relationships=summary.edges)
