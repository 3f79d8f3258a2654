"""A cluster's members: enterprises, projects, parks, counties (sub-industries included by default)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import PageDep, ReaderDep, Ref
from api.resolve import all_of_type, resolve
from api.responses import json_response
from api.schemas import ClusterOut, ClusterPage, EnterpriseMember, EntityRef, ErrorOut, ListOut, PlaceMember, ProjectOut
from api.services.clusters import cluster_detail, enterprise_members, place_members, scope
from api.services.paging import Page, page_of
from api.services.reading import Reader
from api.services.projects import project_page

router = APIRouter(prefix="/clusters", tags=["clusters"])

SubQ = Annotated[bool, Query(description="count members of the cluster's sub-industries too (铜加工 under 有色金属及金属深加工)")]
_SUB_DOC = " Members of the cluster's sub-industries (HAS_SUBINDUSTRY) are included unless include_subindustries=false."
_404 = {404: {"model": ErrorOut}}
_PLACES_DOC = ("how=direct: DEVELOPS/UPGRADES; how=member: a project or enterprise of the cluster located in the {}."
               + _SUB_DOC)


@router.get("", response_model=ListOut[EntityRef], summary="Every cluster and sub-industry")
def clusters(reader: ReaderDep) -> Response:
    data = all_of_type(reader, "Cluster")
    return json_response(ListOut[EntityRef](data=data, count=len(data)))


@router.get("/{ref:path}", response_model=ClusterOut, responses=_404,
            summary="A cluster: level, parent and sub-industries, and how many members it has")
def cluster(reader: ReaderDep, ref: Ref) -> Response:
    return json_response(cluster_detail(reader, ref))


@router.get("/{ref:path}/enterprises", response_model=ClusterPage[EnterpriseMember], responses=_404,
            summary="Enterprises of a cluster: directly (role) or through their projects",
            description="Paged by enterprise; each lists how it belongs (role, via project) with evidence." + _SUB_DOC)
def enterprises(reader: ReaderDep, page: PageDep, ref: Ref,
                role: Annotated[Literal["leading", "member", "listed"] | None, Query()] = None,
                county: Annotated[str | None, Query(max_length=200, description="county id or name")] = None,
                include_subindustries: SubQ = True) -> Response:
    cluster, ids = scope(reader, ref, include_subindustries)
    county_id = resolve(reader, county, "County").id if county else None
    data, total = page_of(enterprise_members(reader, [s.id for s in ids], role, county_id), page)
    return json_response(ClusterPage[EnterpriseMember](data=data, count=len(data), limit=page.limit, offset=page.offset,
                                                       total=total, cluster=cluster, scope=ids))


@router.get("/{ref:path}/projects", response_model=ClusterPage[ProjectOut], responses=_404,
            summary="Projects in a cluster", description="Filter by county or enterprise (id or name)." + _SUB_DOC)
def projects(reader: ReaderDep, page: PageDep, ref: Ref,
             county: Annotated[str | None, Query(max_length=200)] = None,
             enterprise: Annotated[str | None, Query(max_length=200)] = None,
             include_subindustries: SubQ = True) -> Response:
    cluster, ids = scope(reader, ref, include_subindustries)
    data, total = project_page(reader, page, clusters=[s.id for s in ids], county=county, enterprise=enterprise)
    return json_response(ClusterPage[ProjectOut](data=data, count=len(data), limit=page.limit, offset=page.offset,
                                                 total=total, cluster=cluster, scope=ids))


def _places(reader: Reader, page: Page, ref: str, label: str, include_sub: bool) -> Response:
    cluster, ids = scope(reader, ref, include_sub)
    data, total = page_of(place_members(reader, [s.id for s in ids], label), page)
    return json_response(ClusterPage[PlaceMember](data=data, count=len(data), limit=page.limit, offset=page.offset,
                                                  total=total, cluster=cluster, scope=ids))


@router.get("/{ref:path}/parks", response_model=ClusterPage[PlaceMember], responses=_404,
            summary="Parks that develop or upgrade a cluster, or hold its projects or enterprises",
            description=_PLACES_DOC.format("park"))
def parks(reader: ReaderDep, page: PageDep, ref: Ref, include_subindustries: SubQ = True) -> Response:
    return _places(reader, page, ref, "Park", include_subindustries)


@router.get("/{ref:path}/counties", response_model=ClusterPage[PlaceMember], responses=_404,
            summary="Counties and zones that develop or upgrade a cluster, or hold its projects or enterprises",
            description=_PLACES_DOC.format("county"))
def counties(reader: ReaderDep, page: PageDep, ref: Ref, include_subindustries: SubQ = True) -> Response:
    return _places(reader, page, ref, "County", include_subindustries)
