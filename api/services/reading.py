"""Read queries of the catalogue, run with the API's time limit."""

from __future__ import annotations

from typing import Any

from api.cache import VersionProbe
from graph.catalog import Catalog
from graph.store import GraphStore


class Reader:
    def __init__(self, store: GraphStore, catalog: Catalog, timeout_ms: int, probe: VersionProbe | None = None):
        self.store, self.catalog, self.timeout_ms = store, catalog, timeout_ms
        self.probe = probe  # a cache miss: the graph version is read before the first query (api/cache.py)

    def run(self, name: str, params: dict[str, Any] | None = None, **slots: str) -> list[dict[str, Any]]:
        if self.probe is not None:
            self.probe.read(self.store)
        return self.catalog.run(self.store, name, params, timeout_ms=self.timeout_ms, **slots)
