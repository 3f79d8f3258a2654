"""Name mechanisms from the sixth batch's learning half (issue 10, names on new texts): where a name starts after a
clause's adverb, and a list of firms that 等 closes with their rank in a trade, on sentences composed for the test (not
copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label
from tests.ingest.graphs import named, news


def test_a_firm_or_project_name_starts_after_an_adverb_of_time_or_contrast() -> None:
    """园区已入驻|A有限公司, 已有|B有限公司…项目, 而|C有限公司: the adverb (and the verb after it) opens the clause."""
    g = news("目前，园区已入驻河南瑞丰食品有限公司。基地建设加快，已有湖北金川电池材料有限公司10万吨正极材料项目。"
             "而江苏华宏高科技开发有限公司计划总投资5亿元。")
    firms = named(g, Label.ENTERPRISE)  # (a node's name drops the legal form)
    assert {"河南瑞丰食品", "湖北金川电池材料", "江苏华宏高科技开发"} <= firms
    assert not {f for f in firms if f.startswith(("已", "而"))}
    assert "湖北金川电池材料有限公司10万吨正极材料项目" in named(g, Label.PROJECT)


def test_firms_listed_with_their_rank_in_a_trade_are_firms() -> None:
    """A、B、C等一批行业领军企业: 行业 before a word of rank is the firms' standing, not a trade naming a field."""
    g = news("目前，区内聚集了华菱、远大、中联重科等一批行业领军企业。")
    assert {"华菱", "远大", "中联重科"} <= named(g, Label.ENTERPRISE)


def test_firms_of_a_fine_field_are_still_no_list_of_firms() -> None:
    """跨境金融、科技金融等细分领域企业: fields, no firms (the 行业/领域 guard still holds without a rank after it)."""
    g = news("产业链协同不足，跨境金融、科技金融等细分领域企业较少。区内有纺织、服装等行业企业。")
    assert not named(g, Label.ENTERPRISE) & {"跨境金融", "科技金融", "纺织", "服装"}


def _projects(text: str) -> set[str]:
    return named(news(text), Label.PROJECT)


def test_a_list_of_projects_being_built_names_projects() -> None:
    """推进A、B等项目建设, 开展A、B等项目前期工作: projects being built or prepared are named ones, though no count
    or kind marks them; the clause before the first item (一行还查看了, 跟踪, a bare 园区) is no part of its name."""
    assert {"青禾智能装备", "远川光电显示基地"} <= _projects("今年，园区青禾智能装备、远川光电显示基地等一批重点项目建设进展顺利。")
    got = _projects("参加开工仪式后，考察组一行还查看了城关镇河道湿地应急项目、北山污水处理厂尾水湿地工程等项目建设。")
    assert "北山污水处理厂尾水湿地工程" in got
    assert not {p for p in got if "查看" in p}
    assert {"金禾新材10万吨/年针状焦", "华光颜料"} <= _projects("跟踪金禾新材10万吨/年针状焦、华光颜料等项目建设。")
    assert {"南山卷烟厂就地技改", "云岭包装材料有限公司特种纸生产线"} <= _projects(
        "当年完成投资12亿元。南山卷烟厂就地技改、云岭包装材料有限公司特种纸生产线等项目基本建成。")


def test_a_list_of_ways_or_kinds_before_project_building_names_no_project() -> None:
    """…股权投资等方式支持企业项目建设: the kind before 项目 is no rank or batch word, so the items are ways, no projects."""
    assert not _projects("支持金融机构以融资租赁、售后回租、股权投资等方式支持企业项目建设。") & {"融资租赁", "售后回租", "股权投资"}


def test_a_joining_word_before_a_firms_name_separates_two_listed_projects() -> None:
    """A、B和C集团…改造等项目: 和 before a name opening with a company joins two items; 及 inside one project stays."""
    got = _projects("推进鸿达重工年产5万吨铸件、世纪颜料有机颜料和华勤集团轮胎生产线升级改造等项目建设。")
    assert {"世纪颜料有机颜料", "华勤集团轮胎生产线升级改造"} <= got
    got = _projects("推进冠星集团扩能完善提升工程及标准化厂房建设、鲁威冷弯型钢等项目建设。")
    assert "冠星集团扩能完善提升工程及标准化厂房建设" in got


def test_a_park_shaped_name_the_text_builds_as_a_project_is_that_project_elsewhere_too() -> None:
    """拟投资20亿元建设|远景低碳产业园 makes it a project; the same name alone in another sentence is that project, no park."""
    g = news("华远集团拟投资20亿元建设远景低碳产业园。目前，远景低碳产业园主体厂房已经封顶。")
    assert "远景低碳产业园" in named(g, Label.PROJECT)
    assert "远景低碳产业园" not in named(g, Label.PARK)


def test_a_campaigns_slogan_over_project_building_names_no_project() -> None:
    """阳泉打响|项目建设“春季攻坚战”, 延边州按下|项目建设“快进键”, 陵水今年|拟完成项目投资…: a place, then a slogan's verb or a
    time word: the clause's subject over the noun 项目, no project's name."""
    g = news("今年春季，汾阳打响项目建设“春季攻坚战”。宁安市按下项目建设“快进键”，重点项目相继开工。"
             "近日，记者从临高县发改委获悉，临高今年拟完成项目投资80亿元。")
    assert not {p for p in named(g, Label.PROJECT) if p.endswith("项目") and len(p) <= 10}


def test_a_firm_named_on_its_own_as_the_subject_investing_is_a_firm() -> None:
    """华灿光电|投资20亿元的…项目, 精工科技|拟投资3.5亿元: a short name ending in a trade word at a clause's start, right before
    its investment, is the firm investing; a scope or a clause there (其中工业|投资…, 全市工业|投资…) is none."""
    g = news("年度计划投资49.5亿元。华辰光电投资20亿元的晶圆项目正式开工；恒创科技拟投资3.5亿元，在双流建设数据中心。"
             "其中工业投资7.9亿元，全市工业投资330亿元。")
    firms = named(g, Label.ENTERPRISE)
    assert {"华辰光电", "恒创科技"} <= firms
    assert not {f for f in firms if "工业" in f}


def test_a_headlines_bar_opens_the_name_after_it() -> None:
    """高质量发展调研行丨A经济开发区…: 丨, the radical a headline uses as its bar, is no character of a name."""
    g = news("高质量发展调研行丨奎屯经济开发区伊宁园区：打造向西开放新高地。")
    parks = named(g, Label.PARK)
    assert not {p for p in parks if "丨" in p}
    assert parks & {"奎屯经济开发区伊宁园区", "奎屯经济开发区"}


def test_a_project_word_in_the_predicate_of_a_parks_or_projects_description_names_none() -> None:
    """该产业园是…首个入驻的|市场化疏解项目, 该项目是…全产业链的重要|延链补链项目之一: the predicate describes the park or project
    the clause is about, no other project."""
    g = news("该产业园是雄安新区启动区首个开工、首个入驻的市场化疏解项目，于今年5月正式投运。"
             "该项目是来宾市发展木材加工全产业链的重要延链补链项目之一。")
    assert not named(g, Label.PROJECT) & {"市场化疏解项目", "延链补链项目", "重要延链补链项目"}


def test_a_listed_items_own_investment_closes_the_clause_before_its_name() -> None:
    """今年将重点推动总投资500亿元的|A、240亿元的B等一大批产业项目加快建设: the first item's name starts after its investment."""
    got = _projects("今年将重点推动总投资500亿元的青云河文旅城、240亿元的东岳国际金融中心等一大批产业项目加快建设。")
    assert {"青云河文旅城", "东岳国际金融中心"} <= got
    assert not {p for p in got if "推动" in p}
