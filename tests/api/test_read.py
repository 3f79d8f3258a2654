"""Every read endpoint against gold facts of the shipped corpus (ingested by the real pipeline)."""

from __future__ import annotations

import re
from urllib.parse import quote

from fastapi.testclient import TestClient

V1 = "/api/v1"
PLAN = "policy:001_96019a36a6392bfa"


def get(client: TestClient, path: str, status: int = 200, **params: object) -> dict:
    r = client.get(V1 + path, params=params)
    assert r.status_code == status, r.text
    return r.json()


def test_health_and_stats(client: TestClient, backend: str) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    assert client.get("/health/ready").json() == {"status": "ready", "store": True, "backend": backend, "problem": None}
    s = get(client, "/stats")
    assert s["nodes"]["Policy"] == 5
    assert s["total_nodes"] == sum(s["nodes"].values()) > 100
    assert {"IN_CLUSTER", "CARRIED_OUT_BY", "LOCATED_IN"} <= set(s["relationships"])


def test_search_ranks_exact_then_prefix_then_contains(client: TestClient) -> None:
    hits = get(client, "/search", q="鲁西")["data"]
    names = [h["name"] for h in hits]
    assert names[0] == "鲁西集团" and "鲁西聚碳酸酯" in names
    assert all(h["match"] in ("prefix", "contains") for h in hits)
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    exact = get(client, "/search", q="鲁西集团")["data"]
    assert exact[0]["id"] == "enterprise:鲁西集团" and exact[0]["match"] == "name"
    alias = get(client, "/search", q="鲁西化工")["data"]
    assert alias[0]["id"] == "enterprise:鲁西集团" and alias[0]["match"] == "alias"
    only_parks = get(client, "/search", q="鲁西", type="Park")["data"]
    assert only_parks and {h["type"] for h in only_parks} == {"Park"}
    assert get(client, "/search", q="鲁西", limit=2)["count"] == 2


def test_entity_by_alias_has_grouped_neighbours_with_evidence(client: TestClient) -> None:
    e = get(client, "/entities/" + quote("鲁西化工"))
    assert e["id"] == "enterprise:鲁西集团" and e["type"] == "Enterprise"
    groups = {(g["type"], g["direction"]): g for g in e["relationships"]}
    in_cluster = groups[("IN_CLUSTER", "out")]
    assert {"cluster:新材料"} <= {n["node"]["id"] for n in in_cluster["neighbours"]}
    ev = in_cluster["neighbours"][0]["statements"][0]["evidence"][0]
    assert ev["policy"] == PLAN and ev["sentence"] and ev["end"] > ev["start"]
    # the same entity by id and by its canonical name
    assert get(client, "/entities/" + quote("enterprise:鲁西集团"))["id"] == e["id"]


def test_policy_entity_omits_text(client: TestClient) -> None:
    p = get(client, "/entities/" + quote(PLAN))
    assert p["type"] == "Policy" and "text" not in p["properties"] and p["properties"]["kind"] == "plan"


def test_enterprise_clusters_direct_and_through_projects(client: TestClient) -> None:
    body = get(client, "/enterprises/" + quote("鲁西集团") + "/clusters")
    clusters = {c["name"] for c in body["clusters"]}
    assert {"新材料", "绿色化工"} <= clusters
    assert body["count"] == len(body["data"])
    for m in body["data"]:
        assert m["evidence"] and all(ev["sentence"] for ev in m["evidence"])
        if m["how"] == "project":
            assert m["via"]["type"] == "Project"
        else:
            assert m["role"] in ("leading", "member", "listed")


def test_enterprise_clusters_404_for_a_non_enterprise(client: TestClient) -> None:
    err = get(client, "/enterprises/" + quote("临清市") + "/clusters", 404)["error"]
    assert err["code"] == "not_found" and err["details"]["ref"] == "临清市"


def test_cluster_enterprises_paged_and_filtered(client: TestClient) -> None:
    first = get(client, "/clusters/" + quote("新材料") + "/enterprises", limit=3)
    assert first["count"] == 3 and first["total"] > 3 and first["cluster"]["id"] == "cluster:新材料"
    names = {m["enterprise"]["name"] for m in first["data"]}
    second = get(client, "/clusters/" + quote("新材料") + "/enterprises", limit=3, offset=3)
    assert not names & {m["enterprise"]["name"] for m in second["data"]}
    everyone = get(client, "/clusters/" + quote("新材料产业集群") + "/enterprises", limit=500)
    assert "鲁西集团" in {m["enterprise"]["name"] for m in everyone["data"]}
    leading = get(client, "/clusters/" + quote("新材料") + "/enterprises", role="leading", limit=500)
    assert leading["total"] >= 1
    assert all(any(x["role"] == "leading" for x in m["memberships"]) for m in leading["data"])
    own = get(client, "/clusters/" + quote("新材料") + "/enterprises", include_subindustries=False, limit=500)
    assert own["scope"] == [{"id": "cluster:新材料", "name": "新材料"}]
    assert own["total"] <= everyone["total"]


def test_cluster_detail_counts_match_the_member_endpoints(client: TestClient) -> None:
    c = get(client, "/clusters/" + quote("新材料产业"))
    assert c["id"] == "cluster:新材料" and c["level"] == "cluster" and c["parents"] == []
    for kind in ("enterprises", "projects", "parks", "counties"):
        assert c["counts"][kind] == get(client, f"/clusters/{quote('新材料')}/{kind}", limit=1)["total"]
    assert get(client, "/clusters")["count"] >= 9


def test_cluster_projects_of_box_3(client: TestClient) -> None:
    body = get(client, "/clusters/" + quote("新能源汽车") + "/projects", limit=500)
    names = {p["name"] for p in body["data"]}
    assert "中通客车氢燃料电池汽车研发及产业化项目" in names
    assert body["total"] == len(body["data"])


def test_cluster_parks_and_counties(client: TestClient) -> None:
    counties = get(client, "/clusters/" + quote("新材料") + "/counties", limit=500)
    assert counties["total"] >= 1 and all(c["place"]["type"] == "County" for c in counties["data"])
    assert all(link["cluster"]["id"] in {s["id"] for s in counties["scope"]} for c in counties["data"] for link in c["links"])
    parks = get(client, "/clusters/" + quote("高端装备制造") + "/parks", limit=500)
    assert all(p["place"]["type"] == "Park" for p in parks["data"])


def test_county_profile(client: TestClient) -> None:
    body = get(client, "/counties/" + quote("临清市"))
    assert body["county"]["id"] == "county:临清市"
    assert "临清轴承产业园" in {p["name"] for p in body["parks"]}
    assert body["clusters"] and all(c["rel"] in ("DEVELOPS", "UPGRADES") for c in body["clusters"])
    yanggu = get(client, "/counties/" + quote("阳谷县"))
    assert "有色金属及金属深加工" in {c["cluster"]["name"] for c in yanggu["clusters"]}
    grouped = {p["id"] for g in yanggu["projects_by_cluster"] for p in g["projects"]}
    assert len(grouped) == yanggu["projects_total"]
    listing = get(client, "/counties")
    assert "county:临清市" in {c["id"] for c in listing["data"]}


def test_projects_filters(client: TestClient) -> None:
    ev = get(client, "/projects", cluster="新能源汽车", limit=500)
    assert "中通客车氢燃料电池汽车研发及产业化项目" in {p["name"] for p in ev["data"]}
    assert all(any(c["id"] == "cluster:新能源汽车" for c in p["clusters"]) for p in ev["data"])
    by_ent = get(client, "/projects", enterprise="中通客车", limit=500)
    assert by_ent["total"] >= 1 and all(any(e["id"] == "enterprise:中通客车" for e in p["enterprises"]) for p in by_ent["data"])
    by_policy = get(client, "/projects", policy="001_96019a36a6392bfa", limit=1)
    assert by_policy["count"] == 1 and by_policy["total"] > 10
    paged = get(client, "/projects", limit=5, offset=5)
    assert paged["offset"] == 5 and paged["count"] == 5
    missing = get(client, "/projects", county="不存在县", status=404)
    assert missing["error"]["code"] == "not_found"


def test_indicators_have_targets_and_verdicts(client: TestClient) -> None:
    rd = get(client, "/indicators/" + quote("全社会研发经费投入占GDP的比重"))
    assert rd["id"] == "indicator:研发经费投入占GDP比重"
    years = {t["year"] for t in rd["targets"]}
    assert 2022 in years
    for t in rd["targets"]:
        assert t["verdict"] in ("met", "not met", "met early", "unknown")
        if t["verdict"] == "unknown":
            assert t["basis"] is None or t["basis"]["year"] == t["year"]
        elif t["verdict"] == "met early":
            assert t["basis"]["year"] < t["year"]
        else:
            assert t["basis"]["year"] == t["year"]
    # Was the R&D target met? The 2018 plan's 2022 target (2.7 %) was passed by 2.95 % reported for 2021.
    t2022 = next(t for t in rd["targets"] if t["year"] == 2022)
    assert t2022["comparator"] == ">=" and t2022["value"] == 2.7
    assert t2022["verdict"] == "met early" and t2022["basis"]["value"] == 2.95 and t2022["basis"]["year"] == 2021
    listing = get(client, "/indicators")
    assert listing["count"] >= 5 and rd["id"] in {i["id"] for i in listing["data"]}


def test_policies_and_contribution(client: TestClient) -> None:
    listing = get(client, "/policies")
    assert listing["count"] == 5
    plan = next(p for p in listing["data"] if p["id"] == PLAN)
    assert plan["kind"] == "plan" and plan["relationships"]["IN_CLUSTER"] > 10
    detail = get(client, "/policies/" + PLAN.split(":")[1])
    assert detail["nodes"]["Project"] > 10 and detail["relationships"] == plan["relationships"]


def test_policy_text_spans_point_into_the_text(client: TestClient) -> None:
    body = get(client, "/policies/" + quote(PLAN) + "/text")
    text = body["text"]
    assert body["length"] == len(text) and body["spans"]
    starts = [s["start"] for s in body["spans"]]
    assert starts == sorted(starts)
    for s in body["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(text)
        if s["surface_start"] is not None:
            assert text[s["surface_start"]:s["surface_end"]] == s["surface"]
    box = [s for s in body["spans"] if s["source"] == "project:中通客车氢燃料电池汽车研发及产业化项目"]
    assert box and "中通客车" in text[box[0]["start"]:box[0]["end"]]


def test_path_has_evidence_on_every_edge(client: TestClient) -> None:
    body = get(client, "/path", **{"from": "中通客车氢燃料电池汽车研发及产业化项目", "to": "新能源汽车", "evidence": "full"})
    assert body["found"] and body["length"] == 1
    assert body["edges"][0]["type"] == "IN_CLUSTER" and body["edges"][0]["evidence"]
    assert body["edges"][0]["evidence_count"] == len(body["edges"][0]["evidence"])
    far = get(client, "/path", **{"from": "鲁西集团", "to": "临清市", "max_hops": 4})
    if far["found"]:
        ids = [n["id"] for n in far["nodes"]]
        assert ids[0] == "enterprise:鲁西集团" and ids[-1] == "county:临清市" and len(ids) == far["length"] + 1
        for a, b in zip(ids, ids[1:]):
            assert any({e["source"], e["target"]} == {a, b} for e in far["edges"])
    same = get(client, "/path", **{"from": "鲁西集团", "to": "鲁西化工"})
    assert same["found"] and same["length"] == 0


def test_path_respects_max_hops(client: TestClient) -> None:
    body = get(client, "/path", **{"from": "中通客车氢燃料电池汽车研发及产业化项目", "to": "临清市", "max_hops": 1})
    assert body["found"] is False and body["nodes"] == []
    err = get(client, "/path", 422, **{"from": "鲁西集团", "to": "临清市", "max_hops": 9})["error"]
    assert "max_hops" in err["message"]


def test_subgraph_around_a_center(client: TestClient) -> None:
    one = get(client, "/subgraph", center="鲁西集团", depth=1)
    two = get(client, "/subgraph", center="鲁西集团", depth=2, limit=2000)
    assert one["center"] == "enterprise:鲁西集团" and one["nodes"][0]["id"] == "enterprise:鲁西集团"
    assert two["count_nodes"] > one["count_nodes"]
    ids = {n["id"] for n in two["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in two["edges"])
    assert all(e["type"] != "MENTIONS" for e in two["edges"])
    cut = get(client, "/subgraph", center="鲁西集团", depth=2, limit=5)
    assert cut["truncated"] and cut["count_nodes"] == 5 and cut["total"] == two["total"]
    full = get(client, "/subgraph", center="鲁西集团", depth=2, limit=2000, evidence="full")
    assert [e["id"] for e in full["edges"]] == [e["id"] for e in two["edges"]]
    assert all(e["evidence"] is None for e in two["edges"]) and all(e["evidence"] for e in full["edges"])
    assert [e["evidence_count"] for e in two["edges"]] == [len(e["evidence"]) for e in full["edges"]]
    assert [e["props"] for e in full["edges"]] == [e["props"] for e in two["edges"]]
    only = get(client, "/subgraph", center="鲁西集团", depth=1, types="IN_CLUSTER")
    assert {e["type"] for e in only["edges"]} == {"IN_CLUSTER"}


def test_edge_evidence_on_demand(client: TestClient) -> None:
    full = get(client, "/subgraph", center="鲁西集团", depth=1, evidence="full")
    text = get(client, f"/policies/{PLAN}/text")["text"]
    for edge in full["edges"]:
        assert re.fullmatch(r"[A-Za-z0-9_-]+", edge["id"])  # URL-safe as it is
        body = get(client, f"/edges/{edge['id']}/evidence")
        assert body["count"] == len(body["data"]) == edge["evidence_count"]
        assert [(e["sentence"], e["start"], e["rule"]) for e in body["data"]] == \
               [(e["sentence"], e["start"], e["rule"]) for e in edge["evidence"]]
        for ev in body["data"]:
            assert ev["policy_id"] == edge["policy"] and ev["policy_title"] and 0 < ev["confidence"] <= 1
            if ev["policy_id"] == PLAN:
                assert text[ev["start"]:ev["end"]] == ev["sentence"]  # provenance stays exact
    luxi = next(e for e in full["edges"] if e["type"] == "IN_CLUSTER" and e["target"] == "cluster:新材料")
    assert get(client, f"/edges/{luxi['id']}/evidence")["data"][0]["surface"]
    assert get(client, "/edges/bm90LWFuLWVkZ2U/evidence", 404)["error"]["code"] == "not_found"
    assert client.get(V1 + "/edges/a|b/evidence").status_code in (404, 422)


def test_whole_graph_subgraph(client: TestClient) -> None:
    body = get(client, "/subgraph", limit=30)
    stats = get(client, "/stats")
    assert body["count_nodes"] == 30 and body["total"] == stats["total_nodes"] and body["truncated"]
    clusters = get(client, "/subgraph", labels="Cluster", limit=1000)
    assert {n["type"] for n in clusters["nodes"]} == {"Cluster"} and clusters["total"] == stats["nodes"]["Cluster"]


def test_query_catalogue_is_read_only(client: TestClient) -> None:
    listing = get(client, "/queries")
    names = {q["name"] for q in listing["data"]}
    assert "enterprise_clusters" in names and "upsert_nodes" not in names and "delete_stale_edges" not in names
    r = client.post(V1 + "/queries/enterprise_clusters", json={"params": {"id": "enterprise:鲁西集团"}})
    assert r.status_code == 200 and {row["cluster"] for row in r.json()["data"]} >= {"新材料"}
    assert client.post(V1 + "/queries/delete_stale_edges", json={}).status_code == 404
    bad = client.post(V1 + "/queries/enterprise_clusters", json={"params": {"id": 5}})
    assert bad.status_code == 422 and "id" in bad.json()["error"]["message"]
    unknown = client.post(V1 + "/queries/enterprise_clusters", json={"params": {"id": "x", "cypher": "MATCH (n) DELETE n"}})
    assert unknown.status_code == 422


def test_the_progress_report_follows_the_plan(client: TestClient) -> None:
    report = get(client, "/entities/" + quote("policy:000_b99d51a1da965aef"))
    group = next(g for g in report["relationships"] if g["type"] == "FOLLOWS" and g["direction"] == "out")
    followed = {n["node"]["id"]: n for n in group["neighbours"]}
    assert PLAN in followed  # both carry on 新旧动能转换重大工程


def test_investment_totals_on_the_corpus(client: TestClient) -> None:
    for by in ("county", "cluster", "enterprise"):
        body = client.get(V1 + "/investment", params={"by": by}).json()
        assert body["by"] == by and body["count"] == len(body["data"]) > 0
        assert all(0 <= r["priced"] <= r["projects"] and r["total_yi"] >= 0 for r in body["data"])
        totals = [r["total_yi"] for r in body["data"]]
        assert totals == sorted(totals, reverse=True)
