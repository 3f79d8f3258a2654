"""Mechanisms from audit L of raw real texts (tests/audit/docs/107-116, judged_l.yaml), on sentences composed for
the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, news, pairs


def test_a_verb_with_the_durative_particle_opens_no_project_name() -> None:
    """坚持一切围着项目转、一切盯着项目干: 项目 is the object of 围着/盯着 (a slogan), no project named 一切围着项目."""
    g = news("甲县坚持一切围着项目转、一切盯着项目干，全年新开工宏达新材料产业园项目。")
    projects = named(g, Label.PROJECT)
    assert not {p for p in projects if "着" in p}
    assert "宏达新材料产业园项目" in projects


def test_an_occasion_counted_a_report_and_a_quality_word_name_no_project() -> None:
    """不仅是一次项目建设的集中展示; 向主会场报告项目情况; 以高质量项目助推发展: no project; 一次性 stays in a name."""
    g = news("这次集中开工，不仅是一次项目建设的集中展示，各负责人还向主会场报告项目情况，"
             "以高质量项目助推全县发展。华光一次性医疗器械生产项目同日开工。")
    projects = named(g, Label.PROJECT)
    assert not {p for p in projects if "一次项目" in p or "报告" in p or "高质量" in p}
    assert "华光一次性医疗器械生产项目" in projects


def test_a_verb_of_effort_opens_the_project_name_after_it() -> None:
    """力促种业芯城核心区项目落地: the project is 种业芯城核心区项目, 力促 no part of its name."""
    g = news("今年，甲区力促种业芯城核心区项目落地。")
    assert "种业芯城核心区项目" in named(g, Label.PROJECT)
    assert not {p for p in named(g, Label.PROJECT) if p.startswith("力促")}


def test_a_count_with_about_after_a_project_phrase_counts_a_kind() -> None:
    """已累计落地北京方向实体项目200余个 (or 30多个): a class of projects counted, no one project."""
    g = news("截至目前，甲区已累计落地北京方向实体项目200余个，引进天津方向产业转移项目30多个。")
    assert not {p for p in named(g, Label.PROJECT) if "方向" in p}


def test_a_building_verb_inside_a_firm_name_opens_no_project_list() -> None:
    """康佳集团华北区域总部、中化学交通建设集团三级企业总部等一批项目: 建设 is the firm's word, not the list's verb;
    no project named 集团三级企业总部."""
    g = news("今年以来，康佳集团华北区域总部、中化学交通建设集团三级企业总部等一批项目落户甲区。")
    projects = named(g, Label.PROJECT)
    assert "集团三级企业总部" not in projects
    assert "中化学交通建设集团三级企业总部" in projects
    assert ("中化学交通建设集团三级企业总部", "中化学交通建设集团") in pairs(g, RelType.CARRIED_OUT_BY)


def test_a_place_inside_an_opening_as_phrase_is_not_the_subject_of_a_list() -> None:
    """作为甲区经济发展的主战场，甲经开区…初步形成A、B、C三大主导产业: the zone's industries, not the district's."""
    g = news("作为北辰区经济发展的主战场，北辰经济技术开发区初步形成新材料、医疗器械、检验检测三大主导产业。")
    devs = pairs(g, RelType.DEVELOPS)
    assert not {(s, t) for s, t in devs if s == "北辰区"}
    assert {("北辰经济技术开发区", "医疗器械"), ("北辰经济技术开发区", "检验检测")} <= devs


def test_a_rank_before_a_cluster_and_a_time_adverb_after_a_place_are_no_part_of_the_name() -> None:
    """打造国家级|小站稻产业集群; 甲市近年来|工业母机产业发展: the clusters are 小站稻 and 工业母机."""
    g = news("甲区将打造国家级小站稻产业集群。该项目的开工，是桐乡市近年来工业母机产业发展的又一成果。")
    clusters = named(g, Label.CLUSTER)
    assert not {c for c in clusters if c.startswith(("国家级", "近年来"))}
    assert "小站稻" in clusters
    assert ("桐乡市", "工业母机") in pairs(g, RelType.DEVELOPS)


def test_a_count_of_persons_a_verb_of_having_and_coastal_name_no_place() -> None:
    """一名园区工作人员 (a park's staff member); 形成具有高新区特色的…; 广东滨海旅游公路 (coastal): no park 一名园区, no
    zone 具有高新区, no 滨海新区 or 滨海县."""
    g = news("一名园区工作人员介绍，甲县工业园区今年新落户企业12家。宁江滨海新区将形成具有高新区特色的新质生产力，"
             "广东滨海旅游公路贯穿其中。")
    assert not {p for p in named(g, Label.PARK) if p.startswith("一名")}
    counties = named(g, Label.COUNTY)
    assert not {c for c in counties if c.startswith(("具有", "滨海"))}
    assert "宁江滨海新区" in counties


def test_a_batch_of_a_kind_of_firm_after_a_list_names_no_firm() -> None:
    """引进了甲、乙等一批央企三级公司: the firms are the list's items; no firm named 乙等一批央企三级."""
    g = news("截至目前，甲区已引进中交、华润等一批央企三级公司。")
    assert not {e for e in named(g, Label.ENTERPRISE) if "等" in e or "央企" in e}


def test_a_county_before_a_one_character_brand_stays_in_the_firm_name() -> None:
    """桐乡新钢铁有限责任公司: a 字号 has two characters or more, so 桐乡 is part of it; the firm is 桐乡新钢铁."""
    g = news("桐乡市今年开工项目19个。在桐乡新钢铁有限责任公司，两个技改项目同时动工。")
    firms = named(g, Label.ENTERPRISE)
    assert "新钢铁" not in firms
    assert "桐乡新钢铁" in firms


def test_a_time_frame_a_manner_and_a_short_break_through_are_no_part_of_a_target_name() -> None:
    """力争在今年率先实现动力电池产业链产值破百亿元: the indicator is 动力电池产业链产值 (100亿元, this year)."""
    g = extracted("甲区着力培育动力电池、智能装备2个百亿级产业集群，力争在今年率先实现动力电池产业链产值破百亿元。",
                 date="2023-02-03")
    t = figures(g, RelType.SETS_TARGET)
    assert [k for k, v in t.items() if v["value"] == 100.0 and v["year"] == 2023] == ["动力电池产业链产值"]


def test_a_place_a_verb_governs_in_an_earlier_clause_is_not_the_subject_of_a_list() -> None:
    """提升A科技城综合承载力，…，着力培育X、Y、Z3个百亿级产业集群: the report's district grows them, not the 科技城."""
    g = news("北辰区坚持制造业立市。落实制造业立市战略，提升京津中关村科技城综合承载力，建立双牵引机制，"
             "着力培育动力电池、智能装备、汽车配件3个百亿级产业集群。")
    devs = pairs(g, RelType.DEVELOPS)
    assert not {(s, t) for s, t in devs if s == "京津中关村科技城"}
    assert ("北辰区", "智能装备") in devs  # the place the text is about


def test_what_is_expected_of_projects_landed_is_no_target() -> None:
    """吸引50个优质项目落地，预计新增税收超过1亿元: the landed projects' expected effect, no year's goal; a goal of the
    year after it stays one."""
    g = extracted("开发区引入专业园区运营商，吸引50个优质项目落地，预计新增税收超过1亿元。今年力争规上工业产值突破300亿元。",
                 date="2022-08-31")
    t = figures(g, RelType.SETS_TARGET)
    assert not any("税收" in k for k in t)
    assert [v["value"] for v in t.values()] == [300.0]
