"""Answers of GET /api/v1/… kept in memory, keyed by the graph's version.

Every document load gives the graph a new version token (stored in the graph:
cypher/queries/bump_graph_version.cypher), so every worker and process agrees on
it. One answer is kept per URL (path and query string), with the version it was
read under: a kept answer is served only after a small query shows the version
unchanged, so a cached answer never outlives the data it came from.

A URL with no kept answer (most of a planner's traffic: a new name each time) is
not asked about first: its request reads the version itself, in the same worker
thread, just before its first catalogue query (VersionProbe, Reader.run), and the
answer is filed under that version. That saves a thread-pool hop per miss.
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
PROBE = "kg.version_probe"  # the scope key of a missed request's VersionProbe (api/deps.py hands it to the Reader)
Entry = tuple[str | None, list[tuple[bytes, bytes]], bytes]  # version read under, headers, body


def graph_version(store: GraphStore) -> str | None:
    rows = get_catalog().run(store, "graph_version")
    return rows[0]["version"] if rows else None


class VersionProbe:
    """The graph version a missed request's answer is filed under, read before its first query."""

    __slots__ = ("known", "version")

    def __init__(self, version: str | None = None, known: bool = False):
        self.known, self.version = known, version

    def read(self, store: GraphStore) -> None:
        if not self.known:
            self.version, self.known = graph_version(store), True


class AnswerCache:
    """Least recently used answers, one per URL, bounded by count and bytes."""

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
        old = self._entries.pop(key, None)  # an answer of an older version
        if old is not None:
            self._bytes -= len(old[2])
        if size > self.max_bytes:
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
        key = (scope["path"], scope["query_string"])
        entry = self.cache.get(key)
        probe = VersionProbe()
        if entry is not None:
            known, version, failure = await run_in_threadpool(self._version)
            if failure is not None:
                await store_unavailable(failure)(scope, receive, send)
                return
            if known and version == entry[0]:
                await send({"type": "http.response.start", "status": 200, "headers": [*entry[1], (b"x-cache", b"hit")]})
                await send({"type": "http.response.body", "body": entry[2]})
                return
            probe = VersionProbe(version, known)  # read before this request's queries: file the new answer under it
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                message = {**message, "headers": [*message.get("headers", []), (b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and start.get("status") == 200 and probe.known:
                    self.cache.put(key, (probe.version, list(start.get("headers", [])), b"".join(chunks)))
            await send(message)

        scope[PROBE] = probe
        await self.app(scope, receive, capture)
