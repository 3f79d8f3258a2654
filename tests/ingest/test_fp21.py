"""fp21: false entities of the learning halves of batches 5-19, by cause; sentences composed for the test (shapes of the
learning texts, rewritten), through the real pipeline."""

from __future__ import annotations

import pytest

from graph.model import Label, RelType
from tests.ingest.graphs import named, news


@pytest.mark.parametrize("text, river", [
    # a county's short form right before 江 or 河 names a river, no county (图们江, 赤水河: batches 6, 12, 19); the
    # county the text names in full stays
    ("延边州图们市重点项目相继开工。工地与冰雪消融的图们江共同谱写着项目建设的乐章。", "图们江"),
    ("赤水市大力推进白酒产业发展。赤水河畔酒企业厂房冒出袅袅白雾，正加班加点地生产。", "赤水河"),
])
def test_a_short_form_before_a_river_word_names_no_county(text: str, river: str) -> None:
    g = news(text)
    counties = {n.id for n in g.nodes if n.label == Label.COUNTY}
    surfaces = [ev.surface for e in g.edges if e.type == RelType.MENTIONS and e.target in counties for ev in e.evidence]
    assert surfaces and river[:-1] not in surfaces


@pytest.mark.parametrize("text, not_name, name", [
    # a clause's verb glued to a project's left edge (batches 12, 15, 16, 19)
    ("本次集中签约和开工项目涉及产业发展、基础设施等多项内容，涵盖兴山通用航空机场、15万千瓦风能开发、蜂蜜小镇产业综合开发等项目。",
     "涵盖兴山通用航空机场", "兴山通用航空机场"),
    ("乌兰县全力支持和服务好青海矿业公司乌兰工业园800万吨/年洗选煤厂项目建设。",
     "服务好青海矿业公司乌兰工业园800万吨/年洗选煤厂项目", "青海矿业公司乌兰工业园800万吨/年洗选煤厂项目"),
    ("副行长一行考察后，期望太阳山循环经济工业园项目早日建成。", "期望太阳山循环经济工业园项目", "太阳山循环经济工业园项目"),
])
def test_a_clause_verb_at_a_project_left_edge_is_no_part_of_its_name(text: str, not_name: str, name: str) -> None:
    found = named(news(text), Label.PROJECT)
    assert not_name not in found
    assert name in found


@pytest.mark.parametrize("text, not_name", [
    # a firm's kind, rank or fame before its company word (batches 13, 17, 19)
    ("虹口区新增跨国公司地区总部和贸易型总部10家。", "跨国"),
    ("全区新引进港航企业208家，全球前50强班轮公司已有18家落户。", "全球前50强班轮"),
    ("衣架产品销往无印良品、沃尔玛等世界知名零售公司。", "世界知名零售"),
    ("光线传媒、永航科技等众多文化、科技类公司每年创造产值约400亿元。", "科技类"),
])
def test_a_kind_or_rank_of_firms_names_no_firm(text: str, not_name: str) -> None:
    assert not {n for n in named(news(text), Label.ENTERPRISE) if not_name in n}


def test_a_firm_named_before_its_company_word_stays() -> None:
    g = news("桂林毛嘉工艺品有限公司与世界知名零售公司建立了合作关系。")
    assert "桂林毛嘉工艺品" in named(g, Label.ENTERPRISE)
