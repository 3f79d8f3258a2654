"""Liveness and readiness, and graph statistics.

Liveness (`/health`) never touches the store: an orchestrator restarting the
API because the store is slow would only make things worse. Readiness
(`/health/ready`) asks the store, and brings an embedded server back when it is
down, so an instance taken out of rotation is repaired by the probe itself.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.deps import ReaderDep
from api.errors import RETRY_AFTER
from api.responses import json_response
from api.schemas import Live, Ready, Stats

root = APIRouter(tags=["health"])
router = APIRouter(tags=["health"])


@root.get("/health", response_model=Live, summary="Liveness: the API process answers (the store is not asked)")
async def live() -> Response:
    # async: nothing here blocks, and a plain `def` route pays a thread-pool hop per request.
    return json_response(Live(status="ok"))


@root.get("/health/ready", response_model=Ready, responses={503: {"model": Ready, "description": "not ready; `problem` says why"}},
          summary="Readiness: the graph store answers (an embedded server that is down is restarted first)")
def ready(request: Request) -> Response:
    handle = request.app.state.graph
    store = handle.get()
    problem = handle.problem if store is None else store.check()
    body = Ready(status="ready" if problem is None else "unavailable", store=problem is None,
                 backend=getattr(store, "backend", None), problem=problem)
    if problem is None:
        return json_response(body)
    return json_response(body, status_code=503, headers={"Retry-After": RETRY_AFTER})


@router.get("/stats", response_model=Stats, summary="Counts of nodes per label and relationships per type")
def stats(reader: ReaderDep, request: Request) -> Response:
    nodes = {row["label"]: row["count"] for row in reader.run("count_nodes_by_label")}
    rels = {row["type"]: row["count"] for row in reader.run("count_edges_by_type")}
    return json_response(Stats(nodes=dict(sorted(nodes.items())), relationships=dict(sorted(rels.items())),
                               total_nodes=sum(nodes.values()), total_relationships=sum(rels.values()),
                               failed_documents=request.app.state.failed_documents))
