"""Project names on new text (prj18): a clause's function character inside a prose name opens the name after it, and a
description closed by 的 at a listed item's head is no part of its name; each on composed sentences through the real
pipeline, with the names it must leave alone."""

from __future__ import annotations

from graph.model import Label
from tests.ingest.test_other_cities import _news


def _projects(text: str) -> set[str]:
    return {n.name for n in _news(text).nodes if n.label == Label.PROJECT}


def test_a_function_character_opens_a_project_name_after_it() -> None:
    # a preposition or an adverb before 项目 belongs to the clause: nothing of a name is left
    assert not _projects("今年以来，青松县以项目建设为抓手，争引并举、建管并重。")
    assert not _projects("青松县有关部门将从项目审批入手，优化服务。")
    assert not _projects("会上，东湖镇北岭村村民代表就服务项目建设发言。")
    # the name after it is kept whole
    assert "青松恒达年产5万吨精密铸件项目" in _projects("今年，全县将以青松恒达年产5万吨精密铸件项目为重点，加快推进。")


def test_names_holding_such_a_character_inside_a_word_stay_whole() -> None:
    assert "玉屏卷烟厂就地技改项目" in _projects("玉屏卷烟厂就地技改项目已于近日开工建设。")
    assert "青松化工厂房以及配套设施项目" in _projects("青松化工厂房以及配套设施项目已于近日开工建设。")


def test_a_description_closed_by_de_heads_no_listed_name() -> None:
    found = _projects("签约的东岭建材科技石英砂加工等12个项目、投产的北泉新能2GW光伏组件制造等8个项目，涵盖装备制造、绿色建材等领域。")
    assert not {n for n in found if n.startswith(("签约的", "投产的"))}
    assert "北泉新能2GW光伏组件制造" in found
    found = _projects("总投资6000万元、年利润900万元的青松县宏达标准化养牛基地建设项目等项目的开工建设，带动了当地就业。")
    assert "青松县宏达标准化养牛基地建设项目" in found
    # a capacity the product is of, or a brand ending in 的, stays in the name
    found = _projects("年产8万立方米的高密度纤维板项目、美的智能家电产业园等一批重大项目落户青松县。")
    assert "年产8万立方米的高密度纤维板项目" in found
    assert "美的智能家电产业园" in found


def test_a_verb_of_having_opens_a_project_name_after_it() -> None:
    found = _projects("据了解，此次共有青禾健康生活用品、东岭新材料等10个项目集中签约。")
    assert "青禾健康生活用品" in found and not {n for n in found if "有" in n}
    found = _projects("本次青松经济技术开发区共有北泉华联纺织全产业链、东岭生物科技天然植物提取一体化等6个项目集中开工。")
    assert "北泉华联纺织全产业链" in found and not {n for n in found if "有" in n}
    # 有 opening a word of the name (有机, 有色) stays
    assert "北泉有机农产品深加工项目" in _projects("北泉有机农产品深加工项目已于近日开工建设。")
