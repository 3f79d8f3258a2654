"""The real app on each real backend: the shipped corpus (via the real pipeline) and a
small fixture graph for facts the corpus may not state (met / not met verdicts).

The apps and their clients live for the session, one per backend; the function-scoped
`client` and `fixture_client` first make sure the backend holds their data set
(on Neo4j, data sets take turns in the one database: tests/conftest.py)."""

from __future__ import annotations

from typing import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import ApiSettings
from graph.loader import write_document
from graph.store import GraphStore
from tests.api.fixture_graph import documents
from tests.backends import load_corpus

API_KEY = "k3y-for-tests-0123456789abcdef"


def settings(**over: object) -> ApiSettings:
    """Explicit settings: the environment of whoever runs the tests must not change them."""
    base: dict[str, object] = {"api_key": API_KEY, "cors_origins": "http://localhost:5173"}
    return ApiSettings(**{**base, **over})


def load_fixture_graph(store: GraphStore) -> None:
    for graph in documents():
        write_document(store, graph)


@pytest.fixture(scope="session")
def _corpus_client(data_sets) -> Iterator[TestClient]:
    store = data_sets.load("corpus", load_corpus)
    with TestClient(create_app(settings(), store=store), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def _fixture_client(data_sets) -> Iterator[TestClient]:
    store = data_sets.load("api_fixture", load_fixture_graph)
    with TestClient(create_app(settings(), store=store), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def client(corpus_store: GraphStore, _corpus_client: TestClient) -> TestClient:
    return _corpus_client


@pytest.fixture
def corpus_app(client: TestClient) -> FastAPI:
    return client.app


@pytest.fixture
def fixture_store(data_sets) -> GraphStore:
    return data_sets.load("api_fixture", load_fixture_graph)


@pytest.fixture
def fixture_client(fixture_store: GraphStore, _fixture_client: TestClient) -> TestClient:
    return _fixture_client
