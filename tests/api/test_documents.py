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
    r = upload_client.post(V1 + "/documents", json={"text": text, "key": "upload-test", "title": "工作要点",
                                                       "publisher": "聊城市人民政府"},
                           headers={"X-API-Key": API_KEY})
    assert r.status_code == 201, r.text
    assert r.json()["policy"] == "policy:upload-test"
    found = upload_client.get(V1 + "/search", params={"q": "鲁西集团"}).json()["data"]
    assert found and found[0]["id"] == "enterprise:鲁西集团"


H = {"X-API-Key": API_KEY}


def test_a_dot_dot_key_is_refused(upload_client: TestClient) -> None:
    for key in ("..", ".hidden"):
        r = upload_client.post(V1 + "/documents", json={"text": "聊城市工作要点。", "key": key}, headers=H)
        assert r.status_code == 422 and r.json()["error"]["details"]["fields"][0]["field"] == "key", r.text
        r = upload_client.post(V1 + "/documents", files={"file": ("a.txt", "聊城市工作要点。".encode())}, data={"key": key}, headers=H)
        assert r.status_code == 422 and r.json()["error"]["details"]["fields"][0]["field"] == "key", r.text


def test_a_blank_json_text_names_the_text_field(upload_client: TestClient) -> None:
    r = upload_client.post(V1 + "/documents", json={"text": "  \n "}, headers=H)
    assert r.status_code == 422 and r.json()["error"]["details"]["fields"][0]["field"] == "text", r.text


def test_a_corrupt_docx_is_422_without_a_server_path(upload_client: TestClient) -> None:
    r = upload_client.post(V1 + "/documents", files={"file": ("plan.docx", b"PK\x03\x04 not really a zip" * 20)}, headers=H)
    assert r.status_code == 422, r.text
    assert "docx" in r.json()["error"]["message"] and "/tmp" not in r.text and "kgup" not in r.text


def test_an_id_with_a_slash_is_addressable(client: TestClient) -> None:
    from urllib.parse import quote

    hits = client.get(V1 + "/search", params={"q": "金正新科100万吨/年"}).json()["data"]
    project = next(h["id"] for h in hits if "/" in h["id"])
    r = client.get(V1 + "/entities/" + quote(project, safe=""))
    assert r.status_code == 200 and r.json()["id"] == project
    assert client.get(V1 + "/entities/" + quote(project, safe="") + "x").status_code == 404
    policy = client.get(V1 + "/policies").json()["data"][0]["id"]
    text = client.get(V1 + f"/policies/{quote(policy, safe='')}/text")
    assert text.status_code == 200 and text.json()["id"] == policy, text.text  # suffixed routes still win
