"""Indicators: targets and reported values across policies and years, with a verdict per target."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from api.deps import ReaderDep, Ref
from api.resolve import resolve
from api.responses import json_response
from api.schemas import ErrorOut, IndicatorOut, ListOut
from api.services.verdicts import indicators_from_rows

router = APIRouter(prefix="/indicators", tags=["indicators"])


@router.get("", response_model=ListOut[IndicatorOut],
            summary="Every indicator with its targets (and verdicts) and reported values")
def indicators(reader: ReaderDep) -> Response:
    data = indicators_from_rows(reader.run("indicator_facts", {"id": ""}))
    return json_response(ListOut[IndicatorOut](data=data, count=len(data)))


@router.get("/{ref:path}", response_model=IndicatorOut, responses={404: {"model": ErrorOut}},
            summary="One indicator: targets (policy, year, value, unit, comparator, verdict) and reported values",
            description="verdict: met when a reported value for the target year satisfies the comparator "
                        "(the full-year figure when reported, else the latest, e.g. a half-year figure: see basis); "
                        "unknown when there is no report for that year or the units differ.")
def indicator(reader: ReaderDep, ref: Ref) -> Response:
    node = resolve(reader, ref, "Indicator")
    return json_response(indicators_from_rows(reader.run("indicator_facts", {"id": node.id}))[0])
