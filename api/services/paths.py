"""Shortest connection between two entities, and subgraphs around a centre or of the whole graph.

Both walk the graph breadth-first from Python, one query per hop (`neighbour_ids`;
`neighbours` for a subgraph, which brings each new node's name and type with it).
Why not Cypher: FalkorDB has no undirected shortestPath, and an undirected
`MATCH p = (a)-[*1..N]-(b)` enumerates every path before picking the shortest,
which explodes around hub nodes. A per-hop BFS is exact, bounded by max_hops
and a frontier cap, and runs the same on both backends.
"""

from __future__ import annotations

from api.convert import entity_ref
from api.resolve import resolve
from api.schemas import EdgeOut, EntityRef, NodeOut, PathOut, Subgraph
from api.services.edges import edge_out, edges_among
from api.services.evidence import sentences_for
from api.services.reading import Reader
from graph.model import RelType

FRONTIER_CAP = 5000  # most neighbours fetched per hop
DEFAULT_TYPES = [t.value for t in RelType if t is not RelType.MENTIONS]


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
            return _walk_back(parents[0], node)[::-1] + _walk_back(parents[1], parents[1][node])
        frontiers[side] = new
    return None


def _walk_back(parents: dict[str, str | None], node: str | None) -> list[str]:
    out: list[str] = []
    while node is not None:
        out.append(node)
        node = parents[node]
    return out


def _nodes(reader: Reader, ids: list[str]) -> dict[str, NodeOut]:
    return {r["id"]: NodeOut(**entity_ref(r).model_dump()) for r in reader.run("nodes_by_ids", {"ids": ids})}


def _edges_out(reader: Reader, rows: list[dict], full: bool) -> list[EdgeOut]:
    sentences = sentences_for(reader, (r["props"] for r in rows)) if full else None
    return [edge_out(r, sentences) for r in rows]


def path(reader: Reader, a: EntityRef, b: EntityRef, types: list[str], max_hops: int, *, full: bool) -> PathOut:
    ids = shortest_path(reader, a.id, b.id, types, max_hops)
    if ids is None:
        return PathOut(source=a, target=b, found=False, max_hops=max_hops, nodes=[], edges=[])
    nodes = _nodes(reader, ids)
    order = {frozenset(p): i for i, p in enumerate(zip(ids, ids[1:]))}
    rows = [r for r in edges_among(reader, ids, types, full) if frozenset((r["source"], r["target"])) in order]
    edges = _edges_out(reader, rows, full)
    edges.sort(key=lambda e: (order[frozenset((e.source, e.target))], e.type, e.policy or ""))
    return PathOut(source=a, target=b, found=True, length=len(ids) - 1, max_hops=max_hops,
                   nodes=[nodes[i] for i in ids], edges=edges)


def subgraph(reader: Reader, center: str | None, depth: int, types: list[str], keep: set[str] | None,
             limit: int, *, full: bool) -> Subgraph:
    """Around center: breadth-first up to depth, nearer nodes first; without: the most connected nodes."""
    if center:
        start = resolve(reader, center)
        nodes = {start.id: NodeOut(**start.model_dump())}
        frontier = {start.id}
        for _ in range(depth):  # each step brings its new nodes' names too: no separate nodes_by_ids
            rows = reader.run("neighbours", {"ids": sorted(frontier), "types": types, "limit": FRONTIER_CAP})
            frontier = set()
            # Nearer first; within a hop, in the order of the node each was first reached from, then by id.
            for r in sorted(rows, key=lambda r: (r["from_id"], r["id"])):
                if r["id"] not in nodes:
                    nodes[r["id"]] = NodeOut(**entity_ref(r).model_dump())
                    frontier.add(r["id"])
            if not frontier:
                break
        ordered = [n for n in nodes.values() if keep is None or n.type in keep or n.id == start.id]
        total, kept = len(ordered), ordered[:limit]
    else:
        row = reader.run("graph_nodes", {"labels": sorted(keep or []), "limit": limit})
        total, ids = (row[0]["total"], row[0]["ids"]) if row else (0, [])
        nodes = _nodes(reader, ids)
        kept = [nodes[i] for i in ids if i in nodes]
    ids = [n.id for n in kept]
    rows = edges_among(reader, ids, types, full)
    edges = _edges_out(reader, rows, full)
    return Subgraph(center=kept[0].id if center and kept else None, depth=depth if center else None, nodes=kept,
                    edges=edges, count_nodes=len(kept), count_edges=len(edges), total=total,
                    truncated=total > len(kept))
