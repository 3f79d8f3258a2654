"""Load a DocumentGraph into the store: idempotent batched UNWIND … MERGE.

The steps and why they make a re-ingest safe are in docs/DATA_MODEL.md
("Writing a document"). Every statement comes from the query catalogue.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

import orjson

from graph.catalog import Catalog, get_catalog
from graph.gc_pause import without_gc_passes
from graph.model import (EDGE_EVIDENCE_FIELDS, DocumentGraph, EdgeRecord, Label, NodeRecord, RelType,
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


class DocumentRows:
    """What one document writes, as the rows of its statements (the catalogue's headers say
    their shape), and its revision.

    The revision hashes the rows themselves: the document's text and everything drawn from
    it, exactly as stored, so a better extractor (or an edited lexicon) rewrites the
    document's facts even when its text is unchanged. Rows carry neither the policy id nor
    the revision: each statement takes them once, as parameters.
    """

    def __init__(self, graph: DocumentGraph):
        self.policy = graph.policy.id
        self.policy_row = _node_row(graph.policy)
        self.nodes = _merge_nodes(graph.nodes)
        self.sentences: dict[str, list[Any]] = {}
        self.edges: dict[tuple[RelType, str, str, str], list[Any]] = {}
        self.add_edges(graph.edges)
        # orjson, in C: hashing the DocumentGraph's JSON (pydantic) was a fifth of the loader's own time.
        self.rev = hashlib.sha256(_json([self.policy, self.policy_row, list(self.nodes.items()),
                                         list(self.sentences.values()), list(self.edges.items())])).hexdigest()[:16]

    def add_edges(self, edges: list[EdgeRecord]) -> None:
        """Relationship rows, one per (type, source, target, key): as MERGE would leave them (the
        later row wins, its own props added to the earlier's), so a first load can CREATE them;
        and each evidence sentence once."""
        policy = self.policy
        for edge in edges:
            row = _edge_row(edge, policy)
            same = self.edges.setdefault((edge.type, edge.source, edge.target, edge.key), row)
            if same is not row:
                same[:_PROPS] = row[:_PROPS]
                same[_PROPS].update(row[_PROPS])
            for ev in edge.evidence:
                sid = sentence_id(policy, ev.start, ev.end)
                if sid not in self.sentences:
                    self.sentences[sid] = [sid, ev.start, ev.end, ev.section, ev.sentence]

    def edges_by_type(self) -> dict[RelType, list[list[Any]]]:
        by_type: dict[RelType, list[list[Any]]] = defaultdict(list)
        for (rel_type, *_), row in self.edges.items():
            by_type[rel_type].append(row)
        return by_type


def _json(value: Any) -> bytes:
    try:
        return orjson.dumps(value)
    except TypeError:  # an int past 64 bits: the store refuses it later, with its name
        return json.dumps(value, default=str, ensure_ascii=False).encode()


def revision(graph: DocumentGraph) -> str:
    """The document's revision (DocumentRows)."""
    return DocumentRows(graph).rev


def _node_row(node: NodeRecord) -> list[Any]:
    return [node.id, node.name, list(node.aliases), dict(node.props)]


# An edge's evidence read as columns: offsets (for the sentence id), then EDGE_EVIDENCE_FIELDS.
_EVIDENCE_COLUMNS = attrgetter("start", "end", *EDGE_EVIDENCE_FIELDS)
_CONFIDENCE = EDGE_EVIDENCE_FIELDS.index("confidence")
# a relationship row (_edge_row): source, target, key, confidence, ev_sid, the EDGE_EVIDENCE_FIELDS columns, props
_PROPS = 5 + len(EDGE_EVIDENCE_FIELDS)


def _edge_row(edge: EdgeRecord, policy: str) -> list[Any]:
    # One pass over the evidence, transposed: a document has thousands of edges.
    starts, ends, *columns = list(zip(*map(_EVIDENCE_COLUMNS, edge.evidence))) or [()] * (2 + len(EDGE_EVIDENCE_FIELDS))
    return [edge.source, edge.target, edge.key, max(columns[_CONFIDENCE], default=1.0),
            [sentence_id(policy, s, e) for s, e in zip(starts, ends)], *map(list, columns), dict(edge.props)]


def _merge_nodes(nodes: list[NodeRecord]) -> dict[Label, list[list[Any]]]:
    """One row per id (aliases unioned), grouped by label: UNWIND MERGE wants no duplicates in a batch."""
    by_id: dict[str, list[Any]] = {}
    labels: dict[str, Label] = {}
    for node in nodes:
        row = by_id.get(node.id)
        if row is None:
            by_id[node.id] = _node_row(node)
            labels[node.id] = node.label
        else:
            row[2] += [a for a in node.aliases if a not in row[2]]
            row[3].update(node.props)
    grouped: dict[Label, list[list[Any]]] = defaultdict(list)
    for node_id, row in by_id.items():
        grouped[labels[node_id]].append(row)
    return grouped


def statements(rows: DocumentRows, rev: str, catalog: Catalog, backend: str,
               *, first_load: bool = False) -> list[tuple[str, dict[str, Any]]]:
    """Every statement that loads one document as revision `rev`, in order (see docs/DATA_MODEL.md).

    `first_load`: the store has no Policy node of this document, hence nothing of it to
    delete (everything it writes carries its policy id, written after the Policy node), and
    its sentences and relationships are created, not merged. The stale deletes read every
    relationship of the document, type by type (about a quarter of the server's time on a
    first load, bench/bench_store.py): they are left out.
    """
    policy = rows.policy
    out: list[tuple[str, dict[str, Any]]] = []

    def batched(name: str, batch: list[list[Any]], params: dict[str, Any] | None = None, **slots: str) -> None:
        text = catalog.get(name).text(backend, **slots)
        for i in range(0, len(batch), BATCH_SIZE):
            out.append((text, {"rows": batch[i:i + BATCH_SIZE], **(params or {})}))

    def single(name: str, params: dict[str, Any], **slots: str) -> None:
        q = catalog.get(name)
        out.append((q.text(backend, **slots), q.bind(params)))

    ours = {"policy": policy, "rev": rev}
    policy_id, name, aliases, props = rows.policy_row
    batched("upsert_nodes", [[policy_id, name, aliases, {**props, "rev": rev, "status": "loading"}]],
            label=Label.POLICY.value)
    for label, node_rows in rows.nodes.items():
        batched("upsert_nodes", node_rows, label=label.value)
    # A first load CREATEs its sentences and relationships: none of them can exist yet.
    batched("create_sentences" if first_load else "upsert_sentences", list(rows.sentences.values()), ours)
    for rel_type, edge_rows in rows.edges_by_type().items():
        batched("create_edges" if first_load else "upsert_edges", edge_rows, ours, rel_type=rel_type.value)
    if not first_load:
        for rel_type in RelType:
            single("delete_stale_edges", ours, rel_type=rel_type.value)
        single("delete_stale_sentences", ours)
    single("set_policy_status", {"id": policy, "status": "done"})
    # A fresh token, never a counter: a graph emptied and reloaded must not come back to an old version.
    single("bump_graph_version", {"version": uuid.uuid4().hex})
    return out


def write_document(store: GraphStore, graph: DocumentGraph, *, derived: list[EdgeRecord] | None = None,
                   catalog: Catalog | None = None, force: bool = False) -> WriteSummary:
    """Load one document's facts; a no-op when the same revision is already loaded.

    `derived` edges depend on the other stored documents (FOLLOWS, computed by
    `ingest.ingest`), so they join after the revision is taken.
    """
    # the rows must be freed before collection resumes: re-enabled with them alive, the first
    # allocation set off a collection that walked them all (a fifth of the loader's own time)
    with without_gc_passes():
        return _write(store, graph, derived or [], catalog or get_catalog(), force)


def _write(store: GraphStore, graph: DocumentGraph, derived: list[EdgeRecord], catalog: Catalog,
           force: bool) -> WriteSummary:
    rows = DocumentRows(graph)
    summary = WriteSummary(policy=graph.policy.id)
    state = catalog.run(store, "policy_state", {"id": graph.policy.id})
    if not force and state and state[0]["rev"] == rows.rev and state[0]["status"] == "done":
        summary.skipped = True
        return summary
    rows.add_edges(derived)
    store.write_many(statements(rows, rows.rev, catalog, store.backend, first_load=not state))
    labels = {node.id: node.label.value for node in (graph.policy, *graph.nodes)}
    summary.nodes = dict(Counter(labels.values()))
    summary.edges = dict(Counter(edge.type.value for edge in (*graph.edges, *derived)))
    return summary
