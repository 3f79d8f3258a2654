"""Projects, filtered by cluster, county, enterprise and stating policy, a page at a time."""

from __future__ import annotations

from typing import Any

from api.resolve import resolve
from api.schemas import ClusterLink, Link, ProjectOut
from api.services.paging import Page
from api.services.reading import Reader


def _links(items: list[dict[str, Any]]) -> list[Link]:
    return list({i["id"]: Link(id=i["id"], name=i["name"] or i["id"]) for i in items if i.get("id")}.values())


def project_page(reader: Reader, page: Page, *, clusters: list[str] | None = None, county: str | None = None,
                 enterprise: str | None = None, policy: str | None = None) -> tuple[list[ProjectOut], int]:
    """One page of projects; county, enterprise and policy are refs resolved here (404 when unknown)."""
    params = {
        "clusters": clusters or [],
        "county": resolve(reader, county, "County").id if county else "",
        "enterprise": resolve(reader, enterprise, "Enterprise").id if enterprise else "",
        "policy": resolve(reader, policy, "Policy").id if policy else "",
        "limit": page.limit, "offset": page.offset,
    }
    rows = reader.run("projects", params)
    if not rows:
        return [], 0
    data = [ProjectOut(
        id=p["id"], name=p["name"], aliases=list(p["aliases"] or []), capacity=p.get("capacity"),
        year=p.get("year") if isinstance(p.get("year"), int) else None,
        total_investment=p.get("total_investment"), total_investment_yi=p.get("total_investment_yi"),
        status=p.get("status"), status_date=p.get("status_date"),
        clusters=[ClusterLink(id=c["id"], name=c["name"], role=c.get("role"), policy=c.get("policy")) for c in p["clusters"]],
        enterprises=_links(p["enterprises"]), counties=_links(p["counties"]), parks=_links(p["parks"]),
        policies=sorted({x for x in p["policies"] if x}),
    ) for p in rows[0]["page"]]
    return data, rows[0]["total"]
