"""Projects named in prose and the owner and place stated for them (ingest/extract/names.find_projects,
projects.py, project_lists.py, prose/, project_facts.py), on sentences composed for the test (not copied
from any set's texts)."""

from __future__ import annotations

from graph.model import DocumentGraph, Label, RelType
from ingest.extract.names import find_projects
from ingest.rules import rule_confidence
from tests.ingest.test_prose_relations import _by_rule, _news


def _projects(g: DocumentGraph) -> set[str]:
    return {n.name for n in g.nodes if n.label == Label.PROJECT}


def _names(text: str) -> list[str]:
    return [name for _, _, name in find_projects(text)]


def test_a_project_name_keeps_a_decimal_a_slash_a_plus_and_a_quoted_word() -> None:
    assert _names("今年开工的宏达年产2.5万吨碳纤维项目进展顺利。") == ["宏达年产2.5万吨碳纤维项目"]
    assert _names("华光6万吨/年针状焦项目建成。") == ["华光6万吨/年针状焦项目"]
    assert _names("同时开工的还有蒙源风光+储能示范项目。")[0].endswith("蒙源风光+储能示范项目")
    assert _names("目前，鸿达甘蔗“双高”机械生产项目已投产。") == ["鸿达甘蔗“双高”机械生产项目"]
    assert not _names("要坚决遏制“两高”项目盲目发展。")  # a short quoted word right before 项目 is a kind


def test_a_capacity_phrase_before_de_stays_in_the_name() -> None:
    name = "宏达食品有限公司日处理500吨番茄原料的番茄酱生产线项目"
    assert _names(f"仪式上，{name}开工。") == [name]


def test_a_name_starts_after_a_verb_that_only_opens_one() -> None:
    assert _names("仪式同时还设立宏达乳业奶粉加工项目分会场。") == ["宏达乳业奶粉加工项目"]
    assert _names("重点抓好宏达牧业有限公司年产10万吨饲料项目。") == ["宏达牧业有限公司年产10万吨饲料项目"]
    assert _names("集中开工暨宏达科技园项目开工仪式举行。") == ["宏达科技园项目"]
    assert _names("今天宏达物流园项目正式签约。") == ["宏达物流园项目"]


def test_verb_objects_kinds_counts_and_batches_are_no_names() -> None:
    assert not _names("单位负责人报告了项目进展。")
    assert not _names("放眼长远谋项目，抢抓机遇上项目。")
    assert not _names("签约项目中，先进制造业项目9个。")  # a kind, counted
    assert not _names("先后引进一批投资过亿元的绿色环保项目。")
    assert not _names("在全省重点建设项目（第三批）集中开工活动上。")
    assert "宏达住宅小区二期建设项目" in _names("宏达产业园项目、宏达住宅小区二期建设项目3个其他项目开工。")
    assert not any("等" in n for n in _names("宏达年产5万吨碳纤维项目、华光年产2万吨树脂项目等重大项目开工。"))


def test_a_firm_that_signs_for_a_project_owns_it_and_the_other_side_holds_it() -> None:
    g = _news("宏达化工有限公司、华光科技有限公司与冠县签署年产5万吨树脂项目投资合作协议。")
    owners = {f for _, f in _by_rule(g, RelType.CARRIED_OUT_BY, "signed_with")}
    assert owners == {"宏达化工", "华光科技"}
    assert _by_rule(g, RelType.LOCATED_IN, "signed_with") == {("年产5万吨树脂项目", "冠县")}
    assert rule_confidence("signed_with") <= rule_confidence("built_by")
    g = _news("与宏达能源有限公司签约的东山风电场项目总投资11亿元。")
    assert _by_rule(g, RelType.CARRIED_OUT_BY, "invested_by") == {("东山风电场项目", "宏达能源")}


def test_no_owner_from_a_signature_between_places() -> None:
    g = _news("冠县与临清市签署东山风电场项目合作协议。")
    assert not _by_rule(g, RelType.CARRIED_OUT_BY, "signed_with")
    assert not _by_rule(g, RelType.LOCATED_IN, "signed_with")


def test_the_host_of_the_ceremony_may_follow_its_province() -> None:
    g = _news("近日，山东冠县2024年秋季招商引资项目集中签约仪式在县会展中心举行。\n"
              "签约项目包括东山风电场项目、宏达面粉加工项目等12个项目。")
    placed = _by_rule(g, RelType.LOCATED_IN, "title_place")
    assert {p for p, c in placed if c == "冠县"} >= {"东山风电场项目", "宏达面粉加工项目"}


def test_a_list_item_starts_after_a_verb_and_an_investment() -> None:
    g = _news("签约项目包括宏达面粉加工项目、合作开展冠县矿产资源勘查项目、接续推进总投资3亿元的华光纳米材料等12个项目。")
    assert {"冠县矿产资源勘查项目", "华光纳米材料"} <= _projects(g)


def test_lists_read_by_their_count_their_members_or_what_follows_them() -> None:
    g = _news("1-7月，全区新签约宏达青年创业谷、华光风力发电场等工业项目45个。")
    assert {"宏达青年创业谷", "华光风力发电场"} <= _projects(g)
    g = _news("本次开工的18个项目涵盖多个领域。其中，宏达半导体、华光智能计算平台等项目将带动上下游；东山新能源等项目将完善产业链。")
    assert {"宏达半导体", "华光智能计算平台", "东山新能源"} <= _projects(g)
    g = _news("随着东山影城、华光生物制药基地等项目落户冠县，新兴产业加速崛起。")
    assert {"东山影城", "华光生物制药基地"} <= _projects(g)
    g = _news("该县招引种苗培育、农资农具等项目。")  # kinds: no count, no members, nothing settled
    assert not {"种苗培育", "农资农具"} & _projects(g)


def test_a_project_opening_with_a_zone_is_in_it_and_a_firm_after_the_zone_owns_it() -> None:
    g = _news("5月27日，东山经济技术开发区宏达集团五彩湾煤矿600万吨/年一号矿井、东山开发区实训基地等9个新建项目集中开工。")
    assert "宏达集团五彩湾煤矿600万吨/年一号矿井" in _projects(g)
    located = {(p, z) for p, z in _by_rule(g, RelType.LOCATED_IN, "text_project")}
    assert ("宏达集团五彩湾煤矿600万吨/年一号矿井", "东山经济技术开发区") in located


def test_a_name_opening_with_a_city_names_no_county_of_its_short_form() -> None:
    g = _news("乌鲁木齐国际纺织品商贸中心项目开工建设。")
    assert not any(c == "乌鲁木齐县" for _, c in _by_rule(g, RelType.LOCATED_IN, "text_project"))


def test_firms_a_place_brings_in_are_placed_by_the_dateline() -> None:
    g = _news("冠县讯 今年，该县引进宏达电子有限公司、华光科技有限公司等企业，东山风电场项目开工。")
    placed = {e for e, _ in _by_rule(g, RelType.LOCATED_IN, "dateline") | _by_rule(g, RelType.LOCATED_IN, "subject_place")}
    assert {"宏达电子", "华光科技"} <= placed  # the later item of the list too


def test_a_batch_figure_is_no_projects_investment() -> None:
    g = _news("3月18日开工的东山光储生态治理项目，本次开工25个重点项目，总投资额94亿元。"
              "接续推进总投资375亿元的宏达纳米材料、华光塑料助剂等121个重点技改项目。")
    invest = {n.name: n.props.get("total_investment") for n in g.nodes if n.label == Label.PROJECT}
    assert invest.get("东山光储生态治理项目") is None
    assert invest.get("宏达纳米材料") is None
    g = _news("开发区签约投资6亿元的东山数据中心、投资5亿元的华光车联网等11个项目。")
    invest = {n.name: n.props.get("total_investment") for n in g.nodes if n.label == Label.PROJECT}
    assert invest.get("东山数据中心") == "6亿元" and invest.get("华光车联网") == "5亿元"


def test_a_firm_that_builds_in_a_place_owns_the_project_there() -> None:
    g = _news("宏达化工有限公司拟投资3亿元，在冠县建设碳纤维生产基地项目。")
    assert _by_rule(g, RelType.CARRIED_OUT_BY, "subject_owner") == {("碳纤维生产基地项目", "宏达化工")}
    assert _by_rule(g, RelType.LOCATED_IN, "built_at") == {("碳纤维生产基地项目", "冠县")}


def test_the_objects_of_a_building_verb_are_projects_and_a_park_built_for_an_investment_is_one() -> None:
    g = _news("东山工业园区先后引进建设了宏达热电联产、华光精密铸锻产业园等一批投资过亿元的环保项目。")
    assert {"宏达热电联产", "华光精密铸锻产业园"} <= _projects(g)
    g = _news("冠县经济开发区引进宏达集团拟投资20亿元建设宏达低碳产业园。")
    assert "宏达低碳产业园" in _projects(g)
    assert ("宏达低碳产业园", "宏达集团") in _by_rule(g, RelType.CARRIED_OUT_BY, "subject_owner")


def test_a_place_alone_a_predicate_and_a_list_of_kinds_name_no_project() -> None:
    g = _news("冠县东山新区项目是签约重点。东山矿井项目是宏达新材料产业园的配套煤矿项目。")
    assert not {"东山新区项目", "配套煤矿项目"} & _projects(g)
    assert not _names("参加仪式的45个项目，有新兴产业链项目，有补链强链骨干项目。")
    assert _names("本次签约的分别是投资30亿元的宏达马铃薯全产业链项目。") == ["宏达马铃薯全产业链项目"]


def test_projects_of_the_city_are_not_placed_in_the_reports_zone() -> None:
    g = _news("东山高新区讯 12月8日，东山高新区举行重大项目集中签约仪式，宏达生态社区项目签约。\n"
              "当天，该市华光机动车检测中心项目、宏达动力电池项目等13个项目也正式开工。")
    names = {n.id: n.name for n in g.nodes}
    placed = {names[e.source] for e in g.edges if e.type == RelType.LOCATED_IN}
    assert "宏达生态社区项目" in placed
    assert not {"华光机动车检测中心项目", "宏达动力电池项目"} & placed


def test_a_brand_and_a_trade_word_opening_a_project_own_it() -> None:
    g = _news("华建铝业绿色低碳铝基新材料智能制造项目总投资15亿元。锂离子动力电池项目同日开工。")
    assert _by_rule(g, RelType.CARRIED_OUT_BY, "project_head_owner") == {("华建铝业绿色低碳铝基新材料智能制造项目", "华建铝业")}


def test_the_parts_of_a_project_are_no_projects() -> None:
    g = _news("东山钛产业园项目主要建设钛及钛合金板型材、管路、标准件等4个规模化子项目。")
    assert not {"钛及钛合金板型材", "标准件"} & _projects(g)


def test_a_project_named_by_a_parks_brand_is_in_the_park_not_the_firms() -> None:
    g = _news("宏远产业园是我市增长极之一。宏远集团负责人出席仪式。宏远普洛斯电商物流项目正式动工。")
    assert ("宏远普洛斯电商物流项目", "宏远产业园") in _by_rule(g, RelType.LOCATED_IN, "name_head_place")
    assert not _by_rule(g, RelType.CARRIED_OUT_BY, "project_short_owner")
