"""Mechanisms from audit AE of raw county work reports (tests/audit/docs/317-328, judged_ae.yaml): a December report's
预计到年末 estimates, a numbered review heading with a slogan before its year or run into a line, 城镇和农村… items
before 分别, a 分别 list with one figure read, 投用 opening a project's clause, a county's work of a generic kind (通用机场),
a clause cut inside a place's name (商贸集聚区), and a park past a holding verb's clause; on sentences composed for the
test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, pairs


def test_an_estimate_to_the_years_end_in_december_is_reported() -> None:
    """预计到年末，全县地区生产总值完成90亿元 in a report of December: the year's estimated outcome, no target."""
    g = extracted("2019年是攻坚之年。预计到年末，全县地区生产总值完成90亿元，同比增长6%；固定资产投资完成30亿元，同比增长12%。",
                  kind="report", date="2019-12-20", title="某县政府工作报告")
    assert not figures(g)
    r = figures(g, RelType.REPORTS)
    assert r["GDP"]["year"] == 2019 and r["GDP"]["value"] == 90 and r["固定资产投资"]["value"] == 30


def test_a_numbered_heading_with_a_slogan_before_its_year_heads_the_review() -> None:
    """一、砥砺奋进，2021年交出亮丽答卷 over 全年共实现…: 2021's outcomes in a report of 2022, named without 共实现."""
    g = extracted("各位代表：\n一、砥砺奋进，2021年交出亮丽答卷\n2021年是极不平凡的一年。全年共实现地区生产总值210.5亿元，同比增长8.1%；"
                  "规模以上工业增加值增长9.2%。\n", kind="report", date="2022-02-10", title="某县政府工作报告")
    r = figures(g, RelType.REPORTS)
    assert r["GDP增长率"]["year"] == 2021 and r["规模以上工业增加值增长率"]["year"] == 2021
    assert not [k for k in r if "共实现" in k] and not figures(g)


def test_a_review_heading_run_into_a_line_heads_what_follows() -> None:
    """A page whose line breaks were lost: "…提出意见。 一、2020年工作回顾 一年来，…预计，全年实现…" in January 2021 reviews 2020."""
    g = extracted("各位代表：现在，我代表县人民政府向大会报告工作，请予审议。   一、2020年工作回顾   一年来，全县上下攻坚克难。预计，"
                  "全年实现地区生产总值300.2亿元，增长7.5%。", kind="report", date="2021-01-12", title="某县政府工作报告")
    assert not figures(g)
    r = figures(g, RelType.REPORTS)
    assert r["GDP"]["year"] == 2020 and r["GDP增长率"]["value"] == 7.5


def test_parallel_qualifiers_before_respectively_share_the_whole_measure() -> None:
    """城镇和农村居民人均可支配收入分别达…: 城镇居民人均可支配收入, not 城镇收入; 工业和服务业增加值 keeps its head word."""
    g = extracted("2022年，城镇和农村居民人均可支配收入分别达38000元、16500元，分别增长5%、7%；工业和服务业增加值分别达到40亿元、"
                  "55亿元。", kind="report", date="2023-01-15", title="某县政府工作报告")
    r = figures(g, RelType.REPORTS)
    assert r["城镇居民人均可支配收入"]["value"] == 38000 and r["农村居民人均可支配收入"]["value"] == 16500
    assert r["城镇居民人均可支配收入增长率"]["value"] == 5 and r["工业增加值"]["value"] == 40
    assert not [k for k in r if k.startswith("城镇收入")]


def test_one_figure_read_after_respectively_for_two_items_is_no_ones() -> None:
    """城镇、农村…收入分别达到30400元、1760 0元 (a number broken by a space): 30400元 is not 农村's, nor named at all."""
    g = extracted("2022年，城镇、农村常住居民人均可支配收入分别达到30400元、1760 0元。固定资产投资完成50亿元。",
                  kind="report", date="2023-01-15", title="某县政府工作报告")
    r = figures(g, RelType.REPORTS)
    assert not [v for v in r.values() if v["value"] == 30400]
    assert r["固定资产投资"]["value"] == 50


def test_putting_to_use_opens_the_clause_not_the_project() -> None:
    """投用万头肉牛养殖项目，年出栏肉牛1万头以上: the project is 万头肉牛养殖项目."""
    g = extracted("今年要发展特色农业。投用万头肉牛养殖项目，年出栏肉牛1万头以上。", kind="report", date="2023-01-08",
                  title="某县政府工作报告")
    assert "万头肉牛养殖项目" in named(g, Label.PROJECT) and not [n for n in named(g, Label.PROJECT) if n.startswith("投用")]


def test_a_countys_work_of_a_generic_kind_keeps_the_county() -> None:
    """开工建设平昌通用机场: 平昌通用机场, not the kind alone; a named line still drops its county (平昌县|巴万高速平昌连接线)."""
    g = extracted("今年要全力抓好几件大事：开工建设平昌通用机场，开工建设平昌县巴万高速平昌连接线。", kind="report",
                  date="2023-01-08", title="平昌县政府工作报告")
    projects = named(g, Label.PROJECT)
    assert "平昌通用机场" in projects and "通用机场" not in projects
    assert "巴万高速平昌连接线" in projects


def test_a_list_after_a_place_whose_name_ends_in_a_verb_and_qu() -> None:
    """东城商贸集聚区光明医养结合体、金泰广场等重点项目加快建设: 光明医养结合体, not 区光明医养结合体."""
    g = extracted("东城商贸集聚区光明医养结合体、金泰广场等重点项目加快建设。", kind="report", date="2018-12-22",
                  title="某县政府工作报告")
    projects = named(g, Label.PROJECT)
    assert "光明医养结合体" in projects and "金泰广场" in projects and not [p for p in projects if p.startswith("区")]


def test_a_park_past_the_holding_verbs_clause_is_not_held() -> None:
    """经济开发区食品产业园…，物流产业园积极推进，电商产业园初具规模: 推进 is 物流产业园's, 电商产业园 is in no park."""
    g = extracted("经济开发区食品产业园入驻企业20家，物流产业园积极推进，电商产业园5万平方米标房初具规模。", kind="report",
                  date="2018-12-22", title="某县政府工作报告")
    assert not [p for p in pairs(g, RelType.LOCATED_IN) if p[0] == "电商产业园" and p[1].endswith("食品产业园")]
