"""Rules as data: the extraction's words and patterns live in validated data files, not in Python.

Every data/rules/*.yaml (and the places' level words, the corpus gold's matching words) starts with a
comment, and holds only non-empty words, pairs of them, mappings of them, or patterns that compile;
the modules below hold no Chinese word outside comments and docstrings (issue 10, item 5).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA_FILES = sorted((ROOT / "data" / "rules").glob("*.yaml")) + [
    ROOT / "data" / "places" / "levels.yaml", ROOT / "data" / "evaluation" / "corpus_gold.yaml"]
# the modules whose words were moved out; a new module of these packages should join them
WORDLESS = ["ingest/extract/names.py", "ingest/extract/projects.py", "ingest/extract/places.py",
            "ingest/extract/clusters.py", "ingest/extract/indicators.py",
            "ingest/resolve.py", "ingest/gazetteer.py", "ingest/structure.py", *sorted(
                str(p.relative_to(ROOT)) for p in [*(ROOT / "ingest" / "read").glob("*.py"), *(ROOT / "evaluation").glob("*.py"),
                                                   *(ROOT / "ingest" / "extract" / "targets").glob("*.py"),
                                                   *(ROOT / "ingest" / "extract" / "prose").glob("*.py")])]
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _valid(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (int, float)):
        return True
    if isinstance(value, list):
        return bool(value) and all(_valid(v) or v == "" for v in value)
    if isinstance(value, dict):
        return bool(value) and all(isinstance(k, str) and k and _valid(v) for k, v in value.items())
    return False


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_a_rule_file_has_a_header_and_only_valid_entries(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#"), f"{path} needs a header comment saying what it is for"
    data = yaml.safe_load(text)
    assert isinstance(data, dict) and data
    for key, value in data.items():
        assert _valid(value), f"{path}: `{key}` holds an empty or malformed entry"
        if isinstance(value, str) and re.search(r"[\\()\[\]^$|?]", value):
            re.compile(value)  # a pattern: it must compile


def _docstrings(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


@pytest.mark.parametrize("module", WORDLESS)
def test_no_chinese_word_in_python_literals(module: str) -> None:
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    found = [f"{module}:{n.lineno}: {n.value[:30]!r}" for n in ast.walk(tree)
             if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs and _CJK.search(n.value)]
    assert not found, "Chinese words belong in data/rules/*.yaml:\n" + "\n".join(found)
