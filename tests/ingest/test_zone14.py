"""zone14: the left edge of zone and park names across eight batches' learning halves (a clause's word swallowed by a
zone's or park's name: 使|金砂湾工业园, 印发|新站高新区, 既是|经开区, ，明晰|园区发展定位, 建设|一流新区), on sentences
composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import DocumentGraph, Label
from tests.ingest.graphs import extracted


def _places(g: DocumentGraph) -> set[str]:
    return {n.name for n in g.nodes if n.label in (Label.PARK, Label.COUNTY)}


def test_a_name_the_text_writes_elsewhere_ends_a_span_after_a_clause_word() -> None:
    """使|松林湾工业园 beside 松林湾工业园, 打开|白鹭经开区 beside 白鹭经开区: one or two characters naming no place before a
    name the document knows are the clause's; a place before it (湖口|松林湾工业园) stays part of the name."""
    g = extracted("某县不断完善松林湾工业园的基础设施，使松林湾工业园成为产业聚集的平台。")
    assert _places(g) == {"松林湾工业园"}
    g = extracted("白鹭经开区招商局介绍，该项目将进一步打开白鹭经开区发展空间。")
    assert _places(g) == {"白鹭经开区"}
    g = extracted("湖口松林湾工业园产值突破百亿元，松林湾工业园已入驻企业80家。")
    assert "湖口松林湾工业园" in _places(g)
    # words holding a preposition or adverb before a name known without its place (定安松岭工业园): the clause's
    # (pk19: the name written without its place is the park's, 定安松岭工业园 also named 松岭工业园)
    g = extracted("去年定安松岭工业园获批升级。县长介绍，定安将继续以松岭工业园为主战场，聚焦食品加工。")
    assert not [n for n in _places(g) if "继续" in n]
    assert "松岭工业园" in _places(g) | {a for n in g.nodes if n.label == Label.PARK for a in n.aliases}
    # a bare park word (普安工业园区 without its place) is no name to cut to; a level's character names the county
    g = extracted("在交通枢纽布局普安工业园区，重点发展食品饮料产业；在新县城布局松门工业园区，重点发展新材料产业。")
    assert "松门工业园区" in _places(g) and "工业园区" not in _places(g)
    g = extracted("宝丰县先进制造业开发区管委会介绍，该项目位于县先进制造业开发区北区。")
    assert "先进制造业开发区" not in _places(g)


def test_a_clause_function_word_inside_a_zones_own_name() -> None:
    """点亮了|新区, 我们对|经开区, 既是|经开区: the zone's own name starts after the copula, preposition or particle, and
    with nothing left there is none; a place holding such a character (将乐) keeps it."""
    for text in ("中国星网的落户，点亮了新区空天信息产业链条上的一颗主星。",
                 "经过几年的发展，我们对经开区的功能定位进行了延伸和拓展。",
                 "举办本次集中开工仪式，既是经开区去年工作的总结，也是今年工作的开篇。"):
        assert not [n for n in _places(extracted(text)) if len(n) > 3 and not n.startswith(("经开区", "新区"))], text
    assert "将乐高新区" in _places(extracted("将乐高新区一季度新开工项目12个。"))


def test_a_verb_opening_a_clause_before_a_bare_park_word() -> None:
    """，厘清|园区发展定位 and 、主抓|园区招: two characters opening a clause or a list's item before 园区, naming no
    place and written in no other name, are a verb and its object; after a cut verb (看中|青山园区) and where the text
    writes the two characters in another name (祥泰园区 beside 阳谷祥泰生态工业园区) they are a park's name."""
    assert not _places(extracted("以规划编制为龙头，厘清园区发展定位。以项目建设为支撑，筑牢园区发展基础。"))
    assert not _places(extracted("通过领导带头招、主抓园区招、借助平台招等方式引进项目。"))
    assert "青山园区" in _places(extracted("客商看中青山园区优越的交通条件。"))
    assert "祥泰园区" not in _places(extracted("延链条强保障 祥泰园区建设提质提速。"))
    assert "祥泰园区" in _places(extracted("延链条强保障 祥泰园区建设提质提速。阳谷祥泰生态工业园区位于县城东部。"))


def test_a_zone_aimed_at_is_a_kind() -> None:
    """建设|一流新区, 奋力打造|一流高新区: a zone named by its own words right after a verb of aiming and nowhere else in
    the text is the kind a place aims to be; a zone the text names again stays."""
    assert not _places(extracted("全力推动经济高质量发展，奋力打造一流高新区。"))
    assert not _places(extracted("打造产业新城 建设一流新区\n近年来，某地加快发展，奋力打造产业新城、建设一流新区。"))
    assert "天府新区" in _places(extracted("加快建设天府新区。天府新区管委会表示，将设立招商专班。"))
