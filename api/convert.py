"""Turn query rows into response models: types from labels, refs, visible properties."""

from __future__ import annotations

from typing import Any

from api.schemas import EntityRef, Link
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


def visible_props(props: dict[str, Any] | None) -> dict[str, Any]:
    return {k: v for k, v in (props or {}).items() if k not in _HIDDEN and v is not None}
