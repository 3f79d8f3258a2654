"""One bad file never blocks the others: it is a failed result naming the file, the reason and
the next step; the rest load (before: an empty file stopped the whole run before any write, and a
NUL byte past 4 KB stopped it halfway with an error that named no file)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from graph.catalog import get_catalog
from graph.store import GraphStore
from ingest import ingest
from tests.api.conftest import settings

REPO = Path(__file__).resolve().parents[2]
GOOD = (REPO / "data" / "corpus" / "000_b99d51a1da965aef.txt").read_text(encoding="utf-8")


def bad_corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b_empty.txt").write_text("")
    (folder / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000))
    late = GOOD[:3000] + "\x00" + GOOD[3000:]  # past the first 4 KB of UTF-8
    assert late.encode().index(b"\x00") > 4096
    (folder / "d_nul_late.txt").write_text(late, encoding="utf-8")
    return folder


def test_bad_files_fail_alone_and_the_others_load(fresh_store: GraphStore, tmp_path: Path) -> None:
    results = {r.key: r for r in ingest(fresh_store, [bad_corpus(tmp_path / "c")])}
    assert list(results) == ["a_good", "b_empty", "c_binary", "d_nul_late"]
    assert not results["a_good"].failed
    empty, binary = results["b_empty"], results["c_binary"]
    assert empty.failed and "empty" in empty.reason and empty.next_step and empty.file.endswith("b_empty.txt")
    assert binary.failed and "binary" in binary.reason
    late = results["d_nul_late"]
    assert not late.failed and late.warnings == ["removed 1 NUL or control character(s)"]
    titles = {r["id"] for r in get_catalog().run(fresh_store, "policy_titles")}
    assert titles == {"policy:a_good", "policy:d_nul_late"}
    text = get_catalog().run(fresh_store, "policy_text", {"id": "policy:d_nul_late"})[0]["text"]
    assert "\x00" not in text and len(text) > 3000


def test_kg_ingest_lists_each_failure_and_loads_the_rest(tmp_path: Path) -> None:
    env = {**os.environ, "KG_DATA_DIR": str(tmp_path / "var"), "COLUMNS": "200"}
    env.pop("KG_GRAPH_URI", None)
    run = subprocess.run([sys.executable, "-m", "kg_cli", "ingest", str(bad_corpus(tmp_path / "c"))], cwd=REPO,
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 1
    assert "b_empty.txt: the document is empty; add its text or remove the file" in run.stderr
    assert "c_binary.txt: " in run.stderr and "d_nul_late.txt: removed 1 NUL" in run.stderr
    assert "2 of 4 documents failed" in run.stderr and "Traceback" not in run.stderr
    stats = subprocess.run([sys.executable, "-m", "kg_cli", "query", "count_nodes_by_label", "--json"], cwd=REPO,
                           env=env, capture_output=True, text=True, timeout=300)
    assert '"label": "Policy"' in stats.stdout and '"count": 2' in stats.stdout


def test_stats_list_what_serve_could_not_ingest(fresh_store: GraphStore) -> None:
    failed = [{"file": "corpus/b_empty.txt", "reason": "the document is empty", "next_step": "add its text"}]
    client = TestClient(create_app(settings(), store=fresh_store, failed_documents=failed))
    assert client.get("/api/v1/stats").json()["failed_documents"] == failed


def test_code_shaped_text_is_not_an_enterprise_name() -> None:
    from ingest.lexicon import default_lexicon
    from ingest.resolve import Resolver, name_shaped

    resolver = Resolver(default_lexicon())
    assert resolver.enterprise("X') MATCH (n) DETACH DELETE n //有限公司") is None
    assert resolver.enterprise("山东鲁西化工集团有限公司") is not None
    assert all(name_shaped(n) for n in ("鲁西集团", "ABB（中国）有限公司", "中通客车控股股份有限公司", "𠮷野家"))
    assert not any(name_shaped(n) for n in ("a;b有限公司", "x = 1有限公司", "公司'", "有限(公司"))
