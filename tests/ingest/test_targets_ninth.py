"""Targets in prose, ninth round (ingest/extract/targets/, context.document_subject): the year's planned money of a
batch of projects listed before its count, or counted in the sentence before; the division a 全州/全县 before a figure
speaks of; the place a paragraph read as the title names most. Each on a composed text through the real pipeline."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import extracted, figures as _targets


def test_a_listed_batch_is_named_by_the_verb_opening_its_list() -> None:
    t = _targets(extracted("9月28日，甲县举行项目建设活动，集中开工了乙电气有限公司智能电气装备生产等9个项目，"
                           "总投资23.5亿元，年度计划投资8.8亿元。", date="2022-09-29"))
    planned = {n: v for n, v in t.items() if v["value"] == 8.8}
    assert [(n, v["year"]) for n, v in planned.items()] == [("集中开工项目年度计划投资", 2022)], t
    assert not any(v["value"] == 23.5 for v in t.values()), t  # the event's total tells the event, no plan


def test_a_list_without_a_verb_names_no_batch() -> None:
    t = _targets(extracted("甲县的乙项目、丙项目等3个项目，总投资23.5亿元，年度计划投资8.8亿元。", date="2022-09-29"))
    assert not any("开工" in n for n in t), t


def test_a_sentence_opening_with_a_bare_project_after_a_counted_batch_speaks_of_the_batch() -> None:
    text = ("全州本次集中开工的重大项目共4个，分别是甲城市综合展示中心项目、乙公路连接线项目。"
            "项目总投资8.3亿元，年度计划完成投资2.8亿元。")
    t = _targets(extracted(text, date="2017-01-20"))
    assert [(n, v["year"]) for n, v in t.items() if v["value"] == 2.8] == [("集中开工重大项目年度计划完成投资", 2017)], t


def test_a_bare_project_after_no_batch_is_one_projects_fact() -> None:
    t = _targets(extracted("甲公司乙项目今天开工。项目总投资8.3亿元，年度计划完成投资2.8亿元。", date="2017-01-20"))
    assert not t, t


def test_the_sums_opening_a_sentence_are_the_batch_counted_before_it() -> None:
    text = "今天上午，甲市举行产业项目集中开工仪式。本次集中开工产业项目共计123个。计划总投资369亿元，今年计划完成投资额132.5亿元。"
    t = _targets(extracted(text, date="2020-03-02"))
    assert [n for n, v in t.items() if v["value"] == 132.5] == ["集中开工产业项目年度计划投资"], t


def test_a_whole_division_before_a_figure_is_the_division_of_that_kind_named_last() -> None:
    text = "楚雄州委书记表示，“十三五”以来，楚雄州经济社会发展实现跨越。力争在“十四五”时期，全州GDP总量达2500亿元以上。"
    t = _targets(extracted(text, date="2021-06-10", title="昆明新闻发布会举行"))
    assert [v["scope"] for v in t.values() if v["value"] == 2500.0] == ["楚雄州"], t


def test_a_paragraph_read_as_the_title_is_about_the_place_it_names_most() -> None:
    text = ("昆明信息港讯（昆明日报 记者甲） 昨日，云南省楚雄州专场发布会举行。楚雄州委书记表示，楚雄州经济社会发展实现跨越。\n"
            "到2035年，人均GDP达到2万美元以上。")
    t = _targets(extracted(text, date="2021-06-10", title=""))
    assert [v["scope"] for v in t.values() if v["year"] == 2035] == ["楚雄州"], t


def test_a_whole_county_of_the_home_city_is_that_county() -> None:
    t = _targets(extracted("阳谷经济稳中向好。到2025年，全县研发经费投入强度达到3.5%。", title="计划报告解读"))
    assert [v["scope"] for v in t.values()] == ["阳谷县"], t


def test_gdp_written_in_latin_letters_is_an_indicator() -> None:
    t = _targets(extracted("力争今年GDP增长10.8%以上，规上工业增加值增长11.8%以上。", kind="notice", date="2021-09-13"))
    assert t["GDP增长率"]["value"] == 10.8 and t["GDP增长率"]["year"] == 2021, t
    assert not _targets(extracted("力争今年5G增长10.8%以上。", kind="notice", date="2021-09-13")), "5G alone is no name"


def test_a_whole_province_is_the_province_holding_the_texts_place() -> None:
    text = ("近日，省政府下达了省重点项目名单。今年，全省共确定了110个省重点项目，其中建设项目100个、准备项目10个，"
            "总投资5420亿元，年度计划投资1020亿元。")
    t = _targets(extracted(text, date="2018-03-20", title="东营市2018年省级重点项目情况分析"))
    assert {v["scope"] for v in t.values()} == {"山东省"} and any(v["value"] == 100.0 for v in t.values()), t


def test_a_zone_after_a_time_word_and_its_comma_opens_the_sentence() -> None:
    t = _targets(extracted("今年，郴州经开区坚持项目为王，铺排重点项目112个，总投资过千亿元，年度计划投资221.7亿元。", date="2023-05-13",
                           title="上半年完成全年投资71%"))
    assert {v["scope"] for v in t.values()} == {"郴州经开区"}, t


def test_a_past_years_planned_money_of_a_batch_is_that_years_target() -> None:
    text = "东昌府区切实强化项目为王意识，全力以赴促项目建设。2021年共启动106个实施类项目建设，总投资792.8亿元，年度计划投资189.8亿元。"
    t = _targets(extracted(text, date="2022-01-29", title=""))
    planned = [(v["year"], v["scope"]) for n, v in t.items() if v["value"] == 189.8]
    assert planned == [(2021, "东昌府区")], t  # the paragraph's opening place, no place of its own


def test_a_share_of_the_whole_division_names_no_scope() -> None:
    text = "2019年，江宁区将进一步提升实际利用外资在全市的比重，力争实际利用外资突破10亿美元，净增规模以上工业企业50家。"
    t = _targets(extracted(text, date="2019-01-20", title="南京市两会访谈"))
    assert {v["scope"] for v in t.values()} == {"江宁区"}, t
