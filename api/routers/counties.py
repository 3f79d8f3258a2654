"""A county or zone profile: parks, clusters developed or upgraded, projects by cluster, enterprises."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from api.deps import ReaderDep, Ref
from api.resolve import all_of_type, resolve
from api.responses import json_response
from api.schemas import CountyProfile, EntityRef, ErrorOut, ListOut
from api.services.places import county_profile

router = APIRouter(prefix="/counties", tags=["counties"])


@router.get("", response_model=ListOut[EntityRef], summary="Every county, district, county-level city and zone")
def counties(reader: ReaderDep) -> Response:
    data = all_of_type(reader, "County")
    return json_response(ListOut[EntityRef](data=data, count=len(data)))


@router.get("/{ref:path}", response_model=CountyProfile, responses={404: {"model": ErrorOut}},
            summary="A county or zone: its parks, the clusters it (or its parks) develop or upgrade, its projects by cluster, its enterprises")
def county(reader: ReaderDep, ref: Ref) -> Response:
    return json_response(county_profile(reader, resolve(reader, ref, "County")))
