"""Export the whole graph as JSON or GraphML (for Gephi, yEd, networkx).

The store keeps each evidence sentence once (a Sentence node) and, on a relationship,
the ids of the sentences stating it (ev_sid) beside what is particular to it there
(ev_rule, ev_surface, ev_resolution, ev_confidence). An export is read without the
store, so each relationship carries its evidence joined: a list of
{sentence_id, policy, section, start, end, sentence, rule, surface, resolution, confidence}.
"""

from __future__ import annotations

import json
from typing import Any, Iterator, TextIO
from xml.sax.saxutils import escape, quoteattr

from graph.catalog import Catalog, get_catalog
from graph.model import EDGE_EVIDENCE_FIELDS, EVIDENCE_PROPS
from graph.store import GraphStore

PAGE = 10_000
_SKIP = {"text"}  # a policy's full text stays out of exports; the API serves it


def _pages(store: GraphStore, catalog: Catalog, name: str) -> Iterator[dict[str, Any]]:
    skip = 0
    while True:
        rows = catalog.run(store, name, {"skip": skip, "limit": PAGE})
        yield from rows
        if len(rows) < PAGE:
            return
        skip += PAGE


def read_graph(store: GraphStore, catalog: Catalog | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    catalog = catalog or get_catalog()
    nodes = [{"id": r["id"], "type": r["type"], **{k: v for k, v in r["properties"].items() if k not in _SKIP and k != "id"}}
             for r in _pages(store, catalog, "export_nodes")]
    sentences = {r["id"]: r for r in _pages(store, catalog, "export_sentences")}
    edges = [{"source": r["source"], "type": r["type"], "target": r["target"], **_joined(r["properties"], sentences)}
             for r in _pages(store, catalog, "export_edges")]
    return nodes, edges


_EV_PROPS = {EVIDENCE_PROPS["sid"], *(EVIDENCE_PROPS[f] for f in EDGE_EVIDENCE_FIELDS)}


def _joined(props: dict[str, Any], sentences: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A relationship's properties with its parallel ev_* lists replaced by `evidence`, sentences joined."""
    out = {k: v for k, v in props.items() if k not in _EV_PROPS}
    sids = props.get(EVIDENCE_PROPS["sid"]) or []
    if not sids:
        return out
    columns = {f: props.get(EVIDENCE_PROPS[f]) or [] for f in EDGE_EVIDENCE_FIELDS}
    out["evidence"] = []
    for i, sid in enumerate(sids):
        s = sentences.get(sid, {})
        out["evidence"].append({"sentence_id": sid, "policy": s.get("policy"), "section": s.get("section"),
                                "start": s.get("start"), "end": s.get("end"), "sentence": s.get("text"),
                                **{f: (v[i] if i < len(v) else None) for f, v in columns.items()}})
    return out


def write_json(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], out: TextIO) -> None:
    json.dump({"nodes": nodes, "edges": edges}, out, ensure_ascii=False, indent=1)


def _graphml_value(value: Any) -> str:
    # GraphML attributes are scalars: lists (aliases, evidence) are written as JSON text.
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else str(value)


def write_graphml(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], out: TextIO) -> None:
    node_keys = sorted({k for n in nodes for k in n if k != "id"})
    edge_keys = sorted({k for e in edges for k in e if k not in ("source", "target")})
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    for k in node_keys:
        out.write(f'  <key id="n_{k}" for="node" attr.name={quoteattr(k)} attr.type="string"/>\n')
    for k in edge_keys:
        out.write(f'  <key id="e_{k}" for="edge" attr.name={quoteattr(k)} attr.type="string"/>\n')
    out.write('  <graph edgedefault="directed">\n')
    for n in nodes:
        out.write(f"    <node id={quoteattr(n['id'])}>")
        out.write("".join(f'<data key="n_{k}">{escape(_graphml_value(v))}</data>' for k, v in n.items() if k != "id" and v is not None))
        out.write("</node>\n")
    for e in edges:
        out.write(f"    <edge source={quoteattr(e['source'])} target={quoteattr(e['target'])}>")
        out.write("".join(f'<data key="e_{k}">{escape(_graphml_value(v))}</data>'
                          for k, v in e.items() if k not in ("source", "target") and v is not None))
        out.write("</edge>\n")
    out.write("  </graph>\n</graphml>\n")
