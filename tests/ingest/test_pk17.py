"""Park names and PARK_IN, seventeenth session (pk17): where a park name's left edge falls; composed sentences through
the whole extraction."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_a_countys_short_form_before_a_bare_zone_word_opens_the_name() -> None:
    """投资方负责人向|永康开发区: the clause before the county's zone is no part of its name."""
    g = news("金华市项目服务\n当天，投资方负责人向永康开发区提交了厂房验收申请。")
    parks = named(g, Label.PARK)
    assert parks and not any("负责人" in p for p in parks)
    assert any(a.startswith("永康") and b == "永康市" for a, b in pairs(g, RelType.LOCATED_IN))


def test_a_name_of_its_own_before_a_zone_word_stays_whole() -> None:
    """老四平开发区: a county's short form inside the name's own words (四平) does not cut it."""
    g = news("项目建设\n记者走进老四平开发区，各项目建设正酣。")
    assert "老四平开发区" in named(g, Label.PARK)


def test_a_clause_function_character_is_no_part_of_a_parks_name() -> None:
    """尤其将|工业园区, 模式使|园区, 继|望奎经济开发区: a park's own name holds no 将/使/继…; the name starts after it."""
    g = news("望奎县工业发展\n全县坚持走新型工业化道路，尤其将工业园区作为工业发展的重要载体。这种集群发展模式使园区总产值突破10亿元。"
             "这也是继望奎经济开发区之后，全市获评的第二家绿色工业园区。")
    parks = named(g, Label.PARK) | named(g, Label.COUNTY)
    assert not any(c in p for p in parks for c in "将使继")
    assert any(p.endswith("望奎经济开发区") for p in parks)


def test_a_place_holding_a_function_character_stays_in_the_name() -> None:
    """将乐 is a county: 福建将乐经济开发区 is not cut at 将."""
    g = news("三明市工业发展\n记者日前走进福建将乐经济开发区，多个项目正在加紧建设。")
    assert any("将乐" in p for p in named(g, Label.PARK))


def test_a_clause_verb_before_a_park_word_opens_no_name() -> None:
    """要大力扶持|园区, 构建|开发区, 著力开创|园区: the clause's verb is no part of the park's name; a bare park word after
    it names none; a park after it keeps its own name (发力|东岗新材料产业园)."""
    g = news("望奎县工业发展\n今年，望奎县全力发力东岗新材料产业园建设，计划入驻企业20家。同时，要大力扶持园区企业发展，"
             "构建开发区经济新的增长极，著力开创园区二次创业新局面。")
    parks = named(g, Label.PARK)
    assert "东岗新材料产业园" in parks
    assert not any(w in p for p in parks for w in ("发力", "扶持", "构建", "开创"))


def test_a_lead_word_a_park_name_holds_stays() -> None:
    """科学 and 利用 stand inside parks' names (怀柔科学城, 热能综合利用产业园): no cut there."""
    g = news("项目建设\n记者走进望奎县热能综合利用产业园，各项目建设正酣。")
    assert any(p.endswith("热能综合利用产业园") and p.startswith("望奎") for p in named(g, Label.PARK))


def test_an_industrys_area_of_a_zone_is_a_park() -> None:
    """…产业区 ends a park's name as …工业区 does: a zone's area of an industry (装备配套产业区, 现代产业区)."""
    g = news("望奎县园区建设\n望奎经济开发区西部规划为装备配套产业区、新能源环保产业区。某集团将在东岗现代产业区投资20亿元。")
    parks = named(g, Label.PARK)
    assert {"装备配套产业区", "新能源环保产业区"} <= parks
    assert any(p.endswith("东岗现代产业区") for p in parks)
    # the ending before 域 is a kind of area, no park
    g = news("望奎县园区建设\n全县划定三个重点产业区域。")
    assert not any(p.endswith("产业区") for p in named(g, Label.PARK))
