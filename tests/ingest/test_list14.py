"""Lists no 项目 closes whose items are built things (list14): the items are projects whatever verb opens the list;
composed sentences through the real pipeline, with the shapes the rule must leave alone."""

from __future__ import annotations

from graph.model import Label
from tests.ingest.test_other_cities import _news


def _projects(text: str) -> set[str]:
    return {n.name for n in _news(text).nodes if n.label == Label.PROJECT}


def _rules(text: str) -> set[str]:
    g = _news(text)
    return {ev.rule for e in g.edges for ev in e.evidence
            if any(n.id == e.target and n.label == Label.PROJECT for n in g.nodes)}


def test_items_shaped_as_built_things_are_projects_whatever_the_verb() -> None:
    found = _projects("今年，丰源区将完工青松湖大桥、白沙河立交、丰源大道二期工程。")
    assert {"青松湖大桥", "白沙河立交", "丰源大道二期工程"} <= found
    found = _projects("园区产业方面主要建设丰源国际康复医院、青松湖科研中心、白沙河文化广场等。")
    assert {"丰源国际康复医院", "青松湖科研中心", "白沙河文化广场"} <= found
    found = _projects("同步安排一批创新载体，打造丰源大学高等研究院、青松湖智能装备创新中心等一批开放创新平台。")
    assert {"丰源大学高等研究院", "青松湖智能装备创新中心"} <= found
    assert "built_list_item" in _rules("今年，丰源区将完工青松湖大桥、白沙河立交、丰源大道二期工程。")


def test_capacities_with_their_year_and_the_last_item_before_its_stage() -> None:
    found = _projects("年加工5亿只玻璃瓶、年产100万平方米新型墙板已开工建设。")
    assert {"年加工5亿只玻璃瓶", "年产100万平方米新型墙板"} <= found
    found = _projects("推动丰源标准化厂房三期、青松湖中药材小微园上半年投用。")
    assert {"丰源标准化厂房三期", "青松湖中药材小微园"} <= found
    assert not any(name.endswith("投用") for name in found)


def test_a_joining_word_before_the_last_item() -> None:
    # both sides built things: two items; the other side no built thing: the item ends before the joining word
    found = _projects("加快建设丰源老街传统风貌区、青松湖文化广场和白沙河滨水公园码头。")
    assert {"丰源老街传统风貌区", "青松湖文化广场", "白沙河滨水公园码头"} <= found
    found = _projects("计划建设丰源通用机场、飞机展示和交易馆。")
    assert "飞机展示和交易馆" in found and "飞机展示" not in found


def test_parks_aims_functions_and_industries_are_left_alone() -> None:
    # a list of parks is parks
    assert not _projects("加快建设丰源化工产业园、青松湖物流园区。") & {"丰源化工产业园", "青松湖物流园区"}
    # what a county aims to be: ranks, industry bases, a 的
    assert not _projects("打造全国最大的铜冶炼基地、铜产品加工基地、铜废旧原料再生利用基地。") \
        & {"全国最大的铜冶炼基地", "铜产品加工基地", "铜废旧原料再生利用基地"}
    # a firm's functions and their buildings, no projects of their own
    assert not _projects("该公司计划新建研发中心、生产基地、物流中心。") & {"研发中心", "生产基地", "物流中心"}
    # industries, and products without a year of capacity
    assert not _projects("重点发展锂电池、光伏组件、新能源汽车等产业。")
    assert not _projects("新上100万吨电石、60万吨烧碱、30万吨PVC。")


def test_a_clause_before_the_first_item_is_no_name() -> None:
    # no verb the list opens after: the words before the first item hold a clause, the list is not read
    found = _projects("据了解，这次开工项目为丰源大道改造工程、青松湖综合管廊工程。")
    assert not any(name.startswith("项目为") for name in found)
    found = _projects("考察团一行先后到丰源大厦、青松湖科技大楼参观。")
    assert not any("一行" in name for name in found)


def test_the_parts_of_a_project_named_before_are_left_alone() -> None:
    # the sentence names one project, then what it builds: its parts
    found = _projects("丰源智慧物流园项目，投资额5亿元，将建设青松湖快递电商运营中心、白沙河多层城市物流中心。")
    assert not found & {"青松湖快递电商运营中心", "白沙河多层城市物流中心"}
    # a kind of project before the list names no one project, nor does a counted batch
    found = _projects("同步安排一批创新载体类项目，打造丰源大学高等研究院、青松湖智能装备创新中心等一批开放创新平台。")
    assert {"丰源大学高等研究院", "青松湖智能装备创新中心"} <= found
    found = _projects("城市基础设施项目12个，年内计划完成投资5.5亿元，主要有丰源国防教育展示馆、青松湖水利枢纽等。")
    assert {"丰源国防教育展示馆", "青松湖水利枢纽"} <= found
    # a part after the joining word: the parts of a project
    found = _projects("目前，基本完成丰源名医名家馆、青松湖中医药主题公园及附属设施等建设。")
    assert not found & {"丰源名医名家馆", "青松湖中医药主题公园"}
    # what a verb of including lists after a colon are the parts of what the clause before named
    found = _projects("丰源集团将投资25亿元打造丰源航天城，主要包括：青松湖航天主题体验园、白沙河航天培训中心。")
    assert not found & {"青松湖航天主题体验园", "白沙河航天培训中心"}


def test_counted_kinds_and_counted_lists_are_left_alone() -> None:
    # counts of a kind of works, no named ones
    assert not _projects("到2025年，丰源市要重点建设3家绿色园区、20家绿色工厂。") & {"20家绿色工厂", "3家绿色园区"}
    # a list closed by its count is the counted lists' to judge (two items, three counted: a sample)
    assert "青松国际商贸城" not in _projects("河口镇负责实施青松国际商贸城、白桦路拆迁安置区3个重点项目。")
