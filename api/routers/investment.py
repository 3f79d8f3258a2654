"""Investment totals per county or zone, cluster or enterprise."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import ReaderDep
from api.responses import json_response
from api.schemas import ErrorOut, InvestmentOut
from api.services.investment import By, investment_totals

router = APIRouter(prefix="/investment", tags=["projects"])


@router.get("", response_model=InvestmentOut, responses={422: {"model": ErrorOut}},
            summary="Total stated investment of projects per county, cluster or enterprise",
            description="A project counts under the county it is located in, directly or through its park; under a "
                        "cluster when it is in the cluster or one of its sub-industries; under the enterprise that "
                        "carries it out. `priced` is how many of the `projects` state a total investment; only "
                        "RMB totals are summed (亿元).")
def investment(reader: ReaderDep, by: By = "county",
               limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> Response:
    rows = investment_totals(reader, by, limit)
    return json_response(InvestmentOut(data=rows, count=len(rows), by=by))
