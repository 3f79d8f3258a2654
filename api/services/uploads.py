"""An uploaded document through the same public pipeline as the corpus: read, extract, write."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from api.errors import ApiError
from api.schemas import DocumentAdded
from graph.store import GraphStore


def ingest_upload(store: GraphStore, content: bytes, suffix: str, key: str, meta: dict[str, Any]) -> DocumentAdded:
    from ingest import ingest  # spaCy loads on first upload, not at app start

    with tempfile.TemporaryDirectory(prefix="kgup") as d:
        path = Path(d) / f"{key}{suffix}"
        path.write_bytes(content)
        result = ingest(store, [path], meta)[0]
    if result.summary is None:  # reason and next step name no path (the temp folder stays private)
        raise ApiError(422, f"the document could not be read: {result.reason}" + (f"; {result.next_step}" if result.next_step else ""),
                       code="unreadable_document")
    summary = result.summary
    return DocumentAdded(policy=summary.policy, skipped=summary.skipped, nodes=summary.nodes, relationships=summary.edges)
