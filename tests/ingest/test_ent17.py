"""ent17: firm names and PROJECT_OF across the eleven batches of learn5to15, on sentences composed for the test (not
copied from any set's texts), through the real pipeline."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import news


def _firms(text: str) -> set[str]:
    return {n.name for n in news(text).nodes if n.label == Label.ENTERPRISE}


def _owners(text: str) -> set[tuple[str, str]]:
    g = news(text)
    names = {n.id: n.name for n in g.nodes}
    return {(names[e.source], names[e.target]) for e in g.edges if e.type == RelType.CARRIED_OUT_BY}


def test_a_partner_the_place_signs_with_is_a_firm_though_no_company_ending_names_it() -> None:
    # the tagger reads the partner as an organisation; 与 before it and the signing after it make it a firm
    assert "比亚迪" in _firms("会上，青山区与比亚迪成功签约，项目将于年内开工。")
    assert "百度" in _firms("深化中央商务区功能布局，与百度等公司加强战略合作，推动一批企业落户。")


def test_a_partner_that_is_a_place_a_parks_head_or_a_cooperative_is_no_firm() -> None:
    park = "洋浦经济开发区今年签约项目12个。海南星辰化工公司与洋浦签署60万吨甲醇项目投资协议。"
    assert "洋浦" not in _firms(park), _firms(park)
    coop = "由青山县城投公司与省供销社合作打造农产品供应基地。"
    assert "省供销社" not in _firms(coop), _firms(coop)


def test_a_firm_after_the_projects_site_builds_it() -> None:
    # the project's site (and area) between its name and 由A…建设
    text = ("金融商务街区项目位于京津产业新城科创先导区，由天津远航投资有限公司与武清新城建设有限公司合作建设，"
            "项目总占地面积40亩。")
    got = _owners(text)
    assert any(p.startswith("金融商务街区") and f.startswith("天津远航投资") for p, f in got), got


def test_a_firm_after_the_last_projects_investment_or_site_builds_it() -> None:
    invested = ("日前，稷山县年产8万吨精密铸造件项目开工奠基。该项目总投资1.3亿元，由山西源泰水泥有限责任公司与"
                "江苏恒盛铸造有限公司共同投资建设。")
    got = _owners(invested)
    assert any(p.endswith("精密铸造件项目") and f.startswith("江苏恒盛铸造") for p, f in got), got
    sited = "主会场设在戴南镇的江苏金联焊材项目现场。项目位于戴南镇循环经济产业园，由天津金联焊材集团投资新建。"
    got = _owners(sited)
    assert any(p.startswith("江苏金联焊材") and f.startswith("天津金联焊材") for p, f in got), got


def test_a_site_clause_naming_no_firm_after_by_gives_no_owner() -> None:
    text = "金融商务街区项目位于京津产业新城科创先导区，由区政府统一规划建设。"
    assert not _owners(text), _owners(text)


def test_a_list_closed_by_firms_whose_every_item_the_tagger_reads_as_an_organisation_names_firms() -> None:
    # the close holds words no closing grammar reads (一批央企); every item a whole ORG span
    got = _firms("顺义区已集聚中航复材、汉飞航空等一批央企民企协同发展。")
    assert {"中航复材", "汉飞航空"} <= got, got


def test_a_list_closed_by_firms_with_an_item_the_tagger_reads_as_a_common_noun_names_none() -> None:
    # 航空零部件 and 无人机 are kinds of firms, no names: the close no grammar reads (一批央企) names none of them
    got = _firms("顺义区已集聚航空零部件、无人机等一批央企民企协同发展。")
    assert not got & {"航空零部件", "无人机"}, got
