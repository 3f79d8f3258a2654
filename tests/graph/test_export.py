"""kg export: every node and relationship, each relationship with its evidence sentences joined."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

from graph.export import read_graph, write_graphml, write_json
from graph.loader import write_document
from graph.model import DocumentGraph, EdgeRecord, Evidence, Label, NodeRecord, RelType, make_id
from graph.store import GraphStore

TEXT = "鲁西集团是化工产业的龙头。鲁西集团位于东昌府区。"
LUXI = NodeRecord(id=make_id(Label.ENTERPRISE, "鲁西集团"), label=Label.ENTERPRISE, name="鲁西集团")
CHEM = NodeRecord(id=make_id(Label.CLUSTER, "化工"), label=Label.CLUSTER, name="化工")
COUNTY = NodeRecord(id=make_id(Label.COUNTY, "东昌府区"), label=Label.COUNTY, name="东昌府区")
FIRST = Evidence(section="第一章", sentence=TEXT[:13], start=0, end=13, rule="leader", surface="鲁西集团",
                 resolution="exact", confidence=0.9)
SECOND = Evidence(section="第二章", sentence=TEXT[13:], start=13, end=len(TEXT), rule="located", surface="鲁西集团",
                  resolution="alias", confidence=0.8)


def document() -> DocumentGraph:
    policy = NodeRecord(id="policy:export", label=Label.POLICY, name="导出测试", props={"title": "导出测试", "text": TEXT})
    return DocumentGraph(policy=policy, nodes=[LUXI, CHEM, COUNTY], edges=[
        EdgeRecord(type=RelType.IN_CLUSTER, source=LUXI.id, target=CHEM.id, evidence=[FIRST, SECOND]),
        EdgeRecord(type=RelType.LOCATED_IN, source=LUXI.id, target=COUNTY.id, evidence=[SECOND]),
        EdgeRecord(type=RelType.MENTIONS, source=policy.id, target=LUXI.id),
    ])


def test_relationships_carry_their_sentences(fresh_store: GraphStore) -> None:
    write_document(fresh_store, document())
    nodes, edges = read_graph(fresh_store)
    assert {n["id"] for n in nodes} == {"policy:export", LUXI.id, CHEM.id, COUNTY.id}  # no Sentence nodes
    by_type = {e["type"]: e for e in edges}
    member = by_type["IN_CLUSTER"]
    assert not any(k.startswith("ev_") for k in member)  # the parallel lists are replaced by `evidence`
    assert member["evidence"] == [
        {"sentence_id": "policy:export@0-13", "policy": "policy:export", "section": "第一章", "start": 0, "end": 13,
         "sentence": TEXT[:13], "rule": "leader", "surface": "鲁西集团", "resolution": "exact", "confidence": 0.9},
        {"sentence_id": f"policy:export@13-{len(TEXT)}", "policy": "policy:export", "section": "第二章", "start": 13,
         "end": len(TEXT), "sentence": TEXT[13:], "rule": "located", "surface": "鲁西集团", "resolution": "alias",
         "confidence": 0.8},
    ]
    assert [ev["sentence"] for ev in by_type["LOCATED_IN"]["evidence"]] == [TEXT[13:]]
    assert "evidence" not in by_type["MENTIONS"]
    for ev in member["evidence"]:  # each sentence is exactly the text at its offsets
        assert TEXT[ev["start"]:ev["end"]] == ev["sentence"]


def test_json_and_graphml_hold_the_evidence(fresh_store: GraphStore) -> None:
    write_document(fresh_store, document())
    nodes, edges = read_graph(fresh_store)
    out = io.StringIO()
    write_json(nodes, edges, out)
    exported = json.loads(out.getvalue())
    [member] = [e for e in exported["edges"] if e["type"] == "IN_CLUSTER"]
    assert [ev["sentence"] for ev in member["evidence"]] == [TEXT[:13], TEXT[13:]]
    out = io.StringIO()
    write_graphml(nodes, edges, out)
    root = ET.fromstring(out.getvalue())
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    [key] = [k for k in root.findall("g:key", ns) if k.get("attr.name") == "evidence"]
    texts = [d.text for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data") if d.get("key") == key.get("id")]
    assert sorted(ev["sentence"] for t in texts for ev in json.loads(t)) == sorted([TEXT[:13], TEXT[13:], TEXT[13:]])
