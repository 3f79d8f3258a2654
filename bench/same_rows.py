"""The loader's baseline: the same node and relationship rows it sends, upserted batched and
nothing else (no sentences, no deletes, no status), with the catalogue's upsert_nodes and
upsert_edges. Shared by bench_extract.py and bench_store.py."""

from __future__ import annotations

from typing import Any

from graph.catalog import Catalog
from graph.loader import BATCH_SIZE, DocumentRows
from graph.model import Label
from graph.store import GraphStore


def bare_statements(rows: DocumentRows, catalog: Catalog, backend: str) -> list[tuple[str, dict[str, Any]]]:
    """The statements of the baseline, and (by len of their rows) the facts they write."""
    out = []
    for label, batch in ((Label.POLICY, [rows.policy_row]), *rows.nodes.items()):
        text = catalog.get("upsert_nodes").text(backend, label=label.value)
        out += [(text, {"rows": batch[i:i + BATCH_SIZE]}) for i in range(0, len(batch), BATCH_SIZE)]
    for rel_type, batch in rows.edges_by_type().items():
        text = catalog.get("upsert_edges").text(backend, rel_type=rel_type.value)
        out += [(text, {"rows": batch[i:i + BATCH_SIZE], "policy": rows.policy, "rev": rows.rev})
                for i in range(0, len(batch), BATCH_SIZE)]
    return out


def run(store: GraphStore, statements: list[tuple[str, dict[str, Any]]]) -> None:
    for text, params in statements:
        store.write(text, params)
