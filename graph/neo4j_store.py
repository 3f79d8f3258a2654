"""The Neo4j adapter: the official driver, one per process, `execute_query` with
`database_` and read routing for reads."""

from __future__ import annotations

from typing import Any, Iterable

import neo4j
from neo4j import GraphDatabase, RoutingControl
from neo4j.exceptions import ClientError, DriverError, Neo4jError, ServiceUnavailable, SessionExpired
from neo4j.graph import Node, Path, Relationship

from graph.errors import QueryFailed, QueryTimeout, StoreUnavailable
from graph.catalog import schema_statements
from graph.settings import GraphSettings
from graph.store import Row, write_in_batches
from graph.values import check_params, node_dict, rel_dict


def _plain(value: Any) -> Any:
    if isinstance(value, Node):
        return node_dict(value.element_id, list(value.labels), dict(value))
    if isinstance(value, Relationship):
        return rel_dict(value.element_id, value.type, value.start_node.element_id, value.end_node.element_id, dict(value))
    if isinstance(value, Path):
        return {"nodes": [_plain(n) for n in value.nodes], "relationships": [_plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j temporal types
        return value.iso_format()
    return value


class Neo4jStore:
    backend = "neo4j"

    def __init__(self, settings: GraphSettings):
        auth = (settings.graph_user, settings.graph_password) if settings.graph_password else None
        self._database = settings.graph_database
        self._timeout_s = settings.query_timeout_ms / 1000
        try:
            # Every wait is bounded by the query time limit: connecting, taking a pooled
            # connection, and retrying a transient failure (the driver's defaults are 30-60 s).
            # Notifications off: the server's hints (deprecations, unknown property keys on an
            # empty graph) would be logged as warnings on every query; the linter test covers them.
            self._driver = GraphDatabase.driver(
                settings.graph_uri, auth=auth, connection_timeout=settings.store_hang_ms / 1000,
                connection_acquisition_timeout=self._timeout_s, max_transaction_retry_time=self._timeout_s,
                notifications_min_severity="OFF")
        except (ValueError, DriverError) as e:
            raise StoreUnavailable(f"bad Neo4j URI {settings.graph_uri!r}: {e}") from e

    def _execute(self, query: str, params: dict[str, Any] | None, *, routing: RoutingControl,
                 timeout_ms: int | None = None) -> list[Row]:
        params = params or {}
        check_params(params)
        timeout = (timeout_ms / 1000) if timeout_ms else self._timeout_s
        try:
            records, _, keys = self._driver.execute_query(
                neo4j.Query(query, timeout=timeout), params, database_=self._database, routing_=routing,
            )
        except (ServiceUnavailable, SessionExpired, OSError) as e:
            raise StoreUnavailable("the Neo4j server does not answer") from e
        except ClientError as e:
            if e.code and "Timeout" in e.code:
                raise QueryTimeout("the query ran past its time limit") from e
            raise QueryFailed(e.message or str(e)) from e
        except (Neo4jError, DriverError) as e:
            raise QueryFailed(str(e)) from e
        return [{k: _plain(r[k]) for k in keys} for r in records]

    def read(self, query: str, params: dict[str, Any] | None = None, *, timeout_ms: int | None = None) -> list[Row]:
        return self._execute(query, params, routing=RoutingControl.READ, timeout_ms=timeout_ms)

    def write(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        return self._execute(query, params, routing=RoutingControl.WRITE)

    def write_batch(self, query: str, rows: Iterable[Row], *, batch_size: int = 5000, param: str = "rows") -> int:
        return write_in_batches(self, query, rows, batch_size=batch_size, param=param)

    def write_many(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        for _, params in statements:
            check_params(params or {})

        def work(tx: neo4j.ManagedTransaction) -> None:
            for query, params in statements:
                tx.run(query, params or {}).consume()

        try:
            with self._driver.session(database=self._database) as session:
                session.execute_write(work)
        except (ServiceUnavailable, SessionExpired) as e:
            raise StoreUnavailable("the Neo4j server does not answer") from e
        except Neo4jError as e:
            raise QueryFailed(e.message or str(e)) from e

    def apply_schema(self) -> None:
        for statement in schema_statements(self.backend):  # IF NOT EXISTS makes each idempotent
            self.write(statement)

    def ping(self) -> bool:
        try:
            self._driver.verify_connectivity()
            return True
        except (DriverError, Neo4jError, OSError):
            return False

    def check(self) -> str | None:
        """None when the server answers; otherwise what is wrong (the driver reconnects by itself)."""
        try:
            self._driver.verify_connectivity()
            return None
        except (DriverError, Neo4jError, OSError) as e:
            return f"the Neo4j server does not answer: {type(e).__name__}"

    def close(self) -> None:
        self._driver.close()
