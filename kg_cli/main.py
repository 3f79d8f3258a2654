"""The `kg` command: run the embedded database, ingest, serve, query, export, evaluate.

Expected failures (no server, bad path, unknown query, bad parameter) end with
one red line and exit code 1 (2 for bad usage), never a traceback.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from graph import embedded
from graph.catalog import get_catalog
from graph.errors import GraphError
from graph.settings import get_settings
from graph.store import GraphStore, open_store

app = typer.Typer(help="policy-kg: a knowledge graph of industrial policy.", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False)
db_app = typer.Typer(help="Start, stop and inspect the embedded FalkorDB server.", no_args_is_help=True)
app.add_typer(db_app, name="db")

out = Console()
err = Console(stderr=True)
DEFAULT_CORPUS = Path("data/corpus")


class Failure(Exception):
    """An expected failure: printed as one line, exit code 1."""


def _expected_errors() -> tuple[type[BaseException], ...]:
    from ingest.errors import IngestError

    return (GraphError, IngestError, Failure, OSError)


def main() -> None:
    try:
        app()
    except _expected_errors() as e:
        err.print(f"[red]error:[/red] {e}", highlight=False, soft_wrap=True)  # one line, however long
        sys.exit(1)


@contextmanager
def store_session() -> Iterator[GraphStore]:
    store = open_store()
    try:
        yield store
    finally:
        store.close()


# --- kg db -------------------------------------------------------------------

def _require_embedded() -> Path:
    settings = get_settings()
    if not settings.embedded:
        raise Failure("KG_GRAPH_URI is set: the database is an external Neo4j server, not the embedded one")
    return settings.data_dir


@db_app.command("start")
def db_start() -> None:
    """Start the embedded server in the background; it runs until `kg db stop`."""
    data_dir = _require_embedded()
    info, started = embedded.ensure_server(data_dir, detached=True)
    verb = "started" if started else "already running"
    out.print(f"FalkorDB {verb}: pid {info.pid}, socket {info.socket}, data {info.data_dir}")


@db_app.command("stop")
def db_stop() -> None:
    """Stop the embedded server of KG_DATA_DIR; its data is saved first."""
    data_dir = _require_embedded()
    info = embedded.stop_server(data_dir)
    out.print(f"FalkorDB stopped (pid {info.pid})" if info else "FalkorDB was not running")


@db_app.command("status")
def db_status() -> None:
    """Say whether the embedded server of KG_DATA_DIR runs, and which process it is."""
    data_dir = _require_embedded()
    state, info = embedded.status(data_dir)
    if state == "running" and info:
        owner = "until `kg db stop`" if info.mode == "detached" else f"stops with process {info.parent_pid}"
        out.print(f"running: pid {info.pid}, socket {info.socket}, {owner}")
    elif state == "stale" and info:
        out.print(f"stale: pid {info.pid} from {info.data_dir} is gone or does not answer; "
                  "the next start cleans it up")
        raise typer.Exit(1)
    else:
        out.print(f"stopped (data folder {data_dir.resolve()})")
        raise typer.Exit(1)


# --- kg ingest ---------------------------------------------------------------

def ingest_paths(store: GraphStore, paths: list[Path], meta: dict[str, str] | None = None,
                 *, force: bool = False, jobs: int = 1, console: Console = out) -> list:
    """`ingest.ingest` with a progress bar; returns its per-document results (failed ones included)."""
    from ingest import ingest, plan

    for path in paths:
        if not path.exists():
            raise Failure(f"no such file or folder: {path}")
    docs = plan(paths, meta)
    if not docs:
        raise Failure(f"no documents found in {', '.join(map(str, paths))}")
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("ingesting", total=len(docs))
        return ingest(store, docs, force=force, jobs=jobs,
                      on_done=lambda r: progress.update(task, advance=1, description=f"ingested {r.key}"))


def _summary_table(results: list) -> Table:
    table = Table(title="ingested")
    for col in ("document", "status", "nodes", "edges", "by type"):
        table.add_column(col)
    for r in results:
        s = r.summary
        if s is None:
            table.add_row(r.key, "[red]failed[/red]", "", "", "")
            continue
        kinds = ", ".join(f"{k} {v}" for k, v in sorted({**s.nodes, **s.edges}.items()))
        table.add_row(r.key, "unchanged" if s.skipped else "loaded", str(sum(s.nodes.values())),
                      str(sum(s.edges.values())), kinds)
    return table


def _report_problems(results: list) -> int:
    """One line per failed document (file, reason, next step) and per warning; the number failed."""
    for r in results:
        for w in r.warnings:
            err.print(f"[yellow]warning:[/yellow] {r.file}: {w}", highlight=False)
        if r.failed:
            err.print(f"[red]failed:[/red] {r.file}: {r.reason}" + (f"; {r.next_step}" if r.next_step else ""),
                      highlight=False)
    return sum(r.failed for r in results)


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="files or folders (a folder's manifest.yaml gives metadata)"),
    title: Optional[str] = typer.Option(None, help="title, for a lone file"),
    issuer: Optional[str] = typer.Option(None, help="issuer, for a lone file"),
    date: Optional[str] = typer.Option(None, help="date (YYYY-MM-DD or YYYY), for a lone file"),
    kind: Optional[str] = typer.Option(None, help="kind (plan, news, …), for a lone file"),
    force: bool = typer.Option(False, help="rewrite documents even when unchanged"),
    jobs: int = typer.Option(len(os.sched_getaffinity(0)), min=1,
                             help="worker processes extracting documents (default: this machine's cores); 1: none"),
) -> None:
    """Read documents, extract their facts and load them; unchanged documents are skipped."""
    meta = {k: v for k, v in dict(title=title, issuer=issuer, date=date, kind=kind).items() if v}
    with store_session() as store:
        results = ingest_paths(store, paths, meta, force=force, jobs=jobs)
    out.print(_summary_table(results))
    failed = _report_problems(results)
    if failed:
        raise Failure(f"{failed} of {len(results)} documents failed (listed above); the others are loaded")


# --- kg serve ----------------------------------------------------------------

@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="address to listen on"),
    port: int = typer.Option(8000, help="port to listen on"),
    workers: int = typer.Option(1, min=1, help="worker processes (one per core is a good start)"),
    ingest_corpus: bool = typer.Option(True, "--ingest/--no-ingest", help="ingest the corpus folder before serving"),
    corpus: Path = typer.Option(DEFAULT_CORPUS, help="the corpus folder ingested at start"),
    access_log: bool = typer.Option(False, "--access-log/--no-access-log",
                                    help="log every request to standard error (off by default)"),
) -> None:
    """Serve the REST API and the browser pages (ingesting the corpus first)."""
    import uvicorn

    from api.main import FAILED_DOCUMENTS_ENV
    from api.settings import ApiSettings
    from graph.settings import load_settings

    load_settings(ApiSettings)  # a bad setting is one line here, not a traceback in every worker

    # Held open for the whole run: the embedded server started here stops when `kg serve` ends;
    # each worker builds the app with `create_app()` and opens its own connection to that server.
    with store_session() as store:
        failed: list = []
        if ingest_corpus:
            results = ingest_paths(store, [corpus])
            failed = [r for r in results if r.failed]
            loaded = sum(not r.failed and not r.summary.skipped for r in results)
            out.print(f"corpus: {len(results)} documents, {loaded} loaded, "
                      f"{len(results) - loaded - len(failed)} unchanged, {len(failed)} failed")
            _report_problems(results)  # served anyway, with what loaded; /api/v1/stats lists the failures
            # The workers build their apps themselves (factory): the list reaches them through their environment.
            os.environ[FAILED_DOCUMENTS_ENV] = json.dumps(
                [{"file": r.file, "reason": r.reason, "next_step": r.next_step} for r in failed], ensure_ascii=False)
        out.print(f"serving on http://{host}:{port} with {workers} worker(s)  (explorer: /explore, API docs: /docs)")
        uvicorn.run("api.main:create_app", factory=True, host=host, port=port, workers=workers,
                    loop="uvloop", http="httptools", log_level="info", access_log=access_log)


# --- kg query / stats / export -----------------------------------------------

def _parse_params(pairs: list[str], declared: dict[str, str]) -> dict[str, object]:
    """key=value pairs; lists and maps as JSON (ids='["a","b"]'), a list of text also as a,b."""
    params: dict[str, object] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"{pair!r}: parameters are key=value")
        kind = declared.get(key, "str")
        if kind in ("list", "list[str]", "map", "rows"):
            try:
                params[key] = json.loads(value)
            except ValueError:
                if kind != "list[str]":
                    raise typer.BadParameter(f"{key} takes JSON ({kind}), got {value!r}") from None
                params[key] = [v.strip() for v in value.split(",") if v.strip()]
        else:
            params[key] = value
    return params


@app.command()
def query(
    name: Optional[str] = typer.Argument(None, help="a query of the catalogue (see --list)"),
    params: list[str] = typer.Argument(None, help="key=value parameters"),
    list_: bool = typer.Option(False, "--list", help="list the catalogue's read queries"),
    as_json: bool = typer.Option(False, "--json", help="print rows as JSON"),
) -> None:
    """Run a named read query of the catalogue with key=value parameters."""
    catalog = get_catalog()
    if list_ or not name:
        table = Table(title="queries")
        for col in ("name", "params", "description"):
            table.add_column(col)
        for q in catalog:
            if q.mode == "read":
                table.add_row(q.name, ", ".join(f"{p.name}: {p.type}" + ("" if p.required else f" = {p.default}")
                                                for p in q.params), q.description)
        out.print(table)
        return
    q = catalog.get(name)
    if q.mode != "read":
        raise Failure(f"{name} is a write query; kg query runs read queries only")
    with store_session() as store:
        rows = catalog.run(store, name, q.bind(_parse_params(params or [], {p.name: p.type for p in q.params})))
    if as_json:
        out.print_json(json.dumps(rows, ensure_ascii=False))
        return
    table = Table(title=f"{name}: {len(rows)} rows")
    for col in q.returns:
        table.add_column(col)
    for row in rows:
        table.add_row(*(json.dumps(row.get(c), ensure_ascii=False) if isinstance(row.get(c), (list, dict))
                        else str(row.get(c)) for c in q.returns))
    out.print(table)


@app.command()
def stats() -> None:
    """Count nodes per type and relationships per type."""
    catalog = get_catalog()
    with store_session() as store:
        nodes = catalog.run(store, "count_nodes_by_label")
        edges = catalog.run(store, "count_edges_by_type")
    table = Table(title="graph")
    table.add_column("kind")
    table.add_column("type")
    table.add_column("count", justify="right")
    for row in nodes:
        table.add_row("node", row["label"], str(row["count"]))
    for row in edges:
        table.add_row("relationship", row["type"], str(row["count"]))
    out.print(table)


@app.command()
def export(
    fmt: str = typer.Option("json", "--format", "-f", help="json or graphml"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="file to write (default: standard output)"),
) -> None:
    """Export every node and relationship as JSON or GraphML."""
    from graph.export import read_graph, write_graphml, write_json

    writers = {"json": write_json, "graphml": write_graphml}
    if fmt not in writers:
        raise typer.BadParameter(f"format must be one of {', '.join(writers)}", param_hint="--format")
    with store_session() as store:
        nodes, edges = read_graph(store)
    if output is None:
        writers[fmt](nodes, edges, sys.stdout)
        return
    with open(output, "w", encoding="utf-8") as f:
        writers[fmt](nodes, edges, f)
    err.print(f"wrote {len(nodes)} nodes and {len(edges)} relationships to {output}")


# --- kg eval -----------------------------------------------------------------

@app.command("eval")
def evaluate(
    which: str = typer.Option("all", "--set", help="corpus, devset, other, unseen or all"),
    corpus: Path = typer.Option(DEFAULT_CORPUS, help="the corpus folder"),
    gold: Path = typer.Option(Path("tests/gold"), help="the corpus gold set folder"),
    devset: Path = typer.Option(Path("tests/devset"), help="the Liaocheng development set folder"),
    other: Path = typer.Option(Path("tests/devset_other"), help="the other-cities development set folder"),
    unseen: Path = typer.Option(Path("tests/unseen"), help="the unseen set folder"),
    details: bool = typer.Option(False, help="list false positives and negatives"),
    by_rule: bool = typer.Option(False, "--by-rule",
                                 help="each extraction rule's precision beside its confidence (document sets)"),
) -> None:
    """Precision and recall of extraction per entity type, relation type and for targets,
    on the corpus gold, the two development sets (Liaocheng, other cities) and the unseen set
    (one table each)."""
    from evaluation.report import format_report
    from evaluation.sets import SETS, available, run_set

    if which not in (*SETS, "all"):
        raise typer.BadParameter(f"must be one of {', '.join(SETS)}, all", param_hint="--set")
    for path in (corpus, gold):
        if not path.is_dir():
            raise Failure(f"no such folder: {path}")
    names = SETS if which == "all" else (which,)
    for name in names:
        if not available(name, devset, unseen, other):
            if which != "all":
                raise Failure(f"no gold.yaml in the {name} folder")
            err.print(f"{name}: no gold.yaml, skipped")
            continue
        out.print(format_report(run_set(name, details, corpus, gold, devset, unseen, other), by_rule=by_rule),
                  markup=False,
                  highlight=False, soft_wrap=True)
