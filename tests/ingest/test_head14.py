"""A project no rule gave an owner whose name opens with the head of a firm the document names elsewhere (head14,
rule `head_owner`): the firm's whole name, or a long head the firm's name shares with it; never a place at the head, nor
a two-character brand before a product. Sentences composed for the test (not copied from any set)."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import news


def _owners(text: str, rule: str = "head_owner") -> set[tuple[str, str]]:
    """(project, firm) of the CARRIED_OUT_BY edges `rule` gave."""
    g = news(text)
    names = {n.id: n.name for n in g.nodes}
    return {(names[e.source], names[e.target]) for e in g.edges
            if e.type == RelType.CARRIED_OUT_BY and any(rule in v.rule.split("+") for v in e.evidence)}


def test_a_firm_listed_elsewhere_owns_the_project_its_whole_name_opens() -> None:
    """中海油 is one of the listed firms; 中海油大型非标设备制造基地项目 is its project."""
    got = _owners("开发区现有中海油、鲁南重工等大型企业落户。其中，中海油大型非标设备制造基地项目已开工。")
    assert got == {("中海油大型非标设备制造基地项目", "中海油")}


def test_a_long_head_shared_with_a_firm_names_it() -> None:
    """北斗星河绿色有机食品有限公司 and 北斗星河速冻果蔬加工项目 share 北斗星河: the firm's project."""
    got = _owners("北斗星河绿色有机食品有限公司今年产值增长20%。北斗星河速冻果蔬加工项目已完成投资3亿元。")
    assert got == {("北斗星河速冻果蔬加工项目", "北斗星河绿色有机食品")}


def test_a_groups_long_head_names_the_group() -> None:
    """星际蓝海航天城项目 opens with 星际蓝海航天, the head of 星际蓝海航天科技集团."""
    got = _owners("星际蓝海航天科技集团今年产值增长20%。星际蓝海航天工业有限公司新增就业300人。园区内，星际蓝海航天城项目已开工。")
    assert ("星际蓝海航天城项目", "星际蓝海航天科技集团") in got


def test_a_place_at_the_head_names_no_firm() -> None:
    """广西华源新材料有限公司 and 广西滨海物流园项目 share only 广西, a province: no owner."""
    assert not _owners("广西华源新材料有限公司今年产值增长20%。广西滨海物流园项目完成投资3亿元。")


def test_a_two_character_brand_before_a_product_names_no_firm() -> None:
    """恒达 is listed as a firm, but 恒达|钢质防火门生产线项目 is read as a brand before a product: no owner by the head."""
    assert not _owners("园区引进了恒达、鲁南重工等企业。恒达钢质防火门生产线项目已投产。")
