"""Response models. Lists are {data, count}; paged lists add limit, offset, total."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class ListOut(BaseModel, Generic[T]):
    data: list[T]
    count: int


class PageOut(ListOut[T], Generic[T]):
    limit: int
    offset: int
    total: int


class ErrorBody(BaseModel):
    status: int
    code: str
    message: str
    details: Any = None


class ErrorOut(BaseModel):
    error: ErrorBody


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    store: bool = Field(description="whether the graph store answers")
    backend: str | None


class Stats(BaseModel):
    nodes: dict[str, int]
    relationships: dict[str, int]
    total_nodes: int
    total_relationships: int


class EntityRef(BaseModel):
    id: str
    type: str
    name: str
    aliases: list[str] = []


class SearchHit(EntityRef):
    score: float = Field(description="4 exact name, 3 exact alias, 2 prefix, 1 contains; minus a small length penalty")
    match: Literal["name", "alias", "prefix", "contains"]


class EvidenceOut(BaseModel):
    policy: str | None
    section: str = ""
    sentence: str = ""
    start: int | None = None
    end: int | None = None
    rule: str = ""
    surface: str = ""
    resolution: str = ""


class Statement(BaseModel):
    """One document's statement of a relationship: its properties and evidence."""
    policy: str | None
    props: dict[str, Any] = {}
    evidence: list[EvidenceOut] = []


class Neighbour(BaseModel):
    node: EntityRef
    statements: list[Statement]


class NeighbourGroup(BaseModel):
    type: str
    direction: Literal["out", "in"]
    count: int
    neighbours: list[Neighbour]


class EntityOut(EntityRef):
    properties: dict[str, Any]
    relationships: list[NeighbourGroup]
    truncated: bool = Field(False, description="true when the entity has more edges than were returned")


class ClusterMembership(BaseModel):
    cluster: EntityRef
    how: Literal["direct", "project"]
    role: str | None = None
    via: EntityRef | None = Field(None, description="the project linking the enterprise to the cluster")
    policy: str | None = None
    evidence: list[EvidenceOut] = []


class EnterpriseClusters(BaseModel):
    enterprise: EntityRef
    data: list[ClusterMembership]
    count: int
    clusters: list[EntityRef] = Field(description="distinct clusters, in order of first appearance")
