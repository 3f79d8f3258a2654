"""Mechanisms from audit S of raw real texts (tests/audit/docs/179-190, judged_s.yaml): the variant 陜 of traditional
pages, verbs of purpose, of plans, of lists and of waves raised before a park's or a project's name, a reporter's
source and a team's journey before a firm's, and a time word before a place's industry, on sentences composed for
the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.read.script import to_simplified
from tests.ingest.graphs import extracted, named, news, pairs


def test_the_variant_shaan_is_read_as_shaanxi() -> None:
    """陜 (U+965C) converts like 陝: 陜西省商南縣 is the county 商南县 under its province, no county of its own name."""
    assert to_simplified("陜西省") == "陕西省"
    g = extracted("陜西省商南縣：8個項目總投資9.6億元。商南縣舉行重點建設項目集中開工儀式，東嶺茶葉加工產業園等項目開工。",
                  kind="news", date="2019-04-10")
    counties = named(g, Label.COUNTY)
    assert "商南县" in counties
    assert not {c for c in counties if "陜" in c or "陕西" in c}


def test_the_variant_jian_is_read_as_soda() -> None:
    """堿 (U+5831, the variant of 鹼 in 燒堿) converts to 碱, so a traditional page's project is named as a simplified one's."""
    assert to_simplified("年產100萬噸PVC燒堿項目") == "年产100万吨PVC烧碱项目"


def test_verbs_of_purpose_and_plan_before_a_park_name_no_park() -> None:
    """为保障|A产业园建设, 为助力|A产业园落地, 某市计划开展|A产业园区起步区…: the park is A产业园."""
    g = news("为保障东林产业园建设顺利起步，东林县计划开展东林产业园区起步区基础设施等项目。为助力东林产业园加快落地成型，"
             "东林县同步推进招商引资。")
    parks = named(g, Label.PARK)
    assert "东林产业园" in parks
    assert not {p for p in parks if "保障" in p or "助力" in p or "计划" in p or "开展" in p}


def test_a_lists_verb_and_a_wave_raised_again_open_no_project() -> None:
    """包含|A公司B项目、C项目等, 再掀|某县项目建设新热潮: the names start after the verb, a bare 项目建设 names none."""
    g = news("此次开工的8个项目总投资12亿元，包含东林新材料公司年产5万吨板材项目、东林县污水处理厂扩建项目等。"
             "6月20日，东林县重大项目集中开工，再掀东林县项目建设新热潮。")
    projects = named(g, Label.PROJECT)
    assert not {p for p in projects if p.startswith(("包含", "再掀"))}


def test_a_reporters_source_and_a_teams_journey_open_no_firm_name() -> None:
    """记者从|A公司获悉, 招商小分队赴|某市A公司对接: the firm's name starts after 从 and 赴."""
    g = news("8月5日，记者从东林水务集团获悉，新厂开工。县招商小分队赴东林能源集团对接项目。")
    firms = named(g, Label.ENTERPRISE)
    assert not {f for f in firms if "记者" in f or "小分队" in f or "赴" in f}


def test_a_time_word_after_the_place_is_no_part_of_its_industry() -> None:
    """为某县下一步|石油化工产业发展奠定基础: the county DEVELOPS 石油化工(产业)."""
    g = news("沙湾县积极引进装备制造企业，为沙湾县下一步石油化工产业发展奠定基础。")
    assert not {c for c in named(g, Label.CLUSTER) if "下一步" in c}
    assert {t for _, t in pairs(g, RelType.DEVELOPS)} and not {t for _, t in pairs(g, RelType.DEVELOPS) if "下一步" in t}


def test_a_county_known_by_its_short_form_keeps_its_full_name_in_a_firms() -> None:
    """琼海市城投公司: 琼海 (the county's short form) would leave 市城投; the place stays in the firm's name."""
    g = extracted("9月10日，海南日报记者从琼海市城投公司获悉，琼海市东林产业园道路已开工建设。", title="琼海东林产业园道路开工")
    firms = named(g, Label.ENTERPRISE)
    assert "琼海市城投" in firms
    assert not {f for f in firms if f.startswith("市")}
