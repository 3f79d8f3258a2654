"""Named data sets on each backend, for the fixtures in tests/conftest.py.

FalkorDB keeps many graphs per server, so each data set has a graph key of its
own and is loaded once. Community Neo4j has one user database, so data sets take
turns in it: `load` clears and reloads only when another data set (or a fresh,
empty graph) was there last.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from graph.settings import GraphSettings
from graph.store import GraphStore, open_store

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"


def embedded_settings(data_dir: Path, graph_name: str) -> GraphSettings:
    return GraphSettings(graph_uri=None, data_dir=data_dir, graph_name=graph_name)


Loader = Callable[[GraphStore], None]


def load_corpus(store: GraphStore) -> None:
    """The shipped corpus through the real pipeline and loader."""
    from ingest import ingest

    ingest(store, [CORPUS])


def _reset(store: GraphStore) -> None:
    store.write("MATCH (n) DETACH DELETE n")
    store.apply_schema()


class FalkorDBDataSets:
    """Each data set in a graph key of its own on the session's embedded server: loaded once."""

    backend = "falkordb"

    def __init__(self, data_dir: Path):
        self._data_dir = data_dir
        self._stores: dict[str, GraphStore] = {}

    def _open(self, name: str) -> GraphStore:
        if name not in self._stores:
            self._stores[name] = open_store(embedded_settings(self._data_dir, name))
        return self._stores[name]

    def load(self, name: str, loader: Loader) -> GraphStore:
        if name not in self._stores:
            store = self._open(name)
            _reset(store)
            loader(store)
        return self._stores[name]

    def fresh(self, name: str) -> GraphStore:
        store = self._open("t_" + "".join(c if c.isalnum() else "_" for c in name)[:60])
        _reset(store)
        return store

    def close(self) -> None:
        for store in self._stores.values():
            store.close()


class Neo4jDataSets:
    """One database, one data set at a time: loading another one clears it first."""

    backend = "neo4j"

    def __init__(self, settings: GraphSettings):
        self._store = open_store(settings)
        self._current: str | None = None

    def load(self, name: str, loader: Loader) -> GraphStore:
        if self._current != name:
            self._current = None  # a load cut short leaves no usable data set
            _reset(self._store)
            loader(self._store)
            self._current = name
        return self._store

    def fresh(self, name: str) -> GraphStore:
        self._current = None
        _reset(self._store)
        return self._store

    def close(self) -> None:
        self._store.close()
