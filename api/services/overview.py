"""The explorer's first picture: clusters, counties and zones, and documents, with the links between them."""

from __future__ import annotations

from api.convert import entity_ref
from api.schemas import Overview, OverviewNode
from api.services.edges import edge_out, edges_among
from api.services.reading import Reader
from graph.model import Label, RelType

LABELS = [Label.CLUSTER.value, Label.COUNTY.value, Label.POLICY.value]
# who develops which cluster, sub-industries, which document speaks of which cluster or county, and which carries on which
LINKS = [RelType.DEVELOPS.value, RelType.UPGRADES.value, RelType.HAS_SUBINDUSTRY.value, RelType.MENTIONS.value,
         RelType.FOLLOWS.value]


def overview(reader: Reader, limit: int) -> Overview:
    """The `limit` biggest of them (by members) and every link among those; edges without their evidence."""
    rows = reader.run("overview_nodes", {"labels": LABELS, "limit": limit})
    nodes = [OverviewNode(**entity_ref(r).model_dump(), members=r["members"], kind=r.get("kind"), level=r.get("level"))
             for r in rows]
    ids = [n.id for n in nodes]
    edges = [edge_out(r) for r in edges_among(reader, ids, LINKS, False)]
    return Overview(nodes=nodes, edges=edges, count_nodes=len(nodes), count_edges=len(edges))
