"""Mechanisms from audit N of raw real texts (tests/audit/docs/127-136, judged_n.yaml): where a company's and a listed
project's name starts, a list closed by a rank of projects, a list's items, a zone's two spellings, a place inside a
word, and the year of a whole year stated, on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, news, pairs


def test_a_batchs_label_opens_no_company_name() -> None:
    """新签约项目|浙江明越智能装备有限公司…, 竣工项目|华润公司…: the firm's name starts after the batch's label;
    a project company's own name keeps it (…项目管理有限公司)."""
    g = news("本次活动中，新签约项目浙江明越智能装备有限公司精密轴承制造等6个，竣工项目华润公司50兆瓦光伏电站等3个。"
             "项目由青禾工程项目管理有限公司负责监理。")
    firms = named(g, Label.ENTERPRISE)
    assert "浙江明越智能装备" in firms and "华润" in firms
    assert not {f for f in firms if f.startswith(("新签约", "竣工"))}
    assert any(f.startswith("青禾工程项目管理") for f in firms)


def test_a_stage_verb_opens_a_project_list_and_a_rank_names_no_industry() -> None:
    """新竣工|甲乙科技、…等重点产业项目6个: the list starts after the verb, and 重点产业 is the projects' rank, no
    industry (no Cluster 重点, no IN_CLUSTER, no item read as an industry)."""
    g = news("开发区全年主导产业产值突破300亿元，新竣工青松智造、白桦新材、红杉电子等重点产业项目6个。")
    projects = named(g, Label.PROJECT)
    assert {"青松智造", "白桦新材", "红杉电子"} <= projects
    assert not {p for p in projects if "竣工" in p}
    assert not named(g, Label.CLUSTER)
    assert not pairs(g, RelType.IN_CLUSTER)


def test_a_built_list_drops_its_particle_and_keeps_facilities_apart() -> None:
    """建设了|第二水厂、东区热电厂、220千伏变电站等配套项目: three items, none opening with 了; a quantity opens an
    item of its own after a facility named without one."""
    g = news("园区近年来动工建设了第二水厂、东区热电厂、220千伏变电站等配套项目。")
    projects = named(g, Label.PROJECT)
    assert {"第二水厂", "东区热电厂", "220千伏变电站"} <= projects
    assert not {p for p in projects if p.startswith("了") or "、" in p}


def test_a_verb_paired_by_a_joining_word_opens_no_list() -> None:
    """含…生态保护与建设工程2020年度…治理项目、…等重点项目: 建设 joined to 保护 is part of a works' name, no verb
    opening a list (no project cut at it, no firm 工程)."""
    g = news("总投资1亿元以上项目8个，含黄河上游生态保护与建设工程2020年度沙化土地治理项目（二期）、南坪乡村旅游综合开发项目等重点项目。")
    assert not {p for p in named(g, Label.PROJECT) if p.startswith("工程")}
    assert "工程" not in named(g, Label.ENTERPRISE)


def test_a_zones_short_spelling_in_a_text_naming_it_in_full_is_that_zone() -> None:
    """望潮湾经开区 in a text naming 望潮湾经济技术开发区, 青岚开发区 beside 青岚经济开发区: one node each."""
    g = news("据宁波市商务局消息，望潮湾经济技术开发区今年新引进亿元以上项目12个。望潮湾经开区将继续优化营商环境。")
    places = named(g, Label.COUNTY) | named(g, Label.PARK)
    assert "望潮湾经济技术开发区" in places and "望潮湾经开区" not in places
    g = news("青岚经济开发区位于潍坊市北部，区内工业企业120家。青岚开发区先后引进了一批项目。")
    places = named(g, Label.COUNTY) | named(g, Label.PARK)
    assert "青岚经济开发区" in places and "青岚开发区" not in places


def test_a_place_name_inside_a_verb_and_its_noun_is_no_place() -> None:
    """新增|城区绿化面积 holds 增城区: no district there, and the target's scope stays the text's county."""
    g = extracted("平阴县今年将新增城区绿化面积20万平方米。", date="2023-02-10")
    assert "增城区" not in named(g, Label.COUNTY)
    assert all(f["scope"] != "增城区" for f in figures(g).values())


def test_a_whole_year_after_its_stated_year_is_that_year() -> None:
    """2022年全年实现地区生产总值300亿元 in news of 2023: 2022's outcome, no target of the news's year."""
    g = extracted("经初步预计，平阴县2022年全年实现地区生产总值300亿元，比上年增长6%。", date="2023-01-10")
    assert not figures(g)
