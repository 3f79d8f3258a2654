"""The committed bundle of the explorer's graph libraries (api/static/vendor/graph.js) is exactly what
`npm run build:explorer` makes from the versions pinned in package-lock.json."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUNDLE = REPO / "api" / "static" / "vendor" / "graph.js"


def test_bundle_is_a_fresh_build_of_the_pinned_packages(tmp_path: Path) -> None:
    esbuild = REPO / "node_modules" / ".bin" / "esbuild"
    assert esbuild.exists(), "node_modules is missing: npm ci (or `make node`)"
    lock = json.loads((REPO / "package-lock.json").read_text())["packages"]
    pinned = json.loads((REPO / "package.json").read_text())["dependencies"]
    for name, version in pinned.items():  # exact pins, installed as pinned
        assert lock[f"node_modules/{name}"]["version"] == version, name
    script = json.loads((REPO / "package.json").read_text())["scripts"]["build:explorer"]
    out = tmp_path / "graph.js"
    args = [a if not a.startswith("--outfile=") else f"--outfile={out}" for a in script.split()[1:]]
    subprocess.run([str(esbuild), *args], cwd=REPO, check=True, capture_output=True, timeout=120)
    assert out.read_bytes() == BUNDLE.read_bytes(), "api/static/vendor/graph.js is stale: npm run build:explorer"
