"""Mechanisms from audit Y of raw real texts dense in dated figures (tests/audit/docs/249-260, judged_y.yaml): a December
review's 全年预计 estimates, a part of the year opening a sentence whose later ；-parts report too, 当年 as the year named
before it, one-character items of a respective list (城、乡居民…) and the run of rates after it, 分别同比增长 after items
that carry their own figures, a batch signed and started (签约、开工项目), a project's part after 据了解, a sum naming a
class of firms counted, a paragraph opened by its year's plan, and names that keep a verb of aiming or a zone's bare word,
on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import extracted, figures


def test_a_december_reviews_whole_year_estimate_is_reported() -> None:
    """一、2019年工作回顾 … 全年预计实现…；…增长12%: estimates of the year the report closes, in every ；-part."""
    g = extracted("一、2019年工作回顾\n全年预计实现地区生产总值120.5亿元，增长7%；全社会固定资产投资增长12%；"
                  "社会消费品零售总额40.2亿元，增长9%。", kind="report", date="2019-12-20")
    assert not figures(g)
    reported = figures(g, RelType.REPORTS)
    assert {v["year"] for v in reported.values()} == {2019} and len(reported) >= 3


def test_a_quarter_opening_a_sentence_speaks_for_its_later_parts() -> None:
    """今年一季度，…增长6%；规上工业总产值完成20.5亿元…: the quarter's figures, no value of the year."""
    g = extracted("今年一季度，全县地区生产总值完成30.1亿元，增长6%；规上工业总产值完成20.5亿元，增长8%；"
                  "固定资产投资完成5.2亿元，增长9%。", date="2021-05-10")
    assert not figures(g) and not figures(g, RelType.REPORTS)
    # a whole year's value in the same shape still reports
    g = extracted("2020年，全县地区生产总值完成130.1亿元，增长6%；规上工业总产值完成90.5亿元，增长8%。", date="2021-05-10")
    assert {v["value"] for v in figures(g, RelType.REPORTS).values()} >= {8.0}


def test_dang_nian_is_the_year_named_before_it() -> None:
    """2020年，…共40项。总投资300亿元，当年计划投资45亿元 (of 2021-01-20): the plan of 2020, not of 2021."""
    g = extracted("2020年，全县重点项目共40项。总投资300亿元，当年计划投资45亿元。", kind="report", date="2021-01-20")
    planned = [v for v in figures(g).values() if v["value"] == 45.0]
    assert planned and planned[0]["year"] == 2020
    # …and a calendar year a month follows is named too: 在2015年6月前建成…，当年实现利税…
    t = figures(extracted("计划在2015年6月前建成年产3万吨石材加工项目，当年实现利税2000万元。", date="2014-03-01"))
    assert [v["year"] for v in t.values() if v["value"] == 2000.0] == [2015]


def test_one_character_items_and_the_rates_after_them() -> None:
    """城、乡居民人均可支配收入分别达到30000元、15000元，增长7%、9%: 城居民…, and each rate is its item's."""
    r = figures(extracted("2019年，城、乡居民人均可支配收入分别达到30000元、15000元，增长7%、9%。", kind="report",
                          date="2020-01-15"), RelType.REPORTS)
    assert r["城居民人均可支配收入"]["value"] == 30000.0 and r["乡居民人均可支配收入"]["value"] == 15000.0
    assert r["城居民人均可支配收入增长率"]["value"] == 7.0 and r["乡居民人均可支配收入增长率"]["value"] == 9.0


def test_respective_rates_after_items_with_their_own_figures() -> None:
    """…总产值120亿元、…、税收收入6亿元，分别同比增长10%、12%、15%: the k-th rate is the k-th item's."""
    r = figures(extracted("2020年，园区完成规上工业总产值120亿元、工业开票销售150亿元、税收收入6亿元，分别同比增长10%、"
                          "12%、15%。", kind="report", date="2021-03-01"), RelType.REPORTS)
    rates = {k: v["value"] for k, v in r.items() if k.endswith("增长率")}
    assert rates.get("税收收入增长率") == 15.0 and rates.get("工业开票销售增长率") == 12.0
    assert [k for k, v in rates.items() if v == 10.0 and "总产值" in k]


def test_a_batch_signed_and_started() -> None:
    """此次集中签约、开工项目共50个，总投资200亿元: one batch, not the projects started alone."""
    g = extracted("某县举行2022年重大项目集中签约暨开工仪式。此次集中签约、开工项目共50个，总投资200亿元。",
                  date="2022-03-06")
    names = set(figures(g)) | set(figures(g, RelType.REPORTS))
    assert any("签约开工项目总投资" in n for n in names) and not any(n.endswith("开工项目总投资")
                                                                    and "签约" not in n for n in names)


def test_a_projects_facts_after_hearsay() -> None:
    """据了解，…产业园项目，由…投资建设，计划用地面积300亩: the project's land, no area's target."""
    g = extracted("据了解，某某新材料产业园项目，由某某置业有限公司投资建设，计划用地面积300亩，总投资10亿元。",
                  date="2019-03-14")
    assert not [k for k in figures(g) if "用地" in k]


def test_a_sum_naming_a_class_of_firms_is_no_value() -> None:
    """力争产值过5亿元企业达到8家: 5亿元 qualifies the firms counted."""
    g = extracted("2024年，全区力争新增规模工业企业10家以上，产值过5亿元企业达到8家。", date="2024-03-01")
    t = figures(g)
    assert t and not [v for v in t.values() if v["unit"] == "亿元"]
    assert not [v for v in figures(g, RelType.REPORTS).values() if v["unit"] == "亿元"]


def test_a_paragraph_opened_by_its_years_plan() -> None:
    """2024年，该县将…。全年新增规模以上工业企业12家以上: the plan's; a day's event in it reports."""
    t = figures(extracted("2024年，某县将紧扣高质量发展目标持续发力。全年新增规模以上工业企业12家以上。",
                          date="2024-03-01"))
    assert t.get("新增规模以上工业企业", {}).get("year") == 2024
    # a review's opening names no plan: 2023年，某县围绕…目标，全力以赴
    t = figures(extracted("2023年，某县围绕工业强县目标全力以赴。全年新增规模以上工业企业12家。", date="2024-03-01"))
    assert "新增规模以上工业企业" not in t
    # …nor a project's measure in a sentence naming the project, nor a name that swallowed the opening's verb
    t = figures(extracted("今年，某旗计划投资2.2亿元，继续新建风电项目。其中某某西羊场分散式风电项目位于某镇境内，"
                          "总装机容量1万千瓦。", date="2020-08-01"))
    assert not [v for v in t.values() if v["unit"] == "万千瓦"]
    t = figures(extracted("2023年，某某金属生态城计划拍地落户企业8家。", date="2023-02-01"))
    assert not [k for k in t if "计划拍地" in k]
    # …nor does a 要 inside 主要
    t = figures(extracted("今年某县的投资主要投向基础设施。包括3个乡镇污水处理设施工程等项目。", date="2019-03-01"))
    assert not t


def test_names_without_a_verb_of_aiming_or_a_zones_bare_word() -> None:
    """今年将瞄准|规模工业产值…目标; 经开区将实现|新增签约项目…; 产业用地 opens no subject of the names after it."""
    t = figures(extracted("今年将瞄准规模工业产值100亿元目标。", date="2013-02-20"))
    assert [k for k, v in t.items() if v["value"] == 100.0 and not k.startswith("瞄准")]
    t = figures(extracted("今年，经开区将实现新增签约项目15个的目标任务。", date="2015-06-01"))
    assert "新增签约项目" in t
    t = figures(extracted("2025年，全区力争动态储备产业用地1000亩以上，新建厂房5万平方米以上。", date="2025-03-05"))
    assert "新建厂房" in t
