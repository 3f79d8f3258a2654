"""The real app on the real embedded FalkorDB: the shipped corpus (via the real pipeline)
and a small fixture graph for facts the corpus may not state (met / not met verdicts)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import ApiSettings
from graph.settings import GraphSettings
from graph.store import GraphStore, open_store
from graph.loader import write_document
from tests.api.fixture_graph import documents

API_KEY = "k3y-for-tests-0123456789abcdef"


def settings(**over: object) -> ApiSettings:
    """Explicit settings: the environment of whoever runs the tests must not change them."""
    base: dict[str, object] = {"api_key": API_KEY, "cors_origins": "http://localhost:5173"}
    return ApiSettings(**{**base, **over})


@pytest.fixture(scope="session")
def corpus_app(corpus_store: GraphStore) -> FastAPI:
    return create_app(settings(), store=corpus_store)


@pytest.fixture(scope="session")
def client(corpus_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(corpus_app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def fixture_store(server: GraphStore, data_dir: Path) -> Iterator[GraphStore]:
    store = open_store(GraphSettings(graph_uri=None, data_dir=data_dir, graph_name="api_fixture"))
    store.write("MATCH (n) DETACH DELETE n")
    store.apply_schema()
    for graph in documents():
        write_document(store, graph)
    yield store
    store.close()


@pytest.fixture(scope="session")
def fixture_client(fixture_store: GraphStore) -> Iterator[TestClient]:
    with TestClient(create_app(settings(), store=fixture_store), raise_server_exceptions=False) as c:
        yield c
