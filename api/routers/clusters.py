"""A cluster's members: enterprises, projects, parks, counties (sub-industries included by default)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from api.convert import entity_ref, evidence, link
from api.deps import Page, PageDep, Reader, ReaderDep
from api.resolve import resolve
from api.routers.entities import Ref
from api.routers.projects import project_page
from api.schemas import (ClusterMembership, ClusterOut, ClusterPage, EnterpriseMember, EntityRef, ErrorOut, Link, ListOut,
                         PlaceLinkOut, PlaceMember, ProjectOut)

router = APIRouter(tags=["clusters"])

SubQ = Annotated[bool, Query(description="count members of the cluster's sub-industries too (铜加工 under 有色金属及金属深加工)")]
_SUB_DOC = " Members of the cluster's sub-industries (HAS_SUBINDUSTRY) are included unless include_subindustries=false."
_404 = {404: {"model": ErrorOut}}


def _scope(reader: Reader, ref: str, include_sub: bool) -> tuple[EntityRef, list[Link]]:
    cluster = resolve(reader, ref, "Cluster")
    rows = reader.run("cluster_scope", {"id": cluster.id})
    subs = [Link(**s) for s in (rows[0]["subs"] if rows and include_sub else [])]
    return cluster, [Link(id=cluster.id, name=cluster.name), *sorted(subs, key=lambda s: s.name)]


def _page(items: list[Any], page: Page) -> tuple[list[Any], int]:
    return items[page.offset:page.offset + page.limit], len(items)


@router.get("/clusters", response_model=ListOut[EntityRef], summary="Every cluster and sub-industry")
def clusters(reader: ReaderDep) -> ListOut[EntityRef]:
    rows = reader.run("search_entities", {"q": "", "type": "Cluster", "limit": 10_000})
    data = sorted((entity_ref(r) for r in rows), key=lambda e: e.name)
    return ListOut[EntityRef](data=data, count=len(data))


@router.get("/clusters/{ref:path}", response_model=ClusterOut, responses=_404,
            summary="A cluster: level, parent and sub-industries, and how many members it has")
def cluster(reader: ReaderDep, ref: Ref) -> ClusterOut:
    node, scope = _scope(reader, ref, True)
    row = reader.run("cluster_scope", {"id": node.id})[0]
    ids = [s.id for s in scope]
    projects = reader.run("projects", {"clusters": ids, "limit": 0, "offset": 0})
    counts = {
        "enterprises": len({r["id"] for r in reader.run("cluster_enterprises", {"ids": ids})}),
        "projects": projects[0]["total"] if projects else 0,
        "parks": len({r["id"] for r in reader.run("cluster_places", {"ids": ids, "label": "Park"})}),
        "counties": len({r["id"] for r in reader.run("cluster_places", {"ids": ids, "label": "County"})}),
    }
    return ClusterOut(**node.model_dump(), level=row["level"], parents=[Link(**p) for p in row["parents"]],
                      subindustries=scope[1:], counts=counts)


@router.get("/clusters/{ref:path}/enterprises", response_model=ClusterPage[EnterpriseMember], responses=_404,
            summary="Enterprises of a cluster: directly (role) or through their projects",
            description="Paged by enterprise; each lists how it belongs (role, via project) with evidence." + _SUB_DOC)
def cluster_enterprises(reader: ReaderDep, page: PageDep, ref: Ref,
                        role: Annotated[Literal["leading", "member", "listed"] | None, Query()] = None,
                        county: Annotated[str | None, Query(max_length=200, description="county id or name")] = None,
                        include_subindustries: SubQ = True) -> ClusterPage[EnterpriseMember]:
    cluster, scope = _scope(reader, ref, include_subindustries)
    county_id = resolve(reader, county, "County").id if county else None
    rows = reader.run("cluster_enterprises", {"ids": [s.id for s in scope], "role": role or ""})
    members: dict[str, EnterpriseMember] = {}
    for r in sorted(rows, key=lambda r: (r["how"] != "direct", r["cluster"], r["via"] or "", r["policy"] or "")):
        counties = list(dict.fromkeys(r["counties"] or []))
        if county_id and county_id not in counties:
            continue
        m = members.setdefault(r["id"], EnterpriseMember(enterprise=entity_ref(r), counties=counties, memberships=[]))
        m.memberships.append(ClusterMembership(
            cluster=EntityRef(id=r["cluster_id"], type="Cluster", name=r["cluster"]), how=r["how"], role=r["role"],
            via=EntityRef(id=r["via_id"], type="Project", name=r["via"]) if r["via_id"] else None,
            policy=r["policy"], evidence=evidence(r["props"])))
    # leading enterprises first, then by name
    ordered = sorted(members.values(), key=lambda m: (not any(x.role == "leading" for x in m.memberships), m.enterprise.name))
    data, total = _page(ordered, page)
    return ClusterPage[EnterpriseMember](data=data, count=len(data), limit=page.limit, offset=page.offset, total=total,
                                         cluster=cluster, scope=scope)


@router.get("/clusters/{ref:path}/projects", response_model=ClusterPage[ProjectOut], responses=_404,
            summary="Projects in a cluster", description="Filter by county or enterprise (id or name)." + _SUB_DOC)
def cluster_projects(reader: ReaderDep, page: PageDep, ref: Ref,
                     county: Annotated[str | None, Query(max_length=200)] = None,
                     enterprise: Annotated[str | None, Query(max_length=200)] = None,
                     include_subindustries: SubQ = True) -> ClusterPage[ProjectOut]:
    cluster, scope = _scope(reader, ref, include_subindustries)
    data, total = project_page(reader, page, clusters=[s.id for s in scope], county=county, enterprise=enterprise)
    return ClusterPage[ProjectOut](data=data, count=len(data), limit=page.limit, offset=page.offset, total=total,
                                   cluster=cluster, scope=scope)


def _places(reader: Reader, page: Page, ref: str, label: str, include_sub: bool) -> ClusterPage[PlaceMember]:
    cluster, scope = _scope(reader, ref, include_sub)
    rows = reader.run("cluster_places", {"ids": [s.id for s in scope], "label": label})
    places: dict[str, PlaceMember] = {}
    for r in sorted(rows, key=lambda r: (r["how"] != "direct", r["cluster"], r["via"] or "", r["policy"] or "")):
        p = places.setdefault(r["id"], PlaceMember(
            place=EntityRef(id=r["id"], type=label, name=r["name"], aliases=list(r["aliases"] or [])), links=[]))
        p.links.append(PlaceLinkOut(cluster=Link(id=r["cluster_id"], name=r["cluster"]), how=r["how"], rel=r["rel"],
                                    via=link(r["via_id"], r["via"]), policy=r["policy"], evidence=evidence(r["props"])))
    ordered = sorted(places.values(), key=lambda p: (not any(x.how == "direct" for x in p.links), p.place.name))
    data, total = _page(ordered, page)
    return ClusterPage[PlaceMember](data=data, count=len(data), limit=page.limit, offset=page.offset, total=total,
                                    cluster=cluster, scope=scope)


@router.get("/clusters/{ref:path}/parks", response_model=ClusterPage[PlaceMember], responses=_404,
            summary="Parks that develop or upgrade a cluster, or hold its projects or enterprises",
            description="how=direct: DEVELOPS/UPGRADES; how=member: a project or enterprise of the cluster located in the park." + _SUB_DOC)
def cluster_parks(reader: ReaderDep, page: PageDep, ref: Ref, include_subindustries: SubQ = True) -> ClusterPage[PlaceMember]:
    return _places(reader, page, ref, "Park", include_subindustries)


@router.get("/clusters/{ref:path}/counties", response_model=ClusterPage[PlaceMember], responses=_404,
            summary="Counties and zones that develop or upgrade a cluster, or hold its projects or enterprises",
            description="how=direct: DEVELOPS/UPGRADES; how=member: a project or enterprise of the cluster located in the county." + _SUB_DOC)
def cluster_counties(reader: ReaderDep, page: PageDep, ref: Ref, include_subindustries: SubQ = True) -> ClusterPage[PlaceMember]:
    return _places(reader, page, ref, "County", include_subindustries)
