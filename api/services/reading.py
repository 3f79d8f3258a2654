"""Read queries of the catalogue, run with the API's time limit."""

from __future__ import annotations

from typing import Any

from graph.catalog import Catalog
from graph.store import GraphStore


class Reader:
    def __init__(self, store: GraphStore, catalog: Catalog, timeout_ms: int):
        self.store, self.catalog, self.timeout_ms = store, catalog, timeout_ms

    def run(self, name: str, params: dict[str, Any] | None = None, **slots: str) -> list[dict[str, Any]]:
        return self.catalog.run(self.store, name, params, timeout_ms=self.timeout_ms, **slots)
