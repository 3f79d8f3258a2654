"""docker-compose.yml and the Dockerfile, checked without a Docker engine: structure,
and that every KG_* variable they set is a setting the code really reads."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from pydantic_settings import BaseSettings

from api.settings import ApiSettings
from graph.settings import GraphSettings

REPO = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))
DOCKERFILE = (REPO / "Dockerfile").read_text(encoding="utf-8")
SETTINGS: tuple[type[BaseSettings], ...] = (GraphSettings, ApiSettings)
REQUIRED_PASSWORD = re.compile(r"^\$\{NEO4J_PASSWORD:\?[^}]+\}$")


def env_names(cls: type[BaseSettings]) -> set[str]:
    prefix = cls.model_config.get("env_prefix", "")
    # a field with a validation alias is read from that name as it stands, without the prefix
    return {(f.validation_alias if isinstance(f.validation_alias, str) else prefix + name).upper()
            for name, f in cls.model_fields.items()}


def settings_env() -> set[str]:
    return set().union(*(env_names(c) for c in SETTINGS))


def service(name: str) -> dict:
    return COMPOSE["services"][name]


def env(name: str) -> dict[str, str]:
    raw = service(name).get("environment", {})
    if isinstance(raw, list):  # the "KEY=value" form
        raw = dict(item.split("=", 1) for item in raw)
    return {k: str(v) for k, v in raw.items()}


def dockerfile_instructions(name: str) -> list[str]:
    return [m.group(1).strip() for m in re.finditer(rf"^{name}\s+(.+)$", DOCKERFILE, re.MULTILINE)]


def test_services() -> None:
    assert set(COMPOSE["services"]) == {"neo4j", "api"}


def test_neo4j_service() -> None:
    neo4j = service("neo4j")
    assert re.fullmatch(r"neo4j:5(\.\d+)*-community", neo4j["image"]), neo4j["image"]
    assert REQUIRED_PASSWORD.match(env("neo4j")["NEO4J_AUTH"].removeprefix("neo4j/"))
    assert "NEO4J_PLUGINS" not in env("neo4j")  # no APOC: the queries use plain Cypher
    assert "NEO4J_PASSWORD" not in env("neo4j")  # NEO4J_* would become an unknown (fatal) neo4j.conf setting
    volume, target = neo4j["volumes"][0].split(":")[:2]
    assert target == "/data" and volume in COMPOSE["volumes"]
    assert any(p.endswith(":7687") for p in neo4j["ports"])
    test = " ".join(neo4j["healthcheck"]["test"])
    assert "cypher-shell" in test and "RETURN 1" in test


def test_api_service() -> None:
    api = service("api")
    build = api["build"]
    assert build["context"] == "." and (REPO / build.get("dockerfile", "Dockerfile")).is_file()
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert any(p.endswith(":8000") for p in api["ports"])
    test = " ".join(api["healthcheck"]["test"])
    assert "/health" in test and ":8000" in test
    e = env("api")
    assert e["KG_GRAPH_URI"] == "neo4j://neo4j:7687"  # the service name, Bolt port
    assert REQUIRED_PASSWORD.match(e["KG_GRAPH_PASSWORD"])


def test_every_kg_variable_is_a_real_setting() -> None:
    known = settings_env()
    assert {"KG_GRAPH_URI", "KG_GRAPH_PASSWORD", "KG_API_KEY"} <= known  # the reading itself works
    compose_vars = {k for name in COMPOSE["services"] for k in env(name) if k.startswith("KG_")}
    docker_vars = {m for line in dockerfile_instructions("ENV") for m in re.findall(r"\b(KG_\w+)=", line)}
    docker_vars |= set(re.findall(r"^\s+(KG_\w+)=", DOCKERFILE, re.MULTILINE))  # continuation lines of ENV
    unknown = sorted((compose_vars | docker_vars) - known)
    assert not unknown, f"not settings of {', '.join(c.__name__ for c in SETTINGS)}: {unknown}"
    assert compose_vars, "the compose file sets no KG_* variable"


def test_the_compose_values_make_valid_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in env("api").items():
        if key.startswith("KG_"):
            # ${VAR:-} defaults to empty; ${VAR:?…} is required, stand in a value.
            value = "" if value.endswith(":-}") else ("s3cret-password" if value.startswith("${") else value)
            monkeypatch.setenv(key, value)
    graph = GraphSettings()
    assert graph.graph_uri == "neo4j://neo4j:7687" and not graph.embedded
    ApiSettings()


def test_dockerfile_runs_the_kg_cli() -> None:
    assert DOCKERFILE.startswith("#") and re.search(r"^FROM python:3\.11-slim\b", DOCKERFILE, re.MULTILINE)
    [cmd] = dockerfile_instructions("CMD")
    argv = json.loads(cmd)  # exec form: signals reach the server
    assert argv[:2] == ["kg", "serve"] and argv[argv.index("--host") + 1] == "0.0.0.0"
    module, func = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]["kg"].split(":")
    # Run the `kg` entry point itself, as the installed console script would.
    code = f"import sys; sys.argv = ['kg', 'serve', '--help']; from {module} import {func}; {func}()"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200"})
    assert done.returncode == 0, done.stderr
    for option in (a for a in argv[2:] if a.startswith("--")):
        assert option in done.stdout, f"kg serve has no {option}"


def test_dockerignore_keeps_secrets_and_local_state_out() -> None:
    ignored = {line.strip() for line in (REPO / ".dockerignore").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    assert {".git", ".venv", "node_modules", "var", ".env"} <= ignored
    assert not {"cypher", "data", "graph", "api", "ingest", "kg_cli", "pyproject.toml"} & ignored
