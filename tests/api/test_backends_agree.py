"""`KG_GRAPH_URI=neo4j://… kg serve` answers the planners' questions with the same JSON as
the embedded default: two apps, each opening its store from the environment as deployed."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
import yaml
from fastapi.testclient import TestClient

from api.main import create_app
from graph.settings import GraphSettings, get_settings
from tests.api.conftest import settings
from tests.backends import FalkorDBDataSets, Neo4jDataSets, load_corpus

QUESTIONS = yaml.safe_load((Path(__file__).parent / "planner_questions.yaml").read_text(encoding="utf-8"))


def app_from_environment(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> TestClient:
    for name in ("KG_GRAPH_URI", "KG_GRAPH_USER", "KG_GRAPH_PASSWORD", "KG_DATA_DIR", "KG_GRAPH_NAME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    try:
        return TestClient(create_app(settings()), raise_server_exceptions=False).__enter__()
    finally:
        get_settings.cache_clear()


@pytest.fixture(scope="module")
def both(falkordb_sets: FalkorDBDataSets, neo4j_sets: Neo4jDataSets, neo4j_settings: GraphSettings,
         data_dir: Path) -> Iterator[dict[str, TestClient]]:
    with pytest.MonkeyPatch.context() as mp:
        falkordb_sets.load("corpus", load_corpus)
        clients = {"falkordb": app_from_environment(mp, {"KG_DATA_DIR": str(data_dir), "KG_GRAPH_NAME": "corpus"}),
                   "neo4j": app_from_environment(mp, {"KG_GRAPH_URI": neo4j_settings.graph_uri,
                                                      "KG_GRAPH_USER": neo4j_settings.graph_user,
                                                      "KG_GRAPH_PASSWORD": neo4j_settings.graph_password or ""})}
    yield clients
    for c in clients.values():
        c.__exit__(None, None, None)


@pytest.mark.parametrize("path", QUESTIONS)
def test_neo4j_answers_like_the_embedded_default(both: dict[str, TestClient], neo4j_sets: Neo4jDataSets,
                                                 path: str) -> None:
    neo4j_sets.load("corpus", load_corpus)  # another test may have used Neo4j's one database since
    falkordb, neo4j = (both[b].get(path) for b in ("falkordb", "neo4j"))
    assert falkordb.status_code == 200, falkordb.text
    assert neo4j.status_code == 200, neo4j.text
    expected, got = falkordb.json(), neo4j.json()
    if path.endswith("/stats") or "/health" in path:
        expected.pop("backend", None), got.pop("backend", None)
    assert got == expected
