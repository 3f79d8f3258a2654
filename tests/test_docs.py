"""The docs match the code: every setting, every `kg` command and every extraction rule is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from pydantic_settings import BaseSettings

from api.settings import ApiSettings
from graph.settings import GraphSettings
from ingest.settings import IngestSettings
from kg_cli.main import app, db_app
from tests.test_compose import env_names

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("cls, doc", [(GraphSettings, "README.md"), (IngestSettings, "README.md"), (ApiSettings, "docs/API.md")])
def test_every_setting_is_documented(cls: type[BaseSettings], doc: str) -> None:
    text = (REPO / doc).read_text(encoding="utf-8")
    missing = [name for name in sorted(env_names(cls)) if f"`{name}`" not in text]
    assert not missing, f"undocumented in {doc}: {missing}"


def command_names(typer_app) -> list[str]:
    return [c.name or c.callback.__name__.replace("_", "-") for c in typer_app.registered_commands]


def test_every_kg_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [f"kg {name}" for name in command_names(app) if f"`kg {name}" not in readme]
    missing += [f"kg db {name}" for name in command_names(db_app) if name not in readme.split("`kg db ", 1)[1][:40]]
    assert not missing, f"not in the README: {missing}"


def test_every_rule_has_one_row_in_the_rule_table() -> None:
    """docs/EXTRACTION.md's table of rules (| rule | pattern | edge |) names each rule of data/rules/confidence.yaml once."""
    rules = yaml.safe_load((REPO / "data/rules/confidence.yaml").read_text(encoding="utf-8"))["rules"]
    lines = (REPO / "docs/EXTRACTION.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("| rule | pattern | edge |") + 2
    rows: list[str] = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows += re.findall(r"`([^`]+)`", line.split("|")[1])  # a row may name two rules (`a`, `b`)
    assert sorted(r for r in rows if rows.count(r) > 1) == [], "rules with two rows"
    assert sorted(set(rules) - set(rows)) == [], "rules of confidence.yaml with no row in docs/EXTRACTION.md"
    assert sorted(set(rows) - set(rules)) == [], "rows naming no rule of confidence.yaml"


def test_no_merge_conflict_is_left_in_the_docs() -> None:
    """A conflict resolved in haste leaves its markers in a long document; no doc or data file keeps one."""
    files = [*REPO.glob("*.md"), *REPO.glob("docs/*.md"), *REPO.glob("tests/*/README.md"), *REPO.glob("data/rules/*.yaml")]
    marked = [str(f.relative_to(REPO)) for f in files
              if re.search(r"^(?:<{7}|>{7}) ", f.read_text(encoding="utf-8"), re.M)]
    assert files and not marked, f"conflict markers in {marked}"
