"""Shared fixtures: both real backends, each started once per test session.

* FalkorDB: one embedded server; each data set is a graph key of its own on it.
* Neo4j: one local Neo4j 5 from tools/neo4j (graph/neo4j_local.py), launched as soon
  as collection finds a test that needs it, so it boots while the first tests run;
  or the server named by KG_TEST_NEO4J_URI (and KG_TEST_NEO4J_USER/PASSWORD).
  Community Neo4j has a single user database, so data sets take turns in it: a test
  gets its data set reloaded only when another one (or a fresh graph) was there last.
  Pytest groups the tests of a session-scoped parameter, so that is rare.

Every store-facing fixture (`fresh_store`, `corpus_store`, the API clients) depends
on `backend`, so each test using one runs on both. A test that needs Neo4j and
cannot get it fails (its setup errors); it never skips.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path
from typing import Iterator

import pytest

from graph import neo4j_local
from graph.settings import GraphSettings
from graph.store import GraphStore, open_store
from tests.backends import FalkorDBDataSets, Neo4jDataSets, embedded_settings, load_corpus

BACKENDS = ("falkordb", "neo4j")
EXTERNAL_NEO4J = os.environ.get("KG_TEST_NEO4J_URI")


# --- the Neo4j server: launched after collection, waited for by the first test that needs it ----

class _Neo4jLaunch:
    folder: tempfile.TemporaryDirectory | None = None
    process = None
    server: neo4j_local.LocalNeo4j | None = None
    error: Exception | None = None
    password = "kg-test-" + secrets.token_hex(8)
    neo4j_tests: set[str] = set()
    outcomes: dict[str, int] = {}


def _needs_neo4j(item: pytest.Item) -> bool:
    callspec = getattr(item, "callspec", None)
    on_neo4j = callspec is not None and callspec.params.get("backend") == "neo4j"
    return on_neo4j or "neo4j_settings" in getattr(item, "fixturenames", ())


def pytest_collection_finish(session: pytest.Session) -> None:
    _Neo4jLaunch.neo4j_tests = {item.nodeid for item in session.items if _needs_neo4j(item)}
    if not _Neo4jLaunch.neo4j_tests or EXTERNAL_NEO4J or session.config.option.collectonly:
        return
    try:
        _Neo4jLaunch.folder = tempfile.TemporaryDirectory(prefix="kgneo4j")
        _Neo4jLaunch.process = neo4j_local.launch(Path(_Neo4jLaunch.folder.name), _Neo4jLaunch.password,
                                                  heap="1g", pagecache_mb=256)
    except Exception as e:  # reported by every test that needs the server
        _Neo4jLaunch.error = e


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _Neo4jLaunch.server is not None:
        _Neo4jLaunch.server.stop()
    elif _Neo4jLaunch.process is not None and _Neo4jLaunch.process.poll() is None:
        _Neo4jLaunch.process.terminate()
        _Neo4jLaunch.process.wait()
    if _Neo4jLaunch.folder is not None:
        _Neo4jLaunch.folder.cleanup()


def pytest_report_header(config: pytest.Config) -> str:
    where = EXTERNAL_NEO4J or "a local Neo4j 5 from tools/neo4j, started for this run"
    return f"backends: embedded FalkorDB and Neo4j ({where})"


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.nodeid in _Neo4jLaunch.neo4j_tests and (report.when == "call" or report.outcome != "passed"):
        _Neo4jLaunch.outcomes[report.outcome] = _Neo4jLaunch.outcomes.get(report.outcome, 0) + 1


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    if not _Neo4jLaunch.neo4j_tests:
        return
    ran = sum(_Neo4jLaunch.outcomes.values())
    detail = ", ".join(f"{n} {outcome}" for outcome, n in sorted(_Neo4jLaunch.outcomes.items()))
    where = EXTERNAL_NEO4J or (_Neo4jLaunch.server.uri if _Neo4jLaunch.server else "the local server (not started)")
    terminalreporter.write_line(f"neo4j: {ran} tests ran on Neo4j at {where} ({detail or 'none'})")


@pytest.fixture(scope="session")
def neo4j_settings() -> GraphSettings:
    """The session's Neo4j server (started on first use); fails when there is none."""
    if EXTERNAL_NEO4J:
        return GraphSettings(graph_uri=EXTERNAL_NEO4J, graph_user=os.environ.get("KG_TEST_NEO4J_USER", "neo4j"),
                             graph_password=os.environ.get("KG_TEST_NEO4J_PASSWORD"))
    if _Neo4jLaunch.server is None:
        if _Neo4jLaunch.error is not None:
            pytest.fail(f"these tests need Neo4j: {_Neo4jLaunch.error}", pytrace=False)
        if _Neo4jLaunch.process is None:  # the test was not collected as needing it (called directly)
            _Neo4jLaunch.folder = tempfile.TemporaryDirectory(prefix="kgneo4j")
            _Neo4jLaunch.process = neo4j_local.launch(Path(_Neo4jLaunch.folder.name), _Neo4jLaunch.password)
        try:
            _Neo4jLaunch.server = neo4j_local.wait_ready(_Neo4jLaunch.process, Path(_Neo4jLaunch.folder.name),
                                                         _Neo4jLaunch.password)
        except Exception as e:
            _Neo4jLaunch.error = e
            pytest.fail(f"these tests need Neo4j: {e}", pytrace=False)
    s = _Neo4jLaunch.server
    return GraphSettings(graph_uri=s.uri, graph_user=s.user, graph_password=s.password)


# --- fixtures --------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def data_dir() -> Iterator[Path]:
    # A short path: the unix socket lives inside it (AF_UNIX paths are limited).
    with tempfile.TemporaryDirectory(prefix="kgtest") as d:
        yield Path(d)


@pytest.fixture(scope="session")
def server(data_dir: Path) -> Iterator[GraphStore]:
    """Starts the session's embedded server; other stores on data_dir reuse it."""
    store = open_store(embedded_settings(data_dir, "session"))
    yield store
    store.close()


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The backend a store-facing test runs on: every such test runs once per backend."""
    return request.param


@pytest.fixture(scope="session")
def falkordb_sets(server: GraphStore, data_dir: Path) -> Iterator[FalkorDBDataSets]:
    sets = FalkorDBDataSets(data_dir)
    yield sets
    sets.close()


@pytest.fixture(scope="session")
def neo4j_sets(neo4j_settings: GraphSettings) -> Iterator[Neo4jDataSets]:
    sets = Neo4jDataSets(neo4j_settings)
    yield sets
    sets.close()


@pytest.fixture(scope="session")
def data_sets(backend: str, request: pytest.FixtureRequest) -> FalkorDBDataSets | Neo4jDataSets:
    """The data sets of the test's backend."""
    return request.getfixturevalue(f"{backend}_sets")


@pytest.fixture
def fresh_store(data_sets: FalkorDBDataSets | Neo4jDataSets, request: pytest.FixtureRequest) -> GraphStore:
    """An empty graph with the schema applied, for one test, on each backend."""
    return data_sets.fresh(request.node.name)


@pytest.fixture
def corpus_store(data_sets: FalkorDBDataSets | Neo4jDataSets) -> GraphStore:
    """The shipped corpus, ingested through the real pipeline and writer, on each backend."""
    return data_sets.load("corpus", load_corpus)


@pytest.fixture(scope="session")
def falkordb_corpus(falkordb_sets: FalkorDBDataSets) -> GraphStore:
    """The corpus on the embedded default only: for the browser tests (the pages, not the store)."""
    return falkordb_sets.load("corpus", load_corpus)
