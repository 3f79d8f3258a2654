"""The one narrow interface both backends implement, and the factory."""

from __future__ import annotations

from typing import Any, Iterable, Protocol, runtime_checkable

from graph.settings import GraphSettings, get_settings

Row = dict[str, Any]


@runtime_checkable
class GraphStore(Protocol):
    """Read, write, batched write, schema, ping, close. Values are plain Python."""

    backend: str  # "falkordb" or "neo4j": selects per-backend query overrides

    def read(self, query: str, params: dict[str, Any] | None = None, *, timeout_ms: int | None = None) -> list[Row]:
        """Run a read-only query; rows as dicts keyed by the RETURN names."""

    def write(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        """Run one write query."""

    def write_batch(self, query: str, rows: Iterable[Row], *, batch_size: int = 5000, param: str = "rows") -> int:
        """Run `query` once per chunk of rows, passed as `$rows`; returns the number of rows sent."""

    def write_many(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        """Run several writes together: one transaction on Neo4j; in order, each atomic, on FalkorDB."""

    def apply_schema(self) -> None:
        """Create the indexes and constraints of cypher/schema/<backend>.cypher (idempotent)."""

    def ping(self) -> bool:
        """True when the store answers a trivial query."""

    def check(self) -> str | None:
        """None when the store answers; otherwise one attempt to bring an embedded server back,
        and what is still wrong (for readiness checks)."""

    def close(self) -> None:
        """Release connections (and stop an embedded server this process started)."""


def open_store(settings: GraphSettings | None = None) -> GraphStore:
    """The store named by the settings: Neo4j when a URI is set, else embedded FalkorDB."""
    settings = settings or get_settings()
    if settings.embedded:
        from graph.falkordb_store import FalkorDBStore

        return FalkorDBStore.embedded(settings)
    from graph.neo4j_store import Neo4jStore

    return Neo4jStore(settings)


def write_in_batches(store: GraphStore, query: str, rows: Iterable[Row], *, batch_size: int, param: str) -> int:
    """`store.write(query, {param: chunk})` for each chunk of rows; the number of rows sent."""
    sent = 0
    for batch in chunks(rows, batch_size):
        store.write(query, {param: batch})
        sent += len(batch)
    return sent


def chunks(rows: Iterable[Row], size: int) -> Iterable[list[Row]]:
    if size < 1:
        raise ValueError("batch_size must be at least 1")
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
