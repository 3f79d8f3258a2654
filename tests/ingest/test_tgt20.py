"""The target component's per-document state, declared (tgt20): a `TargetState` the component makes per document and
hands down, nothing set on the builder that it does not declare, and the package's one import surface. A refactor: the
output is the same as before (the tests of earlier rounds hold). Sentences composed for the test in the shapes of the
learning texts' work reports (a review heading, a plan's year carried to the paragraph after it, a planned batch and
its 其中 breakdown, 全县 before a figure), not copied from any set's texts."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil

import pytest

import ingest.extract.document as document
import ingest.extract.targets as targets
from graph.model import RelType
from ingest.extract.builder import GraphBuilder
from tests.ingest.graphs import extracted

REPORT = ("一、2022年工作回顾\n全年实施重点项目83个，完成投资120亿元。\n"
          "二、2023年工作安排\n2023年，全县计划开复工项目30个，年度投资50亿元。其中，新建项目11个、续建项目19个。\n"
          "全县地区生产总值增长6%左右，规模以上工业增加值增长8%。\n"
          "主要目标为到2025年，全县规模以上工业增加值突破200亿元。\n——新材料产业累计完成投资500亿元。\n")


def _report(text: str = REPORT):
    return extracted(text, kind="report", date="2023-01-15", title="临泽县人民政府工作报告")


@pytest.fixture
def states(monkeypatch: pytest.MonkeyPatch) -> list[targets.TargetState]:
    """The TargetState of each document extracted, as the component hands it to fill_scopes at the document's end."""
    seen: list[targets.TargetState] = []
    fill_scopes = document.fill_scopes

    def spy(b: GraphBuilder, st: targets.TargetState) -> None:
        seen.append(st)
        fill_scopes(b, st)

    monkeypatch.setattr(document, "fill_scopes", spy)
    return seen


def test_extraction_sets_no_attribute_the_builder_does_not_declare(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every attribute the builder holds when the document's graph is built is one of its declared fields (or its
    cached policy id): the target rule's places, year headings, carried year, 全县 scopes, planned batch and estimate
    mark live in the TargetState, and whether the text names the home region in the builder's `home_named`."""
    held: list[set[str]] = []
    release = GraphBuilder.release

    def spy(self: GraphBuilder) -> None:
        held.append(set(vars(self)))
        release(self)

    monkeypatch.setattr(GraphBuilder, "release", spy)
    g = _report()
    declared = {f.name for f in dataclasses.fields(GraphBuilder)} | {"policy_id"}
    assert held and held[0] - declared == set()
    assert any(e.type == RelType.SETS_TARGET for e in g.edges)  # the rule ran, and wrote its targets


def test_the_target_state_holds_what_the_rule_carries_from_sentence_to_sentence(states: list) -> None:
    """The review heading's year (2022) and the plan's (2023) as headings, the 2025 a plan's sentence sets for the
    paragraph after it, the batch the 2023 sentence planned (its 其中 breakdown planned too), the 全县 of its paragraph,
    the last indicator per paragraph, the document's place: all in the state; the figures read with them as before."""
    g = _report()
    st = states[-1]
    assert [(year, review) for _at, year, review in st.heads or []][-1] == (2023, False)
    assert (2022, True) in [(year, review) for _at, year, review in st.heads or []]
    assert st.carry is not None and st.carry[0] == 2025
    assert st.planned_batch is not None and {scope for scope, _end in st.whole_scopes.values()} == {"临泽县"}
    assert "续建项目" in st.memory.values()
    assert st.places is not None and st.places.doc_scope == "临泽县"
    names = {n.id: n.name for n in g.nodes}
    got = {(e.type, names[e.target], e.props["year"], e.props["value"], e.evidence[0].rule)
           for e in g.edges if e.type in (RelType.SETS_TARGET, RelType.REPORTS)}
    assert (RelType.REPORTS, "临泽县实施重点项目完成投资", 2022, 120.0, "prose_target") in got
    assert (RelType.SETS_TARGET, "临泽县续建项目", 2023, 19.0, "prose_target_paragraph") in got
    # (the dash opening the list line is no part of the indicator's name: targets.yaml `lead`)
    assert (RelType.SETS_TARGET, "临泽县新材料产业累计完成投资", 2025, 500.0, "prose_target_carried") in got


def test_each_document_gets_a_state_of_its_own(states: list) -> None:
    """A second document starts from a new state: no heading, carried year or planned batch of the first leaks in."""
    _report()
    _report("今年，临泽县力争新增规模以上工业企业10家。\n")
    first, second = states[-2:]
    assert first is not second
    assert second.carry is None and second.planned_batch is None and not second.whole_scopes
    assert second.heads == []


def test_the_component_is_one_package_with_one_import_surface() -> None:
    """ingest.extract.targets gives the entry points (rule_prose_targets per sentence, fill_scopes at the end, the
    TargetState they share) and what other modules read (period_year, rules); each module has a docstring."""
    for name in ("rule_prose_targets", "fill_scopes", "TargetState", "period_year", "rules"):
        assert callable(getattr(targets, name))
    modules = [importlib.import_module(f"ingest.extract.targets.{m.name}") for m in pkgutil.iter_modules(targets.__path__)]
    assert {m.__name__.rsplit(".", 1)[1] for m in modules} >= {"component", "state", "values", "years", "scope",
                                                                "indicator_names", "batches", "patterns"}
    assert all((m.__doc__ or "").strip() for m in modules)
