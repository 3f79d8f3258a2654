"""Notice a hung embedded server while a query waits on it.

A query may legitimately run up to its time limit, so a long wait alone proves
nothing. A hung server (SIGSTOP, a deadlock) also stops answering PING, which a
healthy FalkorDB answers at once even while its worker threads run queries. So:
once a query has waited `PING_AFTER` seconds, one thread pings its server on a
fresh connection. No answer within the store's hang limit from a server the
kernel shows stopped (SIGSTOP), or two missed pings in a row from one it shows
running, means hung: on a loaded 2-core machine one slow PING is not proof. The
store is then told (it kills, reaps and restarts its server, and the waiting
query fails fast with StoreUnavailable). One thread serves every store of the
process.
"""

from __future__ import annotations

import itertools
import threading
import time
from contextlib import contextmanager
from typing import Iterator, Protocol

PING_AFTER = 0.3  # seconds a query waits before its server is pinged
PING_EVERY = 0.5  # at most one ping per store this often while a query still waits
MISSES = 2        # missed pings in a row that make a running (not stopped) server hung


class Watched(Protocol):
    def alive(self) -> bool:
        """PING on a fresh connection within the hang limit."""

    def stopped(self) -> bool:
        """The kernel shows the server stopped (SIGSTOP) or dead."""

    def hung(self) -> None:
        """Called (from the watchdog thread) when the server is judged hung."""


class Watchdog:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._waiting: dict[int, tuple[float, Watched]] = {}
        self._ids = itertools.count()
        self._thread: threading.Thread | None = None
        self._last_ok: dict[int, float] = {}
        self._misses: dict[int, int] = {}
        self._idle = False  # the thread sleeps with nothing to wake it for

    @contextmanager
    def waiting(self, store: Watched) -> Iterator[None]:
        """Around one blocking call to the server."""
        token = next(self._ids)
        with self._cond:
            self._waiting[token] = (time.monotonic(), store)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="kg-store-watchdog", daemon=True)
                self._thread.start()
            elif self._idle:
                # Only an idle thread needs waking: a new wait falls due no sooner than those already
                # waiting (its start is later), so a thread sleeping until the first of them is early
                # enough. Waking it on every query cost a thread switch per query.
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
                    self._idle = wake is None
                    self._cond.wait(wake)
                    self._idle = False
                    continue
            for store in due:
                key = id(store)
                if store.alive():
                    self._misses[key] = 0
                else:
                    self._misses[key] = self._misses.get(key, 0) + 1
                    if self._misses[key] >= MISSES or store.stopped():
                        store.hung()
                        self._misses[key] = 0
                self._last_ok[key] = time.monotonic()


WATCHDOG = Watchdog()
