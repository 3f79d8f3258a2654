"""Mechanisms from audit O of raw real texts (tests/audit/docs/137-146, judged_o.yaml): where park and project names
start, titles that name no park or zone, trades listed as firms, a layout's slogan, and targets (a capacity in a
project's name, 未来N年, a batch's sum, a scope written twice), on sentences composed for the test (not copied from any
set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, news, pairs


def test_a_role_before_a_parks_management_body_names_no_park() -> None:
    """…分别作为企业代表和|园区管理服务平台代表发言: 园区 opens a management body, the words before it are a role."""
    g = news("华远能源有限公司、东岭材料科技有限公司分别作为项目集中开工企业代表和园区管理服务平台代表发言。")
    assert not {p for p in named(g, Label.PARK) if "代表" in p}


def test_the_leaders_a_ceremonys_verb_is_done_by_open_no_project_name() -> None:
    """与会领导为|青山湖康养小镇项目培土奠基: the project's name starts after 领导为."""
    g = news("3月5日，县委书记宣布青山湖康养小镇项目开工，与会领导为青山湖康养小镇项目培土奠基。")
    projects = named(g, Label.PROJECT)
    assert "青山湖康养小镇项目" in projects
    assert not {p for p in projects if "领导" in p}


def test_an_approval_as_a_kind_of_park_names_no_park() -> None:
    """2008年经省政府批准、省发改委核准为|省级工业园区: an approval, the generic kind after it."""
    g = news("东山工业园区成立于2005年，2008年经省政府批准、省发改委核准为省级工业园区。")
    parks = named(g, Label.PARK)
    assert "东山工业园区" in parks
    assert not {p for p in parks if "核准" in p}


def test_an_awards_title_names_no_zone() -> None:
    """已蝉联全省优秀开发区“五连冠”和优秀省级高新区“两连冠”: titles held, no zone and no park."""
    g = news("西岭工业园区已蝉联全省优秀开发区“五连冠”和优秀省级高新区“两连冠”。")
    parks, zones = named(g, Label.PARK), named(g, Label.COUNTY)
    assert "西岭工业园区" in parks
    assert not {n for n in parks | zones if "优秀" in n}


def test_a_bare_zone_word_in_brackets_after_a_park_is_its_other_title() -> None:
    """武威工业园区（高新区）…: the park's other title, no zone of the city beside it."""
    g = extracted("近日，武威工业园区（高新区）在全省开发区考核中排名第一。武威工业园区（高新区）成立于2003年。",
                  title="武威工业园区获评全省优秀开发区", date="2022-10-25")
    assert "武威工业园区" in named(g, Label.PARK)
    assert not {c for c in named(g, Label.COUNTY) if "高新" in c}


def test_trades_listed_before_a_kind_of_firm_are_no_firms() -> None:
    """以纺织、建材和农副产品加工等小微企业为主: trades (an industry the sentence names), no company."""
    g = news("园区过去以服装鞋帽、建材和农副产品加工等小微企业为主，今后将重点引进电子信息企业。")
    assert not {e for e in named(g, Label.ENTERPRISE) if "加工" in e}


def test_a_spatial_layouts_slogan_is_no_industry() -> None:
    """按照“3+5”产业集群、“一核两带”产业布局…: a layout of a core and belts, no industry the park develops."""
    g = news("东山工业园区围绕“发展高科技”的方向，按照“3+5”产业集群、“一核两带”产业布局、“1+3”现代产业体系全力创建国家高新区。")
    assert not {c for c in named(g, Label.CLUSTER) if "核" in c}
    assert not {t for _, t in pairs(g, RelType.DEVELOPS) if "核" in t}


def test_a_quantity_inside_a_projects_name_is_its_capacity_whatever_follows() -> None:
    """争取年内签订…二期8万吨多晶硅项目投资协议: the project's capacity, no target; the year's output goal stays."""
    g = extracted("今年，全市将争取年内签订华晶二期8万吨多晶硅项目投资协议，推动金石5万吨工业硅项目年内开工建设。"
                  "2024年力争硅材料产业实现产值200亿元。", date="2024-02-20")
    t = figures(g)
    assert not {k for k, v in t.items() if v["unit"] == "吨"}
    assert any(v["value"] == 200.0 for v in t.values())


def test_the_next_n_years_are_counted_from_the_documents_year() -> None:
    """示范区未来5年…累计总产值达到60亿元 (of 2021): a goal for 2026."""
    g = extracted("据介绍，电子信息示范区未来5年预计3家企业上市，累计总产值达到60亿元。", date="2021-09-10")
    years = {v["year"] for v in figures(g).values() if v["value"] == 60.0}
    assert years == {2026}


def test_a_sum_after_a_batch_is_that_batchs_not_the_one_before() -> None:
    """续建项目40个、总投资80亿元，新开工项目30个、总投资45亿元: 45亿元 is the new starts' total."""
    g = extracted("今年全县实施重点项目70个，其中续建项目40个、总投资80亿元，计划新开工项目30个、总投资45亿元。",
                  date="2024-03-01")
    names = [k for k, v in {**figures(g), **figures(g, RelType.REPORTS)}.items() if v["value"] == 45.0]
    assert names and all("新开工" in n for n in names)


def test_a_scope_the_indicators_name_opens_with_is_not_written_twice() -> None:
    """今年东山县谋划实施重点项目90个: the indicator is 东山县谋划实施重点项目, not 东山县东山县…."""
    g = extracted("今年东山县谋划实施重点项目90个，总投资120亿元。", date="2024-03-01")
    assert not {k for k in figures(g) if k.startswith("东山县东山县")}
