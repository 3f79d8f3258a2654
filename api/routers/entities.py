"""One entity: its properties and neighbours grouped by relationship type and direction."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import ReaderDep, Ref
from api.resolve import resolve
from api.responses import json_response
from api.schemas import EntityOut, ErrorOut
from api.services.entities import entity_detail
from graph.model import Label

router = APIRouter(prefix="/entities", tags=["entities"])


@router.get("/{ref:path}", response_model=EntityOut, responses={404: {"model": ErrorOut}},
            summary="An entity, its properties and its neighbours with evidence",
            description="Parallel relationships stated by several documents are grouped under one neighbour, "
                        "one statement per document, each with its evidence.")
def entity(reader: ReaderDep, ref: Ref,
           type: Annotated[Label | None, Query(description="resolve the name among entities of this type only")] = None,
           limit: Annotated[int, Query(ge=1, le=5000, description="most relationships returned")] = 1000) -> Response:
    node = resolve(reader, ref, type.value if type else None)
    return json_response(entity_detail(reader, node, limit))
