"""Every Cypher text sent to Neo4j passes Neo4j's own linter (tools/lint_cypher.mjs).

No Neo4j server runs in CI, so this is what keeps the shared queries (written and
tested against FalkorDB) valid Neo4j 5 Cypher: syntax, semantics, declared
parameters, known functions and procedures, labels and types of graph/model.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from functools import lru_cache
from itertools import product
from pathlib import Path

import pytest

from graph.catalog import TEMPLATE_VALUES, Catalog, schema_statements
from graph.model import EVIDENCE_PROPS, LABELS, REL_TYPES

REPO = Path(__file__).resolve().parent.parent
LINTER = REPO / "tools" / "lint_cypher.mjs"
PACKAGE = REPO / "node_modules" / "@neo4j-cypher" / "language-support"

# The procedures Neo4j queries may call (their signatures come from the linter's Neo4j 5 list).
PROCEDURES = ("db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships", "db.awaitIndexes")

# Property keys of docs/DATA_MODEL.md (informational for this linter version: it does not flag unknown keys).
PROPERTY_KEYS = sorted({
    "id", "name", "aliases", "title", "issuer", "date", "kind", "period", "file", "text", "rev", "status", "cites",
    "level", "county", "capacity", "year", "unit", "role", "value", "comparator", "policy", "key",
    "start", "end", "section", "version", *EVIDENCE_PROPS.values(),
})

SCHEMA = {
    "labels": sorted(LABELS | {"Entity", "Sentence", "GraphMeta"}),  # evidence sentences; the graph's version
    "relationshipTypes": sorted(REL_TYPES),
    "propertyKeys": PROPERTY_KEYS,
    "procedures": list(PROCEDURES),
}


def neo4j_texts() -> list[dict]:
    """Every text Neo4j runs: each catalogue query (its neo4j override where there is one),
    rendered for every allow-listed slot value, and each schema statement."""
    texts = []
    for q in Catalog.load():
        params = [p.name for p in q.params]
        slots = list(q.templates)
        for values in product(*(sorted(TEMPLATE_VALUES[s]) for s in slots)):
            chosen = dict(zip(slots, values))
            suffix = "".join(f"[{k}={v}]" for k, v in chosen.items())
            texts.append({"name": q.name + suffix, "text": q.text("neo4j", **chosen), "params": params})
    for i, statement in enumerate(schema_statements("neo4j"), 1):
        texts.append({"name": f"schema/neo4j.cypher#{i}", "text": statement, "params": []})
    return texts


def run_linter(queries: list[dict]) -> dict[str, list[dict]]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: the Cypher linter needs Node.js 20+")
    if not PACKAGE.is_dir():
        pytest.fail(f"{PACKAGE.relative_to(REPO)} is missing: run `npm ci` at the repo root (the Makefile does)")
    done = subprocess.run([node, str(LINTER)], input=json.dumps({"schema": SCHEMA, "queries": queries}),
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    assert done.returncode == 0, f"the linter crashed:\n{done.stderr}"
    return {item["name"]: item["diagnostics"] for item in json.loads(done.stdout)}


# Texts that must draw an error (or, for a label outside the model, a warning): the linter really checks.
PROBES = {
    "probe:syntax": ("MATCH (n:Entity RETURN n", [], "error"),
    "probe:undeclared_param": ("MATCH (n:Entity {id: $id}) RETURN n", [], "error"),
    "probe:unknown_function": ("RETURN toUpperCase('x') AS x", [], "error"),
    "probe:unknown_procedure": ("CALL db.idx.fulltext.queryNodes('Entity', 'x') YIELD node RETURN node", [], "error"),
    "probe:semantic": ("MATCH (n:Entity) RETURN m", [], "error"),
    "probe:unknown_label": ("MATCH (n:Company) RETURN n", [], "warning"),
    "probe:good": ("MATCH (n:Entity {id: $id}) RETURN n.name AS name", ["id"], None),
}


@lru_cache(maxsize=1)
def _linted() -> tuple[dict[str, list[dict]], dict[str, str]]:
    """One node run for everything: loading the language support takes seconds."""
    texts = neo4j_texts() + [{"name": k, "text": t, "params": p} for k, (t, p, _) in PROBES.items()]
    return run_linter(texts), {t["name"]: t["text"] for t in texts}


TEXTS = [t["name"] for t in neo4j_texts()]


@pytest.mark.parametrize("name", TEXTS)
def test_neo4j_cypher_is_clean(name: str) -> None:
    results, texts = _linted()
    diagnostics = results[name]
    for d in diagnostics:
        if d["severity"] != "error":
            print(f"{name}:{d['line']}:{d['column']}: {d['severity']}: {d['message']}")
    errors = [f"{d['line']}:{d['column']}: {d['message']} (at {d.get('text')!r})" for d in diagnostics if d["severity"] == "error"]
    assert not errors, f"{name} is not valid Neo4j 5 Cypher:\n" + "\n".join(errors) + f"\n--- text:\n{texts[name]}"


@pytest.mark.parametrize("name", sorted(PROBES))
def test_the_linter_catches_mistakes(name: str) -> None:
    results, _ = _linted()
    expected = PROBES[name][2]
    worst = sorted({d["severity"] for d in results[name]})
    assert worst == ([expected] if expected else []), (name, results[name])
