"""fp20: false facts of the learning halves of batches 5-18, by cause; sentences composed for the test (shapes of the
learning texts, rewritten), through the real pipeline."""

from __future__ import annotations

import pytest

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


@pytest.mark.parametrize("text, not_name", [
    # a verb whose object is the bare word 项目 (batches 5, 9, 13, 15, 16, 17)
    ("三年后入园项目将达到20个，兴文县工业园区已完成道路建设。", "三年后入园项目"),
    ("活动中，企业负责人实地查看项目进展，要求加快进度。", "企业负责人实地查看项目"),
    ("宜良县要求各部门高质量完成项目前期工作。", "高质量完成项目"),
    ("仪式结束后该项目正式进入施工阶段。", "仪式结束后该项目"),
    # a quarter: the time of a batch (batches 9, 17)
    ("嵩明县全力冲刺三季度项目建设目标。", "冲刺三季度项目"),
    # 投资项目: the kind, investment projects (batches 8, 9, 13, 16)
    ("客商一行来清水县考察投资项目，双方进行了深入交流。", "来清水县考察投资项目"),
    ("石镜乡新增5000万元投资项目3个。", "石镜乡新增5000万元投资项目"),
])
def test_a_verb_time_or_kind_before_the_ending_names_no_project(text: str, not_name: str) -> None:
    assert not {n for n in named(news(text), Label.PROJECT) if n.endswith(not_name[-6:])}


def test_a_project_named_before_the_verb_of_investment_stays() -> None:
    g = news("鼎盛新材料有限公司年产5万吨碳纤维复合材料项目落户兴文县工业园区。")
    assert "鼎盛新材料有限公司年产5万吨碳纤维复合材料项目" in named(g, Label.PROJECT)


@pytest.mark.parametrize("text, not_name", [
    # a clause's verb glued to a name's left edge (batches 10, 11, 15, 17, 18)
    ("房山区将推广无人机森林灭火示范项目，提升森林防火能力。", "推广无人机森林灭火示范项目"),
    ("项目选址装备制造园区，占地200亩。", "选址装备制造园区"),
    ("重庆市政府赋予西部（重庆）科学城更多自主权。", "市政府赋予西部（重庆）科学城"),
    ("该县充分利用人参高新技术产业园区的平台优势，引进企业12家。", "充分利用人参高新技术产业园区"),
])
def test_a_clause_verb_at_the_left_edge_is_no_part_of_the_name(text: str, not_name: str) -> None:
    g = news(text)
    found = named(g, Label.PROJECT) | named(g, Label.PARK)
    assert not_name not in found


def test_a_park_a_starting_verb_governs_develops_nothing() -> None:
    # 启动 governs the park in a time clause (自…以来): the county after it is the subject
    g = news("自2001年筹划启动轮台工业园区建设以来，轮台县大力实施“工业强县”战略，抓好石油、农副产品加工、矿业开发等产业。")
    got = pairs(g, RelType.DEVELOPS)
    assert ("轮台县", "石油") in got
    assert not {p for p in got if p[0] == "轮台工业园区"}


@pytest.mark.parametrize("text, not_name", [
    # the determiner of the firm spoken of (batches 14, 17)
    ("采访团随该公司总顾问走进生产车间。", "采访团随该"),
    ("光伏发电项目经该公司多次论证后确定。", "经该"),
    # a division's level and a kind: the county's or district's firm (batches 6, 14, 17)
    ("由区国资公司与省供销社合作打造农产品供应基地。", "区国资"),
    ("在服务单位县邮政公司的密切配合下，项目进展顺利。", "服务单位县邮政"),
])
def test_a_firm_spoken_of_by_a_determiner_or_a_level_is_no_name(text: str, not_name: str) -> None:
    got = named(news(text), Label.ENTERPRISE)
    assert not {n for n in got if n.startswith(not_name) or n.endswith(not_name)}


def test_a_county_firm_with_its_full_legal_form_stays() -> None:
    got = named(news("县交通建设有限公司介绍开工项目基本情况。平遥县茂源磁业公司年产1万吨磁材项目开工。"), Label.ENTERPRISE)
    assert any(n.startswith("县交通建设") for n in got)
    assert any("茂源磁业" in n for n in got)


@pytest.mark.parametrize("text", [
    # a count or an area right before the park word (batches 10, 15, 18)
    "全区紧扣“两基地三园区”建设，全力打造高端装备产业集群。",
    "三年内建成两万亩园区，引进企业30家。",
])
def test_a_count_or_an_area_before_the_park_word_is_no_park(text: str) -> None:
    assert not {n for n in named(news(text), Label.PARK) if n.endswith("园区")}


def test_a_numbered_park_keeps_its_name() -> None:
    assert "临清第二工业园区" in named(news("临清第二工业园区新引进企业12家。"), Label.PARK)
