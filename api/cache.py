"""Answers of GET /api/v1/… kept in memory, keyed by the graph's version.

Every document load gives the graph a new version token (stored in the graph:
cypher/queries/bump_graph_version.cypher), so every worker and process agrees on
it. Each request reads the version first (one small query) and looks the answer
up under (version, path, query string): an answer cached under an older version
is never served again, so a cached answer never outlives the data it came from.
Only 200 answers are kept; least recently used ones go first beyond the entry
and byte limits (KG_API_CACHE_ENTRIES, KG_API_CACHE_MB). X-Cache: hit | miss.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Callable

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph.catalog import get_catalog
from api.errors import store_unavailable
from graph.errors import GraphError, StoreUnavailable
from graph.store import GraphStore

PREFIX = "/api/v1/"
Entry = tuple[int, list[tuple[bytes, bytes]], bytes]


def graph_version(store: GraphStore) -> str | None:
    rows = get_catalog().run(store, "graph_version")
    return rows[0]["version"] if rows else None


class AnswerCache:
    """Least recently used answers, bounded by count and bytes."""

    def __init__(self, max_entries: int, max_bytes: int):
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._entries: OrderedDict[tuple[Any, ...], Entry] = OrderedDict()
        self._bytes = 0

    def get(self, key: tuple[Any, ...]) -> Entry | None:
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
        return entry

    def put(self, key: tuple[Any, ...], entry: Entry) -> None:
        size = len(entry[2])
        if size > self.max_bytes or key in self._entries:
            return
        self._entries[key] = entry
        self._bytes += size
        while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
            _, old = self._entries.popitem(last=False)
            self._bytes -= len(old[2])


class ReadCacheMiddleware:
    """ASGI middleware: serve GET /api/v1/… from the cache when the graph's version has not changed."""

    def __init__(self, app: ASGIApp, *, get_store: Callable[[], GraphStore | None], max_entries: int, max_mb: int):
        self.app = app
        self.get_store = get_store
        self.cache = AnswerCache(max_entries, max_mb * 1024 * 1024)

    def _version(self) -> tuple[bool, str | None, StoreUnavailable | None]:
        """(known, version, failure); not known when the store does not answer (the route then answers
        503 itself), except when it failed just now (hung, being restarted): that is answered 503 here,
        at once, rather than asking the store a second time. Run in the thread pool: it may block."""
        store = self.get_store()
        if store is None:
            return False, None, None
        try:
            return True, graph_version(store), None
        except StoreUnavailable as e:
            return False, None, e
        except GraphError:
            return False, None, None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(PREFIX) \
                or self.cache.max_entries == 0:
            await self.app(scope, receive, send)
            return
        known, version, failure = await run_in_threadpool(self._version)
        if failure is not None:
            await store_unavailable(failure)(scope, receive, send)
            return
        if not known:
            await self.app(scope, receive, send)
            return
        key = (version, scope["path"], scope["query_string"])
        entry = self.cache.get(key)
        if entry is not None:
            status, headers, body = entry
            await send({"type": "http.response.start", "status": status, "headers": [*headers, (b"x-cache", b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                message = {**message, "headers": [*message.get("headers", []), (b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and start.get("status") == 200:
                    self.cache.put(key, (200, list(start.get("headers", [])), b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, capture)
