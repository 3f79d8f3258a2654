"""Names to entities: search (ranked), resolve a reference, and suggestions for a 404."""

from __future__ import annotations

from api.convert import entity_ref, node_type
from api.services.reading import Reader
from api.errors import NotFound
from api.schemas import EntityRef, SearchHit

_MATCH = {4: "name", 3: "alias", 2: "prefix", 1: "contains"}


def search(reader: Reader, q: str, type_: str | None = None, limit: int = 20) -> list[SearchHit]:
    rows = reader.run("search_entities", {"q": q, "type": type_ or "", "limit": limit})
    # Shorter names first within a rank: the score keeps the rank as its integer part.
    return [SearchHit(id=r["id"], type=node_type(r["labels"]), name=r["name"], aliases=list(r["aliases"] or []),
                      score=round(r["rank"] - min(len(r["name"]), 99) / 100, 2), match=_MATCH[r["rank"]])
            for r in rows]


def suggest(reader: Reader, ref: str, type_: str | None = None, limit: int = 5) -> list[SearchHit]:
    """Close matches for an unknown name: the name itself, then shorter prefixes of it."""
    text = ref.split(":", 1)[1] if ":" in ref else ref
    tries = [text, text[: max(2, len(text) // 2)], text[:2]]
    for q in dict.fromkeys(t for t in tries if t):
        hits = search(reader, q, type_, limit)
        if hits:
            return hits
    return []


def resolve(reader: Reader, ref: str, type_: str | None = None, what: str | None = None) -> EntityRef:
    """The entity `ref` names (our id, exact name, exact alias); 404 with suggestions otherwise."""
    rows = reader.run("resolve_entity", {"ref": ref, "type": type_ or ""})
    if not rows and type_ == "Policy" and not ref.startswith("policy:"):
        rows = reader.run("resolve_entity", {"ref": f"policy:{ref}", "type": type_})  # a document key
    if not rows:
        hits = suggest(reader, ref, type_)
        raise NotFound(what or (type_.lower() if type_ else "entity"), ref, [h.model_dump() for h in hits])
    return entity_ref(rows[0])


def all_of_type(reader: Reader, type_: str) -> list[EntityRef]:
    """Every entity of one type, by name."""
    rows = reader.run("search_entities", {"q": "", "type": type_, "limit": 10_000})
    return sorted((entity_ref(r) for r in rows), key=lambda e: e.name)
