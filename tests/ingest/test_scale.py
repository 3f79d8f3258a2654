"""Scale without changing the answer: a long document extracted part by part gives the facts it
gives whole, and a pool of worker processes loads the same graph as one process."""

from __future__ import annotations

from pathlib import Path
import pytest

from graph.export import read_graph
from graph.model import DocumentGraph
from ingest import ingest
from ingest.chunks import chunk_spans, extract_large
from ingest.extract import extract_document
from ingest.read import read_document
from tests.backends import CORPUS, FalkorDBDataSets

LARGEST = CORPUS / "001_96019a36a6392bfa.txt"  # 40,829 characters, eleven chapters


def facts(graph: DocumentGraph) -> tuple[set, set, set]:
    """Every evidence entry (with its offsets), every node and every edge's properties, order aside."""
    evidence = {(e.type.value, e.source, e.target, e.key, v.start, v.end, v.rule, v.surface, v.section, v.sentence)
                for e in graph.edges for v in e.evidence}
    nodes = {(n.id, n.label.value, n.name, tuple(sorted(n.aliases)), repr(sorted(n.props.items()))) for n in graph.nodes}
    edges = {(e.type.value, e.source, e.target, e.key, repr(sorted(e.props.items()))) for e in graph.edges}
    return evidence, nodes, edges


def test_parts_cover_the_text_within_the_limit_and_cut_at_chapters() -> None:
    text = read_document(LARGEST).text
    spans = list(chunk_spans(text, 12_000))
    assert spans[0][0] == 0 and spans[-1][1] == len(text) and len(spans) > 3
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(0 < end - start <= 12_000 for start, end in spans)
    chapter_cuts = list(chunk_spans(text, 30_000))
    assert len(chapter_cuts) == 2 and text[chapter_cuts[1][0]:].startswith("第")  # 第…章, not mid-chapter
    one_line = "甲" * 25
    assert list(chunk_spans(one_line, 10)) == [(0, 10), (10, 20), (20, 25)]  # no line end at all: cut at the limit
    assert list(chunk_spans("一。二。三。", 5)) == [(0, 4), (4, 6)]
    assert list(chunk_spans("一二\n\n三四\n五六\n七", 9)) == [(0, 4), (4, 11)]  # a paragraph end first  # after a sentence end


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated long document: the corpus's largest, three times over."""
    text = LARGEST.read_text(encoding="utf-8")
    path = tmp_path_factory.mktemp("large") / "large.txt"
    path.write_text("\n\n".join([text] * 3), encoding="utf-8")
    return path


def test_a_long_document_gives_the_same_facts_in_parts_as_whole(generated: Path) -> None:
    doc = read_document(generated)
    assert len(list(chunk_spans(doc.text, 45_000))) == 3
    whole, parts = extract_document(doc), extract_large(doc, 45_000)
    assert facts(parts) == facts(whole)
    assert parts.policy == whole.policy  # the whole text and its hash
    for edge in parts.edges:  # offsets point into the whole document's text
        for ev in edge.evidence:
            assert doc.text[ev.start:ev.end] == ev.sentence


def test_a_short_document_is_extracted_whole(generated: Path) -> None:
    doc = read_document(LARGEST)
    assert facts(extract_large(doc, 10 ** 6)) == facts(extract_document(doc))


def test_a_pool_ingest_loads_the_same_graph_as_a_serial_one(falkordb_sets: FalkorDBDataSets, tmp_path: Path) -> None:
    pooled_store, serial_store = falkordb_sets.fresh("pool_jobs_2"), falkordb_sets.fresh("pool_jobs_1")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "z_empty.txt").write_text("")  # a failure in a worker is a failed result, as in one process
    for f in sorted(CORPUS.iterdir()):
        (corpus / f.name).write_bytes(f.read_bytes())
    pooled = ingest(pooled_store, [corpus], jobs=2)
    serial = ingest(serial_store, [corpus], jobs=1)
    assert [(r.key, r.failed, r.reason) for r in pooled] == [(r.key, r.failed, r.reason) for r in serial]
    assert [r.key for r in pooled if r.failed] == ["z_empty"]
    assert read_graph(pooled_store) == read_graph(serial_store)
    assert len(read_graph(pooled_store)[1]) > 1000


def test_a_document_over_the_cap_is_refused_up_front(falkordb_sets: FalkorDBDataSets, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_MAX_DOCUMENT_CHARS", "5000")
    (tmp_path / "big.txt").write_text(LARGEST.read_text(encoding="utf-8")[:6000], encoding="utf-8")
    (tmp_path / "huge.txt").write_text("甲" * 30_000, encoding="utf-8")  # over 4 bytes a character: not even read
    (tmp_path / "small.txt").write_text(LARGEST.read_text(encoding="utf-8")[:3000], encoding="utf-8")
    results = {r.key: r for r in ingest(falkordb_sets.fresh("cap"), [tmp_path])}
    assert results["big"].failed and results["big"].reason == "6,000 characters, more than KG_MAX_DOCUMENT_CHARS (5,000)"
    assert "split it into several files" in results["big"].next_step
    assert results["huge"].failed and "90,000 bytes" in results["huge"].reason
    assert not results["small"].failed
