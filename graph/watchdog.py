"""Notice a hung embedded server while a query waits on it.

A query may legitimately run up to its time limit, so a long wait alone proves
nothing. A hung server (SIGSTOP, a deadlock) also stops answering PING, which a
healthy FalkorDB answers at once even while its worker threads run queries. So:
once a query has waited `PING_AFTER` seconds, one thread pings its server on a
fresh connection; no answer within the store's hang limit means hung, and the
store is told (it kills, reaps and restarts its server, and the waiting query
fails fast with StoreUnavailable). One thread serves every store of the process.
"""

from __future__ import annotations

import itertools
import threading
import time
from contextlib import contextmanager
from typing import Iterator, Protocol

PING_AFTER = 0.3  # seconds a query waits before its server is pinged
PING_EVERY = 0.5  # at most one ping per store this often while a query still waits


class Watched(Protocol):
    def alive(self) -> bool:
        """PING on a fresh connection within the hang limit."""

    def hung(self) -> None:
        """Called (from the watchdog thread) when `alive()` failed."""


class Watchdog:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._waiting: dict[int, tuple[float, Watched]] = {}
        self._ids = itertools.count()
        self._thread: threading.Thread | None = None
        self._last_ok: dict[int, float] = {}

    @contextmanager
    def waiting(self, store: Watched) -> Iterator[None]:
        """Around one blocking call to the server."""
        token = next(self._ids)
        with self._cond:
            self._waiting[token] = (time.monotonic(), store)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="kg-store-watchdog", daemon=True)
                self._thread.start()
            self._cond.notify()
        try:
            yield
        finally:
            with self._cond:
                del self._waiting[token]

    def _due(self) -> tuple[list[Watched], float | None]:
        now = time.monotonic()
        due: dict[int, Watched] = {}
        wake: float | None = None
        for started, store in self._waiting.values():
            at = max(started + PING_AFTER, self._last_ok.get(id(store), 0.0) + PING_EVERY)
            if at <= now:
                due[id(store)] = store
            else:
                wake = at - now if wake is None else min(wake, at - now)
        return list(due.values()), wake

    def _loop(self) -> None:
        while True:
            with self._cond:
                due, wake = self._due()
                if not due:
                    self._cond.wait(wake)
                    continue
            for store in due:
                if store.alive():
                    self._last_ok[id(store)] = time.monotonic()
                else:
                    store.hung()
                    self._last_ok[id(store)] = time.monotonic()


WATCHDOG = Watchdog()
