"""Projects, filtered by cluster, county, enterprise and stating policy, paged."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import PageDep, ReaderDep
from api.resolve import resolve
from api.responses import json_response
from api.schemas import ErrorOut, PageOut, ProjectOut
from api.services.projects import project_page

router = APIRouter(prefix="/projects", tags=["projects"])


@router.get("", response_model=PageOut[ProjectOut], responses={404: {"model": ErrorOut}},
            summary="Projects, filtered and paged",
            description="Every filter takes an id or a name (aliases resolve); an unknown name is 404 with suggestions. "
                        "A project's county is the county it is located in, directly or through its park. "
                        "The cluster filter matches the cluster itself only; /clusters/{ref}/projects adds sub-industries.")
def projects(reader: ReaderDep, page: PageDep,
             cluster: Annotated[str | None, Query(max_length=200)] = None,
             county: Annotated[str | None, Query(max_length=200)] = None,
             enterprise: Annotated[str | None, Query(max_length=200)] = None,
             policy: Annotated[str | None, Query(max_length=200, description="the stating document: id, key or title")] = None,
             ) -> Response:
    clusters = [resolve(reader, cluster, "Cluster").id] if cluster else []
    data, total = project_page(reader, page, clusters=clusters, county=county, enterprise=enterprise, policy=policy)
    return json_response(PageOut[ProjectOut](data=data, count=len(data), limit=page.limit, offset=page.offset, total=total))
