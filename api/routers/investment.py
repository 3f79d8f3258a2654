"""Investment totals: the stated total investment of projects summed per county or zone,
cluster or enterprise (Project.total_investment_yi, from ingest/extract/project_facts.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from api.deps import Reader, ReaderDep
from api.schemas import ErrorOut, InvestmentOut, InvestmentRow

router = APIRouter(tags=["projects"])

By = Literal["county", "cluster", "enterprise"]
QUERIES: dict[str, str] = {"county": "investment_by_county", "cluster": "investment_by_cluster",
                           "enterprise": "investment_by_enterprise"}


def investment_totals(reader: Reader, by: By, limit: int = 100) -> list[InvestmentRow]:
    """One row per county, cluster or enterprise holding projects, largest total first."""
    return [InvestmentRow(id=r["id"], name=r["name"] or r["id"], projects=r["projects"], priced=r["priced"],
                          total_yi=round(float(r["total_yi"] or 0.0), 6))
            for r in reader.run(QUERIES[by], {"limit": limit})]


@router.get("/investment", response_model=InvestmentOut, responses={422: {"model": ErrorOut}},
            summary="Total stated investment of projects per county, cluster or enterprise",
            description="A project counts under the county it is located in, directly or through its park; under a "
                        "cluster when it is in the cluster or one of its sub-industries; under the enterprise that "
                        "carries it out. `priced` is how many of the `projects` state a total investment; only "
                        "RMB totals are summed (亿元).")
def investment(reader: ReaderDep, by: By = "county",
               limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> InvestmentOut:
    rows = investment_totals(reader, by, limit)
    return InvestmentOut(data=rows, count=len(rows), by=by)
