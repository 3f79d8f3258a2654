"""GET /api/v1/graph/overview on the ingested corpus: the explorer's first picture."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_overview_holds_clusters_counties_documents_and_their_links(client: TestClient) -> None:
    r = client.get("/api/v1/graph/overview")
    assert r.status_code == 200
    body = r.json()
    types = {n["type"] for n in body["nodes"]}
    assert types == {"Cluster", "County", "Policy"}
    ids = {n["id"] for n in body["nodes"]}
    assert body["count_nodes"] == len(ids) and body["count_edges"] == len(body["edges"]) > 0
    assert all(e["source"] in ids and e["target"] in ids for e in body["edges"])
    assert {"DEVELOPS", "HAS_SUBINDUSTRY", "MENTIONS"} <= {e["type"] for e in body["edges"]}
    # sized by members: 新材料 counts the enterprises and projects in it, as the subgraph states them
    xincailiao = next(n for n in body["nodes"] if n["id"] == "cluster:新材料")
    around = client.get("/api/v1/subgraph", params={"center": "cluster:新材料", "types": "IN_CLUSTER", "limit": 2000}).json()
    inside = {e["source"] for e in around["edges"] if e["target"] == "cluster:新材料"}
    assert xincailiao["members"] == len(inside) > 0
    assert [n["members"] for n in body["nodes"]] == sorted((n["members"] for n in body["nodes"]), reverse=True)
    zones = {n["name"] for n in body["nodes"] if n["type"] == "County" and n["kind"] == "zone"}
    assert "聊城高新技术产业开发区" in zones


def test_overview_limit(client: TestClient) -> None:
    body = client.get("/api/v1/graph/overview", params={"limit": 5}).json()
    assert body["count_nodes"] == 5
    assert client.get("/api/v1/graph/overview", params={"limit": 0}).status_code == 422
