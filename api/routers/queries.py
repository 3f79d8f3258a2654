"""The read-only named query catalogue: list, and run by name with declared parameters. No free-form Cypher."""

from __future__ import annotations

from fastapi import APIRouter, Body, Path
from fastapi.responses import Response

from api.deps import CatalogDep, ReaderDep, SettingsDep
from api.errors import ApiError
from api.responses import json_response
from api.schemas import ErrorOut, ListOut, ParamInfo, QueryInfo, QueryResult, QueryRun
from graph.catalog import Catalog, NamedQuery

router = APIRouter(prefix="/queries", tags=["queries"])


def _public(catalog: Catalog) -> list[NamedQuery]:
    # Read queries only; templated ones need label/type slots a caller cannot choose here.
    return [q for q in catalog if q.mode == "read" and not q.templates]


@router.get("", response_model=ListOut[QueryInfo], summary="The read-only named queries and their parameters")
def list_queries(catalog: CatalogDep) -> Response:
    data = [QueryInfo(name=q.name, description=q.description, returns=list(q.returns), example=q.example,
                      params=[ParamInfo(name=p.name, type=p.type, required=p.required, default=p.default,
                                        minimum=p.minimum, maximum=p.maximum) for p in q.params])
            for q in _public(catalog)]
    return json_response(ListOut[QueryInfo](data=data, count=len(data)))


@router.post("/{name}", response_model=QueryResult, responses={404: {"model": ErrorOut}, 422: {"model": ErrorOut}},
             summary="Run one named read query with its declared parameters",
             description="Unknown or missing parameters, or values of the wrong type, are 422. Rows beyond KG_API_MAX_LIMIT are dropped (truncated=true).")
def run_query(reader: ReaderDep, catalog: CatalogDep, settings: SettingsDep,
              name: str = Path(max_length=100, pattern=r"^\w+$"), body: QueryRun = Body(default_factory=QueryRun)) -> Response:
    if name not in {q.name for q in _public(catalog)}:
        raise ApiError(404, f"no read query named {name!r}; see GET /api/v1/queries", code="not_found")
    rows = reader.run(name, body.params)
    cut = rows[: settings.max_limit]
    return json_response(QueryResult(name=name, data=cut, count=len(cut), truncated=len(rows) > len(cut)))
