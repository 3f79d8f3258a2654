"""The gazetteer of China's divisions (data/places): full names, former names, short forms the
document supports, ambiguity resolved up the hierarchy, zones by the shape of their names, and
another city's region file working without code."""

from __future__ import annotations

from pathlib import Path

import yaml

from graph.model import Label, RelType
from ingest.extract import extract_document
from ingest.gazetteer import default_gazetteer, load_gazetteer
from ingest.lexicon import default_lexicon, load_lexicon
from ingest.resolve import Resolver
from tests.ingest.test_extract import _doc, _edges
from tests.ingest.test_other_cities import _edges as _named_edges, _news

PLACES = Path(__file__).resolve().parents[2] / "data" / "places"


def test_the_generated_file_has_every_level_and_loads_once() -> None:
    g = default_gazetteer()
    levels = {u.level for u in g.units.values()}
    assert levels == {"province", "prefecture", "county"}
    assert sum(u.level == "county" for u in g.units.values()) > 2800
    assert g is default_gazetteer()
    chiping = g.full["茌平区"][0]
    assert "茌平县" in chiping.renamed_from and chiping.shorts == ("茌平",)
    assert [a.name for a in g.ancestors(chiping)] == ["聊城市", "山东省"]


def test_full_names_are_read_where_they_stand_but_two_character_names_need_a_boundary() -> None:
    g = default_gazetteer()
    found = [t[s:e] for t in ["主要销往菏泽市单县等地，寿光市蔬菜", "振兴县域经济，省市和县三级联动"]
             for s, e, _u in g.full_names_in(t)]
    assert found == ["菏泽市", "单县", "寿光市"]  # 兴县 in 振兴县域 and 和县 in 省市和县 are no places


def test_a_short_form_needs_support_and_an_ambiguous_one_goes_up_the_hierarchy() -> None:
    g = default_gazetteer()
    none = g.active_shorts(g.support("山东省的蔬菜"))
    assert "寿光" not in none and "平原" not in none  # a province alone wakes no short form
    weifang = g.active_shorts(g.support("潍坊市农业"))
    assert weifang["寿光"].name == "寿光市"
    beijing = g.active_shorts(g.support("北京市东城区"))
    assert beijing.get("朝阳") is None  # 朝阳 is a common word: listed in not_places.yaml
    units = g.short["临清"] if "临清" in g.short else []
    assert [u.name for u in units] == ["临清市"]
    changchun = [u for u in g.full["朝阳区"]]
    assert g.pick(changchun, g.support("吉林省长春市汽车产业")).canonical == "长春市朝阳区"
    assert g.pick(changchun, g.support("今天天气")) is None  # no support: nothing is guessed


def test_resolver_reads_counties_the_lexicon_does_not_list() -> None:
    r = Resolver(default_lexicon())
    r.set_document("潍坊市寿光市和青州市都在发展蔬菜产业。寿光蔬菜产业集群")
    shouguang = r.county("寿光")
    assert shouguang is not None and shouguang.name == "寿光市" and shouguang.resolution == "gazetteer"
    assert r.county("茌平县").resolution == "renamed:茌平县→茌平区"  # the lexicon's own rename still wins
    assert r.county_prefix("青州市经济开发区")[0] == "青州市"


def test_a_short_form_inside_a_landforms_name_is_no_county() -> None:
    r = Resolver(default_lexicon())
    r.set_document("武汉市江汉区的企业。孝昌县地处大别山南麓、江汉平原北部。江汉区新开工项目3个。")
    found = [(s, surface) for s, surface, _r in r.counties_in("孝昌县地处大别山南麓、江汉平原北部，江汉区新开工项目3个")]
    assert [surface for _s, surface in found] == ["孝昌县", "江汉区"]


def test_a_topic_naming_a_province_and_its_city_is_no_county() -> None:
    g = _news("四川眉山市：工业稳增长园区挑大梁\n四川眉山市：眉山市现有规上企业622户，工业园区已成为主战场。")
    assert not any(n.label == Label.COUNTY and "眉山" in n.name for n in g.nodes)


def test_a_zone_in_any_spelling_is_one_node() -> None:
    r = Resolver(default_lexicon())
    a, b = r.park("高唐开发区"), r.park("高唐县经济开发区")
    assert a.name == b.name == "高唐经济开发区" and a.label == Label.PARK


def test_not_places_file_holds_only_lists_of_words() -> None:
    data = yaml.safe_load((PLACES / "not_places.yaml").read_text(encoding="utf-8"))
    assert all(isinstance(v, list) and all(isinstance(w, str) and w for w in v) for v in data.values())
    assert load_gazetteer(PLACES).full.keys() == default_gazetteer().full.keys()


def test_another_city_is_a_data_file_not_code(tmp_path: Path) -> None:
    """潍坊's regions file is all it takes: its counties' short forms, zones and projects resolve."""
    (tmp_path / "regions.yaml").write_text(
        "- {name: 山东省, type: Region, aliases: [山东]}\n- {name: 潍坊市, type: Region, aliases: [潍坊]}\n",
        encoding="utf-8")
    (tmp_path / "clusters.yaml").write_text("- {name: 蔬菜, type: Cluster, level: cluster}\n", encoding="utf-8")
    lex = load_lexicon(tmp_path)
    text = ("寿光开发区：项目建设提速\n"
            "在寿光的蔬菜种业产业园，山东蔬乡种业有限公司投资建设的年产5000吨蔬菜种子项目正在施工。\n"
            "青州市依托青州经济开发区，大力发展蔬菜、花卉和现代物流服务业。\n")
    g = extract_document(_doc(text, kind="news", date="2024-03-01"), lexicon=lex)
    loc = _edges(g, RelType.LOCATED_IN)
    assert ("project:年产5000吨蔬菜种子项目", "park:蔬菜种业产业园") in loc
    assert ("park:蔬菜种业产业园", "county:寿光市") in loc
    assert ("project:年产5000吨蔬菜种子项目", "enterprise:山东蔬乡种业") not in loc
    owner = {(e.source, e.target, e.props.get("role")) for e in g.edges if e.type == RelType.CARRIED_OUT_BY}
    assert ("project:年产5000吨蔬菜种子项目", "enterprise:蔬乡种业", "owner") in owner
    assert ("county:青州市", "cluster:蔬菜") in _edges(g, RelType.DEVELOPS)


def test_a_bare_zone_in_another_citys_report_is_that_citys_zone() -> None:
    r = Resolver(default_lexicon())
    r.set_document("潍坊市召开大会。潍坊市高新区今年引进项目20个。")
    assert r.doc_city is not None and r.doc_city.name == "潍坊市"
    zone = r.park("高新区")
    assert zone.name == "潍坊高新技术产业开发区" and zone.resolution == "context:高新区→潍坊高新技术产业开发区"
    r.set_document("潍坊市的企业来聊城高新区投资。")  # named once each: the home city keeps its zones
    assert r.doc_city is None and r.park("高新区").name == "聊城高新技术产业开发区"
    # a bare 开发区 is kept as written after the city's name: its full form depends on the zone's level
    r.set_document("潍坊市召开大会。潍坊市今年引进项目20个，开发区新开工项目8个。")
    assert r.park("开发区").name == "潍坊开发区"


def test_a_bare_zone_listed_after_the_kinds_of_divisions_is_a_kind() -> None:
    g = _news("保定市召开大会。此次集中开工项目涉及22个县（市、区）、开发区，投资合作方包括多家企业。")
    assert not any(n.label in (Label.COUNTY, Label.PARK) and n.name.endswith("开发区") for n in g.nodes)


def test_an_autonomous_county_is_named_in_full_by_its_short_form_and_its_ending() -> None:
    gaz = default_gazetteer()
    assert [u.name for u in gaz.full["化隆县"]] == ["化隆回族自治县"]
    assert [u.name for u in gaz.full["肃南县"]] == ["肃南裕固族自治县"]
    # where a text writes it so, with nothing else naming its province or prefecture
    spans = gaz.full_names_in("化隆县坚持以项目支撑为关键，工业项目建设稳步推进。")
    assert [units[0].name for _s, _e, units in spans] == ["化隆回族自治县"]
    # … and by its short form and the ending itself (镇宁自治县), which names the node too
    assert [u.name for u in gaz.full["镇宁自治县"]] == ["镇宁布依族苗族自治县"]
    g = _news("安顺市本次集中开工项目中，镇宁自治县项目2个，总投资4.5亿元。")
    county = next(n for n in g.nodes if n.name == "镇宁布依族苗族自治县")
    assert "镇宁自治县" in county.aliases


def test_a_county_after_its_province_in_a_topic_is_the_county() -> None:
    # 湖南衡东县： the county, never a node that keeps the province in its name
    g = _news("湖南衡东县：项目建设提速\n衡东县举行集中签约仪式，数字印章生产及推广应用项目总投资3000万元。")
    counties = [n for n in g.nodes if n.label == Label.COUNTY]
    assert [n.name for n in counties] == ["衡东县"] and "湖南衡东县" in counties[0].aliases
    assert ("数字印章生产及推广应用项目", "衡东县") in _named_edges(g, RelType.LOCATED_IN)
