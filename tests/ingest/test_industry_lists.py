"""Industries and clusters named in open vocabulary, and what develops them (names.find_industries,
ingest/extract/industries/), on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.names import find_industries
from graph.model import DocumentGraph
from ingest.extract import extract_document
from ingest.read import SourceDocument
from ingest.read.clean import clean_text
from tests.ingest.graphs import by_rule
from tests.ingest.test_prose_relations import _names, _news


def _industries(text: str) -> list[str]:
    return [n for _s, _e, n in find_industries(text)]


def test_a_joiner_inside_an_earlier_item_stays_in_its_name() -> None:
    assert _industries("全市将做强轨道交通和航空航天产业、精细化工、现代家居等3个主导产业。") == [
        "轨道交通和航空航天产业", "精细化工", "现代家居"]


def test_the_last_item_splits_at_its_joiner() -> None:
    assert _industries("该县壮大绿色建材、现代物流和电子商务等新兴产业。") == ["绿色建材", "现代物流", "电子商务"]


def test_yu_joins_one_industrys_name_but_not_two_places() -> None:
    assert "海洋装备与船舶制造" in _industries("培育新材料、海洋装备与船舶制造等4个新兴产业。")
    assert _industries("临沂与潍坊纺织产业集群共同发展。") == []


def test_a_count_and_a_magnitude_after_the_list() -> None:
    assert _industries("三年内形成纺织、冶金、建材等千亿级产业3个。") == ["纺织", "冶金", "建材"]


def test_a_verb_opening_a_list_is_no_part_of_its_first_item() -> None:
    assert _industries("签约项目涵盖新能源、生物医药、现代服务业等多个领域。")[0] == "新能源"


def test_a_counted_list_without_deng_is_the_places_industries() -> None:
    g = _news("临清经济开发区将构筑精细化工、高端轴承、现代纺织三大百亿级集群。")
    assert by_rule(g, RelType.DEVELOPS, "industry_list") == {
        ("临清经济开发区", "精细化工"), ("临清经济开发区", "高端轴承"), ("临清经济开发区", "现代纺织")}


def test_a_description_before_an_item_is_dropped_and_the_count_splits_joined_items() -> None:
    g = _news("临清经济开发区聚焦智能农机及零部件和辐射全国的冷链物流两大主导产业。")
    assert by_rule(g, RelType.DEVELOPS, "industry_list") == {
        ("临清经济开发区", "智能农机及零部件"), ("临清经济开发区", "冷链物流")}


def test_a_role_ending_and_a_vague_count() -> None:
    g = _news("临清经济开发区已形成轴承制造、纺织服装为支撑的产业集群。")
    assert {d for _s, d in by_rule(g, RelType.DEVELOPS, "industry_list")} == {"轴承制造", "纺织服装"}
    g = _news("临清经济开发区全面建设轴承制造、纺织服装、冷链物流等几大支柱产业。")
    assert {d for _s, d in by_rule(g, RelType.DEVELOPS, "industry_list")} == {"轴承制造", "纺织服装", "冷链物流"}


def test_firms_and_places_closing_a_list_are_no_industries() -> None:
    g = _news("临清经济开发区引进宏达新材料有限公司、鲁西化工集团等多家行业内龙头企业。")
    assert not by_rule(g, RelType.DEVELOPS, "industry_list")
    g = _news("临清经济开发区带动形成了山东、江苏、浙江三大轴承产业集聚区。")
    assert not by_rule(g, RelType.DEVELOPS, "industry_list")


def test_a_place_right_before_its_industry_develops_it() -> None:
    g = _news("项目建成后，临清经济开发区钢帘线产业规模将进一步扩大。")
    assert by_rule(g, RelType.DEVELOPS, "place_industry") == {("临清经济开发区", "钢帘线")}
    g = _news("临清市充分发挥钢帘线产业优势。")  # a verb inside: no name
    assert not by_rule(g, RelType.DEVELOPS, "place_industry")


def test_the_industry_a_role_names_in_a_develop_clause() -> None:
    g = _news("临清经济开发区初步形成了以钢帘线产业为支柱，纺织服装、冷链物流为主导产业的工业体系。")
    assert by_rule(g, RelType.DEVELOPS, "industry_list") == {
        ("临清经济开发区", "钢帘线"), ("临清经济开发区", "纺织服装"), ("临清经济开发区", "冷链物流")}


def test_a_chain_opening_its_paragraph_in_a_report_on_one_place() -> None:
    text = "临清市：印发产业链招商方案。\n钢帘线（精密部件）产业链方面，招引滚动体加工等项目。"
    ct = clean_text(text)
    doc = SourceDocument(key="t", path="t.txt", title="临清市：实施产业链链长制", date="2024-05-01", kind="news",
                         period="2024", text=ct.text, raw_text=text, offsets=ct.offsets)
    g = extract_document(doc)
    assert by_rule(g, RelType.DEVELOPS, "chain_topic") == {("临清市", "钢帘线（精密部件）产业链")}


def test_firms_between_yi_and_de_are_in_the_cluster() -> None:
    g = _news("以宏达钢帘线有限公司为龙头、鲁西纺织有限公司等企业相配套的钢帘线产业集群已经形成。")
    assert by_rule(g, RelType.IN_CLUSTER, "cluster_of_firms") == {("宏达钢帘线", "钢帘线"), ("鲁西纺织", "钢帘线")}


def test_a_bare_kaifaqu_is_the_technology_zone_the_report_names_in_full() -> None:
    g = _news("武汉经开区是武汉经济技术开发区的简称。开发区已形成稀土材料、电石化工等主导产业。")
    assert "武汉经济开发区" not in _names(g).values()  # no zone of another kind made up from the city's name


def test_a_project_serving_an_industry_is_in_it() -> None:
    g = _news("总投资11.9亿元的钢帘线生产基地项目，主要生产子午胎钢帘线，将助推我市橡胶制品产业实现新的突破。")
    assert by_rule(g, RelType.IN_CLUSTER, "project_serves") == {("钢帘线生产基地项目", "橡胶制品")}
    g = _news("项目建成后，将助推我市橡胶制品产业实现新的突破。")  # no project named: nothing
    assert not by_rule(g, RelType.IN_CLUSTER, "project_serves")
    g = _news("以宏达钢帘线生产基地、华光化工一体化基地等4大临港项目为龙头，重点发展绿色钢铁产业，"
              "促进橡胶制品、现代纺织、绿色建材三大传统产业提质增效。")  # a list of industries: none
    assert not by_rule(g, RelType.IN_CLUSTER, "project_serves")


def test_the_fields_of_a_batch_of_projects_are_industries_no_place_develops() -> None:
    g = _news("临清经济开发区本次签约的项目涵盖了钢帘线、冷链物流等多个前沿产业领域。")
    assert {"钢帘线", "冷链物流"} <= set(_names(g).values())
    assert not by_rule(g, RelType.DEVELOPS, "industry_list")


def test_one_character_names_an_industry_only_before_its_cluster_word_or_inside_a_counted_list() -> None:
    assert _industries("推动锌产业集群绿色发展。") == ["锌产业集群"]
    assert _industries("推动该产业集群绿色发展。") == []
    assert _industries("做强油茶、竹、家具、林下经济等四大产业。") == ["油茶", "竹", "家具", "林下经济"]


def test_a_list_with_only_the_reports_place_on_the_way_is_that_places() -> None:
    text = "临清经济开发区：\n今年，宏达钢帘线有限公司产值占临清经济开发区工业总产值的65%，基本形成钢帘线、冷链物流等特色产业群。"
    ct = clean_text(text)
    doc = SourceDocument(key="t", path="t.txt", title="测试", date="2024-05-01", kind="news", period="2024",
                         text=ct.text, raw_text=text, offsets=ct.offsets)
    assert by_rule(extract_document(doc), RelType.DEVELOPS, "industry_list") == {
        ("临清经济开发区", "钢帘线"), ("临清经济开发区", "冷链物流")}


def test_a_firm_stated_to_lead_an_industry_is_in_it() -> None:
    """firm_industry: a predicate (是…的龙头企业), a fronted apposition (作为…链主企业，A) and a list (X产业链集聚了A、B等
    链主企业); a firm leading a nation's industry names no local cluster."""
    g = _news("山东华光新材料有限公司是全市新能源汽车产业的龙头企业，今年产值增长20%。")
    assert by_rule(g, RelType.IN_CLUSTER, "firm_industry") == {("华光新材料", "新能源汽车")}
    g = _news("作为全省光伏产业链链主企业，江苏蓝海能源集团有限公司加快扩产。")
    assert by_rule(g, RelType.IN_CLUSTER, "firm_industry") == {("江苏蓝海能源集团", "光伏产业链")}
    g = _news("全市光伏产业链集聚了江苏蓝海能源集团有限公司、山东华光新材料有限公司等链主企业。")
    assert by_rule(g, RelType.IN_CLUSTER, "firm_industry") == {
        ("江苏蓝海能源集团", "光伏产业链"), ("华光新材料", "光伏产业链")}
    edge = next(e for e in g.edges if e.type == RelType.IN_CLUSTER)
    assert edge.props.get("role") == "leading"
    assert by_rule(_news("哈尔滨华轴集团有限公司是中国轴承行业的领军企业之一。"), RelType.IN_CLUSTER, "firm_industry") == set()


def test_firms_and_projects_brought_in_for_an_industry_are_in_it() -> None:
    """around_industry: 围绕X产业(链)引进了A、B: every firm or project after the verb, up to the clause's end."""
    g = _news("该区围绕新能源汽车产业链，引进了江苏蓝海能源集团有限公司、山东华光新材料有限公司等企业。")
    assert by_rule(g, RelType.IN_CLUSTER, "around_industry") == {
        ("江苏蓝海能源集团", "新能源汽车"), ("华光新材料", "新能源汽车")}
    g = _news("今年以来，全县围绕光伏产业引进了年产5万吨光伏玻璃项目、10万吨光伏支架项目。")
    assert by_rule(g, RelType.IN_CLUSTER, "around_industry") == {
        ("年产5万吨光伏玻璃项目", "光伏"), ("10万吨光伏支架项目", "光伏")}
    g = _news("围绕新能源汽车产业，该区召开座谈会，山东华光新材料有限公司参会。")
    assert by_rule(g, RelType.IN_CLUSTER, "around_industry") == set()


def test_this_is_an_industrys_speaks_of_the_paragraphs_last_project() -> None:
    """project_industry: 这是<place>X产业发展的… after a sentence naming a project, in the same paragraph; a kind
    (这是乙烯下游产业项目, no 的) and another paragraph read nothing."""
    first = "华光新材料年产10万吨煤制烯烃项目正在有序推进。"
    g = _news(first + "这是榆林市现代煤化工产业发展的重要支撑。")
    assert by_rule(g, RelType.IN_CLUSTER, "project_industry") == {("华光新材料年产10万吨煤制烯烃项目", "现代煤化工")}
    assert by_rule(_news(first + "\n这是榆林市现代煤化工产业发展的重要支撑。"), RelType.IN_CLUSTER, "project_industry") == set()
    assert by_rule(_news(first + "这是乙烯下游产业项目。"), RelType.IN_CLUSTER, "project_industry") == set()


def test_each_group_of_firms_leading_an_industry_is_in_its_own() -> None:
    """cluster_of_firms: 以A、B等企业为龙头的X产业;以C、D等企业为龙头的Y: every listed firm (no legal form needed where the
    list says they are firms), each ;-group in its own industry, named by the rule when nothing else found it."""
    g = _news("全县形成以宏达钢帘线、鲁西纺织等企业为龙头的钢帘线产业;以华光新材料、蓝海能源等企业为龙头的新能源及装备制造业。")
    assert by_rule(g, RelType.IN_CLUSTER, "cluster_of_firms") == {
        ("宏达钢帘线", "钢帘线"), ("鲁西纺织", "钢帘线"), ("华光新材料", "新能源及装备制造业"), ("蓝海能源", "新能源及装备制造业")}
    edge = next(e for e in g.edges if e.type == RelType.IN_CLUSTER)
    assert edge.props.get("role") == "leading"
    g = _news("园区形成了以宏达光电、华光显示等企业为引领的光电显示产业链。")
    assert by_rule(g, RelType.IN_CLUSTER, "cluster_of_firms") == {("宏达光电", "光电显示产业链"), ("华光显示", "光电显示产业链")}


def test_firms_listed_in_clauses_about_one_industry_are_in_it() -> None:
    """topic_firms: a group of clauses opening on one industry (加快发展X产业，…; X产业集聚了…) and a list of firms a
    leading cue or a gathering verb opens and 等…企业 closes; the next group (after ；) is about something else."""
    g = _news("加快发展智慧家庭产业，鼓励和支持龙头企业宏达电器、华光终端等增加研发投入；引导蓝海能源等企业上市。")
    assert by_rule(g, RelType.IN_CLUSTER, "topic_firms") == {("宏达电器", "智慧家庭"), ("华光终端", "智慧家庭")}
    g = _news("去年，高端装备产业实现收入增长20%；现代物流产业集聚了宏达物流、华光快运等重点物流企业，吞吐量增长10%。")
    assert by_rule(g, RelType.IN_CLUSTER, "topic_firms") == {("宏达物流", "现代物流"), ("华光快运", "现代物流")}
    g = _news("加快发展光电显示产业，引进世界500强、上市公司等企业。")  # kinds of firms, no names
    assert not by_rule(g, RelType.IN_CLUSTER, "topic_firms")
    g = _news("加快发展光电显示产业，龙头企业数量达到50家等。")  # a lone item that is no firm found there
    assert not by_rule(g, RelType.IN_CLUSTER, "topic_firms")
    g = _news("做大做强光电显示产业，支持骨干企业宏达光电、华光显示等扩大产能。")  # two verbs, a cue of its own
    assert by_rule(g, RelType.IN_CLUSTER, "topic_firms") == {("宏达光电", "光电显示"), ("华光显示", "光电显示")}
    g = _news("传统特色产业方面，推动椰子、渔业等产业转型升级。")  # no firms: no industry made up
    assert not by_rule(g, RelType.IN_CLUSTER, "topic_firms") and "传统特色" not in _names(g).values()


def test_a_list_closed_by_an_industry_the_document_named_is_in_it() -> None:
    """topic_firms: 引进A、B等电子信息企业, 电子信息 named before in the document; an industry it never named: nothing."""
    g = _news("全县壮大电子信息、新材料等主导产业。目前，该县引进宏达光电、华光显示等电子信息企业100多家。")
    assert by_rule(g, RelType.IN_CLUSTER, "topic_firms") == {("宏达光电", "电子信息"), ("华光显示", "电子信息")}
    g = _news("目前，该县引进宏达光电、华光显示等电子信息企业100多家。")
    assert not by_rule(g, RelType.IN_CLUSTER, "topic_firms")


def test_firms_before_weirao_are_in_the_industry_they_build_around() -> None:
    """around_industry: A、B等企业围绕X布局的…, the list opening its clause."""
    g = _news("在政策激励下，宏达集团、华光化工等大型企业围绕煤焦油深加工布局，纷纷落户园区。")
    assert by_rule(g, RelType.IN_CLUSTER, "around_industry") == {("宏达集团", "煤焦油深加工"), ("华光化工", "煤焦油深加工")}


def test_a_group_that_seizes_an_industrys_chance_is_about_it() -> None:
    """topic_firms: 抢抓X“风口”，引进A、B等一批企业…; 抢滩X产业新赛道，推动C、D等一批企业…"""
    g = _news("抢抓新能源“风口”，园区引进宏达锂业、华光电池等一批企业入驻；抢滩智能装备产业新赛道，推动蓝海精密、鲁西机械等一批企业组链成群。")
    assert by_rule(g, RelType.IN_CLUSTER, "topic_firms") == {
        ("宏达锂业", "新能源"), ("华光电池", "新能源"), ("蓝海精密", "智能装备"), ("鲁西机械", "智能装备")}


def test_a_time_or_scope_before_the_topic_is_no_part_of_the_industry() -> None:
    """topic_firms: 今年，全市新能源产业集聚了A、B等企业 is about 新能源, not 今年全市新能源."""
    g = _news("今年，全市新能源产业集聚了宏达锂电、华光储能等企业。")
    assert by_rule(g, RelType.IN_CLUSTER, "topic_firms") == {("宏达锂电", "新能源"), ("华光储能", "新能源")}


def test_a_project_brought_in_for_an_industry_is_in_it() -> None:
    """project_industry: 该项目是X县为做大做强Y产业而引进的…, the project named last, in an earlier paragraph too;
    without 该项目 nothing."""
    first = "11月18日，华光新材料年产10万吨光学膜项目在园区开工。\n"
    g = _news(first + "据了解，该项目是该县为做大做强光电显示产业而引进的新项目。")
    assert by_rule(g, RelType.IN_CLUSTER, "project_industry") == {("华光新材料年产10万吨光学膜项目", "光电显示")}
    g = _news(first + "据了解，该县为做大做强光电显示产业而引进了一批新项目。")
    assert by_rule(g, RelType.IN_CLUSTER, "project_industry") == set()


# ---- fourth session: constructions of the second graduated batch (devset_other 64-103)

def _zone_report(body: str) -> DocumentGraph:
    """A report whose first line names the zone it is about (its place for subjectless clauses)."""
    return _news("临清经济开发区\n" + body)


def test_a_develop_verbs_lone_industry_keeps_its_generic_opening_word() -> None:
    g = _zone_report("优先发展新型显示材料产业，支持企业扩大规模。加快发展现代冷链产业，完善配套。大力发展特色优势产业。")
    assert by_rule(g, RelType.DEVELOPS, "develops_doc_place") == {
        ("临清经济开发区", "新型显示材料"), ("临清经济开发区", "现代冷链")}


def test_fields_inside_the_closing_and_a_preposition_after_deng_make_no_places_industries() -> None:
    g = _news("临清经济开发区打造覆盖精密轴承、数控机床等领域的完整产业链。")
    assert not by_rule(g, RelType.DEVELOPS, "industry_list")
    g = _news("临清经济开发区大力培育轴承产业，帮助龙头企业甲乙、丙丁等向产业高端发展。")
    assert not {d for _s, d in by_rule(g, RelType.DEVELOPS, "industry_list")} & {"甲乙", "丙丁"}


def test_a_quoted_formula_and_a_pair_of_tracks_close_lists() -> None:
    g = _news("临清市着力构建精密轴承、高端纺织、绿色建材、现代物流“3+1”主导产业体系。")
    assert {d for _s, d in by_rule(g, RelType.DEVELOPS, "industry_list")} == {"精密轴承", "高端纺织", "绿色建材", "现代物流"}
    g = _news("临清市前瞻布局低空经济与人工智能两大前沿赛道。")
    assert {d for _s, d in by_rule(g, RelType.DEVELOPS, "industry_list")} == {"低空经济", "人工智能"}


def test_a_description_holding_a_list_of_firms_names_only_the_industry_it_closes() -> None:
    g = _news("临清经济开发区形成以华瑞轴研、宏达精工等企业为龙头的精密轴承产业三大支柱产业。")
    clusters = {n.name for n in g.nodes if n.label.value == "Cluster"}
    assert "精密轴承" in clusters and not clusters & {"华瑞轴研", "宏达精工"}


def test_a_bare_park_word_is_the_park_its_paragraph_opens_with() -> None:
    g = _news("临清经济开发区：规划面积20平方公里，建有冷链物流产业园。园区形成了精密轴承、数控机床、现代纺织等3大主导产业。")
    assert {s for s, _d in by_rule(g, RelType.DEVELOPS, "industry_list")} == {"临清经济开发区"}


def test_a_role_names_an_industry_and_the_kind_closing_the_last_item_is_dropped() -> None:
    g = _news("临清经济开发区以精密轴承为核心产业特色，打造特色园区。")
    assert by_rule(g, RelType.DEVELOPS, "industry_list") == {("临清经济开发区", "精密轴承")}
    g = _news("临清市形成了以精密轴承为主，数控机床、工业母机等高端装备为支撑的特色产业。")
    assert {d for _s, d in by_rule(g, RelType.DEVELOPS, "industry_list")} == {"精密轴承", "数控机床", "工业母机"}


def test_a_counted_list_of_clusters_names_them_and_their_counties() -> None:
    g = _news("去年，茌平铝材、冠县板材等2个集群获评省级特色产业集群。")
    assert {(s, d) for s, d in by_rule(g, RelType.DEVELOPS, "cluster_place")} == {
        ("茌平区", "茌平铝材"), ("冠县", "冠县板材")}


def test_a_place_after_an_apposition_develops_the_chain_its_verb_builds() -> None:
    g = _news("作为全市的“工业重镇”，临清市近年来坚持制造业当家，重点培育和打造精密轴承产业链。")
    assert by_rule(g, RelType.DEVELOPS, "develops_prose") == {("临清市", "精密轴承")}
    g = _news("临清市打造覆盖精密轴承、数控机床等领域的完整产业链。")
    assert not by_rule(g, RelType.DEVELOPS, "develops_prose")


def test_an_industry_its_firms_lead_is_named() -> None:
    g = _news("开发区形成以华瑞轴研、宏达精工等企业为龙头的精密轴承产业；以甲乙物流等企业为龙头的冷链物流及仓储服务业。")
    clusters = {n.name for n in g.nodes if n.label.value == "Cluster"}
    assert {"精密轴承", "冷链物流及仓储服务业"} <= clusters


def test_an_item_holding_a_count_is_no_name_and_cujin_opens_a_list() -> None:
    g = _news("临清市编制全市“三大千亿产业、四大新兴产业”发展规划，促进精密轴承、现代纺织、绿色建材三大传统产业提质增效。")
    clusters = {n.name for n in g.nodes if n.label.value == "Cluster"}
    assert {"精密轴承", "现代纺织", "绿色建材"} <= clusters
    assert not [c for c in clusters if "千亿" in c or "促进" in c]


def test_a_designations_scope_is_no_industry() -> None:
    assert _industries("全市县域特色产业集群发展良好，国家级中小企业特色产业集群达4个。") == []


def test_a_place_named_in_a_later_clause_leaves_the_first_to_the_reports_place() -> None:
    g = _zone_report("大力培育精密轴承产业，完善配套体系，带动冠县发展纺织产业。")
    assert ("临清经济开发区", "精密轴承") in by_rule(g, RelType.DEVELOPS, "develops_doc_place")


def test_an_industry_naming_a_kind_of_project_is_named() -> None:
    g = _news("在50个项目中，精密轴承产业项目12个，冷链物流行业相关产业项目5个，其中工业项目9个。")
    clusters = {n.name for n in g.nodes if n.label.value == "Cluster"}
    assert {"精密轴承", "冷链物流"} <= clusters and not [c for c in clusters if "其中" in c]


def test_a_quoted_list_closed_by_an_industry_word_names_its_items() -> None:
    g = _news("产业园围绕“精密轴承、数控机床、工业母机”三大关键产业核心，完善配套。")
    assert {"精密轴承", "数控机床", "工业母机"} <= {n.name for n in g.nodes if n.label.value == "Cluster"}


def test_an_industry_given_a_role_is_named_and_its_places() -> None:
    g = _news("临清经济开发区将精密轴承产业作为新增长点，引进配套企业。")
    assert by_rule(g, RelType.DEVELOPS, "industry_list") == {("临清经济开发区", "精密轴承")}
    g = _news("建市以来，纺织工业就成为全市的主导产业。")
    assert "纺织工业" in {n.name for n in g.nodes if n.label.value == "Cluster"}
    assert not by_rule(g, RelType.DEVELOPS, "industry_list")


def test_an_industry_opening_a_clause_with_what_it_achieved_is_the_reports_places() -> None:
    g = _zone_report("去年，全区经济稳步增长。精密轴承产业实现收入同比增长20%；冷链物流产业集聚了甲乙、丙丁等企业。")
    assert by_rule(g, RelType.DEVELOPS, "develops_doc_place") == {
        ("临清经济开发区", "精密轴承"), ("临清经济开发区", "冷链物流")}


def test_sectors_fused_are_a_policy_not_industries() -> None:
    assert _industries("推动先进制造业和现代服务业融合发展，走工业化与信息化融合道路。") == []


def test_a_vague_count_closes_a_list() -> None:
    g = _news("临清经济开发区聚焦精密轴承、数控机床、工业母机等多个重点特色产业。")
    assert {d for _s, d in by_rule(g, RelType.DEVELOPS, "industry_list")} == {"精密轴承", "数控机床", "工业母机"}


def test_a_list_of_county_products_in_a_sentence_on_clusters_names_county_clusters() -> None:
    g = _news("今年将以茌平铝材、冠县板材、高唐莘县食品为突破，引领全市产业集群提档升级。")
    assert by_rule(g, RelType.DEVELOPS, "cluster_place") == {
        ("茌平区", "茌平铝材"), ("冠县", "冠县板材"), ("高唐县", "高唐莘县食品"), ("莘县", "高唐莘县食品")}
    g = _news("茌平、冠县、高唐等县市区的产业集群发展良好。")
    assert not by_rule(g, RelType.DEVELOPS, "cluster_place")


def test_a_list_numbers_dot_is_no_part_of_the_cluster_it_numbers() -> None:
    assert _industries("2.聊城精密轴承产业集群。") == ["聊城精密轴承产业集群"]


# fifth session: an item's extent (written against devset_other 104-143)

def test_a_verb_or_a_bare_de_opening_a_list_is_no_part_of_its_first_item() -> None:
    g = _news("莘县经济开发区围绕形成集群，依托绿色食品、精密铸造等特色优势产业加快发展。")
    assert by_rule(g, RelType.DEVELOPS, "industry_list") == {
        ("莘县经济开发区", "绿色食品"), ("莘县经济开发区", "精密铸造")}
    g = _news("该园区定位于工业软件、北斗导航、智能终端三个产业。")
    assert {t for _s, t in by_rule(g, RelType.DEVELOPS, "industry_list")} <= {"工业软件", "北斗导航", "智能终端"}
    g = _news("冠县经济开发区属于全县重点培育的高端板材、现代纺织两大主导产业。")
    names = set(_names(g).values())
    assert {"高端板材", "现代纺织"} <= names and not any(n.startswith("的") for n in names)


def test_a_place_after_a_preposition_opening_an_item_is_no_part_of_it() -> None:
    g = _news("这批项目质量较高，与莘县绿色食品、精密铸造、生物医药等主导产业布局高度契合。")
    names = set(_names(g).values())
    assert "绿色食品" in names and not any(n.startswith("与") for n in names)


def test_a_verb_of_being_before_the_closing_is_no_part_of_the_last_item() -> None:
    g = _news("冠县经济开发区的绿色建材、商贸物流业、新兴服务业成为三大支柱产业。")
    names = set(_names(g).values())
    assert "新兴服务业" in names and "新兴服务业成为" not in names


def test_groups_of_industries_given_roles_and_closed_by_their_system() -> None:
    g = _news("莘县经济开发区初步形成以绿色食品、精密铸造为基础，生物医药、新型建材为补充的多元化产业集群。")
    assert by_rule(g, RelType.DEVELOPS, "role_group") == {
        ("莘县经济开发区", "绿色食品"), ("莘县经济开发区", "精密铸造"), ("莘县经济开发区", "生物医药"),
        ("莘县经济开发区", "新型建材")}
    g = _news("莘县经济开发区构建以精细化工为龙头，以商贸物流、文化旅游为重点，特色鲜明的现代产业体系。")
    assert {t for _s, t in by_rule(g, RelType.DEVELOPS, "role_group")} == {"精细化工", "商贸物流", "文化旅游"}


def test_groups_of_firms_or_a_generic_core_are_no_industries() -> None:
    g = _news("莘县经济开发区加快构建以实体经济为核心的现代化产业体系。")
    assert not by_rule(g, RelType.DEVELOPS, "role_group")


def test_two_items_joined_by_he_that_deng_closes_and_a_quoted_name_given_a_role() -> None:
    g = _news("莘县经济开发区发展壮大“现代能源”首位主导产业，特色化发展健康食品和生产性服务等支撑产业。")
    assert {t for _s, t in by_rule(g, RelType.DEVELOPS, "industry_list")} == {"现代能源", "健康食品", "生产性服务"}


def test_a_place_before_the_industry_a_project_serves_is_whose_it_is() -> None:
    g = _news("莘县经济开发区的华信年产5万吨铝型材项目正在建设。该项目投产后将进一步推动莘县铝电产业转型升级。")
    assert ("莘县", "铝电产业") in by_rule(g, RelType.DEVELOPS, "project_serves") \
        or ("莘县", "铝电") in by_rule(g, RelType.DEVELOPS, "project_serves")
    assert {t for _s, t in by_rule(g, RelType.IN_CLUSTER, "project_serves")} & {"铝电产业", "铝电"}


def test_a_project_stated_to_be_a_link_of_an_industrys_chain() -> None:
    g = _news("华信年产5万吨铝型材项目总投资8亿元，为莘县产业集聚区铝电产业链关键环节。")
    assert {t for _s, t in by_rule(g, RelType.IN_CLUSTER, "project_serves")} & {"铝电产业", "铝电"}
    g = _news("华信年产5万吨铝型材项目总投资8亿元，是莘县铝电产业发展的保障性工程。")
    assert not by_rule(g, RelType.IN_CLUSTER, "project_serves")


def test_an_industry_alone_in_a_last_clause_heads_the_next_sentences() -> None:
    g = _news("计划提出，持续壮大新兴产业，新材料产业。加快推进华信年产5万吨铝型材项目建设。现代物流产业。"
              "建成冠县冷链物流中心项目。")
    assert by_rule(g, RelType.IN_CLUSTER, "inline_heading") == {
        ("华信年产5万吨铝型材项目", "新材料"), ("冠县冷链物流中心项目", "现代物流")}


def test_a_last_clause_holding_a_verb_or_a_generic_word_heads_nothing() -> None:
    g = _news("计划提出，推动传统产业升级，壮大新兴产业。加快推进华信年产5万吨铝型材项目建设。")
    assert not by_rule(g, RelType.IN_CLUSTER, "inline_heading")


def test_a_quoted_list_with_commas_and_a_places_own_fields() -> None:
    g = _news("下一步，莘县将围绕‘先进制造、总部经济’等产业领域加快发展，突出‘智能制造，新能源、新材料，大健康’等产业重点。")
    assert {t for _s, t in by_rule(g, RelType.DEVELOPS, "industry_list")} == {
        "先进制造", "总部经济", "智能制造", "新能源", "新材料", "大健康"}


def test_a_batchs_fields_are_no_places_and_public_works_no_industries() -> None:
    g = _news("莘县本次集中开工项目25项，涵盖总部经济、智能制造、社会民生、文化旅游等多个行业领域。")
    assert not by_rule(g, RelType.DEVELOPS, "industry_list")
    assert "社会民生" not in set(_names(g).values())


def test_a_zones_clusters_name_no_cluster_after_the_zone() -> None:
    assert _industries("莘县中央商务区千亿产业集群建设报告") == []


def test_a_quoted_count_of_new_industries_closes_a_list() -> None:
    g = _news("今年，莘县将加快发展，强力突破新装备、新医药、新材料、新基建“四新产业”倍增。")
    assert {t for _s, t in by_rule(g, RelType.DEVELOPS, "industry_list")} == {"新装备", "新医药", "新材料", "新基建"}


def test_projects_sorted_by_industry_are_in_it() -> None:
    g = _news("其中，投资最大的是20亿元的冠县冷链物流中心项目，属于商贸物流类。新材料类项目2个：3亿元的华信年产5万吨铝型材项目、"
              "1亿元的莘县石墨烯薄膜项目。")
    assert by_rule(g, RelType.IN_CLUSTER, "project_kind") == {
        ("冠县冷链物流中心项目", "商贸物流"), ("华信年产5万吨铝型材项目", "新材料"), ("莘县石墨烯薄膜项目", "新材料")}


def test_a_generic_kind_of_project_is_no_industry() -> None:
    g = _news("社会民生类项目2个：冠县第一中学新校区项目、冠县人民医院病房楼项目。")
    assert not by_rule(g, RelType.IN_CLUSTER, "project_kind")


def test_role_groups_closed_by_a_development_pattern() -> None:
    g = _news("莘县经济开发区逐步形成以装备制造为首位产业，绿色食品、精密铸造为主导产业的产业发展格局。")
    assert {t for _s, t in by_rule(g, RelType.DEVELOPS, "role_group")} == {"装备制造", "绿色食品", "精密铸造"}


def test_a_place_or_project_that_is_a_base_of_an_industry() -> None:
    g = _news("莘县地处鲁西平原，是山东重要的精密铸造产业基地。")
    assert by_rule(g, RelType.DEVELOPS, "industry_base") == {("莘县", "精密铸造产业")} \
        or by_rule(g, RelType.DEVELOPS, "industry_base") == {("莘县", "精密铸造")}
    g = _news("投资50亿元的华信年产5万吨铝型材项目建成后，将成为江北重要的高端装备制造基地。")
    assert {t for _s, t in by_rule(g, RelType.IN_CLUSTER, "industry_base")} == {"高端装备制造"}


def test_a_base_named_by_no_industry_word_is_none() -> None:
    g = _news("莘县是山东重要的粮食生产基地。")
    assert not by_rule(g, RelType.DEVELOPS, "industry_base")


def test_a_plan_to_build_a_base_is_no_base() -> None:
    g = _news("莘县经济开发区将建设成为世界级精密铸造产业基地，加快打造全国重要的绿色食品产业基地。")
    assert not by_rule(g, RelType.DEVELOPS, "industry_base")


def test_a_manner_word_before_a_cluster_names_none() -> None:
    assert "多元化" not in _industries("初步形成以绿色食品为基础的多元化产业集群。")


def test_a_develop_verbs_lone_item_before_deng() -> None:
    g = _news("莘县经济开发区加大企业培育力度，不断壮大生物化工等产业集群。")
    assert {t for _s, t in by_rule(g, RelType.DEVELOPS, "industry_list")} == {"生物化工"}
    g = _news("莘县经济开发区形成覆盖核心材料以及服务型制造等产业延伸新业态的产业集群。")
    assert not any(n.startswith("及") for n in _names(g).values())


def test_a_counted_kind_before_its_items() -> None:
    g = _news("此次签约的8个项目涵盖莘县“三大经济发展动力源”——绿色食品、精密铸造、商贸物流领域。")
    assert by_rule(g, RelType.DEVELOPS, "counted_head") == {
        ("莘县", "绿色食品"), ("莘县", "精密铸造"), ("莘县", "商贸物流")}
    g = _news("莘县经济开发区明确三大主导产业：绿色食品、精密铸造。")  # two items for a count of three: none
    assert not by_rule(g, RelType.DEVELOPS, "counted_head")


def test_a_place_named_inside_quotation_marks_is_no_subject() -> None:
    g = _news("项目以打造“具有全国影响力的莘县创新产业园”为目标，着重定位于工业软件、北斗导航、智能终端三个产业。")
    assert not by_rule(g, RelType.DEVELOPS, "industry_list")


def test_a_field_whose_chain_a_project_completes() -> None:
    g = _news("华信年产5万吨铝型材项目将持续完善莘县新材料领域产业链条。")
    assert {t for _s, t in by_rule(g, RelType.IN_CLUSTER, "project_serves")} == {"新材料"}


def test_a_batch_broken_down_into_counted_kinds_names_them() -> None:
    # rule project_kind (industries.fields.counted_kinds): two or more counted kinds, one an official name
    g = _news("本季度临清经济开发区签约项目20个，其中产业类项目中智能制造项目5个，精密轴承项目3个，医药类项目2个，"
              "金融及其他项目4个。")
    names = {n.name for n in g.nodes if n.label == Label.CLUSTER}
    assert {"智能制造", "精密轴承", "医药"} <= names
    assert not {"金融及其他", "产业类", "产业"} & names
    assert not [e for e in g.edges if e.type == RelType.DEVELOPS]  # a batch's kinds: no place develops them here


def test_one_counted_kind_or_kinds_without_an_official_name_are_none() -> None:
    names = {n.name for n in _news("临清经济开发区签约智能制造项目5个，总投资20亿元。").nodes if n.label == Label.CLUSTER}
    assert "智能制造" not in names
    names = {n.name for n in _news("临清经济开发区签约精密轴承项目5个，冷链物流项目3个。").nodes if n.label == Label.CLUSTER}
    assert not {"精密轴承", "冷链物流"} & names


def test_a_sector_word_closes_a_list_and_its_verb_is_no_verb() -> None:
    # ind8: 等现代服务业 closes a develop verb's list (the 服务 of 服务业 opens no name: no 业扩量提质); 服务业态 is a format
    g = _news("东丽经开区推动检验检测、冷链物流、会展商务等现代服务业扩量提质。")
    assert by_rule(g, RelType.DEVELOPS, "industry_list") == {
        ("东丽经开区", "检验检测"), ("东丽经开区", "冷链物流"), ("东丽经开区", "会展商务")}
    assert not any("扩量" in n for n in _industries("推动检验检测、冷链物流等现代服务业扩量提质、与先进制造业融合。"))
    assert by_rule(_news("东丽经开区推动数字服务等服务业态嵌入产业链。"), RelType.DEVELOPS, "industry_list") == set()
    # … and only a develop verb opening the list makes it one (在新城引入A、B等生产性服务业: no list of industries)
    g = _news("东丽经开区发展现代服务业，在新城引入科技、研发等生产性服务业。")
    assert not any("引入" in n.name for n in g.nodes)


def test_a_verb_of_rank_or_belonging_makes_a_clause_no_industry() -> None:
    # ind8: 跻身/属于 inside the words before 产业 (集成电路跻身国家级创新型产业集群) name no industry
    assert not any("跻身" in n for n in _industries("去年，该区集成电路跻身国家级创新型产业集群。"))
    g = _news("东丽经开区今年新签约项目12个，均属于类似高端新兴产业。")
    assert not any("属于" in n.name for n in g.nodes)


def test_a_profile_field_of_leading_industries() -> None:
    # ind8: 主导产业为A、B和C产业 in a zone's profile; each clause group's zone develops its own items (prose.rule_leading_industries)
    g = _news("临清经济开发区规划面积为30平方公里，主导产业为精密轴承、智能农机和新型建材产业；"
              "东丽经开区规划面积为12平方公里，主导产业为冷链物流、会展商务和绿色食品产业。")
    assert by_rule(g, RelType.DEVELOPS, "leading_industries") == {
        ("临清经济开发区", "精密轴承"), ("临清经济开发区", "智能农机"), ("临清经济开发区", "新型建材"),
        ("东丽经开区", "冷链物流"), ("东丽经开区", "会展商务"), ("东丽经开区", "绿色食品")}


def test_an_industry_the_place_develops_is_named_by_its_role() -> None:
    # ind8: X产业是<place>重点发展的产业之一 / X产业是<place>支柱产业之一 names X
    g = _news("精密轴承产业是临清市重点发展的产业之一，今年将加快推进一批项目。")
    assert "精密轴承" in {n.name for n in g.nodes if n.label == Label.CLUSTER}
    g = _news("绿色建材产业是东丽经开区支柱产业之一。")
    assert "绿色建材" in {n.name for n in g.nodes if n.label == Label.CLUSTER}


def test_a_verb_inside_the_first_item_is_the_clauses() -> None:
    # ind8: 非常适合|A产业、B等产业发展: the first item starts after the verb
    g = _news("东丽经开区推动高质量发展，气候条件优越，非常适合冷链物流产业、农副产品精深加工等产业发展。")
    names = {n.name for n in g.nodes if n.label == Label.CLUSTER}
    assert "农副产品精深加工" in names and not any("适合" in n for n in names)


def test_two_official_names_joined_by_ji_are_two_items_unless_counted() -> None:
    # ind8: 新一代信息技术及航空航天 (both official names) are two; a count the items already make keeps the 及
    g = _news("东丽经开区签约的项目涵盖了智能制造、新一代信息技术及航空航天等产业领域。")
    names = {n.name for n in g.nodes if n.label == Label.CLUSTER}
    assert {"新一代信息技术", "航空航天"} <= names and "新一代信息技术及航空航天" not in names
    g = _news("东丽经开区重点聚焦生物医药、新一代信息技术及航空航天等两大产业方向。")
    assert "新一代信息技术及航空航天" in {n.name for n in g.nodes if n.label == Label.CLUSTER}


def test_a_cluster_a_goal_reaches_is_named() -> None:
    # ind8: 实现 opens the name (为远期实现|五百亿级清洁能源产业集群奠定基础: no clause before 产业集群)
    assert _industries("力争年产值达到40亿元，为远期实现五百亿级清洁能源产业集群奠定基础。") == ["清洁能源产业集群"]


def test_a_heading_toward_and_a_task_force_end_the_words_before_a_cluster() -> None:
    # ind8: 向着|百亿氟新材料产业集群 (not 着百亿…), 建设指挥部|高端化工产业集群发展专班 (not 指挥部高端化工)
    assert _industries("氟化工产业链向下游延伸，向着百亿氟新材料产业集群大步迈进。") == ["百亿氟新材料产业集群"]
    assert _industries("市制造强市建设指挥部高端化工产业集群发展专班细分产业链。") == ["高端化工产业集群"]


def test_a_list_whose_clause_opens_with_partners_or_firms_is_no_places() -> None:
    text = "临清经济开发区与某集团签署合作协议。未来，合作方将聚焦智能制造、新能源新材料、数字经济等重点产业。"
    assert by_rule(_news(text), RelType.DEVELOPS, "industry_list") == set()
    assert by_rule(_news("临清经济开发区今年以来，越来越多的企业发展人工智能、工业互联网产业。"),
                    RelType.DEVELOPS, "vocabulary_list") == set()
    # the place itself opening the clause still develops them
    g = _news("临清经济开发区与某集团签署合作协议。未来，临清经济开发区将聚焦智能制造、新能源新材料、数字经济等重点产业。")
    assert ("临清经济开发区", "数字经济") in by_rule(g, RelType.DEVELOPS, "industry_list")


def test_a_list_whose_clause_opens_with_a_part_of_the_place_is_no_places() -> None:
    g = _news("临清经济开发区规划面积30平方公里。东北部区域规划发展方向以大健康、新材料、电子机械制造为主导产业。")
    assert by_rule(g, RelType.DEVELOPS, "industry_list") == set()


def test_jinkou_opens_a_list() -> None:
    g = _news("临清经济开发区坚持高质量发展，紧扣现代化工、装备制造、新材料等主导产业，不断提升传统产业。")
    assert ("临清经济开发区", "现代化工") in by_rule(g, RelType.DEVELOPS, "industry_list")


def test_a_county_name_heading_a_parks_name_is_no_county_layout() -> None:
    # relp9: the sentence opens with 临清生态科技城, a park whose name the county's short form heads: the park's industries
    g = _news("临清市召开会议。临清生态科技城规划面积1500公顷，重点发展精密机械、电子信息、服装等四大产业。")
    assert not {s for s, _t in by_rule(g, RelType.DEVELOPS, "county_layout")}
    assert ("临清生态科技城", "电子信息") in by_rule(g, RelType.DEVELOPS, "industry_list")


def test_a_lone_firm_leading_a_chain_and_the_firms_the_chain_gathers() -> None:
    """cluster_of_firms (clu9): 以A为龙头的X产业链 with A alone (no 等, no legal form) where the role is a firm's
    (龙头, 链主); the firms the chain gathers right after its name (聚集了B、C等N家企业) are members; 以A为龙头的Y企业 names
    the industry Y only where the text writes Y as an industry elsewhere."""
    g = _news("以宏远钢铁为龙头的钢材加工产业链，聚集了华光机械、鲁达铸造等20家企业；以蓝海化纤为链主的纺织产业链加快延伸。")
    assert by_rule(g, RelType.IN_CLUSTER, "cluster_of_firms") == {
        ("宏远钢铁", "钢材加工产业链"), ("华光机械", "钢材加工产业链"), ("鲁达铸造", "钢材加工产业链"), ("蓝海化纤", "纺织产业链")}
    assert not by_rule(_news("坚持以项目建设为龙头的工作导向。"), RelType.IN_CLUSTER, "cluster_of_firms")
    g = _news("全县光伏全产业链加快成形。以华光新能为龙头的光伏企业不断壮大。")
    assert by_rule(g, RelType.IN_CLUSTER, "cluster_of_firms") == {("华光新能", "光伏")}
    assert not by_rule(_news("以华光新能为龙头的骨干企业不断壮大。"), RelType.IN_CLUSTER, "cluster_of_firms")


def test_the_kind_a_project_lists_intro_names_holds_its_items() -> None:
    """list_kind_intro (clu9): X类(重大)项目包括A、B等, 聚焦X产业…的重大项目包括A、B: each item IN_CLUSTER X; a plain
    重大项目包括 names no kind."""
    g = _news("本次签约项目中，新材料类重大项目包括华光碳纤维生产基地、蓝海石墨烯研发中心等；"
              "聚焦生物医药产业创新的重点项目包括鲁达疫苗产业园、远航制剂生产基地等。")
    assert by_rule(g, RelType.IN_CLUSTER, "list_kind_intro") == {
        ("华光碳纤维生产基地", "新材料"), ("蓝海石墨烯研发中心", "新材料"),
        ("鲁达疫苗产业园", "生物医药"), ("远航制剂生产基地", "生物医药")}
    g = _news("本次签约的重大项目包括华光碳纤维生产基地、蓝海石墨烯研发中心等。")
    assert not by_rule(g, RelType.IN_CLUSTER, "list_kind_intro")


def test_a_paragraph_opening_on_an_industrys_field_holds_its_firms_and_projects() -> None:
    """field_topic (clu9): 在X产业方面，… opening a paragraph puts the firms and projects of its sentences in X, up to the
    paragraph's end; a field that is no industry (煤炭消费压减方面) names none."""
    g = _news("在碳纤维产业方面，全县成效明显。华光新材料有限公司建成年产5000吨碳纤维项目。\n"
              "另外，蓝海化工有限公司加快发展。")
    assert by_rule(g, RelType.IN_CLUSTER, "field_topic") == {
        ("华光新材料", "碳纤维"), ("年产5000吨碳纤维项目", "碳纤维")}
    g = _news("煤炭消费压减方面，华光新材料有限公司、蓝海化工有限公司等企业任务艰巨。")
    assert not by_rule(g, RelType.IN_CLUSTER, "field_topic")


def test_projects_that_give_an_industrys_growth_a_new_engine_are_in_it() -> None:
    """project_serves (clu9): …项目，为园区X产业发展增添/提供/注入… puts the projects in X; a list a count of projects
    closes (项目包含A、B等2个项目) names projects, not parts; a generic industry (相关产业) names none."""
    g = _news("今年投产项目包含华光碳纤维生产线、蓝海石墨烯研发中心等2个项目，为园区新材料产业发展增添了新的动能。")
    assert by_rule(g, RelType.IN_CLUSTER, "project_serves") == {
        ("华光碳纤维生产线", "新材料"), ("蓝海石墨烯研发中心", "新材料")}
    g = _news("投资5亿元的华光碳纤维项目，将为全县相关产业发展提供支撑。")
    assert not by_rule(g, RelType.IN_CLUSTER, "project_serves")


def test_firms_settled_under_an_industrys_name_are_in_it() -> None:
    """topic_firms (clu9): 落户了/入驻A、B等(N家|一批)Y(龙头)企业 puts the firms in Y where the text writes Y as an industry
    elsewhere (Y产业); a Y the text never calls an industry names none."""
    g = _news("全县肉牛产业加快发展。园区已入驻华光牧业有限公司、蓝海肉业有限公司等2家肉牛龙头企业。")
    assert by_rule(g, RelType.IN_CLUSTER, "topic_firms") == {("华光牧业", "肉牛"), ("蓝海肉业", "肉牛")}
    g = _news("园区已入驻华光牧业有限公司、蓝海肉业有限公司等2家肉牛龙头企业。")
    assert not by_rule(g, RelType.IN_CLUSTER, "topic_firms")


def test_the_industries_a_project_is_stated_to_focus_on_hold_it() -> None:
    """project_fields (clu9): a sentence whose subject is the project (该项目 / 项目 / 园区 for the paragraph's last project,
    a 园) and a verb of focus: the industries its clause names hold the project; a sentence about the city does not."""
    first = "华光集团投资建设华光生命科学产业园。"
    g = _news(first + "园区围绕“生物医药、医疗器械、康养服务”三大关键产业，建设研发中心和中试平台。")
    assert by_rule(g, RelType.IN_CLUSTER, "project_fields") == {
        ("华光生命科学产业园", "生物医药"), ("华光生命科学产业园", "医疗器械"), ("华光生命科学产业园", "康养服务")}
    g = _news(first + "全市围绕“生物医药、医疗器械、康养服务”三大关键产业，建设研发中心和中试平台。")
    assert not by_rule(g, RelType.IN_CLUSTER, "project_fields")


def test_firms_representing_an_industry_a_place_formed_are_its_members() -> None:
    """cluster_of_firms (clu10): 以A、B等企业为代表，形成了具有竞争力的X产业: each listed firm IN_CLUSTER X as a member
    (为代表 gives no lead); a list without 等…企业 names no firm it does not find."""
    g = _news("以宏达啤酒、华光饮品等企业为代表，形成了具有竞争力的食品饮料产业。")
    assert by_rule(g, RelType.IN_CLUSTER, "cluster_of_firms") == {("宏达啤酒", "食品饮料"), ("华光饮品", "食品饮料")}
    assert all(e.props.get("role") == "member" for e in g.edges if e.type == RelType.IN_CLUSTER)
    assert not by_rule(_news("以绿色发展为代表，形成了具有特色的生态产业。"), RelType.IN_CLUSTER, "cluster_of_firms")


def test_a_speakers_office_opening_the_sentence_is_no_subject() -> None:
    """industry_list (clu10): 华山工业园区管委会主任张明介绍说，…，华阴市…抓好A、B、C三大产业的发展: the zone in the speaker's
    title is who speaks, the county after it develops the industries (counted from the end of the speaker's words)."""
    g = _news("华山工业园区管委会主任张明介绍说，自2010年启动华山工业园区建设以来，华阴市大力实施工业强县战略，"
              "抓好石油、农副产品加工、矿业开发三大产业的发展。")
    assert by_rule(g, RelType.DEVELOPS, "industry_list") == {
        ("华阴市", "石油"), ("华阴市", "农副产品加工"), ("华阴市", "矿业开发")}


def test_a_batch_broken_down_by_industry_names_its_kinds() -> None:
    """project_kind (clu10): 根据行业划分，A项目4个，…；B项目2个，… names each counted kind an industry, also in the paragraph's
    later clauses cut at ；, without an official name among them; a sector (先进制造业) or a work (城市建设) is none, and
    without the breakdown's words two unofficial kinds name nothing."""
    g = _news("根据行业划分，农林牧渔项目4个，总投资0.75亿元；经贸流通项目1个，总投资0.2亿元；城市建设项目2个，总投资0.5亿元；"
              "先进制造业项目3个，总投资2亿元。")
    assert _clusters(g) == {"农林牧渔", "经贸流通"}
    g = _news("其中农林牧渔项目4个，总投资0.75亿元；经贸流通项目1个，总投资0.2亿元。")
    assert _clusters(g) == set()


def _clusters(g: DocumentGraph) -> set[str]:
    return {n.name for n in g.nodes if n.label == Label.CLUSTER}


def test_the_zone_opening_a_list_owns_it() -> None:
    """industry_list (clu10): a county, zone or park that opens a list's first item (华阴经济开发区A和B两大主导产业…) develops
    the items, not the report's place; a bare zone word opening it (为开发区A、B等主导产业) is the development zone named
    last, not the park named after it."""
    g = _news("2022年一季度，华阴经济开发区健康食品加工和生物医药两大主导产业实现产值21.88亿元。")
    assert by_rule(g, RelType.DEVELOPS, "industry_list") == {
        ("华阴经济开发区", "健康食品加工"), ("华阴经济开发区", "生物医药")}
    g = _news("华阴经济开发区地处关中。园区内建有华山食品产业园，占地500亩。今年，将为开发区健康食品、生物医药等主导产业引进项目。")
    assert by_rule(g, RelType.DEVELOPS, "industry_list") == {("华阴经济开发区", "健康食品"), ("华阴经济开发区", "生物医药")}


def test_a_verb_of_bidding_before_an_industry_word_is_no_place_industry() -> None:
    """place_industry (clu10): 支持华阴高新区争创省级特色产业集群 names a title the zone bids for, no industry."""
    g = _news("江西省将支持华阴高新区争创省级特色产业集群。")
    assert not by_rule(g, RelType.DEVELOPS, "place_industry")


def test_groups_given_a_rank_and_a_feature_role() -> None:
    """role_group (clu10): 构建以“A”首位产业为支撑、B产业为特色的现代产业体系: 为特色 is a role, the item's own rank (首位产业)
    and quotes no part of its name; leading_industries reads no role (首位产业为|支撑) as an industry."""
    g = _news("华阴市着力构建以“三航一新”首位产业为支撑、融合型新消费产业为特色的现代产业体系。")
    assert by_rule(g, RelType.DEVELOPS, "role_group") == {("华阴市", "三航一新"), ("华阴市", "融合型新消费")}
    assert not by_rule(g, RelType.DEVELOPS, "leading_industries")


def test_a_verb_of_enlarging_before_a_park_is_no_part_of_its_name() -> None:
    """names.yaml park_inner_verbs (clu10): 放大|阿胶产业园的品牌效应 names the park 阿胶产业园."""
    names = set(_names(_news("华阴经济开发区放大阿胶产业园的品牌效应，进一步壮大阿胶产业。")).values())
    assert "阿胶产业园" in names and "放大阿胶产业园" not in names


def test_a_project_building_an_industrys_chain_is_in_it() -> None:
    """project_fields (clu10): a project opening the sentence that 打造/补齐/壮大 X全产业链 (the industry right after the verb)
    is in X; 打造以X产业为主的…区 is no chain."""
    g = _news("宏达生物医药产业园项目由华光集团投资建设，落户华阴经济开发区，着力打造生物医药全产业链。")
    assert by_rule(g, RelType.IN_CLUSTER, "project_fields") == {("宏达生物医药产业园项目", "生物医药")}
    g = _news("华山木业机械园区项目总投资65亿元，打造以木业机械产业为主的产城融合区。")
    assert not by_rule(g, RelType.IN_CLUSTER, "project_fields")


def test_a_project_driving_related_industries_is_in_none() -> None:
    """project_serves (clu10): …项目…，并带动物流等相关产业发展 names the industries the project drives (物流), none its
    own."""
    g = _news("华阴海螺水泥项目全面完成，年产值可达17.6亿元，并带动物流等相关产业发展。")
    assert not by_rule(g, RelType.IN_CLUSTER, "project_serves")
    assert "物流" in {n.name for n in g.nodes if n.label == Label.CLUSTER}  # the lone item is still an industry


def test_the_park_a_clause_group_builds_forms_the_cluster() -> None:
    """cluster_of_firms (clu10): 建设2760亩的X产业园，形成了以A、B等为龙头的Y产业集群: the park the group opens with forms Y
    (DEVELOPS); a place in a clause before another verb (…园区已入驻A等企业，形成了…) is not its subject."""
    g = _news("建设2760亩的华山生物医药产业园，形成了以宏达生物、华光药业等为龙头的医药产业集群；建设1000亩的伞业产业园。")
    assert by_rule(g, RelType.DEVELOPS, "cluster_of_firms") == {("华山生物医药产业园", "医药")}
    g = _news("华山生物医药产业园已入驻蓝海制药等企业，形成了以宏达生物、华光药业等为龙头的医药产业集群。")
    assert not by_rule(g, RelType.DEVELOPS, "cluster_of_firms")


def test_a_verb_of_effort_before_a_list_is_no_part_of_its_first_item() -> None:
    """names.yaml industry_verbs (clu10): 抓好|石油、农副产品加工、矿业开发三大产业 (not 好石油)."""
    assert _industries("全县抓好石油、农副产品加工、矿业开发三大产业的发展。") == ["石油", "农副产品加工", "矿业开发"]


def test_a_project_made_the_vehicle_of_a_cluster_is_in_it() -> None:
    """project_vehicle (clu10): 以A项目建设为载体，…，打造X产业集群 puts A in X (the cluster right after the develop verb, in
    the same clause group); a cluster of the next group (after ；) is not A's."""
    g = _news("华阴石材资源丰富，以宏达石业石材加工厂项目建设为载体，计划投资20亿元，打造华阴石材产业集群。")
    assert by_rule(g, RelType.IN_CLUSTER, "project_vehicle") == {("宏达石业石材加工厂项目", "华阴石材")}
    g = _news("以宏达石业石材加工厂项目建设为载体，计划投资20亿元；全县打造华阴石材产业集群。")
    assert not by_rule(g, RelType.IN_CLUSTER, "project_vehicle")


def test_a_firm_investing_in_an_industry_is_in_it() -> None:
    """firm_invests (clu10): …与宏达食品有限公司签订投资协议。该公司将在华阴投资糯米深加工产业 (该公司: the paragraph's last
    firm), 华光科技有限公司主要从事光电显示产业: the firm IN_CLUSTER the industry; not a park (投资…产业园)."""
    g = _news("1月8日，华阴市与宏达食品有限公司签订投资协议，协议总投资3.2亿元。该公司将在华阴投资糯米深加工产业。")
    assert by_rule(g, RelType.IN_CLUSTER, "firm_invests") == {("宏达食品", "糯米深加工")}
    g = _news("华光科技有限公司主要从事光电显示产业。")
    assert by_rule(g, RelType.IN_CLUSTER, "firm_invests") == {("华光科技", "光电显示")}
    g = _news("华光科技有限公司将投资光电显示产业园。")
    assert not by_rule(g, RelType.IN_CLUSTER, "firm_invests")
