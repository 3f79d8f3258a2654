"""Project-name and target mechanisms from audit D of raw real texts (tests/audit/docs/31-40, judged_d.yaml), on
sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract import extract_document
from tests.ingest.test_extract import _doc
from tests.ingest.graphs import named, news


def test_two_named_projects_joined_by_and_in_a_list_are_two_items() -> None:
    g = news("社会事业项目3个，分别是城东学校项目（一期）、市妇幼保健院迁建项目和市中医院康复中心项目。")
    projects = named(g, Label.PROJECT)
    assert {"市妇幼保健院迁建项目", "市中医院康复中心项目"} <= projects
    assert not {p for p in projects if "项目和" in p}


def test_a_bracketed_place_and_a_joining_word_close_the_name_before() -> None:
    g = news("入选项目包括宏远新材料有限公司年产5万吨铝箔项目（东山县），"
              "华达电子有限公司年产2亿只电容器项目（西山县）和瑞丰食品有限公司年产1万吨果汁项目（南山县）。")
    projects = named(g, Label.PROJECT)
    assert "瑞丰食品有限公司年产1万吨果汁项目" in projects
    assert not {p for p in projects if p.startswith(("（", "("))}


def test_a_totality_copula_before_a_project_word_names_a_kind() -> None:
    g = news("今天签约的12个项目全部为转型项目，涉及新能源、新材料等方面。")
    assert not {p for p in named(g, Label.PROJECT) if "转型项目" in p}


def test_a_category_counted_with_zhong_you_is_no_project() -> None:
    g = news("此外，节能环保及资源利用项目中有2个新开工项目。")
    assert not {p for p in named(g, Label.PROJECT) if p.endswith("资源利用项目")}


def test_shenhua_opens_a_clause_not_a_project_name() -> None:
    g = news("这是贯彻落实省委、省政府深化转型项目建设的有效抓手。")
    assert not {p for p in named(g, Label.PROJECT) if "转型项目" in p}


def _targets(text: str) -> set[tuple[str, float]]:
    g = extract_document(_doc(text, kind="policy", date="2024-05-01"))
    names = {n.id: n.name for n in g.nodes}
    return {(names[e.target], e.props["value"]) for e in g.edges if e.type == RelType.SETS_TARGET}


def test_a_relative_clause_opened_by_zai_after_a_count_is_no_indicator() -> None:
    found = _targets("到2026年，力争培育8个左右在全国具有影响力、知名度较高的产业集群，规上工业企业达到1200家。")
    assert not {n for n, _ in found if "在全国" in n}
    assert any(v == 1200 for _, v in found)  # the clause's other figure stays


def test_a_county_before_a_trade_word_and_a_legal_form_is_the_companys_brand() -> None:
    firms = named(news("相关企业：山东平阴化工集团有限公司、山东鲁西化工集团股份有限公司。"), Label.ENTERPRISE)
    assert "平阴化工集团" in firms and "化工集团" not in firms
