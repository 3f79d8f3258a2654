"""The `kg` command as a user runs it: a real process, a real embedded server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from graph import embedded

REPO = Path(__file__).resolve().parent.parent


def kg(*args: str, data_dir: Path, check: bool = True, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "KG_DATA_DIR": str(data_dir), "COLUMNS": "200"}
    env.pop("KG_GRAPH_URI", None)
    proc = subprocess.run([sys.executable, "-m", "kg_cli", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300, **kw)
    if check and proc.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture
def cli_dir(tmp_path_factory: pytest.TempPathFactory):
    d = Path(os.environ.get("TMPDIR", "/tmp")) / f"kgcli{os.getpid()}_{time.monotonic_ns() % 10**6}"
    yield d
    embedded.stop_server(d) if d.exists() else None


def test_db_start_status_stop(cli_dir: Path) -> None:
    assert kg("db", "status", data_dir=cli_dir, check=False).returncode == 1
    started = kg("db", "start", data_dir=cli_dir)
    info = embedded.read_state(cli_dir.resolve())
    assert info is not None and f"pid {info.pid}" in started.stdout
    status = kg("db", "status", data_dir=cli_dir)
    assert "running" in status.stdout and str(info.pid) in status.stdout
    assert "already running" in kg("db", "start", data_dir=cli_dir).stdout
    kg("db", "stop", data_dir=cli_dir)
    assert kg("db", "status", data_dir=cli_dir, check=False).returncode == 1
    assert not embedded._pid_alive(info.pid)


def test_killed_kg_leaves_no_orphan(cli_dir: Path) -> None:
    """A command that started the server on demand is killed with SIGKILL: its server goes too."""
    env = {**os.environ, "KG_DATA_DIR": str(cli_dir)}
    env.pop("KG_GRAPH_URI", None)
    # `kg serve --no-ingest` holds an owned server for as long as it runs.
    proc = subprocess.Popen([sys.executable, "-m", "kg_cli", "serve", "--no-ingest", "--port", "0"],
                            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while embedded.status(cli_dir)[0] != "running":
            assert time.monotonic() < deadline, "the server never came up"
            assert proc.poll() is None, "kg serve exited early"
            time.sleep(0.1)
        info = embedded.read_state(cli_dir.resolve())
        assert info is not None and info.mode == "owned"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 20
    while embedded._pid_alive(info.pid):
        assert time.monotonic() < deadline, f"orphaned FalkorDB server pid {info.pid}"
        time.sleep(0.1)
    state = kg("db", "status", data_dir=cli_dir, check=False)
    assert state.returncode == 1 and ("stale" in state.stdout or "stopped" in state.stdout)


@pytest.mark.parametrize("args, message", [
    (("query", "no_such_query"), "no query named 'no_such_query'"),
    (("query", "count_edges_by_type", "foo=1"), "unknown parameter"),
    (("ingest", "/no/such/path"), "no such file or folder"),
])
def test_expected_failures_are_one_line(cli_dir: Path, args: tuple[str, ...], message: str) -> None:
    proc = kg(*args, data_dir=cli_dir, check=False)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and message in lines[0], proc.stderr


def test_ingest_stats_query_export(cli_dir: Path, tmp_path: Path) -> None:
    doc = tmp_path / "news.txt"
    doc.write_text("聊城日报\n\n阳谷县依托阳谷经济开发区，发展新材料产业。鲁西集团年产10万吨尼龙项目开工建设。\n", encoding="utf-8")
    first = kg("ingest", str(doc), "--title", "测试新闻", "--date", "2024-01-02", "--kind", "news", data_dir=cli_dir)
    assert "loaded" in first.stdout
    assert "unchanged" in kg("ingest", str(doc), "--title", "测试新闻", "--date", "2024-01-02", "--kind", "news",
                             data_dir=cli_dir).stdout
    stats = kg("stats", data_dir=cli_dir).stdout
    assert "Policy" in stats and "MENTIONS" in stats
    rows = json.loads(kg("query", "count_nodes_by_label", "--json", data_dir=cli_dir).stdout)
    assert {r["label"] for r in rows} >= {"Policy", "County"}
    listed = json.loads(kg("query", "nodes_by_ids", "ids=county:阳谷县,policy:news", "--json", data_dir=cli_dir).stdout)
    assert {r["id"] for r in listed} == {"county:阳谷县", "policy:news"}  # a list parameter given as a,b
    exported = json.loads(kg("export", "--format", "json", data_dir=cli_dir).stdout)
    assert any(n["type"] == "Policy" and n["name"] for n in exported["nodes"])
    assert exported["edges"] and all({"source", "type", "target"} <= e.keys() for e in exported["edges"])
    graphml = tmp_path / "g.graphml"
    kg("export", "-f", "graphml", "-o", str(graphml), data_dir=cli_dir)
    root = ET.parse(graphml).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == len(exported["nodes"])
    assert len(root.findall(".//g:edge", ns)) == len(exported["edges"])


def test_eval_prints_one_table_set_per_evaluation_set(cli_dir: Path) -> None:
    out = kg("eval", "--set", "devset", "--details", "--by-rule", data_dir=cli_dir).stdout
    assert "== devset: tests/devset" in out
    for heading in ("Entities", "Relations", "Targets", "all entities", "all relations", "PROJECT_OF", "FN  ",
                    "Rules (relation and target edges", "confidence"):
        assert heading in out, heading
    assert "corpus gold" not in out
    bad = kg("eval", "--set", "nonsense", data_dir=cli_dir, check=False)
    assert bad.returncode == 2
