"""One JSON error shape for every error: {"error": {status, code, message, details}}.

Handlers map graph-layer exceptions to HTTP statuses and never echo a stack
trace or a raw database message (those go to the log only).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.responses import JSONBody
from graph.errors import EmbeddedServerError, GraphError, InvalidParameter, QueryFailed, QueryNotFound, QueryTimeout, StoreUnavailable

log = logging.getLogger("api")

RETRY_AFTER = "2"  # seconds: a hung embedded server is restarted within about this

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          413: "payload_too_large", 415: "unsupported_media_type", 422: "invalid_parameter", 500: "internal_error",
          503: "unavailable", 504: "timeout"}


class ApiError(Exception):
    """Raised by routers; rendered as the one error shape."""

    def __init__(self, status: int, message: str, *, code: str | None = None, details: Any = None):
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.details = details


class NotFound(ApiError):
    def __init__(self, what: str, ref: str, suggestions: list[dict[str, Any]] | None = None):
        super().__init__(404, f"no {what} named {ref!r}", code="not_found",
                         details={"ref": ref, "suggestions": suggestions or []})


def error_body(status: int, code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message, "details": details}}


def _response(status: int, code: str, message: str, details: Any = None, headers: dict[str, str] | None = None) -> JSONBody:
    return JSONBody(error_body(status, code, message, details), status_code=status, headers=headers)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc]
    return ".".join(parts[1:] if parts and parts[0] in ("query", "path", "body", "header", "form") else parts)


def store_unavailable(e: GraphError) -> JSONBody:
    """The 503 for a store that does not answer (also sent by the read cache, outside the routes)."""
    log.warning("graph store unavailable: %s", e)
    return _response(503, "store_unavailable", "the graph store is not reachable; retry shortly",
                     headers={"Retry-After": RETRY_AFTER})


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(_: Request, e: ApiError) -> JSONBody:
        return _response(e.status, e.code, e.message, e.details)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, e: RequestValidationError) -> JSONBody:
        fields = [{"field": _field(err.get("loc", ())), "in": str(err.get("loc", ("",))[0]),
                   "message": err.get("msg", ""), "type": err.get("type", "")} for err in e.errors()]
        names = ", ".join(sorted({f["field"] for f in fields})) or "request"
        return _response(422, "invalid_parameter", f"invalid parameter(s): {names}", {"fields": fields})

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, e: StarletteHTTPException) -> JSONBody:
        if e.status_code == 400 and e.detail == "There was an error parsing the body":  # FastAPI's, e.g. not UTF-8
            return _response(422, "invalid_parameter", "invalid parameter(s): body",
                             {"fields": [{"field": "body", "in": "body", "message": "not UTF-8 JSON", "type": "json_invalid"}]})
        message = e.detail if isinstance(e.detail, str) else _CODES.get(e.status_code, "error")
        return _response(e.status_code, _CODES.get(e.status_code, "error"), message, headers=getattr(e, "headers", None))

    @app.exception_handler(InvalidParameter)
    async def _invalid(_: Request, e: InvalidParameter) -> JSONBody:
        return _response(422, "invalid_parameter", str(e))

    @app.exception_handler(QueryNotFound)
    async def _no_query(_: Request, e: QueryNotFound) -> JSONBody:
        return _response(404, "not_found", str(e).replace("; see `kg query --list`", "; see GET /api/v1/queries"))

    @app.exception_handler(StoreUnavailable)
    @app.exception_handler(EmbeddedServerError)
    async def _down(_: Request, e: GraphError) -> JSONBody:
        return store_unavailable(e)

    @app.exception_handler(QueryTimeout)
    async def _timeout(_: Request, e: QueryTimeout) -> JSONBody:
        return _response(504, "timeout", "the query ran past its time limit; narrow it (smaller limit or depth)")

    @app.exception_handler(QueryFailed)
    async def _failed(_: Request, e: QueryFailed) -> JSONBody:
        log.error("query failed: %s", e)  # the raw database message stays in the log
        return _response(500, "query_failed", "the graph store could not run the query")

    @app.exception_handler(Exception)
    async def _any(_: Request, e: Exception) -> JSONBody:
        log.exception("unhandled error")
        return _response(500, "internal_error", "internal error")
