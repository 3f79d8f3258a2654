"""The read cache: answers are kept per graph version, and a load of any document, by any
process, makes the next read see the new data."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from fastapi.testclient import TestClient

from api.cache import VersionProbe
from api.main import create_app
from api.services.reading import Reader
from graph.catalog import get_catalog
from graph.loader import write_document
from graph.model import DocumentGraph, EdgeRecord, Evidence, Label, NodeRecord, RelType
from graph.settings import GraphSettings
from graph.store import GraphStore, open_store
from tests.api.conftest import settings

TEXT_V1 = "鲁西集团是化工产业集群的龙头企业。"
TEXT_V2 = "鲁西集团与华泰化工是化工产业集群的龙头企业。"


def document(text: str, enterprises: list[str]) -> DocumentGraph:
    policy = NodeRecord(id="policy:cache", label=Label.POLICY, name="缓存测试文件", props={"text": text})
    cluster = NodeRecord(id="cluster:化工", label=Label.CLUSTER, name="化工")
    nodes = [cluster] + [NodeRecord(id=f"enterprise:{e}", label=Label.ENTERPRISE, name=e) for e in enterprises]
    ev = Evidence(sentence=text, start=0, end=len(text), rule="leading", surface="龙头")
    edges = [EdgeRecord(type=RelType.IN_CLUSTER, source=f"enterprise:{e}", target=cluster.id, props={"role": "leading"},
                        evidence=[ev]) for e in enterprises]
    return DocumentGraph(policy=policy, nodes=nodes, edges=edges)


@pytest.fixture
def stores(server: GraphStore, data_dir: Path) -> Iterator[tuple[GraphStore, GraphStore]]:
    """The app's store, and a second connection to the same graph: another process's ingest."""
    graph = GraphSettings(graph_uri=None, data_dir=data_dir, graph_name="api_cache")
    app_store, other = open_store(graph), open_store(graph)
    other.write("MATCH (n) DETACH DELETE n")
    other.apply_schema()
    yield app_store, other
    other.write("MATCH (n) DETACH DELETE n")
    app_store.close()
    other.close()


def test_a_cached_answer_never_outlives_its_data(stores: tuple[GraphStore, GraphStore]) -> None:
    app_store, other = stores
    write_document(other, document(TEXT_V1, ["鲁西集团"]))
    with TestClient(create_app(settings(), store=app_store)) as client:
        def members() -> tuple[set[str], str]:
            r = client.get("/api/v1/clusters/化工/enterprises")
            assert r.status_code == 200
            return {m["enterprise"]["name"] for m in r.json()["data"]}, r.headers["x-cache"]

        assert members() == ({"鲁西集团"}, "miss")
        assert members() == ({"鲁西集团"}, "hit")  # the same version: served from the cache
        write_document(other, document(TEXT_V2, ["鲁西集团", "华泰化工"]))  # a changed document, loaded elsewhere
        assert members() == ({"鲁西集团", "华泰化工"}, "miss")
        assert members() == ({"鲁西集团", "华泰化工"}, "hit")
        write_document(other, document(TEXT_V1, ["鲁西集团"]))  # and back: a new version, not the first one again
        assert members() == ({"鲁西集团"}, "miss")


def test_errors_are_not_kept_and_the_cache_can_be_off(stores: tuple[GraphStore, GraphStore]) -> None:
    app_store, other = stores
    write_document(other, document(TEXT_V1, ["鲁西集团"]))
    with TestClient(create_app(settings(), store=app_store)) as client:
        assert [client.get("/api/v1/entities/华泰化工").headers["x-cache"] for _ in range(2)] == ["miss", "miss"]
    with TestClient(create_app(settings(cache_entries=0), store=app_store)) as client:
        r = client.get("/api/v1/search", params={"q": "鲁西"})
        assert r.status_code == 200 and "x-cache" not in r.headers


class Recording:
    """The app's real store, noting each read's text: which queries a request ran, in order."""

    def __init__(self, store: GraphStore):
        self.store, self.backend, self.texts = store, store.backend, []

    def read(self, query: str, params: dict | None = None, *, timeout_ms: int | None = None) -> list[dict]:
        self.texts.append(query)
        return self.store.read(query, params, timeout_ms=timeout_ms)


def test_a_missed_request_reads_the_version_once_before_its_first_query(stores: tuple[GraphStore, GraphStore]) -> None:
    app_store, other = stores
    write_document(other, document(TEXT_V1, ["鲁西集团"]))
    recording, probe = Recording(app_store), VersionProbe()
    reader = Reader(recording, get_catalog(), 5_000, probe)  # type: ignore[arg-type]
    reader.run("search_entities", {"q": "鲁西"})
    reader.run("resolve_entity", {"ref": "鲁西集团"})
    catalog = get_catalog()
    assert recording.texts == [catalog.get(n).text(app_store.backend)
                               for n in ("graph_version", "search_entities", "resolve_entity")]
    assert probe.known and probe.version == catalog.run(other, "graph_version")[0]["version"]
