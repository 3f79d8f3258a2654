"""Upload a document: read, extract, write it into the graph. Protected by X-API-Key.

Multipart (a `file` field plus optional title/issuer/date/kind/period/key fields)
or JSON (`DocumentIn`). The upload goes through the same entry point as the
corpus, `ingest.ingest`, on a temp file of the right suffix.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from api.deps import SettingsDep, StoreDep
from api.errors import ApiError
from api.responses import json_response
from api.schemas import KEY_PATTERN, DocumentAdded, DocumentIn, ErrorOut
from api.services.uploads import ingest_upload
from ingest.read import META_FIELDS, SUPPORTED_SUFFIXES

router = APIRouter(prefix="/documents", tags=["documents"])
PATH = "/documents"  # under /api/v1; its query strings never reach the access log (api.main)

_KEY = re.compile(KEY_PATTERN)
_MULTIPART_SCHEMA = {"type": "object", "required": ["file"], "properties": {
    "file": {"type": "string", "format": "binary", "description": f"the document ({', '.join(sorted(SUPPORTED_SUFFIXES))})"},
    **{f: {"type": "string"} for f in (*META_FIELDS, "key")}}}


def require_key(request: Request, settings: SettingsDep,
                x_api_key: Annotated[str | None, Header(description="the upload key (KG_API_KEY)")] = None) -> None:
    """Checked before anything else (the store included): a caller without the key learns nothing more."""
    if any("key" in name.lower() for name in request.query_params):
        # A URL ends up in logs and browser history: a key there is refused even when right.
        raise ApiError(400, "never put the API key in the URL; send it in the X-API-Key header", code="key_in_url")
    given = x_api_key
    if settings.api_key is None:
        raise ApiError(503, "uploads are disabled: no API key is configured (KG_API_KEY)", code="uploads_disabled")
    if not given:
        raise ApiError(401, "an X-API-Key header is required", code="unauthorized")
    if not hmac.compare_digest(given.encode(), settings.api_key.get_secret_value().encode()):
        raise ApiError(403, "the API key is not valid", code="forbidden")


async def _read_capped(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"the upload is larger than {limit} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ApiError(413, f"the upload is larger than {limit} bytes")
    return bytes(body)


def _invalid(field: str, message: str) -> ApiError:
    return ApiError(422, f"invalid parameter(s): {field}", details={"fields": [{"field": field, "in": "body", "message": message}]})


async def _parse(request: Request, body: bytes) -> tuple[bytes, str, str | None, dict[str, Any]]:
    """(content, suffix, key, meta) from a multipart or JSON upload."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "multipart/form-data":
        async def replay() -> dict[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}
        try:
            form = await Request(request.scope, replay).form(max_files=1, max_fields=20)
        except Exception:
            raise _invalid("file", "not a readable multipart form") from None
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise _invalid("file", "a file field is required")
        name = upload.filename or "upload.txt"
        suffix = Path(name).suffix.lower() or ".txt"
        meta = {f: str(form[f]) for f in META_FIELDS if isinstance(form.get(f), str) and form[f]}
        key = form.get("key") if isinstance(form.get("key"), str) else None
        if key and not _KEY.match(key):
            raise _invalid("key", "letters, digits, _ - . (not starting with a dot), at most 80")
        content = await upload.read()
        if not content.strip():
            raise _invalid("file", "the document is empty")
        return content, suffix, key or Path(name).stem, meta
    if ctype == "application/json":
        try:
            doc = DocumentIn.model_validate(json.loads(body))
        except (ValueError, ValidationError) as e:
            fields = [{"field": ".".join(map(str, err["loc"])) or "body", "in": "body", "message": err["msg"]}
                      for err in e.errors()] if isinstance(e, ValidationError) else [{"field": "body", "in": "body", "message": "not JSON"}]
            raise ApiError(422, "invalid document body", details={"fields": fields}) from None
        if not doc.text.strip():
            raise _invalid("text", "the text is blank")
        meta = {f: getattr(doc, f) for f in META_FIELDS if getattr(doc, f)}
        return doc.text.encode("utf-8"), ".txt", doc.key, meta
    raise ApiError(415, "send multipart/form-data (file) or application/json ({text, …})")


@router.post("", response_model=DocumentAdded, status_code=201,
             responses={400: {"model": ErrorOut, "description": "a key in the query string"}, 401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 413: {"model": ErrorOut},
                        415: {"model": ErrorOut}, 422: {"model": ErrorOut}, 503: {"model": ErrorOut}},
             summary="Ingest one document (needs X-API-Key)",
             description="400 when a query parameter looks like a key (keys go in X-API-Key only), 401 without a key, 403 with a wrong one, 503 when uploads are disabled (no key configured), "
                         "413 above KG_API_MAX_UPLOAD_BYTES. Re-sending the same document is a no-op (skipped=true).",
             openapi_extra={"requestBody": {"required": True, "content": {
                 "multipart/form-data": {"schema": _MULTIPART_SCHEMA},
                 "application/json": {"schema": DocumentIn.model_json_schema()}}}})
async def upload(request: Request, _auth: Annotated[None, Depends(require_key)], settings: SettingsDep,
                 store: StoreDep) -> Response:
    body = await _read_capped(request, settings.max_upload_bytes)
    content, suffix, key, meta = await _parse(request, body)
    if suffix not in SUPPORTED_SUFFIXES:
        raise ApiError(415, f"unsupported file type {suffix}; supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}")
    if not key or not _KEY.match(key):  # a file name that makes no key: the content's hash
        key = "upload_" + hashlib.sha256(content).hexdigest()[:16]
    added = await run_in_threadpool(ingest_upload, store, content, suffix, key, meta)
    return json_response(added, status_code=201)
