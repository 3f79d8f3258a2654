"""Targets anywhere in prose (ingest/extract/targets/) and project facts
(ingest/extract/project_facts.py) on short hand-written texts through the real pipeline."""

from __future__ import annotations

import pytest

from graph.model import RelType
from ingest.extract.targets import rules
from tests.ingest.graphs import HOME_TITLE, extracted, figures


def test_targets_with_magnitudes_comparators_and_rates() -> None:
    g = extracted("到2025年，全市力争建成5G基站1.5万个，规模以上工业营业收入突破千亿元，"
                 "高新技术企业达到500家以上，地区生产总值年均增长8%左右。", title=HOME_TITLE)
    t = figures(g, RelType.SETS_TARGET)
    assert t["5G基站"] == {"year": 2025, "value": 15000.0, "unit": "个", "comparator": ">=", "scope": "聊城市",
                          "measure": "level"}
    assert (t["规模以上工业营业收入"]["value"], t["规模以上工业营业收入"]["unit"], t["规模以上工业营业收入"]["comparator"]) \
        == (1000.0, "亿元", ">")
    assert (t["高新技术企业"]["value"], t["高新技术企业"]["comparator"]) == (500.0, ">=")
    rate = t["GDP年均增长率"]  # 地区生产总值 is written GDP (resolve.indicator_key)
    assert (rate["value"], rate["unit"], rate["comparator"], rate["measure"]) == (8.0, "%", "~", "rate")
    assert "GDP" not in t  # the rate is not the level


@pytest.mark.parametrize("text, name, year", [
    ("“十四五”末，莘县规模以上工业企业达到300家。", "莘县规模以上工业企业", 2025),   # plan period; a county's own node
    ("年内新增“专精特新”企业50家。", "新增专精特新企业", 2023),                   # the document's year
    ("2023—2025年，累计实施技改项目300个。", "累计实施技改项目", 2025),            # a span ends in its last year
])
def test_the_year_and_the_scope(text: str, name: str, year: int) -> None:
    t = figures(extracted(text, date="2022-06-01" if "十四五" in text else "2023-01-10", title=HOME_TITLE),
                RelType.SETS_TARGET)
    assert t[name]["year"] == year, t
    assert t[name]["scope"] == ("莘县" if name.startswith("莘县") else "聊城市")


def test_a_past_figure_is_a_reported_value_of_its_period() -> None:
    g = extracted("2022年，全市规模以上工业增加值增长6.5%，新增高新技术企业120家。")
    r = figures(g, RelType.REPORTS)
    assert r["规模以上工业增加值增长率"]["period"] == "2022" and r["规模以上工业增加值增长率"]["measure"] == "rate"
    assert r["新增高新技术企业"]["value"] == 120.0  # a flow, not the number of such firms
    assert not figures(g, RelType.SETS_TARGET)


def test_no_target_from_dates_ranges_or_project_figures() -> None:
    g = extracted("到2025年，力争每个县实施投资过10亿元的项目5-10个，3月15日召开会议，鲁西集团年产30万吨尼龙项目总投资20亿元。")
    assert not figures(g, RelType.SETS_TARGET)


def test_the_rules_file_is_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    import ingest.extract.targets.patterns as patterns
    from ingest.errors import LexiconError

    rules.cache_clear()
    monkeypatch.setattr(patterns, "rule_data", lambda name: {"units": []})
    with pytest.raises(LexiconError, match="missing"):
        patterns.rules()
    rules.cache_clear()


def test_project_worth_and_stage() -> None:
    g = extracted("2月17日上午，鲁西集团年产10万吨新材料项目开工建设，项目总投资12.5亿元，占地200亩。"
                 "东阿投资8000万元的阿胶产业园项目竣工投产。", date="2021-02-18")
    props = {n.name: n.props for n in g.nodes if n.label.value == "Project"}
    lx = props["鲁西集团年产10万吨新材料项目"]
    assert (lx["total_investment"], lx["total_investment_yi"], lx["site_area"]) == ("12.5亿元", 12.5, "200亩")
    assert (lx["status"], lx["status_date"]) == ("开工", "2021-02-17")
    assert any(x.startswith("total_investment policy:t#") for x in lx["fact_evidence"])


def test_a_planned_stage_is_not_a_status() -> None:
    g = extracted("力争鲁西集团年产10万吨新材料项目年内开工。")
    assert all("status" not in n.props for n in g.nodes)


def test_facts_said_of_the_last_project() -> None:
    g = extracted("鲁西集团年产10万吨新材料项目签约。\n鲁西集团是化工企业，该项目总投资50亿元，年度计划投资8亿元。", date="2023-12-26")
    lx = next(n.props for n in g.nodes if n.name == "鲁西集团年产10万吨新材料项目")
    assert (lx["total_investment_yi"], lx["annual_investment"], lx["annual_investment_year"]) == (50.0, "8亿元", 2023)
    assert (lx["status"], lx["status_date"]) == ("签约", "2023")


# ---- mechanisms written against the other-cities texts 30-63 (docs/EXTRACTION.md, "Targets anywhere in prose")

def _targets(text: str, **kw: str) -> dict[str, dict]:
    return figures(extracted(text, **kw), RelType.SETS_TARGET)


def test_a_plans_year_carries_to_the_paragraphs_that_list_its_targets() -> None:
    t = _targets("主要目标为到2025年，全省政策体系更加完善。\n——优质主体不断壮大。累计培育单项冠军企业300家。\n"
                 "——创新能力大幅提升。研发投入强度超过7%。\n下一段没有数字。\n企业户均专利达到10件。", date="", kind="notice")
    assert t["累计培育单项冠军企业"]["year"] == 2025 and t["研发强度"]["year"] == 2025
    assert not any(v["value"] == 10.0 for v in t.values())  # a paragraph without a figure ended the list


def test_years_in_words_from_the_documents_date() -> None:
    assert _targets("5年内形成万亿级产业3个。", date="2020-09-25")["万亿级产业"]["year"] == 2025
    assert _targets("到“十二五”末，园区主营业务收入超500亿元。", date="2012-09-21")["园区主营业务收入"]["year"] == 2015


def test_a_batch_of_projects_and_its_money() -> None:
    t = _targets("2022年，全市计划开工重点项目496个，总投资3957.5亿元，今年计划完成投资631.5亿元。", date="2022-04-08",
                 title=HOME_TITLE)
    assert (t["开工重点项目"]["value"], t["计划开工重点项目总投资"]["value"]) == (496.0, 3957.5)
    assert t["计划开工重点项目年度计划投资"] == {"year": 2022, "value": 631.5, "unit": "亿元", "comparator": ">=",
                                          "scope": "聊城市", "measure": "level"}
    # the sum after a breakdown is the whole's
    t = _targets("2022年，全区计划开复工项目140个，其中新开工项目66个，续建项目74个，总投资2180亿元。", date="2022-04-08")
    assert t["计划开复工项目总投资"]["value"] == 2180.0 and "续建项目总投资" not in t
    # one project's year plan is a target, its total its own fact
    t = _targets("单体投资最大项目为丙烷产业链项目、总投资103亿元、年度投资40亿元。", date="2020-03-18", title=HOME_TITLE)
    assert t == {"丙烷产业链项目年度投资": {"year": 2020, "value": 40.0, "unit": "亿元", "comparator": ">=",
                                           "scope": "聊城市", "measure": "level"}}
    # a batch planned in its clause; a bare 项目 after it is that batch
    t = _targets("全省筛选确定了2010年重点建设项目共6大类62项，项目在建总规模1980亿元。", date="2010-03-01", kind="notice")
    assert (t["重点建设项目"]["value"], t["重点建设项目在建总规模"]["value"]) == (62.0, 1980.0)
    # a year-to-date tally plans nothing
    assert not _targets("今年共开工建设重点项目102个，总投资达到1131亿元，年度计划投资348亿元。", date="2018-12-17")


def test_no_target_from_a_projects_effects_capacities_parts_of_a_year_or_ranks() -> None:
    assert not _targets("风电场建成后，预计年发电量4.185亿千瓦时，实现销售收入1.57亿元。", date="2019-10-01")
    assert not _targets("新引进的公司今年计划年生产电动自行车6万辆。", date="2007-08-18")
    assert not _targets("预计一季度固定资产投资额增速达20%。", date="2022-04-08")
    assert not _targets("力争进入全省10个销售收入超千亿元的产业园区行列。", date="2012-09-21")


def test_ranges_ellipses_and_the_subject_of_a_sentence() -> None:
    t = _targets("到2025年，争取建成3至5个国家级制造业创新中心。")
    assert (t["国家级制造业创新中心"]["value"], t["国家级制造业创新中心"]["comparator"]) == (3.0, ">=")
    t = _targets("现已落地永磁电机项目14个，年底将落地30个以上。", date="2024-07-29")
    assert t["落地永磁电机项目"]["year"] == 2024 and t["落地永磁电机项目"]["value"] == 30.0
    t = _targets("到2025年，新能源产业累计完成投资1000亿元，规上工业产值达到2300亿元。", date="2023-12-01")
    assert t["新能源产业累计完成投资"]["value"] == 1000.0
    assert t["新能源产业工业总产值"]["value"] == 2300.0  # 规上工业产值 is written 工业总产值 (resolve.indicator_key)


def test_the_scope_is_the_zone_a_headline_opens_with() -> None:
    t = _targets("当天开工的项目总投资124.1亿元，年度投资30.2亿元。", date="2021-01-26",
                 title="宝鸡高新区一季度重点项目开工")
    assert t["宝鸡高新区开工项目年度投资"]["scope"] == "宝鸡高新区"  # another place's indicator carries its name


def test_investment_before_a_building_verb_and_the_topic_project() -> None:
    g = extracted("海高投资公司拟投资6.2亿元，在双流建设锂离子动力电池项目。\n"
                 "新型钛材料产业园项目主要建设熔炼车间。项目分三期实施，其中一、二期总投资50亿元。", date="2021-01-26")
    props = {n.name: n.props for n in g.nodes if n.label.value == "Project"}
    assert props["锂离子动力电池项目"]["total_investment"] == "6.2亿元"
    assert props["新型钛材料产业园项目"]["total_investment"] == "50亿元"


def test_a_headline_restated_by_the_body_and_a_qualified_count() -> None:
    t = _targets("（原标题：云南：到2025年培育打造10个千亿园区）\n《规划》提出，到2025年，培育打造10个主营业务收入增量超千亿元的重点园区。",
                 date="2016-09-01")
    assert list(t) == ["云南主营业务收入增量超千亿元重点园区"] and t["云南主营业务收入增量超千亿元重点园区"]["value"] == 10.0


def test_a_work_reports_year_heading_sets_its_sections_year() -> None:
    g = extracted("2022年工作回顾\n预计全年完成地区生产总值113.6亿元，增长5%。\n二、2023年工作安排\n"
                 "今年力争规模以上工业增加值增长6%。", kind="report", date="2023-01-20")
    assert figures(g, RelType.REPORTS)["GDP增长率"]["year"] == 2022  # the review's 全年 is 2022, not the date's
    t = figures(g, RelType.SETS_TARGET)
    assert list(t) == ["规模以上工业增加值增长率"] and t["规模以上工业增加值增长率"]["year"] == 2023


def test_a_sentence_adding_to_a_target_sentence_states_targets_too() -> None:
    t = _targets("政府工作报告提出了2024年的预期目标，其中包括地区生产总值增长6%左右。此外，固定资产投资增长5%。",
                 date="2024-01-24")
    assert t["固定资产投资增长率"]["year"] == 2024 and t["固定资产投资增长率"]["value"] == 5.0


def test_a_plan_dated_by_its_year_is_the_years_planned_investment() -> None:
    g = extracted("城建项目9个，总投资32.5亿元，2012年计划投资9.25亿元。\n"
                 "总投资3亿元的广汇产业园项目，今年计划完成投资1.2亿元。", date="2012-07-03", title=HOME_TITLE)
    names = {n.name: n.aliases for n in g.nodes if n.label.value == "Indicator"}
    t = figures(g, RelType.SETS_TARGET)
    assert t["城建项目年度计划投资"]["value"] == 9.25 and "城建项目计划投资" in names["城建项目年度计划投资"]
    assert t["广汇产业园项目年度计划投资"]["year"] == 2012  # one project's plan for the year, as written 计划完成投资
    assert "广汇产业园项目计划完成投资" in names["广汇产业园项目年度计划投资"]


def test_a_figure_inside_a_projects_name_is_its_capacity() -> None:
    t = _targets("今年，力争建成年产3万吨高氯酸钾、2万吨亚氯酸钠、3千吨氢气回收项目，实施重点项目50个。", date="2013-03-01")
    assert list(t) == ["重点项目"] and t["重点项目"]["value"] == 50.0  # a count of projects stays
    t = _targets("2022年，大龙经济开发区将聚焦主导产业，预计完成到位资金60亿元、工业项目到位资金56亿元。", date="2022-01-17")
    assert t["大龙经济开发区到位资金"]["value"] == 60.0  # 项目 inside a later item's name closes no project's name
    # (the zone opening the sentence after its year and comma is the figure's scope, so its name opens the indicator's)


def test_the_scope_is_the_zone_a_report_names_as_its_source() -> None:
    t = _targets("1月11日，记者从贵州大龙经济开发区获悉，2022年，大龙经济开发区将预计完成到位资金60亿元。",
                 date="2022-01-17", title="")
    assert t["贵州大龙经济开发区到位资金"]["scope"] == "贵州大龙经济开发区"  # the short form is the place named in full
    t = _targets("本报讯（记者吴霄云）2月28日，通州湾示范区投资环境推介会在上海举行。\n今年，全年目标新签约项目不少于60个。",
                 date="2023-03-03", title="")
    assert t["通州湾示范区新签约项目"]["scope"] == "通州湾示范区"  # the zone opening the report's first sentence


def test_a_batch_named_after_a_year_and_we_and_a_project_priced_before_its_name() -> None:
    t = _targets("2013年我县计划实施的工业项目5项，总投资17.35亿元。\n"
                 "一是总投资6533.42万元的宏泰卡力岗土鸡深加工项目，今年计划完成投资700万元。", date="2013-03-01")
    assert t["工业项目"]["value"] == 5.0 and t["计划实施工业项目总投资"]["value"] == 17.35  # no 年我县, no leading 的
    assert t["宏泰卡力岗土鸡深加工项目年度计划投资"]["value"] == 700.0  # not 万元的…


def test_another_city_opening_a_clause_is_the_scope_and_effective_investment_an_indicator() -> None:
    t = _targets("今年，绍兴市全市确保完成有效投资2860亿元，增长11%以上。", date="2016-01-04")
    assert t["绍兴市有效投资"]["value"] == 2860.0 and t["绍兴市有效投资"]["scope"] == "绍兴市"
    assert t["绍兴市有效投资增长率"]["value"] == 11.0


def test_a_batchs_planned_total_and_its_output_at_full_production_are_no_targets() -> None:
    t = _targets("在84个项目中，美丽健康产业项目26个，计划总投资54亿元，预计达产产值90亿元。", date="2020-06-01")
    assert not t  # signed projects' planned total and their output once producing: no plan of the year
    assert not _targets("预计全部投产可新增产值572.68亿元。", date="2013-11-22")


def test_a_base_year_is_not_the_targets_and_a_headline_restated_in_another_year_is_dropped() -> None:
    g = extracted("湛江力争制造业占GDP比重力争提高到30%\n\n湛江市出台规划，力争“十四五”期末，规上工业增加值在2020年的基础上翻一番，"
                 "突破1300亿元，制造业占GDP比重力争提高到30%。", date="2021-09-06", title="")
    t = {(n, p["year"]) for n, p in figures(g, RelType.SETS_TARGET).items()}
    # the period's year, not the base year 2020; the headline's copy dropped; 突破1300亿元 continues the clause before
    assert t == {("制造业占GDP比重", 2025), ("湛江市规模以上工业增加值", 2025)}


def test_a_sum_qualifying_a_batch_is_no_part_of_its_name_and_a_total_signed_reports() -> None:
    g = extracted("今年，巴林左旗实施投资500万元以上重点项目121个，总投资203亿元。", date="2020-07-02")
    assert figures(g)["巴林左旗实施重点项目总投资"]["value"] == 203.0  # no 500万元以上; a batch put in hand plans
    g = extracted("2012年，绥化市计划开工建设产业项目700个，全市共签约投资3000万元以上产业项目627个。", date="2012-03-01")
    assert set(figures(g, RelType.SETS_TARGET)) == {"绥化市开工建设产业项目"}  # 共签约 is a tally


def test_a_plan_periods_span_is_its_last_year() -> None:
    g = extracted("“十三五”期间，该市预计地区生产总值达245亿元，年均增长7.5%。", date="2021-01-24")
    assert not figures(g, RelType.SETS_TARGET)  # 2016-2020 told in 2021: reported
    assert _targets("“十四五”期间，力争新增高新技术企业500家。", date="2021-06-01")["新增高新技术企业"]["year"] == 2025


def test_a_lists_size_and_a_project_introduced_by_its_name_give_no_targets() -> None:
    assert not _targets("为实现目标，报告提出推动经济回升向好、筑牢安全发展底线等10个方面的重点任务。", date="2024-01-24")
    assert not _targets("天福养老产业项目是这次签约中投资量最大的项目，将建设养生文化村，设计养老床位480张。", date="2020-06-01")


def test_a_name_starts_after_a_target_word_inside_the_words_before_it() -> None:
    t = _targets("其中，提出要力争全年新增百亿企业10家。", date="2024-01-24")
    assert t["新增百亿企业"]["value"] == 10.0
    t = _targets("到2025年全省林业产业总产值力争突破7000亿元。", date="2021-02-22")
    assert t["林业产业总产值"]["value"] == 7000.0  # no name after the word: the name is before it


def test_a_batch_counted_with_a_comparator_owns_the_sum_after_it() -> None:
    t = _targets("今年，全年目标新签约并注册项目不少于60个，总投资额超600亿元。", date="2023-03-03")
    assert t["新签约并注册项目总投资额"]["value"] == 600.0 and t["新签约并注册项目总投资额"]["comparator"] == ">"


def test_the_sum_after_a_part_of_an_introduced_breakdown_is_the_parts() -> None:
    t = _targets("这34个重大项目包括：工业和高新技术项目15个，总投资53.3亿元，2012年计划投资15.6亿元。", date="2012-07-03")
    assert t["工业和高新技术项目年度计划投资"]["value"] == 15.6 and "重大项目年度计划投资" not in t


def test_an_areas_capacity_target_and_a_head_shared_by_a_list() -> None:
    t = _targets("截至“十三五”末，力争形成2600万吨炼油、210万吨乙烯年产能。", date="2013-11-22")
    assert t["炼油年产能"]["value"] == 26000000.0 and t["乙烯年产能"]["year"] == 2020


def test_a_county_scope_is_written_as_the_text_writes_its_whole_name() -> None:
    t = _targets("化隆县坚持项目带动。\n2013年，化隆县计划实施工业项目5项。\n"
                 "三是总投资997万元的化隆成林核桃加工项目，今年计划完成投资347万元。", date="2013-03-01", title="")
    assert {p["scope"] for p in t.values()} == {"化隆县"}  # not its full name 化隆回族自治县, also for 化隆


def test_an_effort_made_and_the_base_of_a_change_give_no_targets() -> None:
    g = extracted("经过不懈努力，全市煤炭就地转化率由建市初期的不足20%提高到90%以上。", date="2017-06-22")
    assert not figures(g, RelType.SETS_TARGET)
    g = extracted("2016年，全市煤炭就地转化率由建市初期的不足20%提高到90%以上。", date="2017-06-22")
    assert list(figures(g, RelType.REPORTS)) == ["煤炭就地转化率"]  # the level reached, named without its base


def test_a_late_estimate_of_the_whole_year_tells_its_outcome() -> None:
    text = "2018年，开发区项目建设再攀新高。预计全年新签约亿元以上项目41个。"
    assert not _targets(text, date="2018-12-13")
    assert _targets(text, date="2018-03-13")["新签约亿元以上项目"]["value"] == 41.0  # early in the year: a forecast


def test_the_park_a_sentence_opens_with_is_the_scope_of_its_later_clauses() -> None:
    t = _targets("化工产业园力争创建国家智慧化工园区，园区主营业务收入突破50亿元。", date="2021-01-24")
    assert t["化工产业园园区主营业务收入"]["scope"] == "化工产业园"


def test_a_sprint_to_a_figure_is_a_target() -> None:
    t = _targets("总投资4.3亿元，成宜装备制造产业园入驻率冲刺100%。", date="2025-01-22")
    assert t["成宜装备制造产业园入驻率"]["year"] == 2025 and t["成宜装备制造产业园入驻率"]["value"] == 100.0
