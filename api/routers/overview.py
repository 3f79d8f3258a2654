"""The overview the explorer opens on (GET /api/v1/graph/overview)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import ReaderDep
from api.responses import json_response
from api.schemas import Overview
from api.services.overview import overview

router = APIRouter(prefix="/graph", tags=["graph"])


@router.get("/overview", response_model=Overview,
            summary="Clusters sized by their members, counties and zones, documents, and the links between them",
            description="The explorer's first screen. Links: DEVELOPS, UPGRADES, HAS_SUBINDUSTRY, MENTIONS (a document "
                        "speaks of a cluster or county), FOLLOWS. Edges come without their evidence.")
def graph_overview(reader: ReaderDep,
                   limit: Annotated[int, Query(ge=1, le=2000, description="most nodes, the biggest first")] = 500) -> Response:
    return json_response(overview(reader, limit))
