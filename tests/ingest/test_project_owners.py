"""Projects and their owners written against the late half of the other-cities development set (64–103):
lists of priced items, a company's production line, joint owners and an owner before its project's
investment (ingest/extract/project_lists.py, names.py, prose/), on sentences composed for the test (not
copied from any set's texts)."""

from __future__ import annotations

from graph.model import DocumentGraph, Label, RelType
from tests.ingest.test_prose_relations import _by_rule
from tests.ingest.graphs import named, news, pairs


def _projects(g: DocumentGraph) -> dict[str, dict]:
    return {n.name: n.props for n in g.nodes if n.label == Label.PROJECT}




def test_each_item_of_a_run_of_priced_items_is_a_project_with_its_investment() -> None:
    g = news("今年，冠县成功引进投资12亿元的宏达新材料有限公司碳纤维复合材料、投资3.5亿元的华光冷链物流中心、"
              "投资8000万元的东山果蔬深加工二期等项目。")
    projects = _projects(g)
    assert {"宏达新材料有限公司碳纤维复合材料", "华光冷链物流中心", "东山果蔬深加工二期"} <= set(projects)
    assert projects["华光冷链物流中心"].get("total_investment") == "3.5亿元"
    assert ("宏达新材料有限公司碳纤维复合材料", "宏达新材料") in pairs(g, RelType.CARRIED_OUT_BY)
    assert not any(name.startswith("投资") for name in projects)  # the figure is no part of a name


def test_one_priced_item_alone_is_no_list() -> None:
    g = news("冠县引进投资12亿元的宏达新材料碳纤维复合材料，今年开工。")
    assert "宏达新材料碳纤维复合材料" not in _projects(g)


def test_a_phase_after_a_listed_project_stays_in_its_name() -> None:
    g = news("主要有投资10亿元的宏达铝业有限公司铝型材项目二期、投资2亿元的华光纸业有限公司包装纸项目等项目。")
    projects = _projects(g)
    assert "宏达铝业有限公司铝型材项目二期" in projects
    assert "宏达铝业有限公司铝型材项目" not in projects


def test_a_list_starts_after_a_verb_that_pushes_it_on() -> None:
    g = news("加快推进宏达硅材料深加工、华光速冻食品等30个亿元以上项目开工建设。")
    projects = _projects(g)
    assert {"宏达硅材料深加工", "华光速冻食品"} <= set(projects)
    assert not any(name.startswith("加快") for name in projects)


def test_a_production_line_opening_with_a_full_company_name_is_that_companys_project() -> None:
    g = news("宏达食品有限公司年产3万吨果汁生产线已建成投产，华光建材有限公司新型墙材生产线建设正在加紧推进。")
    assert {("宏达食品有限公司年产3万吨果汁生产线", "宏达食品"),
            ("华光建材有限公司新型墙材生产线", "华光建材")} <= pairs(g, RelType.CARRIED_OUT_BY)
    g = news("宏达食品有限公司新上了两条生产线，宏达食品有限公司果汁生产线项目正在建设。")
    assert "宏达食品有限公司新上了两条生产线" not in _projects(g)  # a clause, no name
    assert "宏达食品有限公司果汁生产线" not in _projects(g)  # …生产线项目 is named by its own ending


def test_joint_owners_and_an_owner_before_its_projects_figure() -> None:
    g = news("此外，东山焦炉煤气制甲醇项目以及宏达化工有限公司、华光能源集团合作投资建设年产20万吨甲醇项目等一批项目加快建设，"
              "东山煤化集团有限公司总投资9亿元、年产10万吨液化天然气项目已投产。")
    owners = _by_rule(g, RelType.CARRIED_OUT_BY, "owner_before")
    assert owners == {("年产20万吨甲醇项目", "宏达化工"), ("年产20万吨甲醇项目", "华光能源集团"),
                      ("年产10万吨液化天然气项目", "东山煤化集团")}
    assert {firm for _, firm in pairs(g, RelType.CARRIED_OUT_BY)} == {"宏达化工", "华光能源集团", "东山煤化集团"}  # 年产 owns nothing


def test_a_pronoun_opens_no_project_and_owns_none() -> None:
    g = news("“我们年产5万吨碳纤维项目去年开工。”宏达公司负责人说。")
    assert "年产5万吨碳纤维项目" in _projects(g)
    assert not any(firm.startswith("我们") for _, firm in pairs(g, RelType.CARRIED_OUT_BY))


def _firms(g: DocumentGraph) -> set[str]:
    return {n.name for n in g.nodes if n.label == Label.ENTERPRISE}


def test_lists_of_firms_closed_by_a_longer_field_or_opened_by_a_kind_of_firm() -> None:
    g = news("目前，冠县集群引进宏达光电、华光显示、东山精密等电子信息企业50多家。")
    assert {"宏达光电", "华光显示", "东山精密"} <= _firms(g)
    g = news("在核心部件上，集聚了宏达车身、华光电控、东山传感等为代表的底盘、感知企业。")
    assert {"宏达车身", "华光电控", "东山传感"} <= _firms(g)
    g = news("鼓励现有龙头企业宏达材料、华光化学、东山电子等增加研发投入。")
    assert {"宏达材料", "华光化学", "东山电子"} <= _firms(g)
    g = news("支持龙头企业做大做强，宏达材料、华光化学持续增加研发投入。")  # no 等 after the kind: no list
    assert not {"宏达材料", "华光化学"} & _firms(g)


def test_a_park_dateline_places_no_firm_a_county_brought_in() -> None:
    g = news("宏达工业园区：宏达新材料有限公司年产5万吨碳纤维项目在园区开工。\n"
              "目前，该县引进华光光电、东山显示等电子信息企业100多家。")
    placed = {(s, t) for s, t in _by_rule(g, RelType.LOCATED_IN, "dateline") | _by_rule(g, RelType.LOCATED_IN, "title_place")}
    assert not {s for s, _ in placed} & {"华光光电", "东山显示"}


def test_the_projects_of_leading_firms_and_a_list_counted_by_da() -> None:
    g = news("推进宏达汽车集团高端零部件基地、华光电子全球控制器基地等龙头企业项目达产增效。")
    assert {("宏达汽车集团高端零部件基地", "宏达汽车集团")} <= pairs(g, RelType.CARRIED_OUT_BY)
    assert not {"宏达汽车集团高端零部件基地", "华光电子全球控制器基地"} & _firms(g)  # the firms' projects, no firms
    g = news("即以宏达钢铁基地、华光一体化基地、东山清洁能源等3大临港项目为龙头，重点发展绿色钢铁。")
    assert {"宏达钢铁基地", "华光一体化基地", "东山清洁能源"} <= set(_projects(g))


def test_a_name_starts_after_a_bracket_it_does_not_close_and_after_a_verb() -> None:
    g = news("已引进规上企业4家（宏达米业公司、华光茶业公司），走进东山新能源科技有限公司的车间。")
    assert {"宏达米业", "华光茶业", "东山新能源科技"} <= _firms(g)
    assert not any(f.startswith(("4家", "走进")) for f in _firms(g))


def test_a_bracketed_other_name_gives_its_firm_and_a_capacity_keeps_its_second_product() -> None:
    g = news("宏达开发区年产10万吨负极材料与石墨提纯应用项目（华光智能装备股份有限公司宏达项目）建设现场。")
    assert "宏达开发区年产10万吨负极材料与石墨提纯应用项目" in _projects(g)
    assert ("宏达开发区年产10万吨负极材料与石墨提纯应用项目", "华光智能装备") in _by_rule(
        g, RelType.CARRIED_OUT_BY, "bracket_name")


def test_a_zones_own_name_before_a_capacity_is_no_owner() -> None:
    g = news("记者从贵州宏达经济开发区获悉，贵州宏达年产5万吨锂电材料项目已开工。")
    assert not any(f == "贵州宏达" for _, f in pairs(g, RelType.CARRIED_OUT_BY))


def test_a_firm_named_by_its_short_name_and_a_project_ending_alone() -> None:
    g = news("去年，滁州宏达新能源科技有限公司落户冠县。投资126亿元的宏达新能源项目已投产。")
    assert ("宏达新能源项目", "滁州宏达新能源科技") in _by_rule(g, RelType.CARRIED_OUT_BY, "project_short_owner")


def test_a_firm_before_its_projects_total_and_de_short_name_or_full() -> None:
    g = news("今年，宏达牧业有限公司总投资9亿元的肉鸭深加工项目开工，华光化纤总投资16亿元的绿色纤维项目列入省重大项目。")
    owners = _by_rule(g, RelType.CARRIED_OUT_BY, "owner_before")
    assert owners == {("肉鸭深加工项目", "宏达牧业"), ("绿色纤维项目", "华光化纤")}
    g = news("一是总投资2亿元的冠县核桃加工项目，二是接续推进总投资3亿元的宏达土鸡孵化项目。")
    assert not _by_rule(g, RelType.CARRIED_OUT_BY, "owner_before")  # an enumerator or a verb is no firm


def test_a_sum_after_a_lists_last_name_is_the_batchs_and_a_place_before_de_opens_no_item() -> None:
    g = news("签约的5个项目分别是冠县开发区的宏达智能单车产业基地项目、华光技改项目、东山食品生产项目，总投资4.7亿元。")
    projects = _projects(g)
    assert {"宏达智能单车产业基地项目", "华光技改项目", "东山食品生产项目"} <= set(projects)
    assert not projects["东山食品生产项目"].get("total_investment")
    g = news("投资1亿元的华光技改项目、投资5000万元的东山食品生产项目签约。")
    assert _projects(g)["东山食品生产项目"].get("total_investment") == "5000万元"  # its own figure stays


def test_a_verb_object_and_a_phase_after_a_verb_are_no_names() -> None:
    g = news("副县长宏达出席仪式并见证项目签约。今年计划投资1.2亿元，进行二期项目建设。")
    assert not _projects(g)


def test_a_clause_opening_with_gongsi_speaks_of_the_firm_named_last_in_its_paragraph() -> None:
    g = news("宏达玻璃股份有限公司董事长告诉记者，这些都是看好冠县的理由。公司将在冠县投资18亿元，建设年产60万吨日用玻璃项目。")
    assert ("年产60万吨日用玻璃项目", "宏达玻璃") in _by_rule(g, RelType.CARRIED_OUT_BY, "subject_owner")


def test_a_short_name_with_a_bracketed_place_or_the_whole_core_before_a_capacity() -> None:
    g = news("计划投资1.2亿元的华光技改项目将对华光（福建）光伏玻璃有限公司的二期工厂进行改造。")
    assert ("华光技改项目", "华光（福建）光伏玻璃") in _by_rule(g, RelType.CARRIED_OUT_BY, "project_short_owner")
    g = news("笔者来到新疆库尔勒宏泰石化有限责任公司。宏泰石化120万吨/年PTA项目于2020年1月开始试生产。")
    assert ("宏泰石化120万吨/年PTA项目", "新疆库尔勒宏泰石化") in pairs(g, RelType.CARRIED_OUT_BY)


def test_capacities_joined_by_a_list_mark_stay_in_one_name() -> None:
    g = news("四是投资3.8亿元的青海宏达化工集团有限公司年产3万吨高氯酸钾、2万吨亚氯酸钠、3千吨氢气回收项目，今年开工。")
    name = "青海宏达化工集团有限公司年产3万吨高氯酸钾、2万吨亚氯酸钠、3千吨氢气回收项目"
    assert name in _projects(g) and "3千吨氢气回收项目" not in _projects(g)
    assert (name, "青海宏达化工集团") in pairs(g, RelType.CARRIED_OUT_BY)


def test_a_list_of_fields_and_a_sector_kind_name_no_projects() -> None:
    g = news("冠县举行项目集中开工仪式，投资范围涉及工业、旅游、农业、基础设施等领域的8个项目隆重开工。")
    assert not {"工业", "旅游", "农业", "基础设施", "范围涉及工业"} & set(_projects(g))
    g = news("冶金工业项目，撑起工业经济半边天。另外一个项目为社会事业项目。")
    assert not _projects(g)


def test_a_superlative_describes_the_next_item_and_a_gathering_verb_opens_a_firm_list() -> None:
    g = news("世界单体最大、最先进的宏达防水生产基地等重大项目成功落户冠县。")
    assert set(_projects(g)) == {"宏达防水生产基地"}
    g = news("冠县已聚集宏达智能终端、华光连接器、东山电器等龙头企业。")
    assert {"宏达智能终端", "华光连接器", "东山电器"} <= _firms(g)


def test_a_figure_before_a_list_mark_is_the_next_names_and_never_past_another_name() -> None:
    g = news("宏达煤化集团有限公司总投资13.6亿元、年产35万吨液化天然气项目一期已投产。")
    assert _projects(g)["年产35万吨液化天然气项目"].get("total_investment") == "13.6亿元"
    g = news("华光新材料项目总投资10亿元、东山纸业项目正在建设。")
    assert not _projects(g).get("东山纸业项目", {}).get("total_investment")


def test_a_name_a_list_gave_as_a_project_is_one_where_it_stands_again() -> None:
    g = news("签约的3个项目分别是共享单车综合产业基地项目、华光技改项目、东山食品生产项目。"
              "计划投资1.59亿元的共享单车综合产业基地项目，建成后主要从事电单车组装。")
    assert _projects(g)["共享单车综合产业基地项目"].get("total_investment") == "1.59亿元"


def test_a_bare_touzi_right_after_a_projects_name_is_its_total() -> None:
    g = news("宏达绿色建材基地项目投资140亿元，主要生产建筑骨料。华光物流园项目将带动投资20亿元。")
    projects = _projects(g)
    assert projects["宏达绿色建材基地项目"].get("total_investment") == "140亿元"
    assert not projects["华光物流园项目"].get("total_investment")  # 投资 not right after the name


def test_more_trade_words_name_a_brand_at_a_projects_head() -> None:
    g = news("此外，宏泰镁业30万吨甲醇项目、华景置业汉宫花园项目加快建设。")
    owners = _by_rule(g, RelType.CARRIED_OUT_BY, "project_head_owner")
    assert {("宏泰镁业30万吨甲醇项目", "宏泰镁业"), ("华景置业汉宫花园项目", "华景置业")} <= owners


def test_a_firm_framed_by_yi_wei_and_qi_before_its_project() -> None:
    g = news("上游以宏达新材料集团为链主，其重点打造的储能电池材料基地项目落户冠县。")
    assert "宏达新材料集团" in _firms(g) and not any(f.startswith("上游") for f in _firms(g))
    assert ("储能电池材料基地项目", "宏达新材料集团") in _by_rule(g, RelType.CARRIED_OUT_BY, "invested_by")


def test_a_list_closed_by_deng_and_a_verb_of_firms_arriving() -> None:
    g = news("像宏达安防一样，华光医疗器械、东山健康、西岭药业等纷至沓来。")
    assert {"华光医疗器械", "东山健康", "西岭药业"} <= _firms(g)
    g = news("华光物流园项目、东山食品项目等纷纷落户冠县。")
    assert not {"华光物流园项目", "东山食品项目"} & _firms(g)


def test_a_listed_items_company_ends_before_its_site() -> None:
    """推进A兴城一期20万千瓦风电、B葫芦岛连山25万千瓦风力发电等清洁能源项目: the company opening each item ends where the
    site it builds at begins (a county, a prefecture), no owner named 中船风电兴城一期 (devset_other 246)."""
    g = news("葫芦岛市推进中船风电兴城一期20万千瓦风电、辽宁大唐国际葫芦岛连山25万千瓦风力发电等清洁能源项目建设。")
    owners = {o for _, o in pairs(g, RelType.CARRIED_OUT_BY)}
    assert not {o for o in owners if "兴城" in o or "葫芦岛" in o}
