"""ent20: enterprise names across the fourteen batches of learn5to18, on sentences composed for the test (shapes from the
learning texts, rewritten), through the real pipeline."""

from __future__ import annotations

from graph.model import Label
from tests.ingest.graphs import news


def _firms(text: str) -> set[str]:
    return {n.name for n in news(text).nodes if n.label == Label.ENTERPRISE}


def test_a_firm_list_whose_items_the_tagger_mostly_leads_with_an_organisation_names_firms() -> None:
    # 等…领域重点企业 is a close the list grammar does not read; one item is tagged a place, the others organisations
    got = _firms("近年来，河西区聚集了中国中铁、中国通号、中国电建等200余家领域重点企业，产业规模持续扩大。")
    assert {"中国中铁", "中国通号", "中国电建"} <= got, got
    # an item an organisation opens and a trade word ends (潞安|树脂) is the firm's name
    got = _firms("其中余吾煤业、潞安树脂、华亿胶带等为潞安集团下属企业，煤炭产能为800万吨。")
    assert {"余吾煤业", "潞安树脂", "华亿胶带"} <= got, got


def test_a_list_of_places_or_of_trades_names_no_firm() -> None:
    got = _firms("开发区引进了北京、上海、深圳等地的300余家领域重点企业。")
    assert not got & {"北京", "上海", "深圳"}, got
    got = _firms("重点引进精密铸造、数控机床、工业软件等领域重点企业。")
    assert not got & {"精密铸造", "数控机床", "工业软件"}, got


def test_officials_before_entrepreneurs_are_no_firm_list() -> None:
    # 企业家 are entrepreneurs: the list before them is of officials, not firms
    got = _firms("近日，青山县委书记王某某、县委副书记李某某等领导同志以及园区部分企业家代表参加了集中开工仪式。")
    assert not got, got
