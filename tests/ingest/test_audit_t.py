"""Mechanisms from audit T of raw real texts (tests/audit/docs/191-202, judged_t.yaml): a place name inside a word
(复合|肥), verbs that open a park's, an industry's or a listed project's name (下辖, 促进, 招引落地), nouns that are no
project (含X量, 全县…项目, 企业投资项目), areas and ranks that are no zone (政务新区, 省级经济技术开发区) and trades
that are no firm (…加工等上下游企业), on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.gazetteer import default_gazetteer
from tests.ingest.graphs import extracted, figures, named, news, pairs


def test_a_prefecture_short_form_inside_a_word_is_no_place() -> None:
    """硝基复合肥生产线: 复合|肥 holds 合肥, no city; a plan figure of the text keeps no such scope."""
    gaz = default_gazetteer()
    assert not [u for _, _, u in gaz.upper_units_in("北方化工硝基复合肥生产线") if u.name == "合肥市"]
    assert [u for _, _, u in gaz.upper_units_in("安徽合肥新站高新区") if u.name == "合肥市"]
    g = extracted("特别是今年，全旗计划实施48个重点项目。\n此次开工的北方化工硝基复合肥生产线、褐煤提质等10个重点项目总投资30亿元。",
                  kind="news", date="2021-05-20", title="某旗10个重点项目集中开工")
    assert 48.0 in {v["value"] for v in figures(g).values()}
    assert not {v["scope"] for v in figures(g).values()} & {"合肥", "合肥市"}


def test_what_a_zone_governs_opens_no_park_name() -> None:
    """东林开发区下辖|东山工业园（…）、西湖工业园（…）: the parks start after 下辖."""
    parks = named(news("东林开发区下辖东山工业园（冶金产业主导）、西湖工业园（机械制造主导）两个功能区。"), Label.PARK)
    assert {"东山工业园", "西湖工业园"} <= parks
    assert not {p for p in parks if "下辖" in p}


def test_a_verb_of_promoting_opens_no_industry_name() -> None:
    """南平还大力促进|氟新材料产业、…发展: the subject and its verb are no part of the industry."""
    g = news("除了依托良好的生态资源外，近年来，南平还大力促进氟新材料产业、小电池产业、医卫材料产业发展。")
    assert "小电池" in named(g, Label.CLUSTER)
    assert not {c for c in named(g, Label.CLUSTER) if "促进" in c}


def test_a_verb_of_settling_opens_a_lists_first_project() -> None:
    """先期已招引落地|北方海洋产业基地、东湖渔业加工一体化等9个项目."""
    projects = named(news("该园区先期已招引落地北方海洋产业基地、东湖渔业加工一体化等9个项目，总投资16亿元。"), Label.PROJECT)
    assert {"北方海洋产业基地", "东湖渔业加工一体化"} <= projects
    assert not {p for p in projects if p.startswith("落地")}


def test_what_projects_contain_is_no_list_of_projects() -> None:
    """提高项目的含金量、含新量和含绿量: 含 of the noun 含X量 introduces no projects."""
    assert not named(news("东林县围绕项目年度任务目标，努力提高项目的含金量、含新量和含绿量。"), Label.PROJECT)


def test_a_jurisdictions_or_a_funders_class_of_projects_is_no_project() -> None:
    """全县产业园区项目占比达82.9%; 涉及道路桥梁、…、企业投资项目等多个方面: kinds of projects."""
    assert not named(news("全县产业园区项目占比达82.9%，主导产业项目占比达65.7%。"), Label.PROJECT)
    assert not named(news("内容涉及道路桥梁、保障性住房、公共基础设施、企业投资项目等多个方面。"), Label.PROJECT)


def test_a_quarter_of_government_offices_is_no_zone() -> None:
    """先后在东林产业园、政务新区举行…开工仪式: 政务新区 is a town's quarter, no zone."""
    g = news("东林县先后在东林产业园、政务新区举行了重点项目开工仪式。")
    assert "东林产业园" in named(g, Label.PARK)
    assert not {c for c in named(g, Label.COUNTY) if "政务" in c}
    assert not {t for _, t in pairs(g, RelType.LOCATED_IN) if "政务" in t}


def test_a_provinces_rank_of_zone_is_no_zone() -> None:
    """东林经济开发区是黑龙江省省级经济技术开发区: the zone's rank, no zone named."""
    g = news("东林经济开发区是黑龙江省省级经济技术开发区，位于东林县城区。")
    assert "东林经济开发区" in named(g, Label.PARK)
    assert not {c for c in named(g, Label.COUNTY) | named(g, Label.PARK) if "省级" in c}


def test_trades_before_shang_xia_you_qiye_are_no_firms() -> None:
    """急需引进食品深加工、鳗鱼饲料加工等上下游企业: kinds of firm wanted; named firms in the same frame stay."""
    assert not named(news("为做强东林鳗鱼产业，急需引进食品深加工、鳗鱼饲料加工等上下游企业。"), Label.ENTERPRISE)
    firms = named(news("园区引进了东林食品有限公司、北湖饲料有限公司等上下游企业。"), Label.ENTERPRISE)
    assert {"东林食品", "北湖饲料"} <= firms


def test_a_kind_of_park_after_its_quoted_chain_is_no_park_name() -> None:
    """构建“煤电铝材”|一体化产业园: the words after the quote name a kind; a park of that shape keeps its own name."""
    assert not named(news("积极构建“煤电铝材”一体化产业园，引进多家企业。"), Label.PARK)
    assert "东林一体化产业园" in named(news("东林一体化产业园位于东林县。"), Label.PARK)


def test_a_place_name_before_pai_is_a_brand() -> None:
    """生产的“武夷山”牌矿泉水: a brand, no county; the county named as a place stays."""
    g = news("南平市光泽县副县长介绍，北湖食品饮料有限公司生产的“武夷山”牌矿泉水先后成为指定用水。")
    assert "光泽县" in named(g, Label.COUNTY)
    assert "武夷山市" not in named(g, Label.COUNTY)
    assert "武夷山市" in named(news("南平市光泽县与武夷山市签订协议。"), Label.COUNTY)


def test_a_list_closed_by_chanye_pingtai_names_platforms_no_industries() -> None:
    """全面提速A基地、B物流城…等6个产业平台 after a develop verb: places; the industries of the next list stay."""
    g = news("当前，东林县锚定打造重要枢纽战略定位，全面提速国家远洋渔业基地、北湖现代物流城、南山工业园区、西湖滨海旅游度假区"
             "等6个产业平台，着力打造水产品精深加工、海洋工程装备等6条重点产业链。")
    clusters = named(g, Label.CLUSTER)
    assert {"水产品精深加工", "海洋工程装备"} <= clusters
    assert not {c for c in clusters if "物流城" in c or "度假区" in c}
    assert not {t for _, t in pairs(g, RelType.DEVELOPS) if "物流城" in t or "度假区" in t}
