"""Documents: metadata, what each contributed, and the text with its evidence spans."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.convert import edge_id
from api.deps import ReaderDep
from api.resolve import resolve
from api.routers.entities import Ref
from api.schemas import ErrorOut, ListOut, PolicyDetail, PolicyOut, PolicyText, Span

router = APIRouter(tags=["policies"])
_404 = {404: {"model": ErrorOut}}


def _policy(row: dict[str, Any], relationships: dict[str, int]) -> dict[str, Any]:
    return {**{k: row[k] for k in ("id", "title", "issuer", "date", "kind", "period", "file", "status", "text_length")},
            "name": row["name"] or row["id"], "aliases": list(row["aliases"] or []),
            "date": str(row["date"]) if row["date"] is not None else None, "relationships": relationships}


@router.get("/policies", response_model=ListOut[PolicyOut], summary="Every document with its metadata and relationship counts")
def policies(reader: ReaderDep) -> ListOut[PolicyOut]:
    counts: dict[str, dict[str, int]] = {}
    for r in reader.run("policy_edge_counts"):
        counts.setdefault(r["policy"], {})[r["type"]] = r["count"]
    data = [PolicyOut(**_policy(r, counts.get(r["id"], {}))) for r in reader.run("policies")]
    return ListOut[PolicyOut](data=data, count=len(data))


@router.get("/policies/{ref:path}", response_model=PolicyDetail, responses=_404,
            summary="A document: metadata and what it contributed (relationships per type, entities per type)",
            description="ref: policy id (policy:001_…), document key (001_…), title or alias.")
def policy(reader: ReaderDep, ref: Ref) -> PolicyDetail:
    node = resolve(reader, ref, "Policy", "policy")
    row = next(r for r in reader.run("policies") if r["id"] == node.id)
    rels: dict[str, int] = {}
    nodes: dict[str, int] = {}
    for r in reader.run("policy_contribution", {"id": node.id}):
        (rels if r["kind"] == "relationship" else nodes)[r["name"]] = r["count"]
    return PolicyDetail(**_policy(row, dict(sorted(rels.items()))), nodes=dict(sorted(nodes.items())))


@router.get("/policies/{ref:path}/text", response_model=PolicyText, responses=_404,
            summary="A document's text with the evidence spans of every relationship it stated",
            description="Offsets are Python string (Unicode code point) indices into text; spans are sorted by start. "
                        "surface_start/end locate the matched surface form inside the span when it is there.")
def policy_text(reader: ReaderDep, ref: Ref) -> PolicyText:
    node = resolve(reader, ref, "Policy", "policy")
    doc = reader.run("policy_text", {"id": node.id})[0]
    text: str = doc["text"]
    spans: list[Span] = []
    for r in reader.run("policy_evidence", {"id": node.id}):
        eid = edge_id(r["source"], r["type"], r["target"], node.id, r["key"])
        for i, (start, end) in enumerate(zip(r["starts"] or [], r["ends"] or [])):
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
                continue  # an offset outside this text version is not a highlight
            surface = r["surfaces"][i] if i < len(r["surfaces"]) else ""
            pos = text.find(surface, start, end) if surface else -1
            spans.append(Span(start=start, end=end, rule=(r["rules"][i] if i < len(r["rules"]) else "") or "",
                              type=r["type"], source=r["source"], target=r["target"], edge_id=eid, surface=surface or "",
                              surface_start=pos if pos >= 0 else None, surface_end=pos + len(surface) if pos >= 0 else None))
    spans.sort(key=lambda s: (s.start, s.end, s.edge_id))
    return PolicyText(id=node.id, name=node.name, length=len(text), text=text, spans=spans)
