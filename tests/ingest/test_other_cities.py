"""General mechanisms for texts from other cities (docs/QUALITY.md, the other-cities development set):
zones of any prefecture, target scopes from the gazetteer, project, company and industry lists,
the report's place, owners without a legal form. Sentences composed for the test, the real pipeline."""

from __future__ import annotations

from graph.model import DocumentGraph, Label, RelType
from tests.ingest.graphs import extracted


def _news(text: str, title: str = "", date: str = "2021-03-18", kind: str = "news") -> DocumentGraph:
    return extracted(text, kind=kind, date=date, title=title)


def _edges(g: DocumentGraph, rel: RelType) -> set[tuple[str, str]]:
    names = {n.id: n.name for n in g.nodes}
    return {(names.get(e.source, e.source), names.get(e.target, e.target)) for e in g.edges if e.type == rel}


def _rules(g: DocumentGraph, rel: RelType) -> set[str]:
    return {ev.rule for e in g.edges if e.type == rel for ev in e.evidence}


def test_a_prefectures_zone_by_its_short_form_and_a_zone_word() -> None:
    g = _news("湖南:株洲高新区集中签约18个产业项目\n12月8日，株洲高新区举行重大招商项目集中签约仪式。")
    zone = next(n for n in g.nodes if n.name == "株洲高新技术产业开发区")
    assert zone.label == Label.COUNTY and zone.props["kind"] == "zone" and "株洲高新区" in zone.aliases
    assert not any("聊城" in n.name for n in g.nodes)  # a text that never names the home city


def test_a_headline_zone_places_the_listed_projects() -> None:
    g = _news("兰州新区108个项目集中开工 总投资668亿元\n"
              "另外，10亿元以上项目共19个，包括投资180亿元的专精特新化工产业园孵化基地、投资35亿元的城市矿产循环产业园等。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("专精特新化工产业园孵化基地", "兰州新区") in located
    assert ("城市矿产循环产业园", "兰州新区") in located
    assert {"title_place"} <= _rules(g, RelType.LOCATED_IN)


def test_a_counted_project_list_closed_by_a_cluster() -> None:
    g = _news("此外，科技创新孵化中心、聪婷医疗器械、佰富医药包装等6个生物医药产业集群项目集中签约。")
    in_cluster = {a for a, _ in _edges(g, RelType.IN_CLUSTER)}
    assert {"科技创新孵化中心", "聪婷医疗器械", "佰富医药包装"} <= in_cluster


def test_kinds_of_projects_are_no_project_list() -> None:
    g = _news("脐橙产业链方面，招引种苗培育、农资农具、水果综合利用等项目。")
    assert not [n for n in g.nodes if n.label == Label.PROJECT]


def test_an_industry_list_is_developed_by_the_zone_opening_the_sentence() -> None:
    g = _news("营口辽河经济开发区位于营口主城区东南部，重点发展汽车零部件产业、农副产品深加工产业、现代物流业等三大主导产业。")
    dev = {b for _a, b in _edges(g, RelType.DEVELOPS)}
    assert {"汽车零部件产业", "农副产品深加工产业", "现代物流业"} <= dev or len(dev) >= 3


def test_a_company_list_settles_in_the_park_last_named() -> None:
    g = _news("云南嵩明杨林工业园区是省级工业园区。沈机集团、昆明机床、燕京啤酒、康师傅集团等企业纷纷入驻。")
    located = {a for a, b in _edges(g, RelType.LOCATED_IN) if "杨林工业园区" in b}
    assert {"昆明机床", "燕京啤酒"} <= located
    assert {n.name for n in g.nodes if n.label == Label.ENTERPRISE} >= {"昆明机床", "燕京啤酒"}


def test_a_short_name_before_the_capacity_owns_the_project() -> None:
    # a bare brand (no legal form, no trade word) owns it only where the text names it on its own too
    g = _news("园区引进了广西大唐、湘桂公司等企业。目前，广西大唐年产30万吨蔗叶饲料加工项目已经建成投产。")
    assert ("广西大唐年产30万吨蔗叶饲料加工项目", "广西大唐") in _edges(g, RelType.CARRIED_OUT_BY)
    g = _news("目前，广西大唐年产30万吨蔗叶饲料加工项目已经建成投产。")
    assert not _edges(g, RelType.CARRIED_OUT_BY)


def test_target_scope_is_the_place_the_text_is_about_and_a_subjectless_rate() -> None:
    g = _news("黔西南州发展规划显示，到“十四五”末，全州工业总产值突破2000亿元，年均增速15%左右；"
              "规模以上工业增加值在675亿元以上。", date="", kind="report")
    targets = {(n.name, e.props["value"], e.props["scope"]) for e in g.edges if e.type == RelType.SETS_TARGET
               for n in g.nodes if n.id == e.target}
    assert ("黔西南州工业总产值", 2000.0, "黔西南州") in targets
    assert ("黔西南州工业总产值年均增速", 15.0, "黔西南州") in targets
    assert ("黔西南州规模以上工业增加值", 675.0, "黔西南州") in targets


def test_a_headline_ending_in_a_zone_word_is_no_park() -> None:
    g = _news("辽河经济开发区晋升省级开发区\n今年以来，山西省开发区和六家开发区都在推进。")
    parks = {n.name for n in g.nodes if n.label == Label.PARK}
    assert not [p for p in parks if "晋升" in p or p.startswith(("山西省", "六家"))]


def test_a_policy_is_about_the_county_whose_government_issues_it() -> None:
    """issuer_place (clu10): a policy titled 华阴市人民政府办公室关于印发《…》的通知 whose text names no place in its opening is
    about 华阴市 (a subject-less develop clause is its); a prefecture's government (渭南市人民政府…) names no report place."""
    text = "一、发展目标\n着力构建以装备制造首位产业为支撑、新消费产业为特色的现代产业体系。"
    g = _news(text, title="华阴市人民政府办公室关于印发《华阴市2025年县域经济发展实施方案》的通知", kind="policy")
    assert ("华阴市", "装备制造") in _edges(g, RelType.DEVELOPS)
    g = _news(text, title="渭南市人民政府办公室关于印发《渭南市2025年县域经济发展实施方案》的通知", kind="policy")
    assert not _edges(g, RelType.DEVELOPS)
