"""POST /api/v1/documents: auth (401/403/503 disabled), size and type limits, and a real ingest."""

from __future__ import annotations

from typing import Iterator

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from graph.store import GraphStore
from tests.api.conftest import API_KEY, settings
from tests.backends import CORPUS

V1 = "/api/v1"
QA_FILE = CORPUS / "004_16fff03805f95ee7.txt"


@pytest.fixture
def upload_client(fresh_store: GraphStore) -> Iterator[TestClient]:
    with TestClient(create_app(settings(max_upload_bytes=60_000), store=fresh_store), raise_server_exceptions=False) as c:
        yield c


def test_auth(upload_client: TestClient, fresh_store: GraphStore) -> None:
    doc = {"text": "聊城市推进新材料产业集群发展。"}
    r = upload_client.post(V1 + "/documents", json=doc)
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    r = upload_client.post(V1 + "/documents", json=doc, headers={"X-API-Key": API_KEY + "x"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    with TestClient(create_app(settings(api_key=None), store=fresh_store), raise_server_exceptions=False) as off:
        r = off.post(V1 + "/documents", json=doc, headers={"X-API-Key": API_KEY})
        assert r.status_code == 503 and r.json()["error"]["code"] == "uploads_disabled"


def test_limits(upload_client: TestClient) -> None:
    key = {"X-API-Key": API_KEY}
    r = upload_client.post(V1 + "/documents", json={"text": "聊" * 30_000}, headers=key)
    assert r.status_code == 413
    r = upload_client.post(V1 + "/documents", files={"file": ("a.exe", b"MZ\x00\x01", "application/octet-stream")}, headers=key)
    assert r.status_code == 415
    r = upload_client.post(V1 + "/documents", content=b"plain", headers={**key, "Content-Type": "text/plain"})
    assert r.status_code == 415
    r = upload_client.post(V1 + "/documents", json={"title": "无正文"}, headers=key)
    assert r.status_code == 422 and "text" in r.json()["error"]["details"]["fields"][0]["field"]
    r = upload_client.post(V1 + "/documents", files={"file": ("a.txt", b"   ", "text/plain")}, headers=key)
    assert r.status_code == 422


def test_multipart_upload_ingests_and_a_resend_is_skipped(upload_client: TestClient) -> None:
    key = {"X-API-Key": API_KEY}
    data = QA_FILE.read_bytes()
    form = {"title": "简明问答（上传）", "kind": "policy-qa", "date": "2023"}
    r = upload_client.post(V1 + "/documents", files={"file": (QA_FILE.name, data, "text/plain")}, data=form, headers=key)
    assert r.status_code == 201, r.text
    added = r.json()
    assert added["policy"] == "policy:" + QA_FILE.stem and not added["skipped"]
    assert added["nodes"]["Policy"] == 1 and sum(added["relationships"].values()) > 0
    policy = upload_client.get(V1 + "/policies/" + QA_FILE.stem).json()
    assert policy["title"] == "简明问答（上传）" and policy["kind"] == "policy-qa"
    assert policy["relationships"] == {k: v for k, v in added["relationships"].items() if v}
    again = upload_client.post(V1 + "/documents", files={"file": (QA_FILE.name, data, "text/plain")}, data=form, headers=key)
    assert again.status_code == 201 and again.json()["skipped"] is True


def test_json_upload(upload_client: TestClient) -> None:
    text = "聊城市新旧动能转换工作要点\n支持鲁西集团做大做强新材料产业，建设鲁西化工新材料产业园。\n聊城市人民政府\n2023年3月1日\n"
    r = upload_client.post(V1 + "/documents", json={"text": text, "key": "upload-test", "title": "工作要点"},
                           headers={"X-API-Key": API_KEY})
    assert r.status_code == 201, r.text
    assert r.json()["policy"] == "policy:upload-test"
    found = upload_client.get(V1 + "/search", params={"q": "鲁西集团"}).json()["data"]
    assert found and found[0]["id"] == "enterprise:鲁西集团"
