"""Annotated dependencies: the store, the catalogue, the settings, the reader, paging, path refs.

They are `async def`: FastAPI runs a plain `def` dependency in the thread pool, a hop per
dependency per request that cost more than these functions do. Only opening a store that
is not open yet blocks, and that runs in the thread pool.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from api.errors import ApiError
from api.services.paging import Page
from api.services.reading import Reader
from api.settings import ApiSettings
from graph.catalog import Catalog, get_catalog
from graph.store import GraphStore


async def get_settings(request: Request) -> ApiSettings:
    return request.app.state.settings


async def get_store(request: Request) -> GraphStore:
    handle = request.app.state.graph
    store = handle.current() or await run_in_threadpool(handle.get)
    if store is None:
        raise ApiError(503, "the graph store is not reachable; retry shortly", code="store_unavailable")
    return store


async def get_catalog_dep() -> Catalog:
    return get_catalog()


SettingsDep = Annotated[ApiSettings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
CatalogDep = Annotated[Catalog, Depends(get_catalog_dep)]
Ref = Annotated[str, Path(min_length=1, max_length=200, description="our id (enterprise:鲁西集团), an exact name or an alias")]


def check_cap(field: str, value: int, cap: int) -> None:
    """A query parameter above its configured cap is a 422 naming the field."""
    if value > cap:
        raise ApiError(422, f"{field} must be at most {cap}", code="invalid_parameter",
                       details={"fields": [{"field": field, "in": "query", "message": f"at most {cap}"}]})


async def paging(settings: SettingsDep,
           limit: Annotated[int | None, Query(ge=1, le=10_000, description="page size (capped by KG_API_MAX_LIMIT)")] = None,
           offset: Annotated[int, Query(ge=0, le=1_000_000, description="rows to skip")] = 0) -> Page:
    if limit is not None:
        check_cap("limit", limit, settings.max_limit)
    return Page(limit or settings.default_limit, offset)


PageDep = Annotated[Page, Depends(paging)]


async def get_reader(store: StoreDep, catalog: CatalogDep, settings: SettingsDep) -> Reader:
    return Reader(store, catalog, settings.query_timeout_ms)


ReaderDep = Annotated[Reader, Depends(get_reader)]
