"""Edges as the API shows them: a URL-safe id, the evidence count, and the evidence on demand.

An edge id is the relationship's merge key (source, type, target, policy, key)
as base64url of its JSON: reversible, so looking an edge up needs no stored id,
and safe in a URL path (only A-Z a-z 0-9 - _).
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

import orjson

from api.convert import visible_props
from api.errors import ApiError
from api.schemas import EdgeEvidence, EdgeOut
from api.services.evidence import Sentences, evidence, sentences_for
from api.services.reading import Reader
from graph.model import REL_TYPES


def edge_id(source: str, type_: str, target: str, policy: str | None, key: str | None) -> str:
    raw = orjson.dumps([source, type_, target, policy or "", key or ""])
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def parse_edge_id(edge_id_: str) -> tuple[str, str, str, str, str]:
    """(source, type, target, policy, key) of an edge id; 404 when it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(edge_id_ + "=" * (-len(edge_id_) % 4))
        parts = orjson.loads(raw)
    except (binascii.Error, ValueError, orjson.JSONDecodeError):
        parts = None
    if not (isinstance(parts, list) and len(parts) == 5 and all(isinstance(p, str) for p in parts)
            and parts[1] in REL_TYPES):
        raise ApiError(404, f"no edge with id {edge_id_!r}", code="not_found", details={"ref": edge_id_})
    return parts[0], parts[1], parts[2], parts[3], parts[4]


# The order of edges_among's `fields` (cypher/queries/edges_among.cypher).
EDGE_FIELDS = ("policy", "key", "role", "year", "value", "unit", "comparator", "period", "confidence")


def edges_among(reader: Reader, ids: list[str], types: list[str], full: bool) -> list[dict[str, Any]]:
    """The relationships among ids as rows (source, type, target, evidence_count, props): props are every
    property, evidence lists included, when full; else the ones a graph view shows."""
    rows = reader.run("edges_among", {"ids": ids, "types": types, "evidence": full}) if ids else []
    for r in rows:
        if r["fields"] is not None:
            r["props"] = dict(zip(EDGE_FIELDS, r["fields"]))
    return rows


def edge_out(row: dict[str, Any], sentences: Sentences | None = None) -> EdgeOut:
    """A row (source, type, target, props[, evidence_count]) as EdgeOut: the evidence inline when the sentences
    it cites are given (sentences_for); without them, the row must carry evidence_count."""
    props = row.get("props") or {}
    ev = evidence(props, sentences) if sentences is not None else None
    count = row.get("evidence_count")
    return EdgeOut(id=edge_id(row["source"], row["type"], row["target"], props.get("policy"), props.get("key")),
                   type=row["type"], source=row["source"], target=row["target"], policy=props.get("policy"),
                   props=visible_props(props), evidence_count=len(ev or []) if count is None else count, evidence=ev)


def edge_evidence(reader: Reader, edge_id_: str) -> list[EdgeEvidence]:
    """The evidence of one edge, each entry with its document's title."""
    source, type_, target, policy, key = parse_edge_id(edge_id_)
    rows = reader.run("edge_evidence", {"source": source, "target": target, "policy": policy, "key": key},
                      rel_type=type_)
    if not rows:
        raise ApiError(404, f"no edge with id {edge_id_!r}", code="not_found", details={"ref": edge_id_})
    title, props = rows[0]["policy_title"], rows[0]["props"]
    return [EdgeEvidence(policy_id=ev.policy or policy, policy_title=title, sentence=ev.sentence, start=ev.start,
                         end=ev.end, section=ev.section, rule=ev.rule, confidence=ev.confidence,
                         surface=ev.surface, resolution=ev.resolution)
            for ev in evidence(props, sentences_for(reader, [props]))]
