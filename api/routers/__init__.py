"""One router per resource, each with its own prefix. ROUTERS: (router, under /api/v1?) in mounting order."""

from __future__ import annotations

from fastapi import APIRouter

from api.routers import (clusters, counties, documents, edges, enterprises, entities, graph, health, indicators,
                         investment, overview, policies, projects, queries, search)

ROUTERS: list[tuple[APIRouter, bool]] = [
    (health.root, False),
    (health.router, True),
    (search.router, True),
    (entities.router, True),
    (enterprises.router, True),
    (clusters.router, True),
    (counties.router, True),
    (projects.router, True),
    (investment.router, True),
    (indicators.router, True),
    (policies.router, True),
    (graph.router, True),
    (edges.router, True),
    (overview.router, True),
    (queries.router, True),
    (documents.router, True),
]
