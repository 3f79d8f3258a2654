"""Relations stated in prose (ingest/extract/prose/) and open-vocabulary names
(ingest/extract/names.py), on sentences composed for the test, and the rules' data files."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from graph.model import DocumentGraph, RelType
from ingest.extract import extract_document
from ingest.extract.names import find_industries, find_projects
from ingest.extract.projects import well_formed_project
from ingest.rules import rule_confidence, rule_data
from tests.ingest.test_extract import _doc, _edges

RULES = Path(__file__).resolve().parents[2] / "data" / "rules"


def _news(text: str) -> DocumentGraph:
    return extract_document(_doc(text, kind="news", date="2024-05-01"))


def _owners(g: DocumentGraph) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, str(e.props.get("role"))) for e in g.edges if e.type == RelType.CARRIED_OUT_BY}


def _rules(g: DocumentGraph, rel: RelType, source: str, target: str) -> set[str]:
    return {ev.rule for e in g.edges if (e.type, e.source, e.target) == (rel, source, target) for ev in e.evidence}


def test_owner_and_contractor_are_different_roles() -> None:
    g = _news("临清市：新材料项目开工\n"
              "安泰新能源科技有限公司投资建设的年产2万吨电池隔膜项目今天开工。"
              "该项目由华鲁建工集团有限公司承建，总投资12亿元。")
    project = "project:年产2万吨电池隔膜项目"
    assert (project, "enterprise:安泰新能源科技", "owner") in _owners(g)
    assert (project, "enterprise:华鲁建工集团", "contractor") in _owners(g)
    assert _rules(g, RelType.CARRIED_OUT_BY, project, "enterprise:华鲁建工集团") == {"built_by"}
    # the report's place (its title "临清市：") places the project, at the dateline's confidence
    ev = [ev for e in g.edges if (e.type, e.source) == (RelType.LOCATED_IN, project) for ev in e.evidence]
    assert [(e.rule, e.confidence) for e in ev] == [("dateline", rule_confidence("dateline"))]


def test_joint_owners_of_a_project_named_before_its_description() -> None:
    g = _news("位于江北水城旅游度假区的运河湾研学基地项目，是由东方文旅集团和浙江绿野农业集团有限公司合作开发的研学项目。")
    project = "project:运河湾研学基地项目"
    assert {(project, "enterprise:东方文旅集团", "owner"), (project, "enterprise:浙江绿野农业集团", "owner")} <= _owners(g)
    assert (project, "county:江北水城旅游度假区") in _edges(g, RelType.LOCATED_IN)
    assert not any(n.name == "研学项目" for n in g.nodes)  # "是…的研学项目" describes the project before it


def test_in_x_of_y_places_the_park_and_what_the_sentence_goes_on_to_name() -> None:
    g = _news("5月8日，在临清经济开发区的轴承智造产业园，华东精工年产300万套精密轴承项目正在加紧施工。")
    project = "project:华东精工年产300万套精密轴承项目"
    loc = _edges(g, RelType.LOCATED_IN)
    assert ("park:轴承智造产业园", "park:临清经济开发区") in loc
    assert {(project, "park:轴承智造产业园"), (project, "park:临清经济开发区")} <= loc
    assert _rules(g, RelType.LOCATED_IN, project, "park:轴承智造产业园") == {"in_x_of_y"}


def test_settled_in_and_located_at() -> None:
    g = _news("恒远年产10万吨再生铝项目落户冠县经济开发区。位于冠县的烟店轴承产业园已有企业120家。")
    loc = _edges(g, RelType.LOCATED_IN)
    assert ("project:恒远年产10万吨再生铝项目", "park:冠县经济开发区") in loc
    assert ("park:烟店轴承产业园", "county:冠县") in loc


def test_a_place_opening_the_sentence_that_brings_in_a_firm_and_a_project() -> None:
    g = _news("高唐县今年引进了安捷精密机械有限公司，落地了智能农机装备项目。")
    loc = _edges(g, RelType.LOCATED_IN)
    assert ("enterprise:安捷精密机械", "county:高唐县") in loc
    assert ("project:智能农机装备项目", "county:高唐县") in loc


def test_no_relation_without_a_stated_pattern() -> None:
    g = _news("高唐县召开全县工作会议，会议听取了智能农机装备项目汇报，安捷精密机械有限公司参加。")
    assert not _edges(g, RelType.CARRIED_OUT_BY)
    assert ("enterprise:安捷精密机械", "county:高唐县") not in _edges(g, RelType.LOCATED_IN)


def test_leading_firms_of_a_county_cluster_and_the_county_develops_it() -> None:
    g = _news("冠县精密轴承产业集群以高端轴承为主导产品，在龙头企业恒泰轴承、华宇精工、新冠钢球等龙头企业带动下，市场占有率持续提升。")
    cluster = "cluster:冠县精密轴承"
    members = {(e.source, e.target, e.props.get("role")) for e in g.edges if e.type == RelType.IN_CLUSTER}
    assert {(f"enterprise:{n}", cluster, "leading") for n in ("恒泰轴承", "华宇精工", "新冠钢球")} <= members
    assert ("county:冠县", cluster) in _edges(g, RelType.DEVELOPS)


def test_industries_named_in_lists_get_a_level_and_canonical_ones_are_linked() -> None:
    text = "全市确定重点培育新材料、智能家居、工业互联网三大新兴产业，大力发展现代物流和数字创意服务业。"
    names = [n for _s, _e, n in find_industries(text)]
    assert names == ["新材料", "智能家居", "工业互联网", "现代物流", "数字创意服务业"]
    assert find_industries("文化旅游产业的发展水平不断提高，产业结构持续优化。") == []
    g = _news(text)
    levels = {n.name: n.props.get("level") for n in g.nodes if n.id.startswith("cluster:")}
    assert levels["新材料"] == "cluster"  # a canonical cluster of the lexicon
    assert levels["智能家居"] == "industry" and levels["数字创意服务业"] == "industry"


def test_project_names_have_the_right_extent() -> None:
    text = ("观摩了信达高级中学项目、鲁商高端建设装备制造项目和100万吨有机硅项目，"
            "还引进了东方国际陆港项目，总投资20亿元的轴承钢球生产线建设项目也已开工。")
    names = [n for _s, _e, n in find_projects(text)]
    assert names == ["信达高级中学项目", "鲁商高端建设装备制造项目", "100万吨有机硅项目", "东方国际陆港项目",
                     "轴承钢球生产线建设项目"]
    assert well_formed_project("东方国际陆港项目")
    assert not any(map(well_formed_project, ["重点项目", "该项目", "全年计划实施项目", "与会人员对项目", "亿元以上重点项目"]))


def test_every_prose_rule_has_a_confidence_and_the_word_files_are_valid() -> None:
    from ingest.extract import prose
    rules = re.findall(r"^  ([a-z_]+) ", prose.__doc__ or "", re.M)
    table = rule_data("confidence")["rules"]
    assert rules and not [r for r in rules if r not in table]
    for name in ("prose", "names", "zones"):
        path = RULES / f"{name}.yaml"
        assert path.read_text(encoding="utf-8").startswith("#"), f"{path} needs a header comment"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for key, words in data.items():
            if isinstance(words, int):  # a size setting (zones.yaml zone_own_name_max), not a word list
                continue
            items = words.items() if isinstance(words, dict) else [(w, w) for w in words]
            assert all(isinstance(a, str) and a and isinstance(b, str) and b for a, b in items), (name, key)


def test_place_and_industry_pairs_closed_by_a_layout_word() -> None:
    g = _news("全市已形成莘县钢管、阳谷电缆、高唐纺机竞相发展的装备产业布局。")
    dev = _edges(g, RelType.DEVELOPS)
    assert {("county:莘县", "cluster:钢管"), ("county:阳谷县", "cluster:电缆"), ("county:高唐县", "cluster:纺机")} <= dev


def test_a_capacity_named_again_is_the_same_project() -> None:
    g = _news("3月2日，恒信年产80万套汽车轮毂项目开工。项目将以年产80万套汽车轮毂项目为支撑，打造零部件基地。")
    projects = [n for n in g.nodes if n.id.startswith("project:")]
    assert [p.name for p in projects] == ["恒信年产80万套汽车轮毂项目"]
    assert "年产80万套汽车轮毂项目" in projects[0].aliases


def test_a_short_name_the_text_defines_is_the_firm_afterwards() -> None:
    g = _news("山东恒润新材料股份有限公司（以下简称“恒润新材”）总部位于冠县。恒润新材投资建设的年产5万吨碳纤维项目今年开工。")
    firm = [n for n in g.nodes if n.id.startswith("enterprise:")]
    assert len(firm) == 1 and "恒润新材" in firm[0].aliases
    assert ("project:年产5万吨碳纤维项目", firm[0].id, "owner") in _owners(g)


def test_a_develop_verbs_object_names_industries_no_other_rule_named() -> None:
    g = _news("寿光市大力发展智能农机和设施园艺产业，推动产业升级。")
    dev = _edges(g, RelType.DEVELOPS)
    assert {("county:寿光市", "cluster:智能农机"), ("county:寿光市", "cluster:设施园艺")} <= dev
    assert {n.props["level"] for n in g.nodes if n.id in ("cluster:智能农机", "cluster:设施园艺")} == {"industry"}
    assert not [n for n in g.nodes if n.id == "cluster:产业升级"]  # "推动产业升级" names no industry


def test_leading_firms_under_a_heading_that_names_the_cluster() -> None:
    g = _news("（一）做强智能农机产业集群\n依托金丰机械、沃德重工等龙头企业，加快整机研发。\n")
    members = {(e.source, e.target, e.props.get("role")) for e in g.edges if e.type == RelType.IN_CLUSTER}
    assert {("enterprise:金丰机械", "cluster:智能农机", "leading"), ("enterprise:沃德重工", "cluster:智能农机", "leading")} <= members
