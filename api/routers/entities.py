"""One entity: its properties and neighbours grouped by relationship type and direction."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.convert import node_type, statement
from api.deps import ReaderDep
from api.resolve import resolve
from api.schemas import EntityOut, EntityRef, ErrorOut, Neighbour, NeighbourGroup
from graph.model import Label

router = APIRouter(tags=["entities"])

Ref = Annotated[str, Path(min_length=1, max_length=200, description="our id (enterprise:鲁西集团), an exact name or an alias")]
_NOT_SHOWN = {"id", "name", "aliases", "text"}  # text: a policy's full text is at /policies/{ref}/text


@router.get("/entities/{ref:path}", response_model=EntityOut, responses={404: {"model": ErrorOut}},
            summary="An entity, its properties and its neighbours with evidence",
            description="Parallel relationships stated by several documents are grouped under one neighbour, "
                        "one statement per document, each with its evidence.")
def entity(reader: ReaderDep, ref: Ref,
           type: Annotated[Label | None, Query(description="resolve the name among entities of this type only")] = None,
           limit: Annotated[int, Query(ge=1, le=5000, description="most relationships returned")] = 1000) -> EntityOut:
    node = resolve(reader, ref, type.value if type else None)
    props_rows = reader.run("entity_properties", {"id": node.id})
    props = {k: v for k, v in (props_rows[0]["props"] if props_rows else {}).items() if k not in _NOT_SHOWN}
    rows = reader.run("entity_edges", {"id": node.id, "limit": limit})
    groups: dict[tuple[str, str], dict[str, Neighbour]] = {}
    for row in rows:
        key = (row["type"], "out" if row["outgoing"] else "in")
        by_other = groups.setdefault(key, {})
        other = by_other.get(row["other_id"])
        if other is None:
            other = by_other[row["other_id"]] = Neighbour(
                node=EntityRef(id=row["other_id"], type=node_type(row["other_labels"]), name=row["other_name"] or row["other_id"],
                               aliases=list(row["other_aliases"] or [])), statements=[])
        other.statements.append(statement(row["props"]))
    truncated = len(rows) >= limit and reader.run("entity_degree", {"id": node.id})[0]["degree"] > len(rows)
    return EntityOut(**node.model_dump(), properties=props, truncated=truncated, relationships=[
        NeighbourGroup(type=t, direction=d, count=len(ns), neighbours=list(ns.values()))
        for (t, d), ns in sorted(groups.items())])
