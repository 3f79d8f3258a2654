"""A store that goes away gives 503 (one clear message, no raw error) and the API recovers by itself.

The test owns a server of its own data folder. To keep the store's one automatic
restart from succeeding while "down", the folder is moved aside and a file put
in its place; moving it back lets the next request restart the server with the data.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from fastapi.testclient import TestClient

from api.main import create_app
from graph import embedded
from graph.settings import GraphSettings
from graph.store import open_store
from graph.loader import write_document
from tests.api.conftest import settings
from tests.api.fixture_graph import documents


def test_503_while_down_then_recovery() -> None:
    root = Path(tempfile.mkdtemp(prefix="kgdn"))
    data = root / "d"
    store = open_store(GraphSettings(graph_uri=None, data_dir=data, graph_name="down"))
    try:
        for graph in documents():
            write_document(store, graph)
        client = TestClient(create_app(settings(), store=store), raise_server_exceptions=False)
        before = client.get("/api/v1/stats")
        assert before.status_code == 200

        embedded.stop_server(data)
        aside = root / "aside"
        os.rename(data, aside)
        data.write_text("not a folder")  # the restart cannot create its folder here
        r = client.get("/api/v1/stats")
        assert r.status_code == 503, r.text
        err = r.json()["error"]
        assert err["code"] == "store_unavailable" and "retry" in err["message"]
        assert "sock" not in r.text and "redis" not in r.text.lower()
        assert r.headers.get("retry-after")
        assert client.get("/health").json() == {"status": "degraded", "store": False, "backend": "falkordb"}

        data.unlink()
        os.rename(aside, data)
        after = client.get("/api/v1/stats")
        assert after.status_code == 200 and after.json() == before.json()
        assert client.get("/health").json()["store"] is True
    finally:
        store.close()
        if data.is_dir():
            embedded.stop_server(data)
        shutil.rmtree(root, ignore_errors=True)
