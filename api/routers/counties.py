"""A county or zone profile: parks, clusters developed or upgraded, projects by cluster, enterprises."""

from __future__ import annotations

from fastapi import APIRouter

from api.convert import entity_ref, evidence, link
from api.deps import Page, ReaderDep
from api.resolve import resolve
from api.routers.entities import Ref
from api.routers.projects import project_page
from api.schemas import (ClusterLink, CountyProfile, EntityRef, ErrorOut, Link, ListOut, ParkOut, PlaceCluster,
                         PlaceEnterprise, ProjectsOfCluster)

router = APIRouter(tags=["counties"])

PROFILE_PROJECTS = 1000  # a county's projects all fit in one profile at this graph's size


@router.get("/counties", response_model=ListOut[EntityRef], summary="Every county, district, county-level city and zone")
def counties(reader: ReaderDep) -> ListOut[EntityRef]:
    rows = reader.run("search_entities", {"q": "", "type": "County", "limit": 10_000})
    data = sorted((entity_ref(r) for r in rows), key=lambda e: e.name)
    return ListOut[EntityRef](data=data, count=len(data))


@router.get("/counties/{ref:path}", response_model=CountyProfile, responses={404: {"model": ErrorOut}},
            summary="A county or zone: its parks, the clusters it (or its parks) develop or upgrade, its projects by cluster, its enterprises")
def county(reader: ReaderDep, ref: Ref) -> CountyProfile:
    node = resolve(reader, ref, "County")
    props = reader.run("entity_properties", {"id": node.id})[0]["props"]
    parks = [ParkOut(id=r["id"], name=r["name"], aliases=list(r["aliases"] or []),
                     clusters=list({c["id"]: Link(id=c["id"], name=c["name"]) for c in r["clusters"]}.values()),
                     policies=sorted(r["policies"])) for r in reader.run("place_parks", {"id": node.id})]
    clusters = [PlaceCluster(cluster=Link(id=r["cluster_id"], name=r["cluster"]), level=r["level"], rel=r["rel"],
                             via=link(r["via_id"], r["via"]), policy=r["policy"], evidence=evidence(r["props"]))
                for r in reader.run("place_clusters", {"id": node.id})]
    projects, total = project_page(reader, Page(PROFILE_PROJECTS, 0), county=node.id)
    by_cluster: dict[str | None, ProjectsOfCluster] = {}
    for p in projects:
        for c in p.clusters or [None]:
            key = c.id if c else None
            group = by_cluster.setdefault(key, ProjectsOfCluster(cluster=Link(id=c.id, name=c.name) if c else None, projects=[]))
            if all(x.id != p.id for x in group.projects):
                group.projects.append(Link(id=p.id, name=p.name))
    enterprises = [PlaceEnterprise(id=r["id"], name=r["name"], aliases=list(r["aliases"] or []),
                                   clusters=[ClusterLink(**c) for c in r["clusters"]])
                   for r in reader.run("place_enterprises", {"id": node.id})]
    return CountyProfile(
        county=node, properties={k: v for k, v in props.items() if k not in ("id", "name", "aliases")},
        parks=parks, clusters=clusters, projects_total=total, enterprises=enterprises,
        projects_by_cluster=sorted(by_cluster.values(), key=lambda g: (g.cluster is None, g.cluster.name if g.cluster else "")))
