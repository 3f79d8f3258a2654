"""A store that goes away gives 503 (one clear message, no raw error) and the API recovers by itself.

The test owns a server of its own data folder. To keep the store's one automatic
restart from succeeding while "down", the folder is moved aside and a file put
in its place; moving it back lets the next request restart the server with the data.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import time
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
        assert client.get("/health").json() == {"status": "ok"}  # liveness never asks the store
        ready = client.get("/health/ready")
        assert ready.status_code == 503 and ready.headers["retry-after"]
        assert ready.json()["store"] is False and "could not be restarted" in ready.json()["problem"]
        assert str(root) not in ready.text

        data.unlink()
        os.rename(aside, data)
        ready = client.get("/health/ready")  # readiness itself brings the server back: no data request needed
        assert ready.status_code == 200 and ready.json()["store"] is True
        assert client.get("/api/v1/stats").json() == before.json()
    finally:
        store.close()
        if data.is_dir():
            embedded.stop_server(data)
        shutil.rmtree(root, ignore_errors=True)


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] == "Z"
    except OSError:
        return False


def test_a_hung_store_is_503_fast_then_killed_reaped_and_restarted() -> None:
    """SIGSTOP of redis-server: the waiting request is answered 503 with Retry-After in about the
    hang limit (it waited ~59 s before: a 30 s socket timeout, then 15 s to kill it), the hung server
    is killed and reaped, and the next request is served by a restarted server with the same data."""
    root = Path(tempfile.mkdtemp(prefix="kghg"))
    data = root / "d"
    store = open_store(GraphSettings(graph_uri=None, data_dir=data, graph_name="hung"))
    try:
        for graph in documents():
            write_document(store, graph)
        client = TestClient(create_app(settings(), store=store), raise_server_exceptions=False)
        before = client.get("/api/v1/stats").json()
        pid = embedded.read_state(data.resolve()).pid
        os.kill(pid, signal.SIGSTOP)
        began = time.monotonic()
        r = client.get("/api/v1/stats")
        waited = time.monotonic() - began
        assert r.status_code == 503, r.text
        assert r.headers["retry-after"] and r.json()["error"]["code"] == "store_unavailable"
        assert waited < 10, f"a hung store held the request {waited:.1f}s"  # not a speed figure: bench/faults.py
        deadline = time.monotonic() + 10
        while (embedded._pid_alive(pid) or _zombie(pid)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not embedded._pid_alive(pid) and not _zombie(pid), "the hung server was neither killed nor reaped"
        after = client.get("/api/v1/stats")
        assert after.status_code == 200 and after.json() == before
        assert embedded.read_state(data.resolve()).pid != pid
    finally:
        try:
            os.kill(pid, signal.SIGCONT)
        except (ProcessLookupError, UnboundLocalError):
            pass
        store.close()
        if data.is_dir():
            embedded.stop_server(data)
        shutil.rmtree(root, ignore_errors=True)
