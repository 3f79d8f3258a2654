"""Investment totals: the stated total investment of projects summed per county or zone,
cluster or enterprise (Project.total_investment_yi, from ingest/extract/project_facts.py)."""

from __future__ import annotations

from typing import Literal

from api.schemas import InvestmentRow
from api.services.reading import Reader

By = Literal["county", "cluster", "enterprise"]
QUERIES: dict[str, str] = {"county": "investment_by_county", "cluster": "investment_by_cluster",
                           "enterprise": "investment_by_enterprise"}


def investment_totals(reader: Reader, by: By, limit: int = 100) -> list[InvestmentRow]:
    """One row per county, cluster or enterprise holding projects, largest total first."""
    return [InvestmentRow(id=r["id"], name=r["name"] or r["id"], projects=r["projects"], priced=r["priced"],
                          total_yi=round(float(r["total_yi"] or 0.0), 6))
            for r in reader.run(QUERIES[by], {"limit": limit})]
