"""Load a DocumentGraph into the store: idempotent batched UNWIND … MERGE.

The steps and why they make a re-ingest safe are in docs/DATA_MODEL.md
("Writing a document"). Every statement comes from the query catalogue.
"""

from __future__ import annotations

import gc
import hashlib
import uuid
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Iterator

from graph.catalog import Catalog, get_catalog
from graph.model import (EDGE_EVIDENCE_FIELDS, EVIDENCE_PROPS, DocumentGraph, EdgeRecord, Label, NodeRecord, RelType,
                         sentence_id)
from graph.store import GraphStore

BATCH_SIZE = 5000


@dataclass
class WriteSummary:
    policy: str
    skipped: bool = False  # same revision already loaded
    nodes: dict[str, int] = field(default_factory=dict)  # label -> rows written
    edges: dict[str, int] = field(default_factory=dict)  # rel type -> rows written

    @property
    def facts(self) -> int:
        return sum(self.nodes.values()) + sum(self.edges.values())


def revision(graph: DocumentGraph) -> str:
    """The document's revision: its text and everything drawn from it.

    Hashing the extraction too means a better extractor (or an edited lexicon)
    rewrites the document's facts even when its text is unchanged.
    """
    return hashlib.sha256(graph.model_dump_json().encode()).hexdigest()[:16]


def _node_row(node: NodeRecord) -> dict[str, Any]:
    return {"id": node.id, "name": node.name, "aliases": list(node.aliases), "props": dict(node.props)}


# An edge's evidence read as columns: offsets (for the sentence id), then EDGE_EVIDENCE_FIELDS.
_EVIDENCE_COLUMNS = attrgetter("start", "end", *EDGE_EVIDENCE_FIELDS)
_EVIDENCE_NAMES = [EVIDENCE_PROPS[f] for f in EDGE_EVIDENCE_FIELDS]


def _edge_row(edge: EdgeRecord, policy: str, rev: str) -> dict[str, Any]:
    props: dict[str, Any] = {**edge.props, "policy": policy, "key": edge.key, "rev": rev}
    # One pass over the evidence, transposed: a document has thousands of edges.
    starts, ends, *columns = list(zip(*map(_EVIDENCE_COLUMNS, edge.evidence))) or [()] * (2 + len(_EVIDENCE_NAMES))
    props["confidence"] = max(columns[EDGE_EVIDENCE_FIELDS.index("confidence")], default=1.0)
    props[EVIDENCE_PROPS["sid"]] = [sentence_id(policy, s, e) for s, e in zip(starts, ends)]
    props.update(zip(_EVIDENCE_NAMES, map(list, columns)))
    return {"source": edge.source, "target": edge.target, "props": props}


def _edge_rows(edges: list[EdgeRecord], policy: str, rev: str) -> dict[RelType, list[dict[str, Any]]]:
    """Relationship rows by type, one per (source, type, target, key): as MERGE would leave them
    (the later row's props win), so a first load can CREATE them."""
    rows: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for edge in edges:
        row = _edge_row(edge, policy, rev)
        same = rows.setdefault((edge.type, edge.source, edge.target, edge.key), row)
        if same is not row:
            same["props"].update(row["props"])
    by_type: dict[RelType, list[dict[str, Any]]] = defaultdict(list)
    for (rel_type, *_), row in rows.items():
        by_type[rel_type].append(row)
    return by_type


def _sentence_rows(edges: list[EdgeRecord], policy: str, rev: str) -> list[dict[str, Any]]:
    """Each evidence sentence of the document once, however many edges it states."""
    rows: dict[str, dict[str, Any]] = {}
    for edge in edges:
        for ev in edge.evidence:
            sid = sentence_id(policy, ev.start, ev.end)
            if sid not in rows:
                rows[sid] = {"id": sid, "policy": policy, "start": ev.start, "end": ev.end, "section": ev.section,
                             "text": ev.sentence, "rev": rev}
    return list(rows.values())


def _merge_nodes(nodes: list[NodeRecord]) -> dict[Label, list[dict[str, Any]]]:
    """One row per id (aliases unioned), grouped by label: UNWIND MERGE wants no duplicates in a batch."""
    by_id: dict[str, dict[str, Any]] = {}
    labels: dict[str, Label] = {}
    for node in nodes:
        row = by_id.get(node.id)
        if row is None:
            by_id[node.id] = _node_row(node)
            labels[node.id] = node.label
        else:
            row["aliases"] += [a for a in node.aliases if a not in row["aliases"]]
            row["props"].update(node.props)
    grouped: dict[Label, list[dict[str, Any]]] = defaultdict(list)
    for node_id, row in by_id.items():
        grouped[labels[node_id]].append(row)
    return grouped


def statements(graph: DocumentGraph, rev: str, catalog: Catalog, backend: str,
               *, first_load: bool = False) -> list[tuple[str, dict[str, Any]]]:
    """Every statement that loads one document, in order (see docs/DATA_MODEL.md).

    `first_load`: the store has no Policy node of this document, hence nothing of it to
    delete (everything it writes carries its policy id, written after the Policy node), and
    its sentences and relationships are created, not merged. The stale deletes read every
    relationship of the document, type by type (about a quarter of the server's time on a
    first load, bench/bench_store.py): they are left out.
    """
    policy = graph.policy
    out: list[tuple[str, dict[str, Any]]] = []

    def batched(name: str, rows: list[dict[str, Any]], **slots: str) -> None:
        text = catalog.get(name).text(backend, **slots)
        for i in range(0, len(rows), BATCH_SIZE):
            out.append((text, {"rows": rows[i:i + BATCH_SIZE]}))

    def single(name: str, params: dict[str, Any], **slots: str) -> None:
        q = catalog.get(name)
        out.append((q.text(backend, **slots), q.bind(params)))

    policy_row = _node_row(policy)
    policy_row["props"].update(rev=rev, status="loading")
    batched("upsert_nodes", [policy_row], label=Label.POLICY.value)
    for label, rows in _merge_nodes(graph.nodes).items():
        batched("upsert_nodes", rows, label=label.value)
    # A first load CREATEs its sentences and relationships: none of them can exist yet.
    batched("create_sentences" if first_load else "upsert_sentences", _sentence_rows(graph.edges, policy.id, rev))
    for rel_type, rows in _edge_rows(graph.edges, policy.id, rev).items():
        batched("create_edges" if first_load else "upsert_edges", rows, rel_type=rel_type.value)
    if not first_load:
        for rel_type in RelType:
            single("delete_stale_edges", {"policy": policy.id, "rev": rev}, rel_type=rel_type.value)
        single("delete_stale_sentences", {"policy": policy.id, "rev": rev})
    single("set_policy_status", {"id": policy.id, "status": "done"})
    # A fresh token, never a counter: a graph emptied and reloaded must not come back to an old version.
    single("bump_graph_version", {"version": uuid.uuid4().hex})
    return out


@contextmanager
def _without_gc_passes() -> Iterator[None]:
    """No cyclic garbage collection while a document is written.

    Its rows are hundreds of thousands of small objects, none in a reference cycle (freed
    by reference counting alone), yet allocating them sets off collections that walk every
    object of the process: a third of the loader's own CPU time on the corpus scaled 100x
    (bench/bench_extract.py). Collection resumes, as it was, when the document is written.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def write_document(store: GraphStore, graph: DocumentGraph, *, derived: list[EdgeRecord] | None = None,
                   catalog: Catalog | None = None, force: bool = False) -> WriteSummary:
    """Load one document's facts; a no-op when the same revision is already loaded.

    `derived` edges depend on the other stored documents (FOLLOWS, computed by
    `ingest.ingest`), so they join after the revision is taken.
    """
    with _without_gc_passes():
        catalog = catalog or get_catalog()
        rev = revision(graph)
        summary = WriteSummary(policy=graph.policy.id)
        state = catalog.run(store, "policy_state", {"id": graph.policy.id})
        if not force and state and state[0]["rev"] == rev and state[0]["status"] == "done":
            summary.skipped = True
            return summary
        if derived:
            graph = graph.model_copy(update={"edges": [*graph.edges, *derived]})
        store.write_many(statements(graph, rev, catalog, store.backend, first_load=not state))
        labels = {node.id: node.label.value for node in (graph.policy, *graph.nodes)}
        summary.nodes = dict(Counter(labels.values()))
        summary.edges = dict(Counter(edge.type.value for edge in graph.edges))
        return summary
