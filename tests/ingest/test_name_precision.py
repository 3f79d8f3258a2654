"""Names that are no entity, and names found where the words around them say so (issue 10, items 1 and 3):
a cluster's name as a modifier, a railway as a landmark, a short name the text never gives, a project
named again by its end, a park built as one investment, a bare zone word in another place's report,
and targets whose indicator follows the figure. Sentences composed for the test, the real pipeline."""

from __future__ import annotations

from graph.model import DocumentGraph, Label, RelType
from ingest.extract import extract_document
from ingest.extract.names import continues_word, find_industries, find_projects, modifier_spans
from tests.ingest.graphs import HOME_TITLE
from tests.ingest.test_extract import _doc
from tests.ingest.test_other_cities import _edges, _news


def _names(g: DocumentGraph, label: Label) -> set[str]:
    return {n.name for n in g.nodes if n.label == label}


def _targets(g: DocumentGraph) -> set[tuple[str, float]]:
    names = {n.id: n.name for n in g.nodes}
    return {(names[e.target], float(e.props["value"])) for e in g.edges if e.type == RelType.SETS_TARGET}


def test_a_cluster_name_that_opens_a_longer_noun_is_no_mention() -> None:
    text = "目前，精细化工和化工新材料产品占公司产品的八成。"
    a, b = text.index("精细化工"), text.index("化工新材料")
    assert continues_word(text, b + len("化工新材料"))            # …产品
    assert modifier_spans(text, [(a, a + 4), (b, b + 5)]) == {(a, a + 4), (b, b + 5)}  # the list item before it too
    g = _news(text + "全市大力发展新材料产业和文旅产业。")
    assert "化工新材料" not in _names(g, Label.CLUSTER) and "精细化工" not in _names(g, Label.CLUSTER)
    assert "新材料" in _names(g, Label.CLUSTER)                     # closed by 产业: a whole name


def test_a_railway_is_a_project_only_where_it_is_built_or_planned() -> None:
    g = _news("物流园紧邻京九铁路，区位优势明显。今年将加快推进郑济高铁建设。")
    projects = _names(g, Label.PROJECT)
    assert "郑济高铁" in projects and "京九铁路" not in projects


def test_a_two_character_short_name_the_text_gives_nowhere_else_names_no_owner() -> None:
    g = _news("与会人员观摩了信发高级中学项目。")
    assert not _edges(g, RelType.CARRIED_OUT_BY) and "信发集团" not in _names(g, Label.ENTERPRISE)
    g = _news("信发集团今年投资建设信发电解铝技改项目。与会人员观摩了信发高级中学项目。")
    assert ("信发高级中学项目", "信发集团") in _edges(g, RelType.CARRIED_OUT_BY)


def test_a_project_named_again_by_the_end_of_its_name_is_the_same_node() -> None:
    g = _news("开发区引进了全透明光伏幕墙玻璃项目。签约仪式上，投资30亿元的光伏幕墙玻璃项目现场签约。")
    assert _names(g, Label.PROJECT) == {"全透明光伏幕墙玻璃项目"}


def test_a_park_built_as_one_investment_is_a_project() -> None:
    g = _news("公司投资建设恒瑞生物产业园，项目总占地120亩。另有万达食品产业园总投资约30亿元。")
    assert {"恒瑞生物产业园", "万达食品产业园"} <= _names(g, Label.PROJECT)
    assert not {"恒瑞生物产业园", "万达食品产业园"} & _names(g, Label.PARK)


def test_a_bare_zone_word_in_another_places_report_is_the_zone_it_names() -> None:
    g = _news("营口辽河经济开发区今年新签约项目12个。开发区管委会不断优化营商环境，力争升级为国家级经济技术开发区。")
    parks = _names(g, Label.PARK) | _names(g, Label.COUNTY)
    assert not any("聊城" in n or n == "营口经济开发区" for n in parks)
    assert any(n.endswith("辽河经济开发区") for n in parks)


def test_a_county_short_form_after_its_own_province_is_read() -> None:
    g = _news("云南嵩明杨林工业园区位于昆明东北部，园区以汽车制造为支柱。")
    assert "嵩明县" in _names(g, Label.COUNTY)


def test_a_verb_right_before_a_legal_form_belongs_to_the_company() -> None:
    names = [n for _s, _e, n in find_projects("签约的河北远航科技发展有限公司年产5万吨新型板材项目已开工。")]
    assert names == ["河北远航科技发展有限公司年产5万吨新型板材项目"]


def test_a_one_character_verb_inside_a_list_item_is_part_of_it() -> None:
    text = "以轨道交通、通用航空、新能源汽车三大动力产业为核心。"
    assert [n for _s, _e, n in find_industries(text)] == ["轨道交通", "通用航空", "新能源汽车"]


def test_the_indicator_follows_a_figure_after_words_of_doing_or_a_list() -> None:
    g = extract_document(_doc("到2025年，全力实施好120个省级重点项目，市级打造30个左右百亿级优势产业链，"
                              "全省打造粮食、果蔬5个千亿级主导产业链，高新技术企业达到500家。", date="2023-01-01",
                              title=HOME_TITLE))
    got = _targets(g)
    # 全省 in a 聊城 text is 山东省: its figures' indicators carry the province's name
    assert {("省级重点项目", 120.0), ("百亿级优势产业链", 30.0), ("山东省千亿级主导产业链", 5.0), ("山东省高新技术企业", 500.0)} <= got
    assert not any(name in ("全力实施好", "市级打造", "果蔬") for name, _v in got)
