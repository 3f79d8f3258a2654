"""Real answers of every read endpoint validate against the app's own OpenAPI schema.

Routers return bodies serialised by orjson (api/responses.py), which skips FastAPI's
response_model check; this is what keeps the published schemas truthful. Endpoints
without path parameters are called as they are; the others with real refs of the corpus.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import jsonschema
import pytest
from fastapi.testclient import TestClient

PLAN = "policy:001_96019a36a6392bfa"
# Calls with real refs and options (path template -> URLs); param-less endpoints are also called bare.
EXAMPLES: dict[str, list[str]] = {
    "/api/v1/search": ["/api/v1/search?q=" + quote("鲁西"), "/api/v1/search?type=Park&q=" + quote("园")],
    "/api/v1/entities/{ref}": ["/api/v1/entities/" + quote("鲁西集团"), "/api/v1/entities/" + quote(PLAN)],
    "/api/v1/enterprises/{ref}/clusters": ["/api/v1/enterprises/" + quote("鲁西集团") + "/clusters"],
    "/api/v1/clusters/{ref}": ["/api/v1/clusters/" + quote("新材料")],
    "/api/v1/clusters/{ref}/enterprises": ["/api/v1/clusters/" + quote("新材料") + "/enterprises"],
    "/api/v1/clusters/{ref}/projects": ["/api/v1/clusters/" + quote("新能源汽车") + "/projects"],
    "/api/v1/clusters/{ref}/parks": ["/api/v1/clusters/" + quote("新材料") + "/parks"],
    "/api/v1/clusters/{ref}/counties": ["/api/v1/clusters/" + quote("新材料") + "/counties"],
    "/api/v1/counties/{ref}": ["/api/v1/counties/" + quote("临清市")],
    "/api/v1/investment": [f"/api/v1/investment?by={by}" for by in ("county", "cluster", "enterprise")],
    "/api/v1/indicators/{ref}": [],  # filled from /indicators below
    "/api/v1/policies/{ref}": ["/api/v1/policies/" + quote(PLAN)],
    "/api/v1/policies/{ref}/text": ["/api/v1/policies/" + quote(PLAN) + "/text"],
    "/api/v1/path": ["/api/v1/path?from=" + quote("鲁西集团") + "&to=" + quote("新材料"),
                     "/api/v1/path?evidence=full&from=" + quote("鲁西集团") + "&to=" + quote("临清市")],
    "/api/v1/subgraph": ["/api/v1/subgraph?depth=2&center=" + quote("鲁西集团"),
                         "/api/v1/subgraph?evidence=full&center=" + quote("鲁西集团")],
    "/api/v1/edges/{edge_id}/evidence": [],  # filled from /subgraph below
}


def _validator(spec: dict[str, Any], path: str) -> jsonschema.Draft202012Validator:
    schema = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    # $refs point at #/components/schemas/…: resolve them inside the document itself.
    return jsonschema.Draft202012Validator({**schema, "components": spec["components"]})


@pytest.fixture  # per test: `client` makes sure its backend holds the corpus first
def calls(client: TestClient) -> dict[str, list[str]]:
    spec = client.get("/openapi.json").json()
    gets = {p for p, ops in spec["paths"].items() if "get" in ops}
    out = {p: list(EXAMPLES.get(p, [])) for p in gets}
    for p in gets:
        if "{" not in p and not out[p]:
            out[p].append(p)
    indicator = client.get("/api/v1/indicators").json()["data"][0]["id"]
    out["/api/v1/indicators/{ref}"].append("/api/v1/indicators/" + quote(indicator))
    edges = client.get("/api/v1/subgraph", params={"center": "鲁西集团"}).json()["edges"]
    out["/api/v1/edges/{edge_id}/evidence"] += [f"/api/v1/edges/{e['id']}/evidence" for e in edges[:5]]
    return out


def test_every_read_endpoint_is_called(calls: dict[str, list[str]]) -> None:
    missing = sorted(p for p, urls in calls.items() if not urls)
    assert not missing, f"add real example calls for {missing} to EXAMPLES"


def test_real_answers_match_the_openapi_schema(client: TestClient, calls: dict[str, list[str]]) -> None:
    spec = client.get("/openapi.json").json()
    checked = 0
    for path, urls in sorted(calls.items()):
        validator = _validator(spec, path)
        for url in urls:
            r = client.get(url)
            assert r.status_code == 200, (url, r.text[:300])
            assert r.headers["content-type"] == "application/json"
            errors = sorted(validator.iter_errors(r.json()), key=lambda e: list(e.path))
            assert not errors, f"{url}: {errors[0].message} at {list(errors[0].path)}"
            checked += 1
    assert checked >= len(calls) + 8


def test_errors_match_the_schema_too(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    schema = spec["paths"]["/api/v1/entities/{ref}"]["get"]["responses"]["404"]["content"]["application/json"]["schema"]
    r = client.get("/api/v1/entities/" + quote("没有这个企业"))
    assert r.status_code == 404
    jsonschema.validate(r.json(), {**schema, "components": spec["components"]}, cls=jsonschema.Draft202012Validator)
