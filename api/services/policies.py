"""Documents: metadata, what each contributed, and the evidence spans in its text."""

from __future__ import annotations

from typing import Any

from api.schemas import EntityRef, PolicyDetail, PolicyOut, PolicyText, Span
from api.services.edges import edge_id
from api.services.evidence import sentences_for
from api.services.reading import Reader


def _policy(row: dict[str, Any], relationships: dict[str, int]) -> dict[str, Any]:
    return {**{k: row[k] for k in ("id", "title", "issuer", "date", "kind", "period", "file", "status", "text_length")},
            "name": row["name"] or row["id"], "aliases": list(row["aliases"] or []),
            "date": str(row["date"]) if row["date"] is not None else None, "relationships": relationships}


def policy_list(reader: Reader) -> list[PolicyOut]:
    counts: dict[str, dict[str, int]] = {}
    for r in reader.run("policy_edge_counts"):
        counts.setdefault(r["policy"], {})[r["type"]] = r["count"]
    return [PolicyOut(**_policy(r, counts.get(r["id"], {}))) for r in reader.run("policies")]


def policy_detail(reader: Reader, node: EntityRef) -> PolicyDetail:
    row = next(r for r in reader.run("policies") if r["id"] == node.id)
    rels: dict[str, int] = {}
    nodes: dict[str, int] = {}
    for r in reader.run("policy_contribution", {"id": node.id}):
        (rels if r["kind"] == "relationship" else nodes)[r["name"]] = r["count"]
    return PolicyDetail(**_policy(row, dict(sorted(rels.items()))), nodes=dict(sorted(nodes.items())))


def policy_text(reader: Reader, node: EntityRef) -> PolicyText:
    doc = reader.run("policy_text", {"id": node.id})[0]
    text: str = doc["text"]
    spans: list[Span] = []
    rows = reader.run("policy_evidence", {"id": node.id})
    sentences = sentences_for(reader, ({"ev_sid": r["sids"]} for r in rows))
    for r in rows:
        eid = edge_id(r["source"], r["type"], r["target"], node.id, r["key"])
        for i, sid in enumerate(r["sids"]):
            sentence = sentences.get(sid, {})
            start, end = sentence.get("start"), sentence.get("end")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
                continue  # an offset outside this text version is not a highlight
            surface = r["surfaces"][i] if i < len(r["surfaces"]) else ""
            pos = text.find(surface, start, end) if surface else -1
            spans.append(Span(start=start, end=end, rule=(r["rules"][i] if i < len(r["rules"]) else "") or "",
                              type=r["type"], source=r["source"], target=r["target"], edge_id=eid, surface=surface or "",
                              surface_start=pos if pos >= 0 else None, surface_end=pos + len(surface) if pos >= 0 else None))
    spans.sort(key=lambda s: (s.start, s.end, s.edge_id))
    return PolicyText(id=node.id, name=node.name, length=len(text), text=text, spans=spans)
