"""The clusters an enterprise belongs to."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from api.deps import ReaderDep, Ref
from api.resolve import resolve
from api.responses import json_response
from api.schemas import EnterpriseClusters, ErrorOut
from api.services.clusters import enterprise_clusters

router = APIRouter(prefix="/enterprises", tags=["enterprises"])


@router.get("/{ref:path}/clusters", response_model=EnterpriseClusters, responses={404: {"model": ErrorOut}},
            summary="The clusters an enterprise is in: directly (with role) or through its projects",
            description="how=direct: an IN_CLUSTER relationship with its role (leading, member, listed); "
                        "how=project: the enterprise carries out a project (via) that is in the cluster. "
                        "One entry per stating document, each with its evidence (a project entry's evidence "
                        "covers both the project's cluster and who carries it out).")
def clusters(reader: ReaderDep, ref: Ref) -> Response:
    ent = resolve(reader, ref, "Enterprise")
    data, clusters_, parents = enterprise_clusters(reader, ent)
    return json_response(EnterpriseClusters(enterprise=ent, data=data, count=len(data), clusters=clusters_,
                                            parent_clusters=parents))
