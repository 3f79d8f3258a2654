"""A key is never printed or logged: settings errors are one line without the value, a key in the
URL is refused, and the access log drops the upload route's query string."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from graph.errors import SettingsError
from graph.store import GraphStore
from tests.api.conftest import API_KEY, settings

REPO = Path(__file__).resolve().parents[2]
BAD_KEY = "changeme"


def test_a_refused_key_is_one_line_without_its_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_API_KEY", BAD_KEY)
    with pytest.raises(SettingsError) as e:
        create_app()
    assert "KG_API_KEY" in str(e.value) and BAD_KEY not in str(e.value) and "\n" not in str(e.value)
    assert e.value.__cause__ is None and e.value.__suppress_context__


def test_kg_serve_with_a_refused_key_prints_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "KG_API_KEY": "Sup3r-s3cret-but-!", "KG_API_MAX_LIMIT": "-5", "KG_DATA_DIR": str(tmp_path / "v")}
    env["KG_API_KEY"] = "aaaaaaaaaaaaaaaaaaaaa"  # long enough, too few distinct characters: refused
    env.pop("KG_GRAPH_URI", None)
    run = subprocess.run([sys.executable, "-m", "kg_cli", "serve", "--no-ingest", "--port", "1"], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "aaaaaaaaaaaaaaaaaaaaa" not in run.stdout + run.stderr and "input_value" not in run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert "KG_API_KEY" in run.stderr and "KG_API_MAX_LIMIT" in run.stderr


def test_a_key_in_the_query_string_is_refused(fresh_store: GraphStore) -> None:
    client = TestClient(create_app(settings(), store=fresh_store), raise_server_exceptions=False)
    r = client.post("/api/v1/documents", params={"api_key": API_KEY}, json={"text": "聊城市工作要点。"},
                    headers={"X-API-Key": API_KEY})
    assert r.status_code == 400 and r.json()["error"]["code"] == "key_in_url" and API_KEY not in r.text


def test_the_access_log_drops_the_upload_query_string(fresh_store: GraphStore, caplog: pytest.LogCaptureFixture) -> None:
    create_app(settings(), store=fresh_store)
    access = logging.getLogger("uvicorn.access")
    with caplog.at_level(logging.INFO, logger="uvicorn.access"):
        for path in (f"/api/v1/documents?api_key={API_KEY}", "/api/v1/search?q=鲁西"):
            # the record uvicorn's httptools/h11 protocols emit for each request
            access.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:5000", "POST", path, "1.1", 400)
    lines = [r.getMessage() for r in caplog.records]
    assert API_KEY not in "\n".join(lines)
    assert '"POST /api/v1/documents HTTP/1.1" 400' in lines[0] and "q=鲁西" in lines[1]
