"""Shared fixtures: one real embedded FalkorDB server per test session.

Each fixture that needs its own data uses its own graph key on that one server
(FalkorDB keeps many graphs per server), so the suite starts a single server.
Set KG_TEST_NEO4J_URI (and KG_TEST_NEO4J_PASSWORD) to also run the store
contract tests against Neo4j (`docker compose up -d neo4j`).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterator

import pytest

from graph.settings import GraphSettings
from graph.store import GraphStore, open_store

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "data" / "corpus"
NEO4J_URI = os.environ.get("KG_TEST_NEO4J_URI")


def pytest_report_header(config: pytest.Config) -> str:
    if NEO4J_URI:
        return f"neo4j: contract tests also run against {NEO4J_URI}"
    return "neo4j: KG_TEST_NEO4J_URI not set, contract tests run on embedded FalkorDB only"


@pytest.fixture(scope="session")
def data_dir() -> Iterator[Path]:
    # A short path: the unix socket lives inside it (AF_UNIX paths are limited).
    with tempfile.TemporaryDirectory(prefix="kgtest") as d:
        yield Path(d)


def embedded_settings(data_dir: Path, graph_name: str) -> GraphSettings:
    return GraphSettings(graph_uri=None, data_dir=data_dir, graph_name=graph_name)


@pytest.fixture(scope="session")
def server(data_dir: Path) -> Iterator[GraphStore]:
    """Starts the session's embedded server; other stores on data_dir reuse it."""
    store = open_store(embedded_settings(data_dir, "session"))
    yield store
    store.close()


@pytest.fixture
def fresh_store(server: GraphStore, data_dir: Path, request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """An empty graph of its own, with the schema applied, for one test."""
    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name)[:60]
    store = open_store(embedded_settings(data_dir, name))
    store.write("MATCH (n) DETACH DELETE n")
    store.apply_schema()
    yield store
    store.write("MATCH (n) DETACH DELETE n")
    store.close()


def _backends() -> list[str]:
    return ["falkordb", "neo4j"] if NEO4J_URI else ["falkordb"]


@pytest.fixture(params=_backends())
def any_store(request: pytest.FixtureRequest, server: GraphStore, data_dir: Path) -> Iterator[GraphStore]:
    """An empty store on each backend under test: the store contract runs on both."""
    if request.param == "falkordb":
        store = open_store(embedded_settings(data_dir, "contract"))
    else:
        store = open_store(GraphSettings(graph_uri=NEO4J_URI, graph_user=os.environ.get("KG_TEST_NEO4J_USER", "neo4j"),
                                         graph_password=os.environ.get("KG_TEST_NEO4J_PASSWORD")))
    store.write("MATCH (n) DETACH DELETE n")
    store.apply_schema()
    yield store
    store.write("MATCH (n) DETACH DELETE n")
    store.close()


@pytest.fixture(scope="session")
def corpus_store(server: GraphStore, data_dir: Path) -> GraphStore:
    """The shipped corpus, ingested once per session through the real pipeline and writer."""
    from ingest import ingest

    store = open_store(embedded_settings(data_dir, "corpus"))
    store.write("MATCH (n) DETACH DELETE n")
    ingest(store, [CORPUS])
    return store
