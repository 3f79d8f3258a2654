"""Target scopes, tenth round (ingest/extract/targets/, context.document_subject): the place a target is for when
the text says it only through 全市/全县/全旗, a cited document's title, a city written before its county, or a county's
short form. Each on a composed text through the real pipeline, with real divisions of the gazetteer."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import extracted, figures as _targets


def _scope(text: str, value: float, **kw: str) -> str:
    found = [v["scope"] for v in _targets(extracted(text, **kw)).values() if v["value"] == value]
    assert len(found) == 1, _targets(extracted(text, **kw))
    return found[0]


def test_a_place_in_a_cited_documents_title_is_not_the_whole_city() -> None:
    text = ("2025年彬州市县域经济高质量发展实施方案\n为深入贯彻《咸阳市2025年县域经济高质量发展工作要点》文件精神，"
            "制定本方案。\n一、主要目标\n2025年全市生产总值达到330亿元。")
    assert _scope(text, 330.0, date="2025-09-01") == "彬州市"


def test_a_whole_county_before_any_county_is_named_is_the_one_county_the_text_names() -> None:
    text = "未来五年的主要目标是：到2026年，全县茶叶产值达到100亿元。力争将筠连县建成西部一流的茶叶集散贸易中心。"
    assert _scope(text, 100.0, date="2021-12-01", title="宜宾市新闻") == "筠连县"  # not the city the title names


def test_the_whole_banner_an_earlier_clause_named_carries_to_the_split_clauses() -> None:
    text = ("全面贯彻对内蒙古的重要指示精神，开创现代化陈巴尔虎旗建设崭新局面。\n建议2024年全旗经济社会发展主要预期目标"
            "确定为：地区生产总值增长6.5%左右；固定资产投资增速15%；一般公共预算收入完成1.57亿元。")
    for value in (15.0, 1.57):  # not the city the title names
        assert _scope(text, value, date="2024-01-10", title="呼伦贝尔市新闻") == "陈巴尔虎旗"


def test_a_place_named_after_the_whole_province_ends_its_carry() -> None:
    text = ("1月4日上午，全省扩大有效投资重点项目集中开工举行。在绍兴主会场，宣布绍兴22个重大项目集中开工。"
            "项目总投资305亿元，其中今年计划投资79亿元。")
    assert _scope(text, 79.0, date="2016-01-04") != "浙江省"


def test_a_city_written_before_its_county_named_again_says_where_the_county_lies() -> None:
    title = "“园区提质”：规划建设绵阳健康食品产业园区"
    text = ("今年以来，四川省绵阳市三台县深入实施“工业园区倍增工程”。三台县经济开发区两大主导产业保持高速增长。"
            "到2025年，健康食品产业总规模达到100亿元。")
    assert _scope(text, 100.0, date="2022-05-01", title=title) == "三台县"
    listed = text.replace("绵阳市三台县深入", "绵阳市三台县、盐亭县深入")  # a list of its counties: the city's text
    assert _scope(listed, 100.0, date="2022-05-01", title=title) != "三台县"


def test_a_county_named_by_its_short_form_as_often_as_its_city_in_full_is_the_subject() -> None:
    text = ("二、2025年政府工作目标任务\n各位代表，做好新一年政府工作，意义重大。全领域加快建设更高水平的智造鲤城，"
            "奋力谱写中国式现代化鲤城篇章。经济社会发展主要预期目标是：地区生产总值增长6.2%。\n"
            "发挥泉州市云箭创新研究院等平台优势。")
    assert _scope(text, 6.2, date="2025-01-10", title="") in ("鲤城", "鲤城区")


def test_a_plan_sections_heading_year_is_its_yearless_figures_year() -> None:
    text = ("二、2025年政府工作目标任务\n各位代表，做好新一年政府工作，意义重大。\n（一）聚力建设现代化产业体系\n"
            "加快实施科技赋能。力争全区规上企业研发经费增长20%以上。")
    t = _targets(extracted(text, kind="report", date="2025-02-01", title="甲区政府工作报告"))
    assert [v["year"] for v in t.values() if v["value"] == 20.0] == [2025], t
    review = text.replace("政府工作目标任务", "工作回顾")  # no plan's heading: a report's yearless figure has no year
    t = _targets(extracted(review, kind="report", date="2025-02-01", title="甲区政府工作报告"))
    assert not [v for v in t.values() if v["value"] == 20.0], t


def test_a_target_edge_says_how_its_year_was_found() -> None:
    """The year in the figure's words: prose_target; the year of a plan section's heading: prose_target_heading, with the
    lower confidence data/rules/confidence.yaml gives it."""
    stated = extracted("到2025年，全区规上企业研发经费达到20亿元。", kind="report", date="2023-02-01")
    headed = extracted("二、2025年政府工作目标任务\n（一）聚力建设现代化产业体系\n力争全区规上企业研发经费增长20%以上。",
                       kind="report", date="2025-02-01")
    said, heading = ([(v.rule, v.confidence) for e in g.edges if e.type == RelType.SETS_TARGET for v in e.evidence]
                     for g in (stated, headed))
    assert [r for r, _ in said] == ["prose_target"], said
    assert [r for r, _ in heading] == ["prose_target_heading"], heading
    assert heading[0][1] != said[0][1]


def test_the_whole_province_of_a_home_city_text_is_its_province() -> None:
    text = "聊城市召开工业发展大会。会议提出，到2025年，全省规模以上工业企业达到2.5万户。"
    assert _scope(text, 25000.0, date="2023-03-01") == "山东省"


def test_a_reports_next_five_years_end_four_years_after_its_own() -> None:
    text = "我们对今后五年的发展提出了具体目标。总体来说，要实现地区生产总值超过1800亿元。"
    t = _targets(extracted(text, kind="report", date="2023-01-12", title="甲区政府工作报告"))
    assert [v["year"] for v in t.values() if v["value"] == 1800.0] == [2027], t  # 2023-2027
    t = _targets(extracted("力争5年内新增规上企业50家。", kind="news", date="2023-06-01"))
    assert [v["year"] for v in t.values() if v["value"] == 50.0] == [2028], t  # within five years: after the document's


def test_clusters_counted_with_no_year_are_no_figure_of_this_year() -> None:
    t = _targets(extracted("《规划》明确提出打造绿色钢铁、绿色石化2个千亿级产业集群。", kind="news", date="2021-05-01"))
    assert not [v for v in t.values() if v["value"] == 2.0], t
    t = _targets(extracted("今年力争新增规上工业企业30家。", kind="news", date="2021-05-01"))
    assert [v["year"] for v in t.values() if v["value"] == 30.0] == [2021], t  # a figure of this year still is
