"""Mechanisms from audit AF of raw real project news (tests/audit/docs/329-340, judged_af.yaml): a list's short name of a
project named again in full, a character that opens a word read as a particle or a preposition, a batch's event and
projects sought from investors in general, two projects joined by 和 before 分别, a figure before a list mark, a zone
word going on into 区域, a clause's word before a kind of project, a grade of stars, an example opening a batch's name
and a two-character county after a date, on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, news, pairs


def test_a_project_a_list_named_shorter_is_one_project() -> None:
    """A、B产业园三期、C等9个项目签约…。D集团投资的B产业园三期项目…: one project; so is a list's capacity-led name and the
    firm's full name of it later."""
    g = news("年产8万吨环保涂料项目、瑞丰产业园三期、河口物流中心等9个项目成功签约，总投资30亿元。"
             "其中，山东瑞丰实业集团投资的瑞丰产业园三期项目投资额为5亿元；"
             "江苏恒远新材料有限公司年产8万吨环保涂料项目投资额为3亿元。")
    projects = named(g, Label.PROJECT)
    assert len([p for p in projects if "瑞丰产业园三期" in p]) == 1
    assert len([p for p in projects if "年产8万吨环保涂料项目" in p]) == 1
    owners = {p: f for p, f in pairs(g, RelType.CARRIED_OUT_BY)}
    assert owners.get(next(p for p in projects if "环保涂料" in p)) == "江苏恒远新材料"
    # two firms' projects of the same capacity stay two
    two = news("宏达化工有限公司年产5万吨饲料项目和远洋食品有限公司年产5万吨饲料项目同时开工。")
    assert len([p for p in named(two, Label.PROJECT) if p.endswith("年产5万吨饲料项目")]) == 2


def test_a_word_opening_with_a_particles_character_stays_in_the_name() -> None:
    """…年产2万吨纺织着色剂项目: 着色剂 is a word (no particle 着); 了解 is a verb ending the clause (认真了解项目进展)."""
    g = news("位于工业园的湖南华彩科技有限公司年产2万吨纺织着色剂项目正加紧建设。")
    assert not named(news("调研组认真了解项目进展。"), Label.PROJECT)
    assert "湖南华彩科技有限公司年产2万吨纺织着色剂项目" in named(g, Label.PROJECT)
    assert ("湖南华彩科技有限公司年产2万吨纺织着色剂项目", "湖南华彩科技") in pairs(g, RelType.CARRIED_OUT_BY)


def test_after_a_modifiers_de_one_character_opens_the_firms_name() -> None:
    """当天投产的同兴纺织有限公司: 同 is the name's, not "with"; 该县同华丰纺织有限公司签订协议 still drops 同 ("with")."""
    g = news("当天投产的同兴纺织有限公司是该县首家出口企业。")
    assert "同兴纺织" in named(g, Label.ENTERPRISE)
    assert "兴纺织" not in named(g, Label.ENTERPRISE)
    kept = news("该县同华丰纺织有限公司签订协议。")
    assert named(kept, Label.ENTERPRISE) == {"华丰纺织"}
    # a copula after 的 is the clause's: 投资最大的是|中国某某集团
    assert named(news("这批项目中，投资最大的是中国建材集团。"), Label.ENTERPRISE) == {"中国建材集团"}


def test_a_days_batch_and_projects_sought_from_investors_are_no_projects() -> None:
    """相信通过这次项目集中开工…, 积极帮助招商项目解决困难, “…专场暨招商项目推介”会: no project."""
    g = news("我们相信通过这次项目集中开工活动，必将掀起新热潮。县里将积极帮助招商项目解决用地困难。"
             "该县举办“生态农业专场暨招商项目推介签约”活动。")
    assert not named(g, Label.PROJECT)


def test_two_works_joined_by_he_before_fenbie_are_two_projects() -> None:
    """A切割和B生产项目分别投资4亿元和2亿元: not one project named A切割和B生产项目."""
    g = news("该县开工的项目中，光伏硅片切割和智能电表生产项目分别投资4亿元和2亿元。")
    projects = named(g, Label.PROJECT)
    assert "智能电表生产项目" in projects
    assert not [p for p in projects if "和" in p]


def test_a_figure_before_a_list_mark_is_the_item_befores_when_the_name_has_its_own() -> None:
    """A产业基地总投资9亿元、B项目总投资6.5亿元: B's is 6.5亿元; 某公司总投资13.6亿元、C项目 (no figure of its own) keeps 13.6."""
    g = news("今年新开工的项目中，装配式建材产业基地总投资9亿元、城乡供水一体化项目总投资6.5亿元，带动力强。")
    invest = {n.name: n.props.get("total_investment") for n in g.nodes if n.label == Label.PROJECT}
    assert invest.get("城乡供水一体化项目") == "6.5亿元"
    kept = news("该县开工了宏达公司总投资13.6亿元、年产5万吨钢材项目。")
    assert {n.props.get("total_investment") for n in kept.nodes if n.name == "年产5万吨钢材项目"} == {"13.6亿元"}


def test_a_zone_word_going_on_into_quyu_names_no_zone() -> None:
    """对嵊新区域协同发展 (two places' 区域): no zone 对嵊新区; 兰州新区 stays."""
    g = news("该项目将对甬舟新区域协同发展起到示范作用。")
    assert not named(g, Label.COUNTY)
    assert "兰州新区" in named(news("兰州新区一批项目集中开工。"), Label.COUNTY)


def test_a_clauses_word_before_a_kind_of_project_is_no_industry() -> None:
    """集中开工的30个项目，包括工业项目18个，…: no industry 包括工业."""
    g = news("当天集中开工的30个项目，包括工业项目18个，基础设施项目5个，社会事业项目7个。")
    assert not [c for c in named(g, Label.CLUSTER) if "包括" in c]


def test_a_grade_of_stars_is_no_park() -> None:
    """X产业集聚区是“河南省三星级产业集聚区”: one park, X产业集聚区."""
    g = news("淇县产业集聚区，是“河南省三星级产业集聚区”，已入驻企业80家。")
    parks = named(g, Label.PARK)
    assert "淇县产业集聚区" in parks
    assert not [p for p in parks if "星级" in p]


def test_an_example_opening_a_batchs_name_is_no_part_of_the_indicator() -> None:
    """有A、B、C等县级重点项目，年度投资18亿元: the indicator names the batch's kind, not its last example."""
    g = extracted("全县今年二季度开工的项目有18个，有滨江大道、城南污水管网、垃圾焚烧发电等县级重点项目，年度投资18.6亿元。",
                  date="2020-05-10")
    names = [k for k, v in figures(g, RelType.SETS_TARGET).items() if v["value"] == 18.6]
    assert names and not [k for k in names if "垃圾焚烧" in k or "等" in k]


def test_a_two_character_county_after_a_date_is_read() -> None:
    """2021年献县一季度重点项目…: 献县; 振兴县域经济 still names no county."""
    g = news("2021年献县一季度重点项目集中开工。")
    assert "献县" in named(g, Label.COUNTY)
    assert not named(news("2021年振兴县域经济取得成效。"), Label.COUNTY)
