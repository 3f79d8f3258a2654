"""Name mechanisms from the sixth batch's learning half (issue 10, names on new texts): where a name starts after a
clause's adverb, and a list of firms that 等 closes with their rank in a trade, on sentences composed for the test (not
copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label
from tests.ingest.graphs import named, news


def test_a_firm_or_project_name_starts_after_an_adverb_of_time_or_contrast() -> None:
    """园区已入驻|A有限公司, 已有|B有限公司…项目, 而|C有限公司: the adverb (and the verb after it) opens the clause."""
    g = news("目前，园区已入驻河南瑞丰食品有限公司。基地建设加快，已有湖北金川电池材料有限公司10万吨正极材料项目。"
             "而江苏华宏高科技开发有限公司计划总投资5亿元。")
    firms = named(g, Label.ENTERPRISE)  # (a node's name drops the legal form)
    assert {"河南瑞丰食品", "湖北金川电池材料", "江苏华宏高科技开发"} <= firms
    assert not {f for f in firms if f.startswith(("已", "而"))}
    assert "湖北金川电池材料有限公司10万吨正极材料项目" in named(g, Label.PROJECT)


def test_firms_listed_with_their_rank_in_a_trade_are_firms() -> None:
    """A、B、C等一批行业领军企业: 行业 before a word of rank is the firms' standing, not a trade naming a field."""
    g = news("目前，区内聚集了华菱、远大、中联重科等一批行业领军企业。")
    assert {"华菱", "远大", "中联重科"} <= named(g, Label.ENTERPRISE)


def test_firms_of_a_fine_field_are_still_no_list_of_firms() -> None:
    """跨境金融、科技金融等细分领域企业: fields, no firms (the 行业/领域 guard still holds without a rank after it)."""
    g = news("产业链协同不足，跨境金融、科技金融等细分领域企业较少。区内有纺织、服装等行业企业。")
    assert not named(g, Label.ENTERPRISE) & {"跨境金融", "科技金融", "纺织", "服装"}
