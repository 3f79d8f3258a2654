"""Evidence joined on demand: an edge keeps the ids of its sentences (ev_sid) and what is particular
to it there (rule, surface, resolution); the sentences themselves are fetched once per answer."""

from __future__ import annotations

from typing import Any, Iterable

from api.convert import visible_props
from api.schemas import EvidenceOut, Statement
from api.services.reading import Reader
from graph.model import EDGE_EVIDENCE_FIELDS, EVIDENCE_PROPS

Sentences = dict[str, dict[str, Any]]  # sentence id -> {policy, start, end, section, text}


def sentences_for(reader: Reader, props: Iterable[dict[str, Any] | None]) -> Sentences:
    """The sentences every relationship of `props` cites, in one query."""
    ids = sorted({sid for p in props if p for sid in p.get(EVIDENCE_PROPS["sid"]) or []})
    return {r["id"]: r for r in reader.run("sentences_by_ids", {"ids": ids})} if ids else {}


def evidence(props: dict[str, Any] | None, sentences: Sentences) -> list[EvidenceOut]:
    """The evidence entries of one relationship, in the order it stores them."""
    props = props or {}
    lists = {f: list(props.get(EVIDENCE_PROPS[f]) or []) for f in EDGE_EVIDENCE_FIELDS}
    out = []
    for i, sid in enumerate(props.get(EVIDENCE_PROPS["sid"]) or []):
        s = sentences.get(sid, {})
        item = {f: (v[i] if i < len(v) else None) for f, v in lists.items()}
        out.append(EvidenceOut(policy=s.get("policy") or props.get("policy"), section=s.get("section") or "",
                               sentence=s.get("text") or "", start=s.get("start"), end=s.get("end"),
                               rule=item["rule"] or "", surface=item["surface"] or "",
                               resolution=item["resolution"] or "", confidence=item.get("confidence")))
    return out


def statement(props: dict[str, Any] | None, sentences: Sentences) -> Statement:
    props = props or {}
    return Statement(policy=props.get("policy"), props=visible_props(props), evidence=evidence(props, sentences))
