"""`make neo4j` (python -m graph.neo4j_local): serves until SIGTERM or Ctrl-C, then stops Neo4j cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from graph.settings import GraphSettings
from graph.store import open_store

REPO = Path(__file__).resolve().parents[2]


def test_make_neo4j_serves_until_ctrl_c() -> None:
    # SIGTERM takes the same handler; one Neo4j boot (about a minute) is enough.
    with tempfile.TemporaryDirectory(prefix="kgn4") as d:
        env = {**os.environ, "NEO4J_PASSWORD": "make-neo4j-test", "PYTHONPATH": str(REPO)}
        proc = subprocess.Popen([sys.executable, "-m", "graph.neo4j_local", "--data", d, "--port", "0", "--heap", "512m"],
                                cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            line = proc.stdout.readline()  # blocks until ready (or the launcher fails and exits)
            assert line.startswith("Neo4j is ready: neo4j://127.0.0.1:"), line + proc.stdout.read()
            uri = line.split()[3]
            store = open_store(GraphSettings(graph_uri=uri, graph_password="make-neo4j-test"))
            assert store.read("RETURN 1 AS one") == [{"one": 1}]
            store.close()
            proc.send_signal(signal.SIGINT)
            assert proc.wait(timeout=120) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        time.sleep(0.5)
        java = subprocess.run(["pgrep", "-f", f"kg.neo4j.Launcher --data {d}"], capture_output=True, text=True)
        assert java.stdout == "", f"Neo4j outlived its launcher: {java.stdout}"
        assert (Path(d) / "logs" / "debug.log").read_text().count("Shutdown complete") or \
            "Stopped" in (Path(d) / "logs" / "debug.log").read_text()
