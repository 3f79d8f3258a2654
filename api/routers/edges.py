"""One relationship's evidence, fetched on demand (graph responses carry only its count)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import Response

from api.deps import ReaderDep
from api.responses import json_response
from api.schemas import EdgeEvidence, ErrorOut, ListOut
from api.services.edges import edge_evidence

router = APIRouter(prefix="/edges", tags=["graph"])


@router.get("/{edge_id}/evidence", response_model=ListOut[EdgeEvidence], responses={404: {"model": ErrorOut}},
            summary="The sentences that state one relationship, with their document, offsets and rule",
            description="edge_id is the id of an edge of /subgraph or /path (or a span's edge_id of /policies/{ref}/text).")
def evidence(reader: ReaderDep,
             edge_id: Annotated[str, Path(min_length=1, max_length=2000, pattern=r"^[A-Za-z0-9_-]+$")]) -> Response:
    data = edge_evidence(reader, edge_id)
    return json_response(ListOut[EdgeEvidence](data=data, count=len(data)))
