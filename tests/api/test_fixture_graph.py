"""Facts the corpus may or may not state, on a small graph written by the real writer:
target verdicts (met, not met, unknown) and one fact stated by two documents."""

from __future__ import annotations

from urllib.parse import quote

from fastapi.testclient import TestClient

from api.services.verdicts import verdict
from api.schemas import Report, Target
from tests.api.fixture_graph import PLAN, REPORT

V1 = "/api/v1"


def test_verdicts_met_not_met_unknown(fixture_client: TestClient) -> None:
    rd = fixture_client.get(V1 + "/indicators/" + quote("全社会研发经费投入占GDP的比重")).json()
    by_year = {t["year"]: t for t in rd["targets"]}
    assert by_year[2020]["verdict"] == "met"        # 2.6 reported >= 2.5 target
    assert by_year[2020]["basis"]["value"] == 2.6 and by_year[2020]["basis"]["policy"] == REPORT
    assert by_year[2022]["verdict"] == "unknown" and by_year[2022]["basis"] is None
    gx = fixture_client.get(V1 + "/indicators/" + quote("高新技术产业产值占比")).json()
    assert [t["verdict"] for t in gx["targets"]] == ["not met"]   # 45 reported < 50 target


def test_verdict_prefers_the_full_year_and_refuses_other_units() -> None:
    t = Target(policy="p", year=2020, value=50.0, unit="%", comparator=">=", verdict="unknown")
    half = Report(policy="r1", policy_date="2020-09-01", period="2020-H1", year=2020, value=40.0, unit="%")
    full = Report(policy="r0", policy_date="2021-02-01", period="2020", year=2020, value=51.0, unit="%")
    assert verdict(t, [half, full]).verdict == "met"
    assert verdict(t, [half]).verdict == "not met"
    assert verdict(t, [half.model_copy(update={"unit": "亿元"})]).verdict == "unknown"
    assert verdict(t.model_copy(update={"comparator": "<="}), [full]).verdict == "not met"


def test_a_target_reached_before_its_year_is_met_early() -> None:
    t = Target(policy="p", policy_date="2018-04-04", year=2022, value=2.7, unit="%", comparator=">=", verdict="unknown")
    base = Report(policy="p", policy_date="2018-04-04", period="2017", year=2017, value=2.8, unit="%")
    later = Report(policy="n", policy_date="2022-01-13", period="2021", year=2021, value=2.95, unit="%")
    low = later.model_copy(update={"value": 2.6})
    assert verdict(t, [base]).verdict == "unknown"  # a level from before the target was set proves nothing
    judged = verdict(t, [base, later])
    assert judged.verdict == "met early" and judged.basis == later
    assert verdict(t, [low]).verdict == "unknown"


def test_parallel_edges_from_two_documents_keep_their_policies(fixture_client: TestClient) -> None:
    e = fixture_client.get(V1 + "/entities/" + quote("鲁西集团")).json()
    group = next(g for g in e["relationships"] if g["type"] == "IN_CLUSTER" and g["direction"] == "out")
    nm = next(n for n in group["neighbours"] if n["node"]["id"] == "cluster:新材料")
    assert {s["policy"] for s in nm["statements"]} == {PLAN, REPORT}
    roles = {s["policy"]: s["props"]["role"] for s in nm["statements"]}
    assert roles == {PLAN: "leading", REPORT: "member"}
    assert all(ev["policy"] == s["policy"] for s in nm["statements"] for ev in s["evidence"])


def test_subindustry_members_are_counted_under_the_cluster(fixture_client: TestClient) -> None:
    body = fixture_client.get(V1 + "/clusters/" + quote("有色金属") + "/projects").json()
    assert "祥光铜业铜箔项目" in {p["name"] for p in body["data"]}   # a 铜加工 project
    own = fixture_client.get(V1 + "/clusters/" + quote("有色金属") + "/projects", params={"include_subindustries": False}).json()
    assert own["total"] == 0
    counties = fixture_client.get(V1 + "/clusters/" + quote("有色金属及金属深加工") + "/counties").json()
    assert "county:阳谷县" in {c["place"]["id"] for c in counties["data"]}


def test_enterprise_clusters_through_a_project(fixture_client: TestClient) -> None:
    body = fixture_client.get(V1 + "/enterprises/" + quote("鲁西化工") + "/clusters").json()
    via = [m for m in body["data"] if m["how"] == "project"]
    assert [(m["cluster"]["name"], m["via"]["name"]) for m in via] == [("绿色化工", "鲁西集团高端氟材料项目")]
    assert len(via[0]["evidence"]) == 2   # the project's cluster and who carries it out


def test_enterprise_clusters_name_the_parent_of_a_subindustry(fixture_client: TestClient) -> None:
    body = fixture_client.get(V1 + "/enterprises/" + quote("祥光铜业") + "/clusters").json()
    tj = next(m for m in body["data"] if m["cluster"]["name"] == "铜加工")
    assert tj["how"] == "project" and tj["parents"] == [{"id": "cluster:有色金属及金属深加工", "name": "有色金属及金属深加工"}]
    assert body["parent_clusters"] == []   # 有色金属及金属深加工 is already a direct cluster of 祥光铜业


def test_investment_sums_per_county_cluster_enterprise(fixture_client: TestClient) -> None:
    """12 亿 (中通, no place), 30 亿 (鲁西, in a park of 茌平区), 0.5 亿 (祥光, in 阳谷县, in 铜加工 under 有色金属)."""
    county = fixture_client.get(V1 + "/investment", params={"by": "county"}).json()
    assert county["by"] == "county" and county["unit"] == "亿元"
    assert [(r["name"], r["projects"], r["priced"], r["total_yi"]) for r in county["data"]] == [
        ("茌平区", 1, 1, 30.0), ("阳谷县", 1, 1, 0.5)]  # through the park; largest first
    cluster = {r["name"]: r["total_yi"] for r in fixture_client.get(V1 + "/investment", params={"by": "cluster"}).json()["data"]}
    assert cluster == {"绿色化工": 30.0, "新能源汽车": 12.0, "有色金属及金属深加工": 0.5, "铜加工": 0.5}
    ent = fixture_client.get(V1 + "/investment", params={"by": "enterprise", "limit": 1}).json()
    assert ent["count"] == 1 and ent["data"][0]["name"] == "鲁西集团" and ent["data"][0]["total_yi"] == 30.0
    assert fixture_client.get(V1 + "/investment", params={"by": "park"}).status_code == 422


def test_projects_carry_their_investment_and_stage(fixture_client: TestClient) -> None:
    rows = fixture_client.get(V1 + "/projects", params={"enterprise": "鲁西集团"}).json()["data"]
    assert [(p["total_investment"], p["total_investment_yi"], p["status"], p["status_date"]) for p in rows] == [
        ("30亿元", 30.0, "开工", "2018-04")]
