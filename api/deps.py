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


CAP = "x-kg-cap"  # marks a parameter whose largest value is an ApiSettings field


def capped(setting: str, *, ge: int = 1, description: str = "") -> Any:
    """A query parameter capped by the ApiSettings field `setting`, the one place the cap lives:
    `check_cap` enforces it, and create_app's OpenAPI schema states it (this Query's own `le` is
    the highest value the setting itself may take)."""
    high = next(m.le for m in ApiSettings.model_fields[setting].metadata if hasattr(m, "le"))
    return Query(ge=ge, le=high, description=description, json_schema_extra={CAP: setting})


def check_cap(settings: ApiSettings, field: str, value: int | None, setting: str) -> None:
    cap = getattr(settings, setting)
    if value is not None and value > cap:
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


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def paging(settings: SettingsDep,
           limit: Annotated[int | None, capped("max_limit", description="page size (at most KG_API_MAX_LIMIT)")] = None,
           offset: Annotated[int, Query(ge=0, le=1_000_000, description="rows to skip")] = 0) -> Page:
    check_cap(settings, "limit", limit, "max_limit")
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
