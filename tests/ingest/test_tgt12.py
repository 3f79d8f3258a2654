"""Targets on new text (tgt12), precision first: a year-on-year rate named as the growth it is, figures of one project or
firm in a clause its anaphor opens, the projects just listed and counted, and words that are only a manner adverb and a
verb before a count (the count names what follows it). Sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from evaluation.docset import _scope_keys, type_map
from graph.model import RelType
from tests.ingest.graphs import extracted, figures


def test_a_year_on_year_rate_is_the_growth_rate() -> None:
    """预期目标是，地区生产总值同比增长6%，…: GDP增长率 and 固定资产投资增长率, no 同比 in the names."""
    t = figures(extracted("某区今年的预期目标是，地区生产总值同比增长6%，固定资产投资同比增长5.5%。", date="2024-02-01"))
    assert t["GDP增长率"]["value"] == 6.0 and t["固定资产投资增长率"]["value"] == 5.5
    assert not [k for k in t if "同比" in k]


def test_a_firms_anaphor_opens_that_firms_clause() -> None:
    """2022年，该企业产能将达到3万吨: the firm's, no area's target; the area's sentence before keeps its own."""
    g = extracted("力争2022年全县工业总产值达到60亿元。2022年，该企业产能将实现翻番，达到3万吨左右，产值近2亿元。",
                  date="2021-12-01")
    assert set(figures(g)) == {"工业总产值"}


def test_a_project_anaphor_mid_sentence_opens_that_projects_part() -> None:
    """…项目正式开工，该项目计划建设标准厂房5万平方米: the project's plan, no area's target of the year."""
    g = extracted("在城东园区，某某新材料有限公司年产5000吨膜材料项目正式开工，该项目规划用地80亩，计划建设标准厂房5万平方米。",
                  date="2023-03-01")
    assert not figures(g)


def test_the_projects_just_listed_and_counted_are_no_area() -> None:
    """这5个项目分别是A、B…，预计可年创产值12亿元: the batch's effect, no target; a bare 项目 with 预计 is the project named."""
    g = extracted("今天，园区内5个项目集中投产。这5个项目分别是甲、乙、丙、丁、戊，共计投资8亿元，预计可年创产值12亿元。",
                  date="2020-07-20")
    assert not figures(g)
    one = extracted("某某研发中心项目计划总投资9亿元。项目预计在2024、2025年分别实现营收约20亿元、30亿元。", date="2023-02-01")
    assert not figures(one)


def test_projects_put_into_production_then_their_effect() -> None:
    """甲、乙等项目今年内相继投产，将新增产值10亿元: what those projects add, no area's target."""
    g = extracted("甲公司、乙公司等项目今年内相继投产，将新增产值10亿元以上。", date="2023-05-01")
    assert not figures(g)


def test_a_manner_adverb_and_a_verb_name_nothing() -> None:
    """着力发展8条产业链: the count is of 产业链 (the words after it), not of 着力发展; 加快打造一批5亿元级企业 is no sum."""
    t = figures(extracted("到2027年，湖南省着力发展8条制造业产业链。", date="2024-01-05"))
    assert [v["value"] for k, v in t.items() if k.endswith("制造业产业链")] == [8] and len(t) == 1
    t = figures(extracted("到2027年，湖南省加快打造一批5亿元级、10亿元级企业。", date="2024-01-05"))
    assert not t


def test_a_batch_after_a_manner_adverb_keeps_its_name() -> None:
    """今年湖南省持续推进重点项目120个: 持续推进重点项目 is more than an adverb and a verb, the batch keeps its figure."""
    t = figures(extracted("今年，湖南省持续推进重点项目120个，年度计划投资300亿元。", date="2023-03-01"))
    assert [v["value"] for k, v in t.items() if k.endswith("重点项目")] == [120]


def test_the_home_province_before_a_county_in_a_title_only_locates_it() -> None:
    """山东嘉祥县：… (the home province's short form right before a county): the county is the scope, not 山东省."""
    g = extracted("今年以来项目建设聚力攻坚，力争2025年工业总产值突破300亿元。", date="2024-03-01",
                  title="山东嘉祥县：项目建设跑出加速度")
    assert {v["scope"] for v in figures(g).values()} == {"嘉祥县"}


def test_an_autonomous_regions_full_and_short_names_are_one_scope() -> None:
    """The evaluation compares 内蒙古自治区 and 内蒙古 as one scope, as it does 山东省 and 山东."""
    tm = type_map()
    assert _scope_keys("内蒙古自治区", tm) & _scope_keys("内蒙古", tm)
    assert not _scope_keys("内蒙古自治区", tm) & _scope_keys("宁夏", tm)


def test_a_shares_name_drops_of_and_the_places_anaphor() -> None:
    """…占地区生产总值的比重提高至30%, 占该省GDP比重: the share is named without 的 and 该省; the written form stays an alias."""
    g = extracted("到2027年，制造业增加值占地区生产总值的比重提高至30%。", date="2024-01-05", title="湖南省制造业行动方案")
    names = {n.name: n.aliases for n in g.nodes if n.label.value == "Indicator"}
    assert [k for k in names if "比重" in k] and not [k for k in names if "的比重" in k]
    assert any("制造业增加值占地区生产总值比重" in a for als in names.values() for a in als)
    assert any("的比重" in a for als in names.values() for a in als)
    g = extracted("力争到2025年，制造业增加值占该省GDP比重稳定在30%左右。", date="2021-09-25", title="湖南省制造业行动方案")
    assert not [n.name for n in g.nodes if "该省" in n.name]


def test_a_span_to_come_an_estimate_and_a_manner_are_no_part_of_a_name() -> None:
    """未来5年累计营收将超过300亿元; 全县规上工业预计实现产值50亿元; 力争全年12家企业成功入库: 累计营收, 规上工业产值, 企业入库."""
    t = figures(extracted("签约的20个项目预计总投资80亿元，未来5年累计营收将超过300亿元。", date="2022-06-01"))
    assert [k for k in t if k.endswith("累计营收")] and not [k for k in t if "未来" in k]
    t = figures(extracted("2019年，全县规上工业预计实现产值50亿元。", date="2019-03-01"))
    assert [k for k in t if "产值" in k] and not [k for k in t if "预计" in k]
    t = figures(extracted("力争实现全年12家工业企业成功入库。", date="2021-08-01"))
    assert [k for k in t if k.endswith("企业入库")] and not [k for k in t if "成功" in k]


def test_a_heading_line_naming_only_a_county_is_the_place_of_its_section() -> None:
    """A digest of districts: "巴南" then its targets, "江北" then its own: each section's figures are its district's."""
    g = extracted("各区县陆续召开两会，部署2020年目标任务。\n\n巴南\n\n2020年目标：地区生产总值增长6%，固定资产投资增长8%。\n\n"
                  "璧山\n\n2020年目标：地区生产总值增长7%。\n", date="2020-01-07", title="区县新年新图景")
    scopes = sorted((v["value"], v["scope"]) for v in figures(g).values())
    assert scopes == [(6.0, "巴南区"), (7.0, "璧山区"), (8.0, "巴南区")]


def test_a_plan_period_framing_the_goals_is_their_year() -> None:
    """“十四五”工业发展的核心指标是，…累计完成3.8万亿元，…比重下降到18%: the period's end, targets (累计完成 is the plan's)."""
    g = extracted("按照规划，湖南省“十四五”工业发展的核心指标是，全省工业增加值年均增长8%左右，工业投资累计完成3.8万亿元，"
                  "煤炭产业增加值占工业增加值的比重下降到18%左右，单位工业增加值能耗下降15%。",
                  date="2021-05-01", title="湖南省工业发展规划")
    t = figures(g)
    assert {v["year"] for v in t.values()} == {2025} and len(t) == 4 and not figures(g, RelType.REPORTS)
    assert not [k for k in t if k.endswith("下降到")] and [k for k in t if k.endswith("能耗下降率")]
    g = extracted("湖南省“十四五”发展目标是：全省工业增加值达到5000亿元。", date="2021-05-01", title="湖南省工业发展规划")
    assert {v["year"] for v in figures(g).values()} == {2025}


def test_a_municipality_a_headline_names_is_the_place_of_a_text_naming_none() -> None:
    """资讯 | 天津印发…行动方案, the body naming no other place: its targets are 天津市's, not of no known place."""
    g = extracted("方案提出，到2027年，制造业增加值占地区生产总值的比重提高至30%，规模以上工业企业营业收入达到3万亿元。",
                  date="2024-01-05", title="资讯 | 天津印发制造业高质量发展行动方案")
    assert {v["scope"] for v in figures(g).values()} == {"天津市"}
