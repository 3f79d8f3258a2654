"""The FastAPI application factory: `uvicorn --factory api.main:create_app` (or `kg serve`) serves it.

Settings are read when the app is built, and the graph store is opened in the
lifespan: importing this module reads and starts nothing.
"""

from __future__ import annotations

import logging
import threading
from contextlib import asynccontextmanager
from typing import AsyncIterator

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api import errors
from api.cache import ReadCacheMiddleware
from api.responses import JSONBody
from api.routers import ROUTERS, viz
from api.schemas import ErrorOut
from api.settings import ApiSettings
from graph.errors import GraphError
from graph.settings import GraphSettings, get_settings as get_graph_settings
from graph.store import GraphStore, open_store

log = logging.getLogger("api")

API_PREFIX = "/api/v1"


class GraphHandle:
    """The app's store: given (tests, embedding) or opened from settings in the lifespan."""

    def __init__(self, settings: GraphSettings | None, store: GraphStore | None):
        self.settings = settings
        self._store = store
        self._owned = store is None
        self._lock = threading.Lock()

    def open(self) -> None:
        if self._store is None:
            try:
                self._store = open_store(self.settings or get_graph_settings())
            except GraphError as e:  # serve 503 until the store is back
                log.warning("graph store not available at startup: %s", e)

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
               graph_settings: GraphSettings | None = None) -> FastAPI:
    """Build the app. Pass `store` to serve an open store (the caller closes it)."""
    settings = settings or ApiSettings()
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
    app.state.settings = settings
    app.state.graph = handle
    errors.install(app)
    app.add_middleware(ReadCacheMiddleware, get_store=handle.get, max_entries=settings.cache_entries,
                       max_mb=settings.cache_mb)
    if settings.cors_origin_list:  # added last: outside the cache, so cached answers get CORS headers too
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origin_list,
                           allow_methods=["GET", "POST"], allow_headers=["Content-Type", "X-API-Key"])
    for router, prefix in ROUTERS:
        app.include_router(router, prefix=API_PREFIX if prefix else "")
    app.include_router(viz.router)  # pages for people: /explore, /viz/{kind}, /documents/{ref}
    return app

