"""Find entities by (partial) Chinese name, short name or alias."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import ReaderDep
from api.resolve import search as run_search
from api.responses import json_response
from api.schemas import ListOut, SearchHit
from graph.model import Label

router = APIRouter(prefix="/search", tags=["search"])


@router.get("", response_model=ListOut[SearchHit],
            summary="Entities whose name or alias contains q (鲁西 finds 鲁西集团, 鲁西化工新材料产业园, …)",
            description="Ranked: exact name > exact alias > prefix > contains, shorter names first within a rank.")
def search(reader: ReaderDep,
           q: Annotated[str, Query(min_length=1, max_length=100, description="a name, short name or part of one")],
           type: Annotated[Label | None, Query(description="only entities of this type")] = None,
           limit: Annotated[int, Query(ge=1, le=100)] = 20) -> Response:
    hits = run_search(reader, q.strip() or q, type.value if type else None, limit)
    return json_response(ListOut[SearchHit](data=hits, count=len(hits)))
