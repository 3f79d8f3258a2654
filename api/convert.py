"""Turn query rows into response models: types from labels, evidence from parallel lists."""

from __future__ import annotations

from typing import Any

from api.schemas import EdgeOut, EntityRef, EvidenceOut, Link, Statement
from graph.model import EVIDENCE_PROPS

# Bookkeeping properties of a relationship that a client has no use for.
_HIDDEN = {"rev", "policy", "key", *EVIDENCE_PROPS.values()}


def node_type(labels: list[str] | None) -> str:
    return next((lb for lb in labels or [] if lb != "Entity"), "Entity")


def entity_ref(row: dict[str, Any], prefix: str = "") -> EntityRef:
    """An EntityRef from a row with (prefix)id, (prefix)labels, (prefix)name, (prefix)aliases."""
    return EntityRef(id=row[prefix + "id"], type=node_type(row.get(prefix + "labels")),
                     name=row.get(prefix + "name") or row[prefix + "id"], aliases=list(row.get(prefix + "aliases") or []))


def link(id_: str | None, name: str | None) -> Link | None:
    return Link(id=id_, name=name or id_) if id_ else None


def evidence(props: dict[str, Any] | None) -> list[EvidenceOut]:
    """The evidence entries of one relationship (parallel ev_* lists), each keeping the stating policy."""
    props = props or {}
    lists = {f: list(props.get(p) or []) for f, p in EVIDENCE_PROPS.items()}
    n = max((len(v) for v in lists.values()), default=0)
    out = []
    for i in range(n):
        item = {f: (v[i] if i < len(v) else None) for f, v in lists.items()}
        out.append(EvidenceOut(policy=props.get("policy"), section=item["section"] or "", sentence=item["sentence"] or "",
                               start=item["start"], end=item["end"], rule=item["rule"] or "",
                               surface=item["surface"] or "", resolution=item["resolution"] or "",
                               confidence=item["confidence"]))
    return out


def visible_props(props: dict[str, Any] | None) -> dict[str, Any]:
    return {k: v for k, v in (props or {}).items() if k not in _HIDDEN and v is not None}


def statement(props: dict[str, Any] | None) -> Statement:
    props = props or {}
    return Statement(policy=props.get("policy"), props=visible_props(props), evidence=evidence(props))


def edge_id(source: str, type_: str, target: str, policy: str | None, key: str | None) -> str:
    """Our edge id: the relationship's merge key (start, type, end, policy, key)."""
    return "|".join((source, type_, target, policy or "", key or ""))


def edge_out(row: dict[str, Any]) -> EdgeOut:
    props = row.get("props") or {}
    return EdgeOut(id=edge_id(row["source"], row["type"], row["target"], props.get("policy"), props.get("key")),
                   type=row["type"], source=row["source"], target=row["target"], policy=props.get("policy"),
                   props=visible_props(props), evidence=evidence(props))
