"""The ceilings for bench_api.py: one JSON endpoint with no store and no work behind it.

`starlette` is bare Starlette; `fastapi` is bare FastAPI (routing, dependency-free, a returned dict
validated and encoded the FastAPI way). Both serve GET /json and are run by uvicorn exactly like
`kg serve` (one worker, uvloop, httptools).
"""

from fastapi import FastAPI
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


async def ping(_: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


starlette = Starlette(routes=[Route("/json", ping)])
fastapi = FastAPI()


@fastapi.get("/json")
def fastapi_ping() -> dict[str, str]:
    return {"status": "ok"}
