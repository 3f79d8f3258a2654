"""The app as deployed: settings from the environment, the store opened in the lifespan."""

from __future__ import annotations


import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from graph.settings import GraphSettings
from graph.store import GraphStore


def test_lifespan_opens_the_configured_store(backend: str, corpus_store: GraphStore, request: pytest.FixtureRequest,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_API_MAX_LIMIT", "7")
    monkeypatch.delenv("KG_API_KEY", raising=False)
    if backend == "falkordb":
        configured = GraphSettings(graph_uri=None, data_dir=request.getfixturevalue("data_dir"), graph_name="corpus")
    else:
        configured = request.getfixturevalue("neo4j_settings")
    app = create_app(graph_settings=configured)
    with TestClient(app, raise_server_exceptions=False) as client:
        assert client.get("/health").json() == {"status": "ok"}
        assert client.get("/health/ready").json() == {"status": "ready", "store": True, "backend": backend, "problem": None}
        assert client.get("/api/v1/stats").json()["nodes"]["Policy"] == 5
        assert client.get("/api/v1/projects", params={"limit": 8}).status_code == 422
        assert client.get("/api/v1/projects", params={"limit": 7}).json()["count"] == 7
        r = client.post("/api/v1/documents", json={"text": "x"}, headers={"X-API-Key": "anything-at-all-123"})
        assert r.status_code == 503 and r.json()["error"]["code"] == "uploads_disabled"
    assert corpus_store.ping()  # closing the app left the session's server running (it did not start it)


def test_placeholder_key_in_the_environment_stops_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_API_KEY", "changeme")
    with pytest.raises(ValueError, match="placeholder"):
        create_app()
