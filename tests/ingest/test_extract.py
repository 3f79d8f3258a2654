"""Extraction rules on short excerpts of the corpus, the offsets contract, and an unseen document."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import DocumentGraph, Label, RelType
from ingest.read.clean import clean_text
from ingest.extract import extract_document
from ingest.lexicon import default_lexicon
from ingest.read import SourceDocument, load_corpus, read_document
from ingest.resolve import Resolver, indicator_key
from ingest.structure import analyse

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


def _doc(text: str, key: str = "t", kind: str = "plan", date: str = "2018-04-04", title: str = "测试") -> SourceDocument:
    ct = clean_text(text)
    return SourceDocument(key=key, path=f"{key}.txt", title=title, date=date, kind=kind, period=date[:4],
                          text=ct.text, raw_text=text, offsets=ct.offsets, script=ct.script)


def _edges(g: DocumentGraph, rel: RelType) -> set[tuple[str, str]]:
    return {(e.source, e.target) for e in g.edges if e.type == rel}


BOX6 = """第五章  突出转换重点
第六节  绿色化工产业集群
煤化工。支持鲁西集团，以洁净煤气化技术为龙头，延伸拓展甲醇等下游精深加工。
盐化工。支持莘县现代化工产业园、信发集团，充分发挥盐矿资源优势。支持华祥盐化、华兴化工等企业，积极研发引进技术设备。

	专栏6  绿色化工产业集群重点项目
鲁西化工集团年产100万吨有机硅项目、年产60万吨MTO项目、年产15万吨高性能EVA项目（12万吨/年LDPE项目），，阳谷华泰化工年产3.2万吨橡胶助剂搬迁升级改造生产项目，山东九鼎新材5万吨高模量纤维、4万吨短切毡和5万吨纤维布生产项目，莘县华祥盐化年产10万吨氯乙酸项目。
"""


def test_box_items_split_and_inherit_the_enterprise() -> None:
    g = extract_document(_doc(BOX6))
    listed = {e.source for e in g.edges if e.type == RelType.IN_CLUSTER and e.props.get("role") == "listed"}
    assert listed == {
        "project:鲁西化工集团年产100万吨有机硅项目",
        "project:鲁西化工集团年产60万吨MTO项目",
        "project:鲁西化工集团年产15万吨高性能EVA项目（12万吨/年LDPE项目）",
        "project:阳谷华泰化工年产3.2万吨橡胶助剂搬迁升级改造生产项目",
        "project:山东九鼎新材5万吨高模量纤维、4万吨短切毡和5万吨纤维布生产项目",
        "project:莘县华祥盐化年产10万吨氯乙酸项目",
    }
    by = _edges(g, RelType.CARRIED_OUT_BY)
    assert ("project:鲁西化工集团年产60万吨MTO项目", "enterprise:鲁西集团") in by
    assert ("project:阳谷华泰化工年产3.2万吨橡胶助剂搬迁升级改造生产项目", "enterprise:华泰化工") in by
    loc = _edges(g, RelType.LOCATED_IN)
    assert ("project:莘县华祥盐化年产10万吨氯乙酸项目", "county:莘县") in loc
    # the inherited item keeps the text form it was written in as an alias
    mto = next(n for n in g.nodes if n.id == "project:鲁西化工集团年产60万吨MTO项目")
    assert "年产60万吨MTO项目" in mto.aliases
    # 华祥盐化 in the prose and 莘县华祥盐化 in the box are one enterprise
    leading = {e.source for e in g.edges if e.type == RelType.IN_CLUSTER and e.props.get("role") == "leading"}
    assert {"enterprise:鲁西集团", "enterprise:信发集团", "enterprise:华祥盐化", "enterprise:华兴化工"} <= leading
    assert "park:莘县现代化工产业园" not in leading
    sub = _edges(g, RelType.HAS_SUBINDUSTRY)
    assert sub == {("cluster:绿色化工", "cluster:煤化工"), ("cluster:绿色化工", "cluster:盐化工")}


LAYOUT = """第三章  发展布局
第二节  多园支撑
临清市：依托临清经济开发区、临清轴承产业园，发展高端装备制造产业，改造提升纺织、轴承产业，建设全国最大的轴承产业基地。
莘县：依托山东鲁西经济开发区、国家农业科技园区核心区，发展新材料产业，改造提升化工、农业及农产品加工产业。
茌平县：以茌平经济开发区、信发高新材料产业园为重点，发展新材料产业。
各特色园区应当与附近小城镇有机结合。临清市烟店镇与轴承产业园，高新区顾官屯镇与鲁西化工新材料产业园等五个镇园要深度融合。
"""


def test_county_layout_parks_develops_upgrades() -> None:
    g = extract_document(_doc(LAYOUT))
    loc = _edges(g, RelType.LOCATED_IN)
    assert {("park:临清经济开发区", "county:临清市"), ("park:临清轴承产业园", "county:临清市"),
            ("park:鲁西经济开发区", "county:莘县"), ("park:茌平经济开发区", "county:茌平区"),
            ("park:信发高新材料产业园", "county:茌平区"),
            ("park:鲁西化工新材料产业园", "county:聊城高新技术产业开发区")} <= loc
    assert ("county:临清市", "cluster:高端装备制造") in _edges(g, RelType.DEVELOPS)
    up = _edges(g, RelType.UPGRADES)
    assert {("county:临清市", "cluster:纺织"), ("county:临清市", "cluster:轴承"),
            ("county:莘县", "cluster:绿色化工"), ("county:莘县", "cluster:农业及农产品加工")} <= up
    # resolutions are explained
    park = next(e for e in g.edges if e.type == RelType.LOCATED_IN and e.source == "park:临清轴承产业园")
    assert "context:轴承产业园→临清轴承产业园" in {ev.resolution for ev in park.evidence}
    county = next(n for n in g.nodes if n.id == "county:茌平区")
    assert "茌平县" in county.aliases
    ev = [ev for e in g.edges if e.target == "county:茌平区" and e.type == RelType.MENTIONS for ev in e.evidence]
    assert "renamed:茌平县→茌平区" in {e.resolution for e in ev}


def test_resolution_merges_short_and_full_names_and_keeps_look_alikes_apart() -> None:
    r = Resolver(default_lexicon())
    for s in ("鲁西集团", "鲁西化工集团", "鲁西化工", "山东鲁西化工集团有限公司"):
        assert r.enterprise(s).name == "鲁西集团"
    assert r.enterprise("山东鲁西化工集团有限公司").resolution.startswith(("alias:", "suffix:"))
    assert r.enterprise("鲁西大地").name != "鲁西集团"
    assert r.park("山东鲁西经济开发区").name == "鲁西经济开发区"
    assert r.park("山东鲁西经济开发区").label == Label.PARK
    assert r.enterprise("中通客车股份有限公司").name == "中通客车"
    assert r.county("茌平县").resolution == "renamed:茌平县→茌平区"
    linqing = r.county("临清市")
    assert r.park("开发区", linqing).name == "临清经济开发区"
    assert r.park("开发区", linqing).resolution == "context:开发区→临清经济开发区"
    # an enterprise not in the lexicon, written two ways in one document
    first = r.enterprise("莘县瑞鑫达新型材料科技")
    assert r.enterprise("瑞鑫达新型材料科技有限公司").name == first.name


def test_indicator_names_normalise_to_one_node() -> None:
    keys = {indicator_key(s) for s in ("研发投入占生产总值比重", "R&D经费支出占GDP比重", "全社会研发经费投入占GDP的比重",
                                       "科技研发投入占GDP的比重", "研发投入占GDP比重", "8、研发投入占生产总值比重")}
    assert len(keys) == 1


@pytest.fixture(scope="module")
def corpus_graphs() -> dict[str, tuple[SourceDocument, DocumentGraph]]:
    return {d.key: (d, extract_document(d)) for d in load_corpus(CORPUS)}


def test_every_evidence_points_at_its_sentence(corpus_graphs) -> None:
    for doc, g in corpus_graphs.values():
        assert g.policy.props["text"] == doc.text
        for e in g.edges:
            assert e.evidence, e
            for ev in e.evidence:
                assert doc.text[ev.start:ev.end] == ev.sentence
                assert ev.rule
        ids = {n.id for n in g.nodes} | {g.policy.id}
        assert all(e.source in ids and e.target in ids for e in g.edges)


def test_rd_share_is_one_indicator_across_documents(corpus_graphs) -> None:
    facts = set()
    for _doc, g in corpus_graphs.values():
        for e in g.edges:
            if e.type in (RelType.SETS_TARGET, RelType.REPORTS) and e.target == "indicator:研发经费投入占GDP比重":
                facts.add((e.type.value, e.props["year"], e.props["value"]))
    assert {("SETS_TARGET", 2018, 2.3), ("SETS_TARGET", 2020, 2.5), ("SETS_TARGET", 2022, 2.7),
            ("REPORTS", 2017, 2.14), ("REPORTS", 2021, 2.95)} <= facts


def test_target_table_rows(corpus_graphs) -> None:
    _doc, g = corpus_graphs["001_96019a36a6392bfa"]
    t = {(e.target, e.props["year"], e.props["value"], e.props["unit"]) for e in g.edges if e.type == RelType.SETS_TARGET}
    assert ("indicator:高新技术企业数量", 2022, 200.0, "家") in t
    r = {(e.target, e.props["period"], e.props["value"]) for e in g.edges if e.type == RelType.REPORTS}
    assert ("indicator:新经济占比", "2016", 27.1) in r  # "27.1（2016）" in the 2017 column
    st = analyse(_doc.text)
    assert st.tables and st.tables[0].title == "新旧动能转换主要目标表"


def test_policy_cites_and_section_paths(corpus_graphs) -> None:
    _doc, g = corpus_graphs["000_b99d51a1da965aef"]
    assert "关于加快制造业强市建设的实施意见" in g.policy.props["cites"]
    _doc, g = corpus_graphs["001_96019a36a6392bfa"]
    ev = next(e for e in g.edges if e.type == RelType.IN_CLUSTER and e.props.get("role") == "listed").evidence[0]
    assert ev.section.startswith("第五章") and "第一节 新材料产业集群 > 专栏1 新材料产业集群重点项目" in ev.section


UNSEEN = """聊城市重点项目建设再提速

本报讯 今年以来，我市新开工一批重点项目。茌平县：依托茌平经济开发区、茌平化工产业园，发展新材料产业，改造提升有色金属产业。
临清市：依托临清经济开发区，发展高端装备制造产业。山东鲁西化工集团有限公司年产30万吨己内酰胺项目开工建设，中通客车股份有限公司新能源客车智能工厂项目投产。
全市研发投入占GDP比重达到3.1%（2022年）。

聊城市发展和改革委员会
2023年5月8日
"""


def test_unseen_news_links_to_existing_entities(tmp_path: Path) -> None:
    f = tmp_path / "2023_news.txt"
    f.write_text(UNSEEN, encoding="utf-8")
    doc = read_document(f)
    assert doc.date == "2023-05-08"
    g = extract_document(doc)
    ids = {n.id for n in g.nodes}
    assert {"enterprise:鲁西集团", "enterprise:中通客车", "county:茌平区", "county:临清市",
            "park:茌平化工产业园", "indicator:研发经费投入占GDP比重"} <= ids
    assert ("park:茌平化工产业园", "county:茌平区") in _edges(g, RelType.LOCATED_IN)
    rep = [e for e in g.edges if e.type == RelType.REPORTS and e.target == "indicator:研发经费投入占GDP比重"]
    assert rep and rep[0].props["year"] == 2022 and rep[0].props["value"] == 3.1
    res = {ev.resolution for e in g.edges if e.target == "enterprise:鲁西集团" for ev in e.evidence}
    assert any(r.startswith(("alias:", "suffix:")) for r in res)
    # projects named in prose, with the company their name carries
    assert {("project:山东鲁西化工集团有限公司年产30万吨己内酰胺项目", "enterprise:鲁西集团"),
            ("project:中通客车股份有限公司新能源客车智能工厂项目", "enterprise:中通客车")} <= _edges(g, RelType.CARRIED_OUT_BY)


OTHER_CITY = """第二章 发展布局
第一节 区域布局
乐陵市：依托乐陵经济开发区、乐陵调味品产业园，发展调味品产业，改造提升体育器材产业。
第三章 产业集群
第一节 生物医药产业集群
化学药。支持齐鲁制药、华润双鹤等企业，发展仿制药。支持保龄宝生物股份有限公司加快功能糖研发。
专栏2 生物医药产业重点项目
保龄宝生物年产5万吨功能糖项目、年产1万吨益生元项目，乐陵希森马铃薯产业集团脱毒种薯基地项目。
2022年，全市研发投入占GDP比重达到2.4%，到2025年达到3%。
"""


def test_a_city_the_lexicon_does_not_know() -> None:
    """Counties, parks, enterprises and projects of another city come from the rules alone."""
    g = extract_document(_doc(OTHER_CITY, date="2023-02-01"))
    loc = _edges(g, RelType.LOCATED_IN)
    assert {("park:乐陵经济开发区", "county:乐陵市"), ("park:乐陵调味品产业园", "county:乐陵市"),
            ("project:乐陵希森马铃薯产业集团脱毒种薯基地项目", "county:乐陵市")} <= loc
    assert ("county:乐陵市", "cluster:调味品") in _edges(g, RelType.DEVELOPS)
    members = _edges(g, RelType.IN_CLUSTER)
    assert {("enterprise:齐鲁制药", "cluster:生物医药"), ("enterprise:保龄宝生物", "cluster:生物医药"),
            ("project:保龄宝生物年产1万吨益生元项目", "cluster:生物医药")} <= members
    # the prose after the box is not a box item
    assert not any(n.id.startswith("project:2022") or "研发投入" in n.id for n in g.nodes if n.label == Label.PROJECT)
    values = {(e.type, e.props["year"], e.props["value"]) for e in g.edges
              if e.target == "indicator:研发经费投入占GDP比重" and e.type != RelType.MENTIONS}
    assert values == {(RelType.REPORTS, 2022, 2.4), (RelType.SETS_TARGET, 2025, 3.0)}


def test_box_project_owner_named_elsewhere_in_the_document() -> None:
    text = """第五章 产业
第九节 现代高效农业产业集群
	专栏9  现代高效农业产业集群重点项目
莘县首鲜净菜加工及冷链配送大生态农业综合项目，聊城立海现代生态农业示范园项目。


第七章 质量
	专栏11  品牌培育项目
企业品牌：东阿阿胶、莘县首鲜。
"""
    g = extract_document(_doc(text))
    by = {(e.source, e.target): e for e in g.edges if e.type == RelType.CARRIED_OUT_BY}
    e = by[("project:莘县首鲜净菜加工及冷链配送大生态农业综合项目", "enterprise:首鲜")]
    assert e.evidence[0].rule == "box_known_owner" and e.evidence[0].resolution == "known:莘县首鲜→首鲜"
    assert not any(src == "project:聊城立海现代生态农业示范园项目" for src, _ in by)


def test_projects_listed_in_prose_and_industry_paragraphs() -> None:
    text = """第五章 产业
第三节 新能源汽车产业集群
新能源汽车整车。支持建设中通客车年产2万辆燃料电池汽车、中通轻客年产3万台电动货车、1万台房车及电动客车、时风集团年产8万辆纯电动乘用车等项目。
第八章 空间
第三节 绿色发展
发展节能环保产业。以泉林、祥光、金正新科等企业为重点，发展秸秆深加工等绿色产业。
"""
    g = extract_document(_doc(text))
    by = _edges(g, RelType.CARRIED_OUT_BY)
    assert {("project:中通客车年产2万辆燃料电池汽车", "enterprise:中通客车"),
            ("project:中通轻客年产3万台电动货车、1万台房车及电动客车", "enterprise:中通轻客"),
            ("project:时风集团年产8万辆纯电动乘用车", "enterprise:时风集团")} == by
    members = _edges(g, RelType.IN_CLUSTER)
    assert ("project:时风集团年产8万辆纯电动乘用车", "cluster:新能源汽车") in members
    assert {("enterprise:泉林纸业", "cluster:节能环保"), ("enterprise:祥光铜业", "cluster:节能环保"),
            ("enterprise:金正新科", "cluster:节能环保")} <= members


def test_infrastructure_lines_meet_on_one_node() -> None:
    from ingest.resolve import project_key
    assert project_key("高唐至东阿高速公路项目") == project_key("高东高速") == "高东高速"
    assert project_key("聊城经邯郸至长治高铁项目") == project_key("聊邯长（青兰）高铁") == "聊邯长高铁"
    assert project_key("雄商高铁（聊城段）项目") == project_key("雄商高铁聊城段") == "雄商高铁"
    assert project_key("聊城民用机场项目") == project_key("聊城机场项目")
    text = """一、进展情况
郑济高铁已正式开工建设，雄商高铁可研报告已报国家发改委；加快高东高速建设。济郑高铁济南至聊城段建成。
"""
    g = extract_document(_doc(text, kind="progress-report", date="2020-09-07"))
    projects = {n.id: n for n in g.nodes if n.label == Label.PROJECT}
    assert {"project:郑济高铁", "project:雄商高铁", "project:高东高速"} == set(projects)
    assert "济郑高铁济南至聊城段" in projects["project:郑济高铁"].aliases


def test_html_news_page_ingests(tmp_path: Path) -> None:
    page = tmp_path / "2024_news.html"
    page.write_text(
        "<html><head><title>聊城新闻</title></head><body><h1>聊城经济开发区新能源汽车产业提速</h1>"
        "<p>记者从聊城经济技术开发区获悉，中通客车年产1万辆氢燃料电池客车项目签约落地。</p>"
        "<p>阳谷县：依托阳谷祥光经济开发区，发展光电信息产业。祥光铜业、阳谷电缆集团等企业持续扩产。</p>"
        "<p>2023年，全市高新技术产业产值占规上工业总产值的比重达到52.1%。</p>"
        "<p>聊城市人民政府新闻办公室 2024年1月10日</p></body></html>", encoding="utf-8")
    doc = read_document(page)
    g = extract_document(doc)
    ids = {n.id for n in g.nodes}
    assert {"enterprise:中通客车", "enterprise:祥光铜业", "county:聊城经济技术开发区", "county:阳谷县"} <= ids
    assert ("project:中通客车年产1万辆氢燃料电池客车项目", "enterprise:中通客车") in _edges(g, RelType.CARRIED_OUT_BY)
    assert ("park:阳谷祥光经济开发区", "county:阳谷县") in _edges(g, RelType.LOCATED_IN)
    rep = {(e.props["year"], e.props["value"]) for e in g.edges
           if e.type == RelType.REPORTS and e.target == "indicator:高新技术产业产值占比"}
    assert rep == {(2023, 52.1)}


def test_bare_development_zone_takes_the_county_of_its_paragraph() -> None:
    text = "临清市：依托临清经济开发区，发展高端装备制造产业。开发区新开工项目12个。\n全市开发区要深化改革。\n"
    g = extract_document(_doc(text))
    ev = [ev for e in g.edges if e.type == RelType.MENTIONS and e.target == "park:临清经济开发区" for ev in e.evidence]
    assert "context:开发区→临清经济开发区" in {e.resolution for e in ev}
    zone = [ev for e in g.edges if e.type == RelType.MENTIONS and e.target == "county:聊城经济技术开发区" for ev in e.evidence]
    assert zone and zone[0].sentence == "全市开发区要深化改革。"


def test_region_prefixes_come_from_the_lexicon(tmp_path: Path) -> None:
    """Another city's region names merge 德州鲁晶科技 with 鲁晶科技 once regions.yaml lists them."""
    from ingest.lexicon import load_lexicon

    (tmp_path / "regions.yaml").write_text("- {name: 德州市, type: Region, aliases: [德州]}\n", encoding="utf-8")
    (tmp_path / "enterprises.yaml").write_text("- {name: 鲁晶科技, type: Enterprise}\n", encoding="utf-8")
    lex = load_lexicon(tmp_path)
    assert lex.regions == ("德州市", "德州") and not lex.of(Label.COUNTY)
    assert lex.strip_region("德州市鲁晶科技") == "鲁晶科技"
    resolved = Resolver(lex).enterprise("德州鲁晶科技有限公司")
    assert resolved is not None and resolved.name == "鲁晶科技"
    assert Resolver(default_lexicon()).enterprise("德州鲁晶科技有限公司").name != "鲁晶科技"


def test_an_edge_lists_each_of_its_sentences_once() -> None:
    # 新一代信息技术 is found here thrice (the county layout reads 新一代信息技术, the prose rule
    # 新一代信息技术产业, vocabulary_list a develop verb's vocabulary name): one evidence entry, all rules, the first surface.
    line = next(ln for ln in (CORPUS / "001_96019a36a6392bfa.txt").read_text(encoding="utf-8").splitlines()
                if ln.startswith("中心城区："))
    g = extract_document(_doc(line))
    [develops] = [e for e in g.edges if e.type == RelType.DEVELOPS
                  and (e.source, e.target) == ("county:东昌府区", "cluster:新一代信息技术")]
    assert [(ev.rule, ev.surface) for ev in develops.evidence] == [("county_layout+develops_prose+vocabulary_list", "新一代信息技术")]
    for e in g.edges:
        assert len({(ev.start, ev.end) for ev in e.evidence}) == len(e.evidence), e
