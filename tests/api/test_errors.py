"""Error paths: one error shape, 404 with suggestions, 422 naming the field, limits, CORS, settings."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from api.settings import ApiSettings
from tests.api.conftest import settings

V1 = "/api/v1"


def assert_error(r, status: int, code: str | None = None) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message", "details"}
    assert body["error"]["status"] == status
    if code:
        assert body["error"]["code"] == code
    assert "Traceback" not in r.text and "File \"" not in r.text
    return body["error"]


def test_unknown_name_is_404_with_close_matches(client: TestClient) -> None:
    err = assert_error(client.get(V1 + "/entities/" + quote("鲁西化工集团有限责任公司")), 404, "not_found")
    suggestions = [s["id"] for s in err["details"]["suggestions"]]
    assert "enterprise:鲁西集团" in suggestions
    err = assert_error(client.get(V1 + "/clusters/" + quote("新材") + "/enterprises"), 404)
    assert "cluster:新材料" in [s["id"] for s in err["details"]["suggestions"]]
    err = assert_error(client.get(V1 + "/entities/" + quote("完全无关的名字")), 404)
    assert err["details"]["suggestions"] == []


def test_unknown_route_and_method_use_the_same_shape(client: TestClient) -> None:
    assert_error(client.get(V1 + "/nothing-here"), 404)
    assert_error(client.delete(V1 + "/search"), 405)


@pytest.mark.parametrize("path,params,field", [
    ("/search", {}, "q"),
    ("/search", {"q": "鲁西", "limit": 0}, "limit"),
    ("/search", {"q": "鲁西", "type": "Planet"}, "type"),
    ("/projects", {"limit": "ten"}, "limit"),
    ("/projects", {"offset": -1}, "offset"),
    ("/subgraph", {"depth": 4}, "depth"),
    ("/subgraph", {"types": "LIKES"}, "types"),
    ("/path", {"from": "鲁西集团"}, "to"),
    ("/clusters/新材料/enterprises", {"role": "boss"}, "role"),
])
def test_invalid_parameters_are_422_naming_the_field(client: TestClient, path: str, params: dict, field: str) -> None:
    err = assert_error(client.get(V1 + path, params=params), 422, "invalid_parameter")
    assert field in err["message"]
    assert field in {f["field"].split(".")[0] for f in err["details"]["fields"]}


def test_page_size_limit(client: TestClient, corpus_app) -> None:
    cap = corpus_app.state.settings.max_limit
    err = assert_error(client.get(V1 + "/projects", params={"limit": cap + 1}), 422)
    assert "limit" in err["message"]
    assert client.get(V1 + "/projects", params={"limit": cap}).status_code == 200


def test_subgraph_limit_above_the_configured_cap(client: TestClient, corpus_app) -> None:
    cap = corpus_app.state.settings.subgraph_max_nodes
    assert_error(client.get(V1 + "/subgraph", params={"limit": cap + 1}), 422)


def test_cors_from_settings(client: TestClient) -> None:
    r = client.options(V1 + "/search", headers={"Origin": "http://localhost:5173", "Access-Control-Request-Method": "GET"})
    assert r.headers.get("access-control-allow-origin") == "http://localhost:5173"
    r = client.get(V1 + "/search", params={"q": "鲁西"}, headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_docs_and_openapi(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/api/v1/search", "/api/v1/entities/{ref}", "/api/v1/path", "/api/v1/documents", "/health"} <= set(spec["paths"])


@pytest.mark.parametrize("key", ["changeme", "secret", "short-key", "aaaaaaaaaaaaaaaaaaaa"])
def test_placeholder_api_keys_are_refused(key: str) -> None:
    with pytest.raises(ValidationError):
        ApiSettings(api_key=key)


def test_unset_key_disables_uploads_and_origins_parse() -> None:
    s = settings(api_key="", cors_origins="http://a.example, http://b.example")
    assert s.api_key is None
    assert s.cors_origin_list == ["http://a.example", "http://b.example"]
