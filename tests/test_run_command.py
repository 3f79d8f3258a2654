"""`make run` as a user meets it: `kg serve` ingests the corpus and answers on HTTP;
after a clean stop the data is still there."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from graph import embedded

REPO = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_ingests_corpus_and_data_survives_restart(tmp_path_factory) -> None:
    data_dir = Path(f"/tmp/kgrun{os.getpid()}")
    env = {**os.environ, "KG_DATA_DIR": str(data_dir)}
    env.pop("KG_GRAPH_URI", None)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg_cli", "serve", "--port", str(port)], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240
        while True:
            assert proc.poll() is None, f"kg serve exited: {proc.stdout.read() if proc.stdout else ''}"
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "kg serve did not answer within 240 s"
            time.sleep(0.5)
        health = httpx.get(f"{base}/health").json()
        assert health["status"] == "ok", health
        hits = httpx.get(f"{base}/api/v1/search", params={"q": "鲁西"}).json()["data"]
        assert "鲁西集团" in [h["name"] for h in hits]
        assert httpx.get(f"{base}/explore").status_code == 200
        stats = httpx.get(f"{base}/api/v1/stats").json()
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C: uvicorn shuts down, the store closes, the server saves
        proc.wait(timeout=60)
    assert embedded.status(data_dir)[0] == "stopped"
    # Restart on the same folder: everything ingested before the stop is still there.
    out = subprocess.run([sys.executable, "-m", "kg_cli", "query", "count_nodes_by_label", "--json"], cwd=REPO,
                         env=env, capture_output=True, text=True, timeout=120)
    embedded.stop_server(data_dir)
    assert out.returncode == 0, out.stderr
    after = {row["label"]: row["count"] for row in json.loads(out.stdout)}
    assert stats["nodes"]["Policy"] == 5  # the five documents of data/corpus
    assert after == stats["nodes"]
