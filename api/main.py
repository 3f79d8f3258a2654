"""The FastAPI application factory: `uvicorn --factory api.main:create_app` (or `kg serve`) serves it.

Settings are read when the app is built, and the graph store is opened in the
lifespan: importing this module reads and starts nothing.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator

from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api import errors
from api.cache import ReadCacheMiddleware
from api.deps import state_caps
from api.responses import JSONBody
from api.routers import ROUTERS, documents, viz
from api.schemas import ErrorOut
from api.settings import ApiSettings
from graph.errors import GraphError
from graph.settings import GraphSettings, get_settings as get_graph_settings, load_settings
from graph.store import GraphStore, open_store

log = logging.getLogger("api")

API_PREFIX = "/api/v1"
FAILED_DOCUMENTS_ENV = "POLICY_KG_FAILED_DOCUMENTS"  # set by `kg serve` for its workers; not a user setting


class GraphHandle:
    """The app's store: given (tests, embedding) or opened from settings in the lifespan."""

    def __init__(self, settings: GraphSettings | None, store: GraphStore | None):
        self.settings = settings
        self._store = store
        self._owned = store is None
        self._lock = threading.Lock()
        self.problem: str | None = None  # why the store could not be opened, for readiness

    def open(self) -> None:
        if self._store is None:
            try:
                self._store = open_store(self.settings or get_graph_settings())
                self.problem = None
            except GraphError as e:  # serve 503 until the store is back
                # Said by /health/ready; the details (paths) stay in the log.
                self.problem = f"the graph store could not be opened ({type(e).__name__}); the API log says why"
                log.warning("graph store not available: %s", e)

    def current(self) -> GraphStore | None:
        """The open store, or None; never blocks."""
        return self._store

    def get(self) -> GraphStore | None:
        # A store that could not open at startup is tried again on each request, until it opens.
        if self._store is None:
            with self._lock:
                self.open()
        return self._store

    def close(self) -> None:
        if self._owned and self._store is not None:
            self._store.close()
            self._store = None


def create_app(settings: ApiSettings | None = None, *, store: GraphStore | None = None,
               graph_settings: GraphSettings | None = None,
               failed_documents: list[dict[str, str]] | None = None) -> FastAPI:
    """Build the app. Pass `store` to serve an open store (the caller closes it);
    `failed_documents` ({file, reason, next_step}: what `kg serve` could not ingest) are listed by /api/v1/stats."""
    settings = settings or load_settings(ApiSettings)
    handle = GraphHandle(graph_settings, store)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        handle.open()
        yield
        handle.close()

    app = FastAPI(
        title="policy-kg API",
        version="1.0.0",
        description="Read the knowledge graph of 聊城市 industrial policy (新旧动能转换, industrial clusters): "
                    "entities, clusters, counties, projects, indicators, policies, paths, subgraphs; "
                    "upload a document with an API key. Every error has the shape "
                    '`{"error": {"status", "code", "message", "details"}}`.',
        lifespan=lifespan,
        default_response_class=JSONBody,
        # Every route may answer these, all in the one error shape (replaces FastAPI's own 422 schema).
        responses={422: {"model": ErrorOut, "description": "invalid parameter (the field is named)"},
                   500: {"model": ErrorOut, "description": "internal error"},
                   503: {"model": ErrorOut, "description": "the graph store is not reachable"},
                   504: {"model": ErrorOut, "description": "a query ran past its time limit"}},
    )
    app.openapi = lambda: app.openapi_schema or _stated(app, settings)  # type: ignore[method-assign]
    _drop_upload_queries()
    app.state.settings = settings
    app.state.graph = handle
    if failed_documents is None:
        failed_documents = json.loads(os.environ.get(FAILED_DOCUMENTS_ENV) or "[]")
    app.state.failed_documents = list(failed_documents)
    errors.install(app)
    app.add_middleware(ReadCacheMiddleware, get_store=handle.get, max_entries=settings.cache_entries,
                       max_mb=settings.cache_mb)
    if settings.cors_origin_list:  # added last: outside the cache, so cached answers get CORS headers too
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origin_list,
                           allow_methods=["GET", "POST"], allow_headers=["Content-Type", "X-API-Key"])
    for router, prefix in [*ROUTERS, (viz.router, False)]:  # viz: /explore, /viz/{kind}, /documents/{ref}
        _catch_all_last(router)
        app.include_router(router, prefix=API_PREFIX if prefix else "")
    return app


class DropUploadQuery(logging.Filter):
    """uvicorn's access log without the upload route's query string: whatever a client put there
    (a key, by mistake) is not written to the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str) \
                and args[2].startswith(API_PREFIX + documents.PATH) and "?" in args[2]:
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


def _drop_upload_queries() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, DropUploadQuery) for f in access.filters):
        access.addFilter(DropUploadQuery())


def _catch_all_last(router: APIRouter) -> None:
    """`{ref:path}` takes ids with "/" (project:…100万吨/年…) and so matches any tail: a route ending
    in one goes after its router's others, so /policies/{ref}/text is never read as a policy "x/text"."""
    router.routes.sort(key=lambda r: getattr(r, "path", "").endswith(":path}"))  # stable: idempotent


def _stated(app: FastAPI, settings: ApiSettings) -> dict[str, Any]:
    """FastAPI's schema, with the caps in force (api.deps.capped) and cached as FastAPI does."""
    app.openapi_schema = state_caps(FastAPI.openapi(app), settings)
    return app.openapi_schema

