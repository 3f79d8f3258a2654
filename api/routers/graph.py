"""Shortest connection between two entities, and subgraphs as JSON (browser, export).

Both walk the graph breadth-first from Python, one `neighbour_ids` query per
hop. Why not Cypher: FalkorDB has no undirected shortestPath, and an undirected
`MATCH p = (a)-[*1..N]-(b)` enumerates every path before picking the shortest,
which explodes around hub nodes. A per-hop BFS is exact, bounded by max_hops
and a frontier cap, and runs the same on both backends.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.convert import edge_out, entity_ref
from api.deps import Reader, ReaderDep, SettingsDep, capped, check_cap
from api.resolve import resolve
from api.schemas import EdgeOut, ErrorOut, NodeOut, PathOut, Subgraph
from graph.model import Label, RelType

router = APIRouter(tags=["graph"])

FRONTIER_CAP = 5000  # most neighbours fetched per hop
DEFAULT_TYPES = [t.value for t in RelType if t is not RelType.MENTIONS]
TypesQ = Annotated[list[RelType] | None, Query(description="relationship types to follow (repeat the parameter); "
                                                            "default: every type but MENTIONS, which joins everything through documents")]


def _types(types: list[RelType] | None) -> list[str]:
    return sorted({t.value for t in types}) if types else DEFAULT_TYPES


def _step(reader: Reader, frontier: set[str], types: list[str]) -> list[tuple[str, str]]:
    rows = reader.run("neighbour_ids", {"ids": sorted(frontier), "types": types, "limit": FRONTIER_CAP})
    return sorted((r["from_id"], r["to_id"]) for r in rows)


def shortest_path(reader: Reader, a: str, b: str, types: list[str], max_hops: int) -> list[str] | None:
    """Bidirectional BFS; the node ids of one shortest path, or None within max_hops."""
    if a == b:
        return [a]
    parents: tuple[dict[str, str | None], dict[str, str | None]] = ({a: None}, {b: None})
    depth: tuple[dict[str, int], dict[str, int]] = ({a: 0}, {b: 0})
    frontiers = [{a}, {b}]
    hops = 0
    while hops < max_hops and frontiers[0] and frontiers[1]:
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        new: set[str] = set()
        for src, dst in _step(reader, frontiers[side], types):
            if dst not in parents[side]:
                parents[side][dst] = src
                depth[side][dst] = depth[side][src] + 1
                new.add(dst)
        hops += 1
        meet = [n for n in new if n in parents[1 - side]]
        if meet:
            node = min(meet, key=lambda n: (depth[1 - side][n], n))
            left: list[str] = []
            cur: str | None = node
            while cur is not None:
                left.append(cur)
                cur = parents[0][cur]
            right: list[str] = []
            cur = parents[1][node]
            while cur is not None:
                right.append(cur)
                cur = parents[1][cur]
            return left[::-1] + right
        frontiers[side] = new
    return None


def _nodes(reader: Reader, ids: list[str]) -> dict[str, NodeOut]:
    return {r["id"]: NodeOut(**entity_ref(r).model_dump()) for r in reader.run("nodes_by_ids", {"ids": ids})}


@router.get("/path", response_model=PathOut, responses={404: {"model": ErrorOut}},
            summary="The shortest connection between two entities, with the evidence of every relationship on it",
            description="Relationships are followed in either direction. found=false when there is none within max_hops.")
def path(reader: ReaderDep, settings: SettingsDep,
         source: Annotated[str, Query(alias="from", min_length=1, max_length=200, description="id, name or alias")],
         target: Annotated[str, Query(alias="to", min_length=1, max_length=200, description="id, name or alias")],
         max_hops: Annotated[int, capped("max_hops", description="at most KG_API_MAX_HOPS")] = 4,
         types: TypesQ = None) -> PathOut:
    check_cap(settings, "max_hops", max_hops, "max_hops")
    a, b = resolve(reader, source), resolve(reader, target)
    rel_types = _types(types)
    ids = shortest_path(reader, a.id, b.id, rel_types, max_hops)
    if ids is None:
        return PathOut(source=a, target=b, found=False, max_hops=max_hops, nodes=[], edges=[])
    nodes = _nodes(reader, ids)
    hops = {frozenset(p) for p in zip(ids, ids[1:])}
    edges = [edge_out(r) for r in reader.run("edges_among", {"ids": ids, "types": rel_types})
             if frozenset((r["source"], r["target"])) in hops]
    order = {frozenset(p): i for i, p in enumerate(zip(ids, ids[1:]))}
    edges.sort(key=lambda e: (order[frozenset((e.source, e.target))], e.type, e.policy or ""))
    return PathOut(source=a, target=b, found=True, length=len(ids) - 1, max_hops=max_hops,
                   nodes=[nodes[i] for i in ids], edges=edges)


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
             evidence: Annotated[bool, Query(description="include each edge's evidence (most of the response bytes)")] = True,
             ) -> Subgraph:
    check_cap(settings, "limit", limit, "subgraph_max_nodes")
    check_cap(settings, "depth", depth, "max_depth")
    rel_types = _types(types)
    keep = {lb.value for lb in labels} if labels else None
    if center:
        start = resolve(reader, center)
        order, seen, frontier = [start.id], {start.id}, {start.id}
        for _ in range(depth):
            new = []
            for _src, dst in _step(reader, frontier, rel_types):
                if dst not in seen:
                    seen.add(dst)
                    new.append(dst)
            order += new
            frontier = set(new)
            if not frontier:
                break
        nodes = _nodes(reader, order)
        ordered = [nodes[i] for i in order if i in nodes and (keep is None or nodes[i].type in keep or i == start.id)]
        total, kept = len(ordered), ordered[:limit]
    else:
        row = reader.run("graph_nodes", {"labels": sorted(keep or []), "limit": limit})
        total, ids = (row[0]["total"], row[0]["ids"]) if row else (0, [])
        nodes = _nodes(reader, ids)
        kept = [nodes[i] for i in ids if i in nodes]
    ids = [n.id for n in kept]
    edges: list[EdgeOut] = [edge_out(r) for r in reader.run("edges_among", {"ids": ids, "types": rel_types, "evidence": evidence})] if ids else []
    return Subgraph(center=kept[0].id if center and kept else None, depth=depth if center else None, nodes=kept, edges=edges,
                    count_nodes=len(kept), count_edges=len(edges), total=total, truncated=total > len(kept))
