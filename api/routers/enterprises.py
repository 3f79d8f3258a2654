"""The clusters an enterprise belongs to."""

from __future__ import annotations

from fastapi import APIRouter

from api.convert import evidence
from api.deps import ReaderDep
from api.resolve import resolve
from api.routers.entities import Ref
from api.schemas import ClusterMembership, EnterpriseClusters, EntityRef, ErrorOut, Link

router = APIRouter(tags=["enterprises"])


@router.get("/enterprises/{ref:path}/clusters", response_model=EnterpriseClusters, responses={404: {"model": ErrorOut}},
            summary="The clusters an enterprise is in: directly (with role) or through its projects",
            description="how=direct: an IN_CLUSTER relationship with its role (leading, member, listed); "
                        "how=project: the enterprise carries out a project (via) that is in the cluster. "
                        "One entry per stating document, each with its evidence (a project entry's evidence "
                        "covers both the project's cluster and who carries it out).")
def enterprise_clusters(reader: ReaderDep, ref: Ref) -> EnterpriseClusters:
    ent = resolve(reader, ref, "Enterprise")
    rows = reader.run("enterprise_clusters", {"id": ent.id})
    rows.sort(key=lambda r: (r["how"] != "direct", r["cluster"], r["via"] or "", r["policy"] or ""))
    data = [ClusterMembership(
        cluster=EntityRef(id=r["cluster_id"], type="Cluster", name=r["cluster"], aliases=list(r["cluster_aliases"] or [])),
        parents=[Link(**x) for x in r["parents"]], how=r["how"], role=r["role"], via=(EntityRef(id=r["via_id"], type="Project", name=r["via"]) if r["via_id"] else None),
        policy=r["policy"], evidence=evidence(r["props"]) + evidence(r["via_props"])) for r in rows]
    clusters = list({m.cluster.id: m.cluster for m in data}.values())
    parents = list({p.id: p for m in data for p in m.parents if p.id not in {c.id for c in clusters}}.values())
    return EnterpriseClusters(enterprise=ent, data=data, count=len(data), clusters=clusters, parent_clusters=parents)
