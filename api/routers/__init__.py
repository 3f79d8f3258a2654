"""One router per resource. ROUTERS: (router, under /api/v1?) in the order they are mounted."""

from __future__ import annotations

from fastapi import APIRouter

from api.routers import health

ROUTERS: list[tuple[APIRouter, bool]] = [
    (health.root, False),
    (health.router, True),
]
