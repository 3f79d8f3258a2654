"""Annotated dependencies: the store, the catalogue, the settings, the reader, paging, path refs.

They are `async def`: FastAPI runs a plain `def` dependency in the thread pool, a hop per
dependency per request that cost more than these functions do. Only opening a store that
is not open yet blocks, and that runs in the thread pool.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from api.cache import PROBE
from api.errors import ApiError
from api.services.paging import Page
from api.services.reading import Reader
from api.settings import ApiSettings
from graph.catalog import Catalog, get_catalog
from graph.errors import StoreUnavailable
from graph.store import GraphStore


async def get_settings(request: Request) -> ApiSettings:
    return request.app.state.settings


async def get_store(request: Request) -> GraphStore:
    handle = request.app.state.graph
    store = handle.current() or await run_in_threadpool(handle.get)
    if store is None:
        raise StoreUnavailable(request.app.state.graph.problem or "the graph store is not open")
    return store


async def get_catalog_dep() -> Catalog:
    return get_catalog()


SettingsDep = Annotated[ApiSettings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
CatalogDep = Annotated[Catalog, Depends(get_catalog_dep)]
Ref = Annotated[str, Path(min_length=1, max_length=200, description="our id (enterprise:鲁西集团), an exact name or an alias")]


CAP = "x-kg-cap"  # marks a parameter whose largest value is an ApiSettings field


def capped(setting: str, *, ge: int = 1, description: str = "") -> Any:
    """A query parameter capped by the ApiSettings field `setting`, the one place the cap lives:
    `check_cap` enforces it, and create_app's OpenAPI schema states it (this Query's own `le` is
    the highest value the setting itself may take)."""
    high = next(m.le for m in ApiSettings.model_fields[setting].metadata if hasattr(m, "le"))
    return Query(ge=ge, le=high, description=description, json_schema_extra={CAP: setting})


def check_cap(field: str, value: int, cap: int) -> None:
    """A query parameter above its configured cap is a 422 naming the field."""
    if value > cap:
        raise ApiError(422, f"{field} must be at most {cap}", code="invalid_parameter",
                       details={"fields": [{"field": field, "in": "query", "message": f"at most {cap}"}]})


def state_caps(schema: dict[str, Any], settings: ApiSettings) -> dict[str, Any]:
    """Write each capped parameter's maximum into the OpenAPI schema from the settings in force."""
    for operation in (op for item in schema.get("paths", {}).values() for op in item.values() if isinstance(op, dict)):
        for param in operation.get("parameters", []):
            setting = param.get("schema", {}).pop(CAP, None)
            if setting is None:
                continue
            for s in [param["schema"], *param["schema"].get("anyOf", [])]:
                if "maximum" in s:
                    s["maximum"] = getattr(settings, setting)
    return schema


async def paging(settings: SettingsDep,
           limit: Annotated[int | None, capped("max_limit", description="page size (at most KG_API_MAX_LIMIT)")] = None,
           offset: Annotated[int, Query(ge=0, le=1_000_000, description="rows to skip")] = 0) -> Page:
    if limit is not None:
        check_cap("limit", limit, settings.max_limit)
    return Page(limit or settings.default_limit, offset)


PageDep = Annotated[Page, Depends(paging)]


async def get_reader(request: Request, store: StoreDep, catalog: CatalogDep, settings: SettingsDep) -> Reader:
    return Reader(store, catalog, settings.query_timeout_ms, request.scope.get(PROBE))


ReaderDep = Annotated[Reader, Depends(get_reader)]
