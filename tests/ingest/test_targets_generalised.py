"""Targets in prose, fifth round (ingest/extract/targets/): mechanisms written against devset_other 104–143 and
checked on 01–103, each on a composed sentence through the real pipeline."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures as _targets, named


def test_a_unit_written_with_its_magnitude_stays_so() -> None:
    t = _targets(extracted("力争到2025年，全市新能源装机规模突破1800万千瓦，锂电池产能达到330GWh。"))
    assert (t["新能源装机规模"]["value"], t["新能源装机规模"]["unit"]) == (1800.0, "万千瓦")  # not 18000000 千瓦
    assert (t["锂电池产能"]["value"], t["锂电池产能"]["unit"]) == (330.0, "GWh")


def test_the_figure_a_verb_of_forming_counts_is_named_after_it() -> None:
    t = _targets(extracted("到2025年，锂电产业集群将形成330GWh锂电池产能规模。"))
    assert list(t) == ["锂电池产能规模"]


def test_a_part_of_a_sentence_about_one_project_states_that_projects_facts() -> None:
    g = extracted("位于博平镇的国际物流内陆港项目总投资20亿元，由A公司建设，项目拟分3期进行建设，一期将建设6.8公里铁路专用线。"
                 "比如，欣奕华高新材料项目计划年内投产；振展汽车新能源项目先行租赁2100平方米标准化厂房，开工建设两条生产线。"
                 "整个项目初步预计投资90亿元，运营期年均销售收入约为84亿元。")
    assert not _targets(g) and not _targets(g, RelType.REPORTS)


def test_a_batch_is_no_one_project() -> None:
    t = _targets(extracted("当天开工的项目总投资124.1亿元，年度投资30.2亿元。先进制造业项目254个，年度计划投资1547.5亿元。"
                          "包括沃丰德生物科技产业园建设项目、正德医疗手术感控生产线扩产项目等10个亿元以上重大项目，总投资47.7亿元，"
                          "年度计划投资19.6亿元。", date="2021-03-01"))
    assert t["开工项目年度投资"]["value"] == 30.2 and t["先进制造业项目年度计划投资"]["value"] == 1547.5
    assert 19.6 in {v["value"] for v in t.values()}  # a list's first item opens no part about one project


def test_a_sentence_opening_with_a_part_of_a_year_gives_only_its_plans() -> None:
    t = _targets(extracted("一季度，淄川集中开工22个项目，总投资116亿元，年度计划投资40亿元，包括11个工业项目、6个服务业项目。"
                          "1—10月份，冠县新落地及签约项目101个，计划投资额430亿元，其中过亿元项目66个。"
                          "今年第一季度，肇庆高新区拟推动建设增资扩产项目30个。", date="2023-02-15"))
    assert sorted(v["value"] for v in t.values()) == [30.0, 40.0], t
    assert any(n.endswith("集中开工项目年度计划投资") for n in t)  # the batch counted before a bare 项目


def test_a_goal_met_and_a_project_profile_give_no_targets() -> None:
    g = extracted("外资到账提前一个季度完成全年目标任务，外贸进出口同比增长44.6%。"
                 "附项目概况：埃普特产学研合作基地，计划投资5亿元，规划用地78亩。", date="2022-01-03")
    assert not _targets(g)
    g = extracted("今年，300个市重点建设项目完成投资628.1亿元，占年计划的80.2%，其中93个新开项目中91个项目已开工建设。",
                 date="2017-09-07")
    assert not _targets(g)


def test_a_value_raised_to_a_years_value_is_no_target_for_that_year() -> None:
    g = extracted("森林覆盖率由1956年的23%提高到2020年的70.01%，湿地保护率达74.3%，比2016年提升60.3个百分点。",
                 date="2021-06-04")
    assert not _targets(g)
    assert _targets(g, RelType.REPORTS)["湿地保护率"]["year"] == 2020


_PLAN = ("2021年全市共编排重大产业项目338个，比2020年增加项目65个，其中，新引进尚未开工的项目178个，年度计划投资873.8亿元。"
         "先进制造业项目254个，比2020年增加42个，计划总投资3556亿元，比2020年2429.2亿元增长46.4%，年度计划投资1547.5亿元。")


def test_a_title_naming_a_plan_of_the_documents_year_makes_its_figures_targets() -> None:
    g = extracted(_PLAN, kind="notice", date="2021-02-04", title="宿迁市2021年重大产业项目投资计划")
    t = {n.removeprefix("宿迁市"): v for n, v in _targets(g).items()}  # the title's city is the scope
    assert t["重大产业项目"]["value"] == 338.0 and t["新引进尚未开工项目"]["value"] == 178.0
    assert t["先进制造业项目计划总投资"]["value"] == 3556.0 and t["先进制造业项目年度计划投资"]["value"] == 1547.5
    assert {v["year"] for v in t.values()} == {2021}  # 比2020年 names the base of a comparison, not the figure's year
    assert 2429.2 not in {v["value"] for v in t.values()}  # the past year's base
    aliases = {a for n in g.nodes for a in n.aliases}
    assert "新引进尚未开工的项目年度计划投资" in aliases  # the batch's money as written
    # no plan's title, and written at the year's end, when the stated year may be reviewed (before its late months the
    # batch with the year's planned money after it is the year's plan without a title: tgt15, four batches' gold)
    assert "重大产业项目" not in _targets(extracted(_PLAN, kind="notice", date="2021-12-04"))


def test_a_yearly_investment_goal_of_an_arranged_batch() -> None:
    t = _targets(extracted("2025年全市共安排重大工程和重点项目442个，总投资3797.87亿元，年度投资目标491.77亿元。"
                          "农业现代化项目21个，年投资目标8.29亿元。", kind="report", date="2025-03-01"))
    assert t["重大工程和重点项目"]["value"] == 442.0  # 共安排 opens no name
    assert t["重大工程和重点项目年度投资目标"]["value"] == 491.77
    assert t["农业现代化项目年投资目标"]["value"] == 8.29


def test_a_goal_framing_what_follows_is_no_second_target() -> None:
    t = _targets(extracted("到2025年，全市锂电产业营业收入力争超过1000亿元。"
                          "围绕2025年全市锂电产业营收超过千亿元，规划对各项主要目标进行了分类量化。", date="2022-03-10"))
    assert list(t) == ["锂电产业营业收入"]


def test_a_measure_word_stays_in_a_name_that_needs_it() -> None:
    t = _targets(extracted("力争在“十四五”时期，全州GDP总量达2500亿元以上；到2035年，经济总量达到6000亿元左右，"
                          "规模以上工业企业总数达到500家。", date="2021-06-04"))
    assert (t["GDP总量"]["year"], t["GDP总量"]["value"]) == (2025, 2500.0)
    assert t["经济总量"]["value"] == 6000.0 and t["规模以上工业企业"]["value"] == 500.0


def test_a_share_written_as_a_fraction_in_words() -> None:
    t = _targets(extracted("到2025年，锂盐占国内市场份额三分之一以上。", date="2022-10-11"))
    assert (t["锂盐占国内市场份额"]["value"], t["锂盐占国内市场份额"]["unit"]) == (33.3, "%")


def test_a_paragraph_opening_with_a_year_since_reviews_that_year() -> None:
    g = extracted("2023年以来，开发区坚持项目为王。据统计，该区全年新签约亿元以上项目81个，计划投资488.48亿元；"
                 "32个市重大项目完成投资180.56亿元。", date="2024-01-15")
    assert not _targets(g)


def test_an_item_named_by_a_measure_word_alone_is_that_measure_of_the_item_before() -> None:
    t = _targets(extracted("力争年内新增新能源并网400万千瓦、总量突破1800万千瓦。", date="2025-03-01"))
    assert t["新增新能源并网"]["value"] == 400.0 and t["新能源并网总量"]["value"] == 1800.0


def test_a_batch_priced_before_its_count() -> None:
    t = _targets(extracted("今年，淄川将排出总投资1200亿元的160个重点项目。", date="2023-02-15"))
    assert t["重点项目总投资"]["value"] == 1200.0 and t["重点项目"]["value"] == 160.0


def test_years_within_count_forward_only_in_a_plans_words() -> None:
    assert not _targets(extracted("这种发展路径使得园区企业三年内新增发明专利57项。", date="2025-06-01"))
    assert _targets(extracted("力争三年内新增发明专利57项。", date="2025-06-01"))["新增发明专利"]["year"] == 2028


def test_a_text_naming_no_place_keeps_its_figures_apart_from_the_home_citys() -> None:
    # a page from an unknown city ("我市…") is no text of the home city: its indicator is its own, unscoped
    g = extracted("到2025年，我市研发经费投入强度达到3.5%。", title="计划报告解读")
    assert named(g, Label.INDICATOR) == {"研发强度（地区未明）"} and _targets(g)["研发强度"]["scope"] == ""
    # a county of the home city, or the home city itself, named anywhere in the text keeps the home city's indicator
    for text in ("阳谷经济稳中向好。到2025年，全市研发经费投入强度达到3.5%。", "到2025年，聊城研发经费投入强度达到3.5%。"):
        assert named(extracted(text, title="计划报告解读"), Label.INDICATOR) == {"研发强度"}, text
