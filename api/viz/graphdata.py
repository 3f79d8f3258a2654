"""The drawn views' data: rows of the catalogue turned into {nodes, edges} in the API's subgraph shape.

Nodes {id, type, name, aliases}; edges {id, type, source, target, policy, props,
evidence: [{policy, section, sentence, start, end, rule, surface, resolution}]},
the shape of GET /api/v1/subgraph, so the explorer, the pyvis pages and the
exports read one format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from api.convert import node_type
from api.services.edges import edge_out
from api.services.evidence import Sentences, evidence
from graph.model import EVIDENCE_PROPS, Label, RelType

ALL_BUT_MENTIONS = [t.value for t in RelType if t is not RelType.MENTIONS]
# The second ring of each fixed view: from the centre's neighbours of a type, follow these relationships.
# Keyed by neighbour type so a county's view does not pull in every other member of its clusters.
_P, _E, _K = Label.PROJECT.value, Label.ENTERPRISE.value, Label.PARK.value
SECOND_RING: dict[str, dict[str, list[str]]] = {
    "entity": {},
    # a cluster with its enterprises, projects, parks and counties: where its projects are and who carries them
    "cluster": {_P: [RelType.LOCATED_IN.value, RelType.CARRIED_OUT_BY.value], _E: [RelType.LOCATED_IN.value]},
    # a county profile: the clusters of what is located there, and who carries its projects
    "county": {_P: [RelType.IN_CLUSTER.value, RelType.CARRIED_OUT_BY.value], _E: [RelType.IN_CLUSTER.value],
               _K: [RelType.DEVELOPS.value, RelType.UPGRADES.value]},
}


@dataclass
class ViewGraph:
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: dict[str, dict[str, Any]] = field(default_factory=dict)
    truncated: bool = False
    stored: dict[str, dict[str, Any]] = field(default_factory=dict)  # edge id -> its stored properties (ev_sid, …)

    def add_row(self, row: dict[str, Any]) -> None:
        for end in (row["source"], row["target"]):
            self.nodes.setdefault(end["id"], {"id": end["id"], "type": node_type(end["labels"]),
                                              "name": end["name"], "aliases": list(end.get("aliases") or [])})
        props = row["props"] or {}
        edge = edge_out({"source": row["source"]["id"], "type": row["type"], "target": row["target"]["id"],
                         "props": props, "evidence_count": len(props.get(EVIDENCE_PROPS["sid"]) or [])}).model_dump()
        if edge["id"] not in self.edges:
            self.edges[edge["id"]], self.stored[edge["id"]] = edge, props

    def as_json(self, sentences: Sentences) -> dict[str, Any]:
        """The view with every edge's evidence inline (the sentences: sentences_for(reader, view.stored.values()))."""
        edges = [{**e, "evidence": [ev.model_dump() for ev in evidence(self.stored[e["id"]], sentences)]}
                 for e in self.edges.values()]
        return {"nodes": list(self.nodes.values()), "edges": edges, "truncated": self.truncated, "total": len(self.nodes)}


def neighbourhood(run, center: str, center_type: str, kind: str, limit: int) -> ViewGraph:
    """The centre's relationships, then the second ring of `kind` from its neighbours. `run(name, params)`."""
    view = ViewGraph()
    types = ALL_BUT_MENTIONS + ([RelType.MENTIONS.value] if center_type == Label.POLICY.value else [])
    rows = run("viz_edges_of", {"ids": [center], "types": types, "limit": limit})
    for row in rows:
        view.add_row(row)
    truncated = len(rows) >= limit
    neighbours = [n for n in view.nodes.values() if n["id"] != center]
    for ntype, ring in SECOND_RING.get(kind, {}).items():
        ids = [n["id"] for n in neighbours if n["type"] == ntype]
        if ids:
            more = run("viz_edges_of", {"ids": ids, "types": ring, "limit": limit})
            truncated = truncated or len(more) >= limit
            for row in more:
                view.add_row(row)
    view.truncated = truncated
    return view


def whole_graph(run, limit_nodes: int, limit_edges: int = 20_000) -> ViewGraph:
    """Every fact but MENTIONS, cut to the `limit_nodes` best-connected nodes so it stays readable."""
    types = [t for t in ALL_BUT_MENTIONS if t != RelType.FOLLOWS.value]
    full = ViewGraph()
    for row in run("viz_edges_by_type", {"types": types, "limit": limit_edges}):
        full.add_row(row)
    degree: dict[str, int] = {n: 0 for n in full.nodes}
    for e in full.edges.values():
        degree[e["source"]] += 1
        degree[e["target"]] += 1
    keep = set(sorted(degree, key=lambda n: (-degree[n], n))[:limit_nodes])
    view = ViewGraph(truncated=len(keep) < len(full.nodes), stored=full.stored)
    view.edges = {k: e for k, e in full.edges.items() if e["source"] in keep and e["target"] in keep}
    linked = {e["source"] for e in view.edges.values()} | {e["target"] for e in view.edges.values()}
    view.nodes = {n: v for n, v in full.nodes.items() if n in linked}  # a node cut off from all the rest says nothing
    return view
