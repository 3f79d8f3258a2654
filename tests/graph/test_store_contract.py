"""The store contract: what every backend must do the same way.

Every test taking `fresh_store` runs on the embedded FalkorDB server and on the
session's Neo4j server, so a difference between backends fails here.
"""

from __future__ import annotations

import math
import uuid
from pathlib import Path

import pytest

from graph.catalog import get_catalog
from graph.errors import InvalidParameter, QueryFailed
from graph.model import DocumentGraph, EdgeRecord, Evidence, Label, NodeRecord, RelType, make_id
from graph.settings import GraphSettings
from graph.store import GraphStore, open_store
from graph.loader import DocumentRows, statements, write_document

NODE_KEYS = {"element_id", "labels", "properties"}
REL_KEYS = {"element_id", "type", "start", "end", "properties"}


def count(store: GraphStore, query: str, params: dict | None = None) -> int:
    return store.read(query, params)[0]["n"]


# --- the interface -----------------------------------------------------------------------------

def test_ping(fresh_store: GraphStore) -> None:
    assert fresh_store.ping() is True


def test_apply_schema_twice_is_idempotent(fresh_store: GraphStore) -> None:
    fresh_store.apply_schema()  # the fixture applied it once already
    fresh_store.apply_schema()
    # The id index serves MERGE: a second upsert of one id must not make a second node.
    for _ in range(2):
        fresh_store.write("MERGE (n:Entity {id: $id}) SET n:Enterprise", {"id": "enterprise:鲁西集团"})
    assert count(fresh_store, "MATCH (n:Entity {id: $id}) RETURN count(n) AS n", {"id": "enterprise:鲁西集团"}) == 1


def test_write_then_read(fresh_store: GraphStore) -> None:
    rows = fresh_store.write("CREATE (n:Entity:County {id: $id, name: $name}) RETURN n.id AS id", {"id": "county:茌平区", "name": "茌平区"})
    assert rows == [{"id": "county:茌平区"}]
    assert fresh_store.read("MATCH (n:County) RETURN n.name AS name, n.id AS id") == [{"name": "茌平区", "id": "county:茌平区"}]
    assert fresh_store.read("MATCH (n:Park) RETURN n.id AS id") == []


def test_read_refuses_writes(fresh_store: GraphStore) -> None:
    with pytest.raises(QueryFailed):
        fresh_store.read("CREATE (:Entity {id: 'x'})")
    assert count(fresh_store, "MATCH (n) RETURN count(n) AS n") == 0


def test_write_batch_sends_every_row_in_chunks(fresh_store: GraphStore) -> None:
    rows = [{"id": f"project:p{i}", "name": f"项目{i}"} for i in range(25)]
    sent = fresh_store.write_batch("UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n.name = row.name",
                                 rows, batch_size=7)
    assert sent == 25
    assert count(fresh_store, "MATCH (n:Entity) RETURN count(n) AS n") == 25
    assert fresh_store.read("MATCH (n:Entity {id: 'project:p24'}) RETURN n.name AS name") == [{"name": "项目24"}]
    with pytest.raises(ValueError):
        fresh_store.write_batch("UNWIND $rows AS row RETURN row", rows, batch_size=0)


def test_write_batch_with_another_param_name(fresh_store: GraphStore) -> None:
    sent = fresh_store.write_batch("UNWIND $items AS i CREATE (:Entity {id: i.id})", ({"id": str(i)} for i in range(3)),
                                 param="items")
    assert sent == 3
    assert count(fresh_store, "MATCH (n:Entity) RETURN count(n) AS n") == 3


def test_write_many_runs_in_order(fresh_store: GraphStore) -> None:
    fresh_store.write_many([
        ("CREATE (:Entity {id: $id, step: 1})", {"id": "a"}),
        ("MATCH (n:Entity {id: $id}) SET n.step = n.step + 1", {"id": "a"}),
        ("MATCH (n:Entity {id: $id}) SET n.step = n.step * 10", {"id": "a"}),
    ])
    assert fresh_store.read("MATCH (n:Entity {id: 'a'}) RETURN n.step AS step") == [{"step": 20}]


def test_write_many_failure(fresh_store: GraphStore) -> None:
    with pytest.raises(QueryFailed):
        fresh_store.write_many([("CREATE (:Entity {id: 'first'})", {}), ("THIS IS NOT CYPHER", {})])
    written = count(fresh_store, "MATCH (n:Entity {id: 'first'}) RETURN count(n) AS n")
    # Neo4j: one transaction, rolled back. FalkorDB: each statement atomic on its own (docs/DATA_MODEL.md).
    assert written == (0 if fresh_store.backend == "neo4j" else 1)


def test_invalid_parameter_before_any_statement_of_write_many(fresh_store: GraphStore) -> None:
    with pytest.raises(InvalidParameter):
        fresh_store.write_many([("CREATE (:Entity {id: 'first'})", {}), ("CREATE (:Entity {id: $v})", {"v": "a\x00b"})])
    assert count(fresh_store, "MATCH (n:Entity) RETURN count(n) AS n") == 0


def test_syntax_error_is_query_failed(fresh_store: GraphStore) -> None:
    with pytest.raises(QueryFailed):
        fresh_store.read("MATCH (n RETURN n")
    with pytest.raises(QueryFailed):
        fresh_store.write("CREATE (n:Entity {id: }) RETURN n")
    assert fresh_store.ping()  # the connection survives a rejected query


# --- plain values ------------------------------------------------------------------------------

def _create_pair(store: GraphStore) -> None:
    store.write(
        "CREATE (a:Entity:Enterprise {id: 'enterprise:鲁西集团', name: '鲁西集团', aliases: ['鲁西化工']})"
        "-[:IN_CLUSTER {policy: 'policy:d1', key: '', role: 'leading', ev_start: [3, 40]}]->"
        "(b:Entity:Cluster {id: 'cluster:化工', name: '化工', level: 'cluster'})"
    )


def _check_node(node: dict) -> None:
    assert set(node) == NODE_KEYS
    assert isinstance(node["element_id"], str) and node["element_id"]
    assert node["labels"] == sorted(node["labels"])
    assert isinstance(node["properties"], dict)


def _check_rel(rel: dict) -> None:
    assert set(rel) == REL_KEYS
    assert isinstance(rel["element_id"], str) and isinstance(rel["start"], str) and isinstance(rel["end"], str)
    assert isinstance(rel["properties"], dict)


def test_nodes_and_relationships_are_plain_dicts(fresh_store: GraphStore) -> None:
    _create_pair(fresh_store)
    [row] = fresh_store.read("MATCH (a:Enterprise)-[r]->(b:Cluster) RETURN a, r, b")
    a, r, b = row["a"], row["r"], row["b"]
    for node in (a, b):
        _check_node(node)
    _check_rel(r)
    assert a["labels"] == ["Enterprise", "Entity"]
    assert a["properties"] == {"id": "enterprise:鲁西集团", "name": "鲁西集团", "aliases": ["鲁西化工"]}
    assert r["type"] == "IN_CLUSTER"
    assert r["properties"] == {"policy": "policy:d1", "key": "", "role": "leading", "ev_start": [3, 40]}
    assert (r["start"], r["end"]) == (a["element_id"], b["element_id"])
    assert a["element_id"] != b["element_id"]


def test_paths_are_plain_dicts(fresh_store: GraphStore) -> None:
    _create_pair(fresh_store)
    [row] = fresh_store.read("MATCH p = (:Enterprise)-[:IN_CLUSTER]->(:Cluster) RETURN p")
    path = row["p"]
    assert set(path) == {"nodes", "relationships"}
    assert len(path["nodes"]) == 2 and len(path["relationships"]) == 1
    for node in path["nodes"]:
        _check_node(node)
    [rel] = path["relationships"]
    _check_rel(rel)
    assert [n["properties"]["id"] for n in path["nodes"]] == ["enterprise:鲁西集团", "cluster:化工"]
    assert (rel["start"], rel["end"]) == (path["nodes"][0]["element_id"], path["nodes"][1]["element_id"])


def test_values_nested_in_lists_and_maps_are_plain(fresh_store: GraphStore) -> None:
    _create_pair(fresh_store)
    [row] = fresh_store.read("MATCH (a:Enterprise)-[r]->(b) RETURN [a, b] AS nodes, {rel: r, n: 1} AS m")
    for node in row["nodes"]:
        _check_node(node)
    _check_rel(row["m"]["rel"])
    assert row["m"]["n"] == 1


# --- parameters ---------------------------------------------------------------------------------

ROUND_TRIP = {
    "chinese": "聊城市新旧动能转换重大工程实施规划（2018—2022年）",
    "quotes": "他说：\"鲁西集团\" 和 '信发集团' `x`",
    "backslashes": "C:\\data\\聊城 \\n \\' \\\" \\\\",
    "control": "line1\nline2\ttab\r\u2028end",
    "emoji": "🏭 ⚙️",
    "empty": "",
    "cypher_like": "'}) MATCH (n) DETACH DELETE n //",
    "int": 42,
    "negative": -7,
    "big_int": 2**62,
    "zero": 0,
    "float": 0.1,
    "third": 1 / 3,
    "tiny": 1e-300,
    "huge": 1.5e300,
    "neg_float": -2.5,
    "true": True,
    "false": False,
    "none": None,
    "list_str": ["铜加工", "煤化工", "a'b", 'c"d', "e\\f"],
    "list_int": [1, 2, 3],
    "list_float": [0.5, 1e10, -3.25],
    "list_empty": [],
    "list_nested": [[1, 2], ["x"], []],
    "map": {"name": "鲁西集团", "year": 2022, "share": 2.5, "ok": True, "none": None},
    "map_nested": {"rows": [{"id": "a", "aliases": ["甲", "乙"]}, {"id": "b", "props": {"k": "v"}}]},
    "map_empty": {},
    # graph/falkordb_params.py writes keys and strings through orjson: key-like text inside values,
    # reserved words as keys, and control characters JSON escapes as \\uXXXX (sent the client's way).
    "key_like_text": {"end": '"start":1,"end":', "start": ['{"a":', ',"b":'], "a": "x\\", "b": '\\"'},
    "control_other": "a\x01b\x1fc\x7fd",
    "escape_like_text": "\\u4e2d \\n",
}


def same(got, want) -> bool:
    """Equal, types included; floats to 15 significant digits (FalkorDB prints results with %.15g)."""
    if type(got) is not type(want):
        return False
    if isinstance(want, float):
        return math.isclose(got, want, rel_tol=1e-14)
    if isinstance(want, list):
        return len(got) == len(want) and all(same(g, w) for g, w in zip(got, want))
    if isinstance(want, dict):
        return got.keys() == want.keys() and all(same(got[k], want[k]) for k in want)
    return got == want


@pytest.mark.parametrize("name", sorted(ROUND_TRIP))
def test_parameter_round_trip(fresh_store: GraphStore, name: str) -> None:
    value = ROUND_TRIP[name]
    [row] = fresh_store.read("RETURN $v AS v", {"v": value})
    assert same(row["v"], value), (row["v"], value)


def test_floats_reach_the_server_at_full_precision(fresh_store: GraphStore) -> None:
    values = [1 / 3, math.pi, 0.1 + 0.2, 123456789.123456789, 2.5e-8, 1e16, 1e-5]
    literals = ", ".join(f"$v[{i}] = {v!r}" for i, v in enumerate(values))
    [row] = fresh_store.read(f"RETURN $v AS v, [{literals}] AS eq", {"v": values})
    assert row["eq"] == [True] * len(values)  # compared on the server: nothing lost on the way in
    assert same(row["v"], values)  # on the way out FalkorDB keeps 15 significant digits


def test_property_values_round_trip_through_the_store(fresh_store: GraphStore) -> None:
    props = {k: v for k, v in ROUND_TRIP.items()
             if v is not None and not isinstance(v, dict) and k not in ("list_nested", "list_empty")}
    fresh_store.write("CREATE (n:Entity {id: 'p'}) SET n += $props", {"props": props})
    [row] = fresh_store.read("MATCH (n:Entity {id: 'p'}) RETURN n")
    stored = row["n"]["properties"]
    assert same(stored, {"id": "p", **props})


def test_many_params_in_one_query(fresh_store: GraphStore) -> None:
    params = {f"p{i}": v for i, v in enumerate(ROUND_TRIP.values())}
    returns = ", ".join(f"${k} AS {k}" for k in params)
    [row] = fresh_store.read(f"RETURN {returns}", params)
    assert same(row, params)


def test_long_text_parameter(fresh_store: GraphStore) -> None:
    text = "加快新旧动能转换，推动高质量发展。\n" * 20_000  # ~340k characters, a long policy text
    fresh_store.write("CREATE (n:Entity:Policy {id: 'policy:long', text: $t})", {"t": text})
    [row] = fresh_store.read("MATCH (n:Policy {id: 'policy:long'}) RETURN n.text AS t, size(n.text) AS size")
    assert row["t"] == text and row["size"] == len(text)


REFUSED = {
    "nul": {"v": "before\x00after"},
    "nul_in_list": {"v": ["ok", "a\x00"]},
    "nul_in_map": {"v": {"k": "\x00"}},
    "nan": {"v": float("nan")},
    "inf": {"v": float("inf")},
    "minus_inf": {"v": float("-inf")},
    "nan_in_list": {"v": [1.0, float("nan")]},
    "inf_in_map": {"v": {"x": {"y": float("inf")}}},
    "map_key_space": {"v": {"a b": 1}},
    "map_key_quote": {"v": {"a'}) DELETE n //": 1}},
    "map_key_digit": {"v": {"1x": 1}},
    "map_key_chinese": {"v": {"名称": 1}},
    "map_key_int": {"v": {1: 1}},
    "param_name": {"a-b": 1},
    "unsupported_type": {"v": b"bytes"},
    "set": {"v": {1, 2}},
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_unsafe_parameters_are_refused_before_the_server(fresh_store: GraphStore, name: str) -> None:
    # The query would leave a node behind if it ever reached the server.
    with pytest.raises(InvalidParameter):
        fresh_store.write("CREATE (:Entity {id: 'reached'}) RETURN 1 AS one", REFUSED[name])
    with pytest.raises(InvalidParameter):
        fresh_store.write_batch("UNWIND $rows AS r CREATE (:Entity {id: 'reached'})", [{"ok": 1}, REFUSED[name]])
    assert count(fresh_store, "MATCH (n:Entity {id: 'reached'}) RETURN count(n) AS n") == 0


# --- the writer ----------------------------------------------------------------------------------

def ev(sentence: str, start: int = 0, rule: str = "test") -> Evidence:
    return Evidence(sentence=sentence, start=start, end=start + len(sentence), rule=rule, section="第一章")


def node(label: Label, name: str, *aliases: str, **props) -> NodeRecord:
    return NodeRecord(id=make_id(label, name), label=label, name=name, aliases=list(aliases), props=props)


def edge(rel: RelType, a: NodeRecord, b: NodeRecord, key: str = "", sentence: str = "句子。", **props) -> EdgeRecord:
    return EdgeRecord(type=rel, source=a.id, target=b.id, key=key, props=props, evidence=[ev(sentence)])


LUXI = node(Label.ENTERPRISE, "鲁西集团", "鲁西化工")
XINFA = node(Label.ENTERPRISE, "信发集团")
CHEM = node(Label.CLUSTER, "化工", level="cluster")
ALU = node(Label.CLUSTER, "有色金属", level="cluster")
CHIPING = node(Label.COUNTY, "茌平区", "茌平县", kind="district")
RD = node(Label.INDICATOR, "研发经费投入占比", unit="%")


def doc(key: str, nodes: list[NodeRecord], edges: list[EdgeRecord], text: str = "正文") -> DocumentGraph:
    policy = NodeRecord(id=f"policy:{key}", label=Label.POLICY, name=f"文件{key}", props={"text": text, "date": "2018"})
    mentions = [EdgeRecord(type=RelType.MENTIONS, source=policy.id, target=n.id) for n in nodes]
    return DocumentGraph(policy=policy, nodes=nodes, edges=edges + mentions)


def doc_a_v1() -> DocumentGraph:
    return doc("a", [LUXI, XINFA, CHEM, ALU, CHIPING, RD], [
        edge(RelType.IN_CLUSTER, LUXI, CHEM, role="leading", sentence="以鲁西集团为龙头发展化工产业。"),
        edge(RelType.IN_CLUSTER, XINFA, ALU, role="leading"),
        edge(RelType.LOCATED_IN, XINFA, CHIPING),
        edge(RelType.SETS_TARGET, node(Label.POLICY, "a"), RD, key="2022", year=2022, value=2.5, unit="%", comparator=">="),
    ])


def graph_counts(store: GraphStore) -> dict:
    nodes = count(store, "MATCH (n:Entity) RETURN count(n) AS n")
    edges = store.read("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, r.policy AS p, r.key AS k, "
                       "r.rev AS rev ORDER BY a, t, b, p, k")
    return {"nodes": nodes, "edges": edges}


def facts(store: GraphStore, policy: str) -> set[tuple[str, str, str, str]]:
    rows = store.read("MATCH (a)-[r {policy: $p}]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, r.key AS k", {"p": policy})
    return {(r["a"], r["t"], r["b"], r["k"]) for r in rows}


def test_writer_is_idempotent(fresh_store: GraphStore) -> None:
    first = write_document(fresh_store, doc_a_v1())
    assert not first.skipped and first.edges["IN_CLUSTER"] == 2
    after_first = graph_counts(fresh_store)
    assert after_first["nodes"] == 7  # the policy and six entities
    assert len(after_first["edges"]) == 4 + 6

    version = get_catalog().run(fresh_store, "graph_version")
    again = write_document(fresh_store, doc_a_v1())
    assert again.skipped
    assert graph_counts(fresh_store) == after_first
    assert get_catalog().run(fresh_store, "graph_version") == version  # nothing loaded: cached answers stay valid

    forced = write_document(fresh_store, doc_a_v1(), force=True)
    assert not forced.skipped
    assert graph_counts(fresh_store) == after_first
    assert get_catalog().run(fresh_store, "graph_version") != version  # every load gives a new version
    assert fresh_store.read("MATCH (p:Policy {id: 'policy:a'}) RETURN p.status AS s") == [{"s": "done"}]


def _stored(store: GraphStore) -> dict:
    """Every node, relationship and sentence with all their properties, in a stable order."""
    return {
        "nodes": store.read("MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id"),
        "edges": store.read("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props "
                            "ORDER BY a, t, b, r.policy, r.key"),
        "sentences": store.read("MATCH (s:Sentence) RETURN properties(s) AS props ORDER BY s.id"),
    }


def test_a_first_load_creates_what_a_rewrite_merges(fresh_store: GraphStore) -> None:
    # A first load CREATEs sentences and relationships (create_sentences, create_edges); a forced
    # re-write MERGEs them (upsert_*). A fact stated twice (same type, ends and key) is one relationship
    # either way, the later statement's properties winning, as MERGE leaves it.
    twice = [edge(RelType.IN_CLUSTER, LUXI, CHEM, role="member", sentence="鲁西集团属于化工产业。"),
             edge(RelType.IN_CLUSTER, LUXI, CHEM, role="leading", sentence="以鲁西集团为龙头发展化工产业。")]
    graph = doc("dup", [LUXI, CHEM], twice)
    write_document(fresh_store, graph)
    first = _stored(fresh_store)
    [rel] = [e for e in first["edges"] if e["t"] == "IN_CLUSTER"]
    assert rel["props"]["role"] == "leading" and rel["props"]["ev_sid"] == ["policy:dup@0-15"]
    write_document(fresh_store, graph, force=True)
    assert _stored(fresh_store) == first


def test_writer_stores_evidence_and_aliases(fresh_store: GraphStore) -> None:
    write_document(fresh_store, doc_a_v1())
    [row] = fresh_store.read("MATCH (:Enterprise {id: $a})-[r:IN_CLUSTER]->(:Cluster {id: $b}) RETURN r",
                           {"a": LUXI.id, "b": CHEM.id})
    props = row["r"]["properties"]
    assert props["role"] == "leading" and props["policy"] == "policy:a" and props["key"] == ""
    # the edge refers to its sentence, which is kept once, on its own node
    assert props["ev_sid"] == ["policy:a@0-15"] and props["ev_rule"] == ["test"]
    assert not {"ev_sentence", "ev_section", "ev_start", "ev_end"} & set(props)
    [s] = fresh_store.read("MATCH (s:Sentence {id: 'policy:a@0-15'}) "
                         "RETURN s.policy AS policy, s.start AS start, s.end AS end, s.section AS section, s.text AS text")
    assert s == {"policy": "policy:a", "start": 0, "end": 15, "section": "第一章", "text": "以鲁西集团为龙头发展化工产业。"}
    [t] = fresh_store.read("MATCH (:Policy)-[r:SETS_TARGET]->(:Indicator) RETURN r.year AS y, r.value AS v, r.key AS k")
    assert t == {"y": 2022, "v": 2.5, "k": "2022"}
    [n] = fresh_store.read("MATCH (n:County) RETURN n.aliases AS aliases, n.kind AS kind")
    assert n == {"aliases": ["茌平县"], "kind": "district"}


def test_a_stored_node_takes_what_a_later_document_adds(fresh_store: GraphStore) -> None:
    # upsert_nodes writes a stored node only when its row changes something (on FalkorDB): a
    # later document's new alias and property still land, an unchanged row leaves it as it is.
    def stored() -> dict:
        [row] = fresh_store.read("MATCH (n:Enterprise {id: $id}) RETURN n.name AS name, n.aliases AS aliases, "
                                 "n.county AS county", {"id": LUXI.id})
        return row
    write_document(fresh_store, doc("a", [LUXI], []))
    assert stored() == {"name": "鲁西集团", "aliases": ["鲁西化工"], "county": None}
    write_document(fresh_store, doc("b", [node(Label.ENTERPRISE, "鲁西集团", "鲁西", county="county:东阿县")], []))
    assert stored() == {"name": "鲁西集团", "aliases": ["鲁西化工", "鲁西"], "county": "county:东阿县"}
    write_document(fresh_store, doc("c", [node(Label.ENTERPRISE, "鲁西集团", "鲁西化工", county="county:东阿县")], []))
    assert stored() == {"name": "鲁西集团", "aliases": ["鲁西化工", "鲁西"], "county": "county:东阿县"}
    write_document(fresh_store, doc("d", [node(Label.ENTERPRISE, "鲁西集团", county="county:茌平区")], []))
    assert stored() == {"name": "鲁西集团", "aliases": ["鲁西化工", "鲁西"], "county": "county:茌平区"}


def test_a_sentence_stating_several_facts_is_stored_once(fresh_store: GraphStore) -> None:
    both = "鲁西集团和信发集团是化工产业的龙头。"
    write_document(fresh_store, doc("s", [LUXI, XINFA, CHEM], [edge(RelType.IN_CLUSTER, LUXI, CHEM, sentence=both),
                                                             edge(RelType.IN_CLUSTER, XINFA, CHEM, sentence=both)]))
    sentences = fresh_store.read("MATCH (s:Sentence {policy: 'policy:s'}) RETURN s.id AS id, s.text AS text")
    assert sentences == [{"id": f"policy:s@0-{len(both)}", "text": both}]
    sids = fresh_store.read("MATCH ()-[r:IN_CLUSTER {policy: 'policy:s'}]->() RETURN r.ev_sid AS sids")
    assert [r["sids"] for r in sids] == [[f"policy:s@0-{len(both)}"]] * 2
    # a new revision citing another sentence: the old one goes, with the edges that cited it
    other = "信发集团是化工产业的龙头。"
    write_document(fresh_store, doc("s", [XINFA, CHEM], [edge(RelType.IN_CLUSTER, XINFA, CHEM, sentence=other)]))
    sentences = fresh_store.read("MATCH (s:Sentence {policy: 'policy:s'}) RETURN s.id AS id, s.text AS text")
    assert sentences == [{"id": f"policy:s@0-{len(other)}", "text": other}]


def test_changed_document_replaces_only_its_own_facts(fresh_store: GraphStore) -> None:
    write_document(fresh_store, doc_a_v1())
    doc_b = doc("b", [LUXI, CHEM, node(Label.PARK, "化工产业园")], [
        edge(RelType.IN_CLUSTER, LUXI, CHEM, role="member"),  # the same fact as document a
    ])
    write_document(fresh_store, doc_b)
    b_before = facts(fresh_store, "policy:b")

    # Version 2 of a: drops 信发集团 (and its edges), keeps 鲁西集团 → 化工, adds a new target year.
    a_v2 = doc("a", [LUXI, CHEM, RD], [
        edge(RelType.IN_CLUSTER, LUXI, CHEM, role="leading"),
        edge(RelType.SETS_TARGET, node(Label.POLICY, "a"), RD, key="2025", year=2025, value=3.0, unit="%", comparator=">="),
    ], text="正文 第二版")
    summary = write_document(fresh_store, a_v2)
    assert not summary.skipped

    assert facts(fresh_store, "policy:a") == {
        (LUXI.id, "IN_CLUSTER", CHEM.id, ""),
        ("policy:a", "SETS_TARGET", RD.id, "2025"),
        ("policy:a", "MENTIONS", LUXI.id, ""), ("policy:a", "MENTIONS", CHEM.id, ""), ("policy:a", "MENTIONS", RD.id, ""),
    }
    assert facts(fresh_store, "policy:b") == b_before
    revs = {r["rev"] for r in fresh_store.read("MATCH ()-[r {policy: 'policy:a'}]->() RETURN DISTINCT r.rev AS rev")}
    assert len(revs) == 1  # every edge of a carries the new revision
    # Nodes only document a's first version touched are gone; shared ones stay.
    ids = {r["id"] for r in fresh_store.read("MATCH (n) RETURN n.id AS id")}
    assert XINFA.id not in ids and ALU.id not in ids and CHIPING.id not in ids
    assert {LUXI.id, CHEM.id, RD.id, "park:化工产业园", "policy:a", "policy:b"} <= ids


def test_same_fact_from_two_documents_keeps_both_sources(fresh_store: GraphStore) -> None:
    write_document(fresh_store, doc_a_v1())
    write_document(fresh_store, doc("b", [LUXI, CHEM], [edge(RelType.IN_CLUSTER, LUXI, CHEM, role="member",
                                                          sentence="鲁西集团属于化工产业。")]))
    rows = fresh_store.read("MATCH (:Entity {id: $a})-[r:IN_CLUSTER]->(:Entity {id: $b}) "
                          "RETURN r.policy AS policy, r.role AS role, r.ev_sid AS ev ORDER BY policy",
                          {"a": LUXI.id, "b": CHEM.id})
    assert rows == [
        {"policy": "policy:a", "role": "leading", "ev": ["policy:a@0-15"]},
        {"policy": "policy:b", "role": "member", "ev": ["policy:b@0-11"]},
    ]
    texts = get_catalog().run(fresh_store, "sentences_by_ids", {"ids": ["policy:a@0-15", "policy:b@0-11"]})
    assert sorted(r["text"] for r in texts) == ["以鲁西集团为龙头发展化工产业。", "鲁西集团属于化工产业。"]
    # Re-writing b (unchanged) or a (forced) keeps both.
    write_document(fresh_store, doc_a_v1(), force=True)
    assert len(fresh_store.read("MATCH (:Entity {id: $a})-[r:IN_CLUSTER]->(:Entity {id: $b}) RETURN r",
                              {"a": LUXI.id, "b": CHEM.id})) == 2


def test_reading_a_graph_never_written_is_reading_an_empty_graph(server: GraphStore, data_dir: Path) -> None:
    # FalkorDB only: a graph key that no write created yet (Neo4j has no such state).
    store = open_store(GraphSettings(graph_uri=None, data_dir=data_dir, graph_name=f"unwritten_{uuid.uuid4().hex}"))
    try:
        assert store.read("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]
        assert store.read("RETURN $v AS v", {"v": "鲁西"}) == [{"v": "鲁西"}]
        assert store.read("MATCH (n:Policy) RETURN n.id AS id") == []
    finally:
        store.close()


def test_a_write_cut_short_is_redone_by_the_next_ingest(fresh_store: GraphStore) -> None:
    """A crash mid-document leaves status 'loading'; the next ingest of it must not skip it."""
    graph = doc_a_v1()
    rows = DocumentRows(graph)
    steps = statements(rows, rows.rev, get_catalog(), fresh_store.backend)
    fresh_store.write_many(steps[:2])  # the policy node and one batch of nodes, then "the crash"
    state = fresh_store.read("MATCH (p:Policy {id: 'policy:a'}) RETURN p.status AS status")
    assert state == [{"status": "loading"}]

    summary = write_document(fresh_store, graph)
    assert not summary.skipped
    assert fresh_store.read("MATCH (p:Policy {id: 'policy:a'}) RETURN p.status AS status") == [{"status": "done"}]
    cut_then_redone = graph_counts(fresh_store)
    fresh_store.write("MATCH (n) DETACH DELETE n")
    write_document(fresh_store, graph)
    assert graph_counts(fresh_store) == cut_then_redone  # the same graph as one clean write
