"""Liveness of the API and the store, and graph statistics."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.deps import ReaderDep
from api.responses import json_response
from api.schemas import Health, Stats
from graph.errors import GraphError

root = APIRouter(tags=["health"])
router = APIRouter(tags=["health"])


@root.get("/health", response_model=Health, summary="Is the API up, and does the graph store answer?")
def health(request: Request) -> Response:
    try:
        store = request.app.state.graph.get()
        ok = bool(store is not None and store.ping())
    except GraphError:
        store, ok = None, False
    return json_response(Health(status="ok" if ok else "degraded", store=ok, backend=getattr(store, "backend", None)))


@router.get("/stats", response_model=Stats, summary="Counts of nodes per label and relationships per type")
def stats(reader: ReaderDep) -> Response:
    nodes = {row["label"]: row["count"] for row in reader.run("count_nodes_by_label")}
    rels = {row["type"]: row["count"] for row in reader.run("count_edges_by_type")}
    return json_response(Stats(nodes=dict(sorted(nodes.items())), relationships=dict(sorted(rels.items())),
                               total_nodes=sum(nodes.values()), total_relationships=sum(rels.values())))
