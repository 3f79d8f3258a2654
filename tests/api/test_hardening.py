"""Crafted requests get a 4xx in the one error shape, never a 500 or a silently wrong answer; the
OpenAPI schema states the caps the server enforces."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from graph.catalog import INT_MAX, get_catalog, parse_query_file
from graph.store import GraphStore
from tests.api.conftest import settings

INT_QUERIES = sorted({(q.name, p.name) for q in get_catalog() for p in q.params
                      if p.type == "int" and q.mode == "read" and not q.templates})


def test_a_nul_in_a_static_file_name_is_404(client: TestClient) -> None:
    r = client.get("/static/explore.js%00.css")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("name,param", INT_QUERIES)
@pytest.mark.parametrize("value", [-1, 2**63, 10**30])
def test_named_query_ints_out_of_range_are_422(client: TestClient, name: str, param: str, value: int) -> None:
    example = dict(get_catalog().get(name).example or {})
    r = client.post(f"/api/v1/queries/{name}", json={"params": {**example, param: value}})
    assert r.status_code == 422, r.text
    assert param in r.json()["error"]["message"]


def test_declared_ranges_are_listed_and_checked() -> None:
    assert len(INT_QUERIES) >= 10
    search = get_catalog().get("search_entities")
    limit = next(p for p in search.params if p.name == "limit")
    assert (limit.minimum, limit.maximum) == (0, 100_000)
    assert search.bind({"q": "x", "limit": "5"})["limit"] == 5


def test_a_default_outside_its_range_is_a_catalogue_error(tmp_path) -> None:
    f = tmp_path / "q.cypher"
    f.write_text("// name: q\n// description: d\n// mode: read\n// params: limit: int[1..10] = 50\n// returns: x\nRETURN 1 AS x\n")
    with pytest.raises(Exception, match="between 1 and 10"):
        parse_query_file(f)


def test_a_huge_int_never_reaches_the_store(fresh_store: GraphStore) -> None:
    from graph.errors import InvalidParameter

    with pytest.raises(InvalidParameter, match="64-bit"):
        fresh_store.read("RETURN $n AS n", {"n": INT_MAX + 1})
    assert fresh_store.read("RETURN $n AS n", {"n": INT_MAX}) == [{"n": INT_MAX}]


def test_a_body_that_is_not_utf8_is_a_documented_422(client: TestClient) -> None:
    r = client.post("/api/v1/queries/search_entities", content=b'{"params": {"q": "\xff\xfe"}}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["error"]["details"]["fields"][0]["field"] == "body"


def _maximum(spec: dict, path: str, name: str) -> int:
    param = next(p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == name)
    schema = param["schema"]
    return next(s["maximum"] for s in [schema, *schema.get("anyOf", [])] if "maximum" in s)


@pytest.mark.parametrize("over", [{}, {"max_limit": 40, "max_hops": 2, "subgraph_max_nodes": 300, "max_depth": 2}])
def test_the_schema_states_the_caps_in_force(corpus_store: GraphStore, over: dict) -> None:
    s = settings(**over)
    client = TestClient(create_app(s, store=corpus_store), raise_server_exceptions=False)
    spec = client.get("/openapi.json").json()
    assert _maximum(spec, "/api/v1/projects", "limit") == s.max_limit
    assert _maximum(spec, "/api/v1/path", "max_hops") == s.max_hops
    assert _maximum(spec, "/api/v1/subgraph", "limit") == s.subgraph_max_nodes
    assert _maximum(spec, "/api/v1/subgraph", "depth") == s.max_depth
    assert client.get("/api/v1/projects", params={"limit": s.max_limit}).status_code == 200
    assert client.get("/api/v1/projects", params={"limit": s.max_limit + 1}).status_code == 422
    assert client.get("/api/v1/subgraph", params={"limit": s.subgraph_max_nodes + 1}).status_code == 422
