"""A FalkorDB reply (compact result set) as rows of plain Python values, in one pass.

The `falkordb` client parses every cell through a table of functions into its own
objects (OrderedDict, Node, Edge), which the store then walked again to make plain
values: for a 50-edge subgraph that was most of the client's time. Scalars, lists
and maps, which is what the catalogue's reads return, are read here directly.
Nodes, edges, paths and the rarer types (points, dates, vectors) go through the
client's own parser, which resolves label and property ids through its schema
cache, and are then made plain dicts as before.
"""

from __future__ import annotations

from typing import Any

from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as FPath
from falkordb.query_result import parse_scalar
from redis import ResponseError

from graph.values import node_dict, rel_dict

# Cell types of the compact format (falkordb.query_result.ResultSetScalarTypes).
NULL, STRING, INTEGER, BOOLEAN, DOUBLE, ARRAY, MAP = 1, 2, 3, 4, 5, 6, 10


def rows(response: list[Any], graph: Any) -> list[dict[str, Any]]:
    """The rows of a GRAPH.QUERY / GRAPH.RO_QUERY --compact reply; raises the server's error."""
    if isinstance(response[0], ResponseError):
        raise response[0]
    if isinstance(response[-1], ResponseError):  # a run-time error comes last
        raise response[-1]
    if len(response) == 1:  # statistics only (a write without RETURN)
        return []
    names = [h[1] for h in response[0]]
    return [dict(zip(names, [_cell(c, graph) for c in row])) for row in response[1]] if names else []


def _cell(cell: list[Any], graph: Any) -> Any:
    kind, value = cell
    if kind == STRING:
        return value.decode() if isinstance(value, bytes) else value
    if kind == INTEGER:
        return int(value)
    if kind == NULL:
        return None
    if kind == ARRAY:
        return [_cell(c, graph) for c in value]
    if kind == MAP:
        return {(value[i].decode() if isinstance(value[i], bytes) else value[i]): _cell(value[i + 1], graph)
                for i in range(0, len(value), 2)}
    if kind == DOUBLE:
        return float(value)
    if kind == BOOLEAN:
        return (value.decode() if isinstance(value, bytes) else value) == "true"
    return plain(parse_scalar(cell, graph))


def plain(value: Any) -> Any:
    """A value of the client's parser as plain Python: nodes and relationships as dicts."""
    if isinstance(value, Node):
        return node_dict(str(value.id), list(value.labels or []), value.properties)
    if isinstance(value, Edge):
        return rel_dict(str(value.id), value.relation, str(value.src_node), str(value.dest_node), value.properties)
    if isinstance(value, FPath):
        return {"nodes": [plain(n) for n in value.nodes()], "relationships": [plain(e) for e in value.edges()]}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value
