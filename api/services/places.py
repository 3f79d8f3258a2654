"""A county or zone profile: parks, clusters developed or upgraded, projects grouped by cluster, enterprises."""

from __future__ import annotations

from api.convert import link
from api.schemas import (ClusterLink, CountyProfile, EntityRef, Link, ParkOut, PlaceCluster, PlaceEnterprise,
                         ProjectOut, ProjectsOfCluster)
from api.services.evidence import evidence, sentences_for
from api.services.paging import Page
from api.services.projects import project_page
from api.services.reading import Reader

PROFILE_PROJECTS = 1000  # a county's projects all fit in one profile at this graph's size


def by_cluster(projects: list[ProjectOut]) -> list[ProjectsOfCluster]:
    """Projects grouped under each of their clusters (projects with none last), clusters by name."""
    groups: dict[str | None, ProjectsOfCluster] = {}
    for p in projects:
        for c in p.clusters or [None]:
            key = c.id if c else None
            group = groups.setdefault(key, ProjectsOfCluster(cluster=Link(id=c.id, name=c.name) if c else None, projects=[]))
            if all(x.id != p.id for x in group.projects):
                group.projects.append(Link(id=p.id, name=p.name))
    return sorted(groups.values(), key=lambda g: (g.cluster is None, g.cluster.name if g.cluster else ""))


def county_profile(reader: Reader, node: EntityRef) -> CountyProfile:
    props = reader.run("entity_properties", {"id": node.id})[0]["props"]
    parks = [ParkOut(id=r["id"], name=r["name"], aliases=list(r["aliases"] or []),
                     clusters=list({c["id"]: Link(id=c["id"], name=c["name"]) for c in r["clusters"]}.values()),
                     policies=sorted(r["policies"])) for r in reader.run("place_parks", {"id": node.id})]
    rows = reader.run("place_clusters", {"id": node.id})
    sentences = sentences_for(reader, (r["props"] for r in rows))
    clusters = [PlaceCluster(cluster=Link(id=r["cluster_id"], name=r["cluster"]), level=r["level"], rel=r["rel"],
                             via=link(r["via_id"], r["via"]), policy=r["policy"], evidence=evidence(r["props"], sentences))
                for r in rows]
    projects, total = project_page(reader, Page(PROFILE_PROJECTS, 0), county=node.id)
    enterprises = [PlaceEnterprise(id=r["id"], name=r["name"], aliases=list(r["aliases"] or []),
                                   clusters=[ClusterLink(**c) for c in r["clusters"]])
                   for r in reader.run("place_enterprises", {"id": node.id})]
    return CountyProfile(
        county=node, properties={k: v for k, v in props.items() if k not in ("id", "name", "aliases")},
        parks=parks, clusters=clusters, projects_total=total, enterprises=enterprises,
        projects_by_cluster=by_cluster(projects))
