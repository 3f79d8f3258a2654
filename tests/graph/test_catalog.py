"""The query catalogue: file format, binding, template slots, and every query run for real.

`test_every_read_query_runs_on_the_corpus` is generic: a query added to
cypher/queries/ is run with its `// example:` params on the ingested corpus, on
both backends, without any change here, and its example must find rows.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.catalog import CYPHER_DIR, TEMPLATE_VALUES, Catalog, NamedQuery, parse_query_file
from graph.errors import InvalidParameter, QueryNotFound
from graph.model import DocumentGraph, EdgeRecord, Evidence, Label, NodeRecord, RelType, make_id
from graph.store import GraphStore
from graph.loader import write_document
from tests.backends import load_corpus

QUERIES = CYPHER_DIR / "queries"
CATALOG = Catalog.load()
ALL = list(CATALOG)


def slot_choices(q: NamedQuery) -> list[dict[str, str]]:
    """Every combination of allow-listed slot values (at most one slot is used today)."""
    combos: list[dict[str, str]] = [{}]
    for slot in q.templates:
        combos = [{**c, slot: v} for c in combos for v in sorted(TEMPLATE_VALUES[slot])]
    return combos


# --- the files ----------------------------------------------------------------------------------

@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.cypher")), ids=lambda p: p.stem)
def test_query_file_parses(path: Path) -> None:
    q = parse_query_file(path)
    assert q.name == path.stem
    assert q.description and q.returns and q.body
    assert q.mode in ("read", "write")
    assert "{{" not in q.text("falkordb", **slot_choices(q)[0])


def test_overrides_belong_to_shared_queries() -> None:
    for path in sorted(QUERIES.glob("*/*.cypher")):  # there may be none yet
        assert path.parent.name in ("falkordb", "neo4j"), path
        q = CATALOG.get(path.stem)
        assert q.overrides[path.parent.name] == parse_query_file(path).body


def test_catalog_lists_every_file() -> None:
    assert {q.name for q in ALL} == {p.stem for p in QUERIES.glob("*.cypher")}
    assert {"upsert_nodes", "upsert_edges", "policy_state"} <= {q.name for q in ALL}


@pytest.mark.parametrize("q", ALL, ids=lambda q: q.name)
def test_required_params_have_an_example(q: NamedQuery) -> None:
    required = [p.name for p in q.params if p.required]
    if required:
        assert q.example is not None, f"{q.path}: add a line '// example: {{...}}' giving {', '.join(required)}"
    if q.example is not None:
        q.bind(q.example)  # the example binds: names declared, types right


def write_query(tmp_path: Path, header: str, body: str = "MATCH (n) RETURN n.id AS id", name: str = "q") -> Path:
    path = tmp_path / f"{name}.cypher"
    path.write_text(header + "\n" + body + "\n", encoding="utf-8")
    return path


GOOD = "// name: q\n// description: d\n// mode: read\n// params: ref: str, limit: int = 5\n// returns: id"


def test_a_good_header(tmp_path: Path) -> None:
    q = parse_query_file(write_query(tmp_path, GOOD + '\n// example: {"ref": "鲁西集团"}'))
    assert [(p.name, p.type, p.default, p.required) for p in q.params] == [("ref", "str", None, True), ("limit", "int", 5, False)]
    assert q.example == {"ref": "鲁西集团"}
    assert q.returns == ("id",)


@pytest.mark.parametrize("header, error", [
    ("// name: q\n// mode: read\n// returns: id", "description"),
    ("// name: q\n// description: d\n// returns: id", "mode"),
    ("// name: q\n// description: d\n// mode: read", "returns"),
    ("// description: d\n// mode: read\n// returns: id", "name"),
    ("// name: other\n// description: d\n// mode: read\n// returns: id", "file name"),
    ("// name: q\n// description: d\n// mode: delete\n// returns: id", "mode"),
    ("// name: q\n// description: d\n// mode: read\n// params: ref\n// returns: id", "bad param"),
    ("// name: q\n// description: d\n// mode: read\n// params: ref: text\n// returns: id", "bad param"),
    ("// name: q\n// description: d\n// mode: read\n// returns: id\n// templates: table", "template slot"),
    (GOOD + "\n// example: {ref: 鲁西集团}", "not JSON"),
    (GOOD + '\n// example: ["鲁西集团"]', "JSON object"),
    (GOOD + '\n// example: {"ref": "a", "name": "b"}', "undeclared"),
])
def test_bad_headers_are_refused(tmp_path: Path, header: str, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        parse_query_file(write_query(tmp_path, header))


def test_undeclared_slot_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not declared"):
        parse_query_file(write_query(tmp_path, GOOD, "MATCH (n:{{label}}) RETURN n.id AS id"))


def test_override_must_declare_the_same_params(tmp_path: Path) -> None:
    write_query(tmp_path, GOOD)
    (tmp_path / "neo4j").mkdir()
    write_query(tmp_path / "neo4j", GOOD.replace("limit: int = 5", "limit: int = 9"))
    with pytest.raises(ValueError, match="same mode, params"):
        Catalog.load(tmp_path)


def test_override_without_a_shared_query_is_refused(tmp_path: Path) -> None:
    write_query(tmp_path, GOOD)
    (tmp_path / "falkordb").mkdir()
    write_query(tmp_path / "falkordb", GOOD.replace("name: q", "name: lonely"), name="lonely")
    with pytest.raises(ValueError, match="without a shared query"):
        Catalog.load(tmp_path)


def test_override_replaces_the_body_for_its_backend_only(tmp_path: Path) -> None:
    write_query(tmp_path, GOOD, "RETURN 'shared' AS id")
    (tmp_path / "neo4j").mkdir()
    write_query(tmp_path / "neo4j", GOOD, "RETURN 'neo4j' AS id")
    q = Catalog.load(tmp_path).get("q")
    assert q.text("falkordb") == "RETURN 'shared' AS id"
    assert q.text("neo4j") == "RETURN 'neo4j' AS id"


# --- lookup, binding, slots ---------------------------------------------------------------------

def test_unknown_query() -> None:
    with pytest.raises(QueryNotFound, match="no_such_query"):
        CATALOG.get("no_such_query")
    assert "no_such_query" not in CATALOG and "policy_state" in CATALOG


@pytest.fixture
def q(tmp_path: Path) -> NamedQuery:
    header = ("// name: q\n// description: d\n// mode: read\n"
              "// params: ref: str, limit: int = 5, share: float = 0.5, on: bool = false, ids: list[str] = [], m: map = null\n"
              "// returns: id")
    return parse_query_file(write_query(tmp_path, header))


def test_bind_fills_defaults(q: NamedQuery) -> None:
    assert q.bind({"ref": "鲁西集团"}) == {"ref": "鲁西集团", "limit": 5, "share": 0.5, "on": False, "ids": [], "m": None}


def test_bind_coerces_text_for_scalars(q: NamedQuery) -> None:
    bound = q.bind({"ref": "x", "limit": "20", "share": "2.5", "on": "true"})
    assert (bound["limit"], bound["share"], bound["on"]) == (20, 2.5, True)
    assert q.bind({"ref": "x", "share": 3})["share"] == 3  # an int is a float


@pytest.mark.parametrize("params, error", [
    ({}, "missing parameter ref"),
    ({"ref": "x", "limt": 3}, "unknown parameter"),
    ({"ref": 3}, "must be str"),
    ({"ref": "x", "limit": "many"}, "must be int"),
    ({"ref": "x", "limit": 2.5}, "must be int"),
    ({"ref": "x", "limit": True}, "must be int"),
    ({"ref": "x", "on": "maybe"}, "must be bool"),
    ({"ref": "x", "on": 1}, "must be bool"),
    ({"ref": "x", "ids": "a,b"}, "must be list"),
    ({"ref": "x", "m": [1]}, "must be map"),
    ({"ref": None}, "must be str"),
])
def test_bind_errors(q: NamedQuery, params: dict, error: str) -> None:
    with pytest.raises(InvalidParameter, match=error):
        q.bind(params)


TEMPLATED = [q for q in ALL if q.templates]


@pytest.mark.parametrize("q", TEMPLATED, ids=lambda q: q.name)
@pytest.mark.parametrize("value", ["Entity", "Policy) DETACH DELETE (n", "policy", "", None, "MENTIONS|FOLLOWS"])
def test_template_slots_refuse_values_outside_the_allow_list(q: NamedQuery, value: str | None) -> None:
    slots = {slot: value for slot in q.templates}
    for backend in ("falkordb", "neo4j"):
        with pytest.raises(InvalidParameter):
            q.text(backend, **slots)
    with pytest.raises(InvalidParameter):
        q.text("falkordb")  # a slot left empty


@pytest.mark.parametrize("q", TEMPLATED, ids=lambda q: q.name)
def test_template_slots_take_every_allowed_value(q: NamedQuery) -> None:
    for slots in slot_choices(q):
        text = q.text("neo4j", **slots)
        assert "{{" not in text and all(v in text for v in slots.values())


# --- every query, run ---------------------------------------------------------------------------

def _fixture_graph() -> DocumentGraph:
    """A small document for the write queries, using the names their examples use."""
    def n(label: Label, name: str, *aliases: str, **props) -> NodeRecord:
        return NodeRecord(id=make_id(label, name), label=label, name=name, aliases=list(aliases), props=props)

    def e(rel: RelType, a: NodeRecord, b: NodeRecord, key: str = "", **props) -> EdgeRecord:
        ev = Evidence(sentence="以鲁西集团为龙头。", start=0, end=9, rule="fixture", surface=a.name)
        return EdgeRecord(type=rel, source=a.id, target=b.id, key=key, props=props, evidence=[ev])

    policy = NodeRecord(id="policy:000_b99d51a1da965aef", label=Label.POLICY, name="聊城市新旧动能转换重大工程实施规划",
                        props={"title": "聊城市新旧动能转换重大工程实施规划", "date": "2018-10", "kind": "plan", "text": "以鲁西集团为龙头。"})
    luxi = n(Label.ENTERPRISE, "鲁西集团", "鲁西化工", county="county:东昌府区")
    chem = n(Label.CLUSTER, "化工", level="cluster")
    sub = n(Label.CLUSTER, "煤化工", level="subindustry")
    county = n(Label.COUNTY, "东昌府区", kind="district")
    park = n(Label.PARK, "聊城化工产业园")
    project = n(Label.PROJECT, "鲁西集团高端化工新材料项目", capacity="年产100万吨", year=2020)
    rd = n(Label.INDICATOR, "研发经费投入占GDP比重", unit="%")
    nodes = [luxi, chem, sub, county, park, project, rd]
    edges = [
        e(RelType.IN_CLUSTER, luxi, chem, role="leading"), e(RelType.IN_CLUSTER, project, chem, role="member"),
        e(RelType.CARRIED_OUT_BY, project, luxi), e(RelType.LOCATED_IN, luxi, county), e(RelType.LOCATED_IN, park, county),
        e(RelType.DEVELOPS, county, chem), e(RelType.UPGRADES, park, chem), e(RelType.HAS_SUBINDUSTRY, chem, sub),
        e(RelType.SETS_TARGET, policy, rd, key="2022", year=2022, value=2.5, unit="%", comparator=">="),
        e(RelType.REPORTS, policy, rd, key="2017", period="2017", year=2017, value=2.1, unit="%"),
        *[EdgeRecord(type=RelType.MENTIONS, source=policy.id, target=x.id) for x in nodes],
    ]
    return DocumentGraph(policy=policy, nodes=nodes, edges=edges)


def check_rows(q: NamedQuery, rows: list) -> None:
    assert isinstance(rows, list)
    for row in rows:
        assert list(row) == list(q.returns), f"{q.name}: columns {list(row)} but the header says {list(q.returns)}"
        json.dumps(row)  # plain values only


@pytest.mark.parametrize("q", [q for q in ALL if q.mode == "read"], ids=lambda q: q.name)
def test_every_read_query_runs_on_the_corpus(corpus_store: GraphStore, q: NamedQuery) -> None:
    found = 0
    for slots in slot_choices(q):
        rows = CATALOG.run(corpus_store, q.name, q.example, **slots)
        check_rows(q, rows)
        found += len(rows)
    # An example that finds nothing on the shipped corpus exercises nothing: pick one that does.
    assert found, f"{q.path.name}: its example {json.dumps(q.example, ensure_ascii=False)} returns no rows on the corpus"


def example_for(q: NamedQuery, slots: dict[str, str]) -> dict | None:
    """The example, with row ids given the label slot's prefix: the MERGE by (label, id) relies on
    an id's prefix fixing its label (Neo4j's unique id refuses a second label for one id)."""
    if "label" not in slots or not q.example or "rows" not in q.example:
        return q.example
    rows = [[make_id(slots["label"], r[0].split(":", 1)[1]), *r[1:]] for r in q.example["rows"]]  # [id, name, …]
    return {**q.example, "rows": rows}


@pytest.mark.parametrize("q", [q for q in ALL if q.mode == "write"], ids=lambda q: q.name)
def test_every_write_query_runs(fresh_store: GraphStore, q: NamedQuery) -> None:
    write_document(fresh_store, _fixture_graph())
    for slots in slot_choices(q):
        rows = CATALOG.run(fresh_store, q.name, example_for(q, slots), **slots)
        check_rows(q, rows)


def _portable(value):
    """Rows without element ids (each backend numbers its nodes its own way), as sortable JSON."""
    if isinstance(value, dict):
        return {k: _portable(v) for k, v in value.items() if k not in ("element_id", "start", "end")}
    if isinstance(value, list):
        return [_portable(v) for v in value]
    return value


# Answers that are per store by design: a random token each load sets (for caches).
PER_STORE = {"graph_version"}


def _comparable(q: NamedQuery, row: dict) -> str:
    """A row as sortable JSON without element ids; of a PER_STORE query, only its value types."""
    if q.name in PER_STORE:
        row = {k: type(v).__name__ for k, v in row.items()}
    return json.dumps(_portable(row), ensure_ascii=False, sort_keys=True)


@pytest.mark.parametrize("q", [q for q in ALL if q.mode == "read"], ids=lambda q: q.name)
def test_every_read_query_answers_alike_on_both_backends(falkordb_sets, neo4j_sets, q: NamedQuery) -> None:
    """The same rows from FalkorDB and Neo4j on the corpus; row order is free where ORDER BY has ties,
    the order inside listed values is not."""
    stores = [falkordb_sets.load("corpus", load_corpus), neo4j_sets.load("corpus", load_corpus)]
    for slots in slot_choices(q):
        falkordb, neo4j = ([_comparable(q, r) for r in CATALOG.run(s, q.name, q.example, **slots)] for s in stores)
        assert sorted(neo4j) == sorted(falkordb), f"{q.name} {slots}"
