"""One entity with its neighbours grouped by relationship type and direction."""

from __future__ import annotations

from api.convert import node_type
from api.schemas import EntityOut, EntityRef, Neighbour, NeighbourGroup
from api.services.evidence import sentences_for, statement
from api.services.reading import Reader

_NOT_SHOWN = {"id", "name", "aliases", "text"}  # text: a policy's full text is at /policies/{ref}/text


def entity_detail(reader: Reader, node: EntityRef, limit: int) -> EntityOut:
    """Parallel relationships stated by several documents are grouped under one neighbour, one statement each."""
    props_rows = reader.run("entity_properties", {"id": node.id})
    props = {k: v for k, v in (props_rows[0]["props"] if props_rows else {}).items() if k not in _NOT_SHOWN}
    rows = reader.run("entity_edges", {"id": node.id, "limit": limit})
    sentences = sentences_for(reader, (r["props"] for r in rows))
    groups: dict[tuple[str, str], dict[str, Neighbour]] = {}
    for row in rows:
        by_other = groups.setdefault((row["type"], "out" if row["outgoing"] else "in"), {})
        other = by_other.get(row["other_id"])
        if other is None:
            other = by_other[row["other_id"]] = Neighbour(
                node=EntityRef(id=row["other_id"], type=node_type(row["other_labels"]), name=row["other_name"] or row["other_id"],
                               aliases=list(row["other_aliases"] or [])), statements=[])
        other.statements.append(statement(row["props"], sentences))
    truncated = len(rows) >= limit and reader.run("entity_degree", {"id": node.id})[0]["degree"] > len(rows)
    return EntityOut(**node.model_dump(), properties=props, truncated=truncated, relationships=[
        NeighbourGroup(type=t, direction=d, count=len(ns), neighbours=list(ns.values()))
        for (t, d), ns in sorted(groups.items())])
