"""Annotated dependencies: the store, the catalogue, the settings, paging."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query, Request

from api.errors import ApiError
from api.settings import ApiSettings
from graph.catalog import Catalog, get_catalog
from graph.errors import StoreUnavailable
from graph.store import GraphStore


def get_settings(request: Request) -> ApiSettings:
    return request.app.state.settings


def get_store(request: Request) -> GraphStore:
    store = request.app.state.graph.get()
    if store is None:
        raise StoreUnavailable(request.app.state.graph.problem or "the graph store is not open")
    return store


def get_catalog_dep() -> Catalog:
    return get_catalog()


SettingsDep = Annotated[ApiSettings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
CatalogDep = Annotated[Catalog, Depends(get_catalog_dep)]


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def paging(settings: SettingsDep,
           limit: Annotated[int | None, Query(ge=1, le=10_000, description="page size (capped by KG_API_MAX_LIMIT)")] = None,
           offset: Annotated[int, Query(ge=0, le=1_000_000, description="rows to skip")] = 0) -> Page:
    if limit is not None and limit > settings.max_limit:
        raise ApiError(422, f"limit must be at most {settings.max_limit}", code="invalid_parameter",
                       details={"fields": [{"field": "limit", "in": "query", "message": f"at most {settings.max_limit}"}]})
    return Page(limit or settings.default_limit, offset)


PageDep = Annotated[Page, Depends(paging)]


class Reader:
    """Runs read queries of the catalogue with the API's time limit."""

    def __init__(self, store: GraphStore, catalog: Catalog, settings: ApiSettings):
        self.store, self.catalog, self.settings = store, catalog, settings

    def run(self, name: str, params: dict[str, Any] | None = None, **slots: str) -> list[dict[str, Any]]:
        return self.catalog.run(self.store, name, params, timeout_ms=self.settings.query_timeout_ms, **slots)


def get_reader(store: StoreDep, catalog: CatalogDep, settings: SettingsDep) -> Reader:
    return Reader(store, catalog, settings)


ReaderDep = Annotated[Reader, Depends(get_reader)]
