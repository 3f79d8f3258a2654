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


class Live(BaseModel):
    status: Literal["ok"]


class Ready(BaseModel):
    status: Literal["ready", "unavailable"]
    store: bool = Field(description="whether the graph store answers")
    backend: str | None
    problem: str | None = Field(None, description="what is wrong when not ready")


class FailedDocument(BaseModel):
    file: str
    reason: str
    next_step: str = ""


class Stats(BaseModel):
    nodes: dict[str, int]
    relationships: dict[str, int]
    total_nodes: int
    total_relationships: int
    failed_documents: list[FailedDocument] = Field([], description="documents `kg serve` could not ingest at start, and why")


class Link(BaseModel):
    id: str
    name: str


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
    confidence: float | None = Field(None, description="the extraction's confidence, where it gives one")


class EdgeEvidence(BaseModel):
    """One sentence stating an edge (GET /edges/{edge_id}/evidence)."""
    policy_id: str
    policy_title: str | None = None
    sentence: str
    start: int | None = Field(None, description="offsets into the policy text: text[start:end] == sentence")
    end: int | None = None
    section: str = ""
    rule: str = ""
    confidence: float | None = Field(None, description="the extraction's confidence, where it gives one")
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
    parents: list[Link] = Field([], description="the clusters this one is a sub-industry of (铜加工 → 有色金属及金属深加工)")
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
    parent_clusters: list[Link] = Field(description="distinct clusters these are sub-industries of")



class EdgeOut(BaseModel):
    id: str = Field(description="URL-safe id (base64url of the merge key: source, type, target, policy, key); "
                                "its evidence is at /edges/{id}/evidence")
    type: str
    source: str
    target: str
    policy: str | None
    props: dict[str, Any] = {}
    evidence_count: int = Field(description="how many sentences state this relationship")
    evidence: list[EvidenceOut] | None = Field(None, description="the evidence itself, only with ?evidence=full")


class NodeOut(EntityRef):
    pass


class Subgraph(BaseModel):
    center: str | None
    depth: int | None
    nodes: list[NodeOut]
    edges: list[EdgeOut]
    count_nodes: int
    count_edges: int
    total: int = Field(description="nodes available before the limit cut")
    truncated: bool


class PathOut(BaseModel):
    source: EntityRef
    target: EntityRef
    found: bool
    length: int | None = Field(None, description="hops; null when no path within max_hops")
    max_hops: int
    nodes: list[EntityRef]
    edges: list[EdgeOut] = Field(description="every relationship (of the allowed types) between consecutive nodes")


class ClusterPage(PageOut[T], Generic[T]):
    cluster: EntityRef
    scope: list[Link] = Field(description="the clusters counted: the cluster and, unless excluded, its sub-industries")


class ClusterOut(EntityRef):
    level: str | None = Field(None, description="cluster, subindustry, or industry (a new industry named in text)")
    parents: list[Link]
    subindustries: list[Link]
    counts: dict[str, int] = Field(description="enterprises, projects, parks, counties: sub-industries included")


class EnterpriseMember(BaseModel):
    enterprise: EntityRef
    counties: list[str]
    memberships: list[ClusterMembership]


class PlaceLinkOut(BaseModel):
    cluster: Link
    how: Literal["direct", "member"] = Field(description="direct: DEVELOPS/UPGRADES; member: a project or enterprise located there")
    rel: str
    via: Link | None = None
    policy: str | None = None
    evidence: list[EvidenceOut] = []


class PlaceMember(BaseModel):
    place: EntityRef
    links: list[PlaceLinkOut]


class ClusterLink(Link):
    role: str | None = None
    policy: str | None = None


class ProjectOut(BaseModel):
    id: str
    name: str
    aliases: list[str] = []
    capacity: str | None = None
    year: int | None = None
    total_investment: str | None = Field(None, description="as written, e.g. 64亿元")
    total_investment_yi: float | None = Field(None, description="in 亿元 (RMB only), for sums")
    status: str | None = Field(None, description="签约, 开工, 在建, 竣工 or 投产")
    status_date: str | None = None
    clusters: list[ClusterLink]
    enterprises: list[Link]
    counties: list[Link]
    parks: list[Link]
    policies: list[str]


class ParkOut(BaseModel):
    id: str
    name: str
    aliases: list[str] = []
    clusters: list[Link]
    policies: list[str]


class PlaceCluster(BaseModel):
    cluster: Link
    level: str | None = None
    rel: str = Field(description="DEVELOPS or UPGRADES")
    via: Link | None = Field(None, description="the park that develops it, when not the county itself")
    policy: str | None = None
    evidence: list[EvidenceOut] = []


class ProjectsOfCluster(BaseModel):
    cluster: Link | None = Field(description="null: projects with no cluster")
    projects: list[Link]


class PlaceEnterprise(BaseModel):
    id: str
    name: str
    aliases: list[str] = []
    clusters: list[ClusterLink]


class CountyProfile(BaseModel):
    county: EntityRef
    properties: dict[str, Any]
    parks: list[ParkOut]
    clusters: list[PlaceCluster]
    projects_by_cluster: list[ProjectsOfCluster]
    projects_total: int
    enterprises: list[PlaceEnterprise]


class Target(BaseModel):
    policy: str | None
    policy_date: str | None = None
    year: int | None
    value: float | None
    unit: str | None = None
    comparator: str | None = None
    verdict: Literal["met", "not met", "met early", "unknown"] = Field(
        description="met / not met: judged on a value reported for the target year; met early: a value reported "
                    "for an earlier year, after the target was set, already satisfies it; unknown: no such value")
    basis: Report | None = Field(None, description="the reported value the verdict rests on")


class Report(BaseModel):
    policy: str | None
    policy_date: str | None = None
    period: str | None = None
    year: int | None
    value: float | None
    unit: str | None = None


class IndicatorOut(BaseModel):
    id: str
    name: str
    aliases: list[str] = []
    unit: str | None = None
    targets: list[Target]
    reports: list[Report]


class PolicyOut(BaseModel):
    id: str
    name: str
    aliases: list[str] = []
    title: str | None = None
    issuer: str | None = None
    date: str | None = None
    kind: str | None = None
    period: str | None = None
    file: str | None = None
    status: str | None = None
    text_length: int
    relationships: dict[str, int] = Field(description="relationships this document stated, per type")


class PolicyDetail(PolicyOut):
    nodes: dict[str, int] = Field(description="distinct entities its relationships touch, per type")


class Span(BaseModel):
    start: int
    end: int
    rule: str
    type: str
    source: str
    target: str
    edge_id: str
    surface: str = ""
    surface_start: int | None = Field(None, description="where the surface form lies inside the span, when found")
    surface_end: int | None = None


class PolicyText(BaseModel):
    id: str
    name: str
    length: int
    text: str
    spans: list[Span]


class ParamInfo(BaseModel):
    name: str
    type: str
    required: bool
    default: Any = None
    minimum: int | None = Field(None, description="smallest value of an int parameter")
    maximum: int | None = Field(None, description="largest value of an int parameter")


class QueryInfo(BaseModel):
    name: str
    description: str
    params: list[ParamInfo]
    returns: list[str]
    example: dict[str, Any] | None = None


class QueryRun(BaseModel):
    params: dict[str, Any] = Field(default_factory=dict, description="the query's declared parameters")


class QueryResult(BaseModel):
    name: str
    data: list[dict[str, Any]]
    count: int
    truncated: bool = Field(description="true when rows beyond KG_API_MAX_LIMIT were dropped")


KEY_PATTERN = r"^[\w\-][\w\-.]{0,79}$"  # a file-name-like document key; never "..", never hidden (".x")


class DocumentIn(BaseModel):
    text: str = Field(min_length=1)
    key: str | None = Field(None, pattern=KEY_PATTERN, description="document key (policy id = policy:<key>), not starting with a dot; default: a hash of the text")
    title: str | None = Field(None, max_length=300)
    issuer: str | None = Field(None, max_length=200)
    date: str | None = Field(None, max_length=20)
    kind: str | None = Field(None, max_length=40)
    period: str | None = Field(None, max_length=40)
    publisher: str | None = Field(None, max_length=200, description="the site or body that published the page (洛川县人民政府): the place of a text that names none of its own")


class DocumentAdded(BaseModel):
    policy: str
    skipped: bool = Field(description="true when the same revision was already loaded")
    nodes: dict[str, int]
    relationships: dict[str, int]


Target.model_rebuild()


class InvestmentRow(BaseModel):
    id: str
    name: str
    projects: int = Field(description="projects counted under it")
    priced: int = Field(description="of which state a total investment")
    total_yi: float = Field(description="sum of the stated totals, 亿元 (RMB)")


class InvestmentOut(ListOut[InvestmentRow]):
    by: Literal["county", "cluster", "enterprise"]
    unit: Literal["亿元"] = "亿元"


class OverviewNode(NodeOut):
    members: int = Field(description="what sits in it (IN_CLUSTER, LOCATED_IN into it); for a document, what it mentions")
    kind: str | None = Field(None, description="a county's kind (district, county, city, zone) or a document's kind")
    level: str | None = Field(None, description="a cluster's level (cluster, subindustry)")


class Overview(BaseModel):
    """The explorer's first screen: clusters, counties and zones, documents, and the links between them."""
    nodes: list[OverviewNode]
    edges: list[EdgeOut]
    count_nodes: int
    count_edges: int
