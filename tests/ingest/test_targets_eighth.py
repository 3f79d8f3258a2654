"""Targets in prose, eighth round (ingest/extract/targets/): false targets of the development sets grouped by cause
(the present read as a plan, a project's figures read as an area's, a verb swallowed by a name) and the year's batch
priced before its planned money, each mechanism on a composed sentence through the real pipeline."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import extracted, figures as _targets


def test_the_present_reports_under_a_plan_year_an_earlier_sentence_carries() -> None:
    g = extracted("启动实施肉牛产业项目计划到2024年，争取园区肉牛存栏达到2万头。目前，园区已入驻甲公司、乙公司等2家肉牛龙头"
                  "企业。肉羊养殖方面，已引进丙公司，肉羊养殖合作社2家。", date="2023-03-31")
    t = _targets(g)
    assert t["园区肉牛存栏"]["value"] == 20000.0
    assert not any("龙头企业" in n or "合作社" in n for n in t), t


def test_the_present_and_a_figure_set_against_the_plan_report() -> None:
    t = _targets(extracted("整个园区计划分三期建设，目前一期开发约35000平方米。", date="2026-02-10"))
    assert not any("开发" in n for n in t), t
    g = extracted("市重点调度的20个项目，今年计划投资70.2亿元，实际完成投资60.8亿元。", date="2012-11-28")
    assert not any(v["value"] == 60.8 for v in _targets(g).values())
    assert any(v["value"] == 70.2 for v in _targets(g).values())


def test_a_projects_anaphor_mid_sentence_makes_its_part_the_projects() -> None:
    for text in ("水利局副局长介绍，该工程总投资1.43亿元，于3月初进入全面施工阶段，将治理河道总长7.65公里。",
                 "“整个项目计划是分三期建设，目前一期开发约35000平方米。”"):
        assert not _targets(extracted(text, date="2025-04-01")), text


def test_a_verb_of_having_before_a_count_is_no_name() -> None:
    t = _targets(extracted("预计3月底前，还将有42个新建项目开复工。", date="2021-03-01"))
    assert t["新建项目"]["value"] == 42.0
    t = _targets(extracted("力争年底全市规上企业共有500家。", date="2021-03-01"))
    assert t["规模以上企业"]["value"] == 500.0


def test_a_goals_frame_and_a_hope_close_the_name() -> None:
    t = _targets(extracted("2021年地区生产总值目标确定为增长8.5%以上。", date="2021-02-01"))
    assert any(n.endswith("增长率") and "目标" not in n for n in t), t
    t = _targets(extracted("力争全年规上工业产值有望突破300亿元。", date="2025-03-01"))
    assert [v["value"] for v in t.values()] == [300.0] and not any("有望" in n for n in t), t


def test_a_grid_connection_keeps_its_and() -> None:
    t = _targets(extracted("力争年内并网装机容量达到90万千瓦。", date="2016-07-27"))
    assert "并网装机容量" in t, t


def test_a_years_batch_counted_and_priced_before_its_planned_money_is_planned() -> None:
    t = _targets(extracted("今年，经开区铺排重点项目112个，总投资过千亿元，年度计划投资221.7亿元。", date="2023-08-05"))
    assert {v["value"] for v in t.values()} >= {112.0, 1000.0}, t


def test_a_share_of_the_plan_met_is_no_planned_money() -> None:
    g = extracted("全年谋划实施项目473个，总投资1991.5亿元，年度投资完成率110%。", date="2023-12-20")
    assert not _targets(g), _targets(g)
    assert _targets(g, RelType.REPORTS)


def test_a_bare_measure_after_a_count_is_the_measure_of_the_things_counted() -> None:
    t = _targets(extracted("到2025年，建成州级工业集中区8个，产值50亿元以上；飞地园区2个，产值400亿元以上。", date="2022-01-11"))
    assert t["州级工业集中区产值"]["value"] == 50.0 and t["飞地园区产值"]["value"] == 400.0


def test_a_target_word_of_another_clause_gives_undated_news_no_year() -> None:
    g = extracted("此次集中开工的项目共有6个，年计划投资22亿元，其中：省百大项目2个。", date="2020-05-01")
    assert not any(n.endswith("百大项目") for n in _targets(g)), _targets(g)
    assert "规模以上工业企业" in _targets(extracted("此外，全省积极开展培育行动，力争规模以上工业企业达到2.5万户。",
                                                    date="2020-05-01"))


def test_a_target_word_of_a_yearly_effect_is_no_cue_of_the_later_parts() -> None:
    g = extracted("2021年全市集中开工。开工项目24个，总投资134.7亿元，预计年产值186.7亿元；投产项目22个，总投资31.4亿元。",
                  date="2021-04-01")
    assert not any("投产项目" in n for n in _targets(g)), _targets(g)
    g = extracted("2019年，全市重大项目如下。年度建设项目743个，预计年度完成投资3459亿元；前期规划研究项目216个。",
                  date="2019-03-01")
    assert any(n.endswith("前期规划研究项目") for n in _targets(g)), _targets(g)


def test_a_bare_measure_is_the_things_counted_only_in_the_next_clause_and_never_a_capacity() -> None:
    g = extracted("下一步，服装公司计划再招收60名工人，进一步扩大生产规模，预计年产值可达500万元。", date="2022-03-01")
    assert not any("年产值" in n for n in _targets(g)), _targets(g)


def test_a_target_word_in_a_clause_stating_no_figure_still_dates_undated_news() -> None:
    t = _targets(extracted("全市实施中小企业梯度培育计划，新增高新技术企业100家以上，科技型中小企业入库600家以上。",
                           date="2022-03-01"))
    assert t["新增高新技术企业"]["year"] == 2022, t


def test_a_batchs_money_dated_by_this_years_word_keeps_that_wording_beside_the_annual_plan() -> None:
    g = extracted("其中，全市重大产业项目28个，总投资210.5亿元，当年计划投资74.2亿元。", kind="report", date="2023-02-13")
    t = _targets(g)
    assert any(n.endswith("年度计划投资") and v["value"] == 74.2 for n, v in t.items()), t
    assert "重大产业项目当年计划投资" in {a for n in g.nodes for a in n.aliases}
