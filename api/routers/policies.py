"""Documents: metadata, what each contributed, and the text with its evidence spans."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from api.deps import ReaderDep, Ref
from api.resolve import resolve
from api.responses import json_response
from api.schemas import ErrorOut, ListOut, PolicyDetail, PolicyOut, PolicyText
from api.services.policies import policy_detail, policy_list, policy_text

router = APIRouter(prefix="/policies", tags=["policies"])
_404 = {404: {"model": ErrorOut}}


@router.get("", response_model=ListOut[PolicyOut], summary="Every document with its metadata and relationship counts")
def policies(reader: ReaderDep) -> Response:
    data = policy_list(reader)
    return json_response(ListOut[PolicyOut](data=data, count=len(data)))


@router.get("/{ref:path}", response_model=PolicyDetail, responses=_404,
            summary="A document: metadata and what it contributed (relationships per type, entities per type)",
            description="ref: policy id (policy:001_…), document key (001_…), title or alias.")
def policy(reader: ReaderDep, ref: Ref) -> Response:
    return json_response(policy_detail(reader, resolve(reader, ref, "Policy", "policy")))


@router.get("/{ref:path}/text", response_model=PolicyText, responses=_404,
            summary="A document's text with the evidence spans of every relationship it stated",
            description="Offsets are Python string (Unicode code point) indices into text; spans are sorted by start. "
                        "surface_start/end locate the matched surface form inside the span when it is there. "
                        "edge_id is the relationship's id (its evidence: /edges/{edge_id}/evidence).")
def text(reader: ReaderDep, ref: Ref) -> Response:
    return json_response(policy_text(reader, resolve(reader, ref, "Policy", "policy")))
