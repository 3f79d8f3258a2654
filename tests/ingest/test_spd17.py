"""Speed work of session 17: the Resolver keeps its answers per name (county, county_prefix, counties_in, cluster) and
must forget them when what they read changes; the gazetteer keeps upper_units_in per text; GraphBuilder.sources is kept
as edges are made and dropped, and must say what a walk over the edges said."""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.lexicon import default_lexicon
from ingest.resolve import Resolved, Resolver
from ingest.structure import analyse
from tests.ingest.test_extract import _doc

_NEW = "甲乙丙县"  # no county of the lexicon or the gazetteer


def test_a_county_added_is_found_though_asked_before() -> None:
    r = Resolver(default_lexicon())
    r.set_document("甲乙丙县：依托园区发展产业。")
    text = "甲乙丙县化工产业园"
    assert r.county(_NEW) is None and r.county_prefix(text) is None and r.counties_in(text) == ()
    r.add_county(_NEW)  # (a paragraph topic: ingest/extract/prose/)
    assert r.county(_NEW) is not None and r.county(_NEW).name == _NEW
    assert r.county_prefix(text) is not None and r.county_prefix(text)[0] == _NEW
    assert [w for _p, w, _r in r.counties_in(text)] == [_NEW]
    r.set_document("某县发展产业。")  # a new document forgets the last one's counties' answers (not its names)
    assert r.counties_in(text) == tuple(r._counties_in(text)) and r.county(_NEW) == r._county(_NEW)


def test_answers_kept_are_the_answers_worked_out() -> None:
    r = Resolver(default_lexicon())
    r.set_document("山东省聊城市阳谷县化工新材料产业集群发展迅速。")
    for name in ("阳谷县", "阳谷县化工新材料产业集群", "聊城市", "化工新材料", "国家先进制造业"):
        for _ in range(2):
            assert r.county(name) == r._county(name)
            assert r.county_prefix(name) == r._county_prefix(name)
            assert r.counties_in(name) == tuple(r._counties_in(name))
            assert r.cluster(name) == r._cluster(name, True) and r.cluster(name, False) == r._cluster(name, False)
    gaz = r.gaz
    text = "湖南株洲与山东聊城合作"
    assert gaz.upper_units_in(text) is gaz.upper_units_in(text)  # kept
    assert [w for _p, w, _u in gaz.upper_units_in(text)] == ["湖南", "株洲", "山东", "聊城"]


def _walk(b: GraphBuilder, rel: RelType) -> set[str]:
    """What sources said before the count: the sources of the edges of the type that stand."""
    return {e.source for e in b.edges.values() if e.type == rel}


def test_sources_follow_edges_made_and_dropped() -> None:
    doc = _doc("某县建设项目。")
    sent = analyse(doc.text).sentences[0]
    b = GraphBuilder(doc, Resolver(default_lexicon()))
    b.edge(RelType.LOCATED_IN, "a", "x", sent, "test")
    b.edge(RelType.LOCATED_IN, "a", "y", sent, "test")
    b.edge(RelType.LOCATED_IN, "b", "x", sent, "test")
    b.edge(RelType.DEVELOPS, "c", "x", sent, "test")
    assert b.sources(RelType.LOCATED_IN) == _walk(b, RelType.LOCATED_IN) == {"a", "b"}
    b.drop_edge((RelType.LOCATED_IN.value, "a", "x", ""))
    assert b.sources(RelType.LOCATED_IN) == _walk(b, RelType.LOCATED_IN) == {"a", "b"}  # a has another
    b.drop_edge((RelType.LOCATED_IN.value, "b", "x", ""))
    assert b.sources(RelType.LOCATED_IN) == _walk(b, RelType.LOCATED_IN) == {"a"}
    b.sources(RelType.LOCATED_IN).add("z")  # a copy: callers add to it
    assert b.sources(RelType.LOCATED_IN) == {"a"} and b.sources(RelType.IN_CLUSTER) == set()
