"""Shortest connection between two entities, and subgraphs as JSON (browser, export)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import ReaderDep, SettingsDep, capped, check_cap
from api.resolve import resolve
from api.responses import json_response
from api.schemas import ErrorOut, PathOut, Subgraph
from api.services import paths
from graph.model import Label, RelType

router = APIRouter(tags=["graph"])

TypesQ = Annotated[list[RelType] | None, Query(description="relationship types to follow (repeat the parameter); "
                                                            "default: every type but MENTIONS, which joins everything through documents")]
EvidenceQ = Annotated[Literal["count", "full"], Query(
    description="count: each edge carries its evidence_count (the sentences are at /edges/{id}/evidence); "
                "full: the evidence inline too (most of the response bytes)")]


def _types(types: list[RelType] | None) -> list[str]:
    return sorted({t.value for t in types}) if types else paths.DEFAULT_TYPES


@router.get("/path", response_model=PathOut, responses={404: {"model": ErrorOut}},
            summary="The shortest connection between two entities, and every relationship on it",
            description="Relationships are followed in either direction. found=false when there is none within max_hops.")
def path(reader: ReaderDep, settings: SettingsDep,
         source: Annotated[str, Query(alias="from", min_length=1, max_length=200, description="id, name or alias")],
         target: Annotated[str, Query(alias="to", min_length=1, max_length=200, description="id, name or alias")],
         max_hops: Annotated[int, capped("max_hops", description="at most KG_API_MAX_HOPS")] = 4,
         types: TypesQ = None, evidence: EvidenceQ = "count") -> Response:
    check_cap("max_hops", max_hops, settings.max_hops)
    a, b = resolve(reader, source), resolve(reader, target)
    return json_response(paths.path(reader, a, b, _types(types), max_hops, full=evidence == "full"))


@router.get("/subgraph", response_model=Subgraph, responses={404: {"model": ErrorOut}},
            summary="Nodes and relationships as JSON: around a center up to depth hops, or the whole graph",
            description="With center: breadth-first up to depth (≤ KG_API_MAX_DEPTH), nearer nodes kept first. "
                        "Without: the most connected nodes first. truncated=true when limit cut the nodes "
                        "(total: how many there were). labels filters node types (the center always stays).")
def subgraph(reader: ReaderDep, settings: SettingsDep,
             center: Annotated[str | None, Query(max_length=200, description="id, name or alias")] = None,
             depth: Annotated[int, capped("max_depth", description="at most KG_API_MAX_DEPTH")] = 1,
             types: TypesQ = None,
             labels: Annotated[list[Label] | None, Query(description="node types to keep (repeat the parameter)")] = None,
             limit: Annotated[int, capped("subgraph_max_nodes", description="most nodes (at most KG_API_SUBGRAPH_MAX_NODES)")] = 200,
             evidence: EvidenceQ = "count") -> Response:
    check_cap("limit", limit, settings.subgraph_max_nodes)
    check_cap("depth", depth, settings.max_depth)
    keep = {lb.value for lb in labels} if labels else None
    return json_response(paths.subgraph(reader, center, depth, _types(types), keep, limit, full=evidence == "full"))
