"""Mechanisms from audit AI of raw county work reports and project news (tests/audit/docs/365-376, judged_ai.yaml): a
review heading naming a plan period beside its year (2025年及“十四五”工作回顾), a whole the figures are set against or
ranked in (超过全市增速, 全市第二), classes of a batch read as projects (产业类、基础设施类两大领域), the count of a list
of projects named after its last item (…等12个项目相继投产), verbs and events opening names (介绍, 修建, 夺得, 活动暨),
高标准 inside a project's name and a line's approach (…高铁引道…), on sentences composed for the test (not copied from
any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, pairs

# a report opening with its table of contents, then the review under its heading
REVIEW = ("一、2024年及“十四五”工作回顾\n二、2025年主要任务\n三、政府自身建设\n"
          "一、2024年及“十四五”工作回顾\n"
          "2024年，县政府坚持稳中求进，全力抓好稳增长。\n"
          "一是综合实力稳步提升。全年生产总值完成41.2亿元、增长5.1%，其中二产增长12.3%、全市第三，"
          "规上工业增加值增长18.6%、全市第一；固定资产投资完成15.4亿元。\n"
          "二、2025年主要任务\n"
          "全年生产总值增长6%左右。")


def test_a_review_heading_naming_a_plan_period_reviews_its_year() -> None:
    """一、2024年及“十四五”工作回顾 in a report of January 2025: the figures under it are 2024's reported values."""
    g = extracted("洛川县政府工作报告\n" + REVIEW, kind="report", date="2025-01-20")
    reported = figures(g, RelType.REPORTS)
    assert [v for v in reported.values() if v["value"] == 41.2 and v["year"] == 2024]
    assert not [v for v in figures(g).values() if v["value"] in (41.2, 18.6, 15.4)]


def test_a_plan_period_before_the_year_in_a_review_heading() -> None:
    """一、“十四五”时期及2024年工作回顾: the same, the period named first."""
    text = "洛川县政府工作报告\n" + REVIEW.replace("一、2024年及“十四五”工作回顾", "一、“十四五”时期及2024年工作回顾")
    g = extracted(text, kind="report", date="2025-01-20")
    assert not [v for v in figures(g).values() if v["value"] == 41.2]
    assert [v for v in figures(g, RelType.REPORTS).values() if v["value"] == 41.2 and v["year"] == 2024]


def test_a_whole_a_figure_is_ranked_in_or_set_against_is_not_its_scope() -> None:
    """…增长5.1%，超过全市增速0.3个百分点，规上工业增加值增长18.6%、全市第一: the county's figures, not the city's."""
    g = extracted("2024年，洛川县地区生产总值增长5.1%，超过全市增速0.3个百分点，规上工业增加值增长18.6%、全市第一；"
                  "固定资产投资完成15.4亿元。", kind="report", date="2025-01-20")
    scopes = {e.props.get("scope") for e in g.edges if e.type == RelType.REPORTS}
    assert scopes and not [s for s in scopes if s and s.endswith("市")]


def test_the_classes_of_a_batch_are_no_projects() -> None:
    """这次开工的项目主要包含产业类、民生类两大领域: the batch's classes, no project 产业类 nor 民生类两大领域."""
    g = extracted("这次集中开工的项目主要包含产业类、民生类两大领域。其中，产业类5项。")
    assert not [p for p in named(g, Label.PROJECT) if "类" in p]


def test_the_count_of_listed_projects_is_no_figure_of_the_last_one() -> None:
    """A、B、C等9个项目相继投产达效: the list's count, no indicator named after 丙化工技改."""
    g = extracted("全年谋划实施项目120个。甲电厂扩建、乙材料二期、丙化工技改等9个项目相继投产达效，新增产值56亿元。",
                  kind="report", date="2024-02-10")
    assert not [n for n in figures(g, RelType.REPORTS) if "技改" in n]
    assert {"甲电厂扩建", "丙化工技改"} <= named(g, Label.PROJECT)


def test_an_official_introducing_the_projects_names_no_project() -> None:
    """张某介绍全县项目总体情况: a verb, the county's projects; no project 张某介绍全县项目."""
    g = extracted("签约仪式上，张某介绍全县项目总体情况，并代表县政府与企业签署协议。")
    assert not [p for p in named(g, Label.PROJECT) if "介绍" in p or p.endswith("全县项目")]


def test_a_ranking_won_names_no_park() -> None:
    """高新园区夺得全省开发区综合考核第一等次: no park 夺得全省开发区."""
    g = extracted("去年，我县高新园区夺得全省开发区综合考核第一等次。")
    assert not [p for p in named(g, Label.PARK) if "夺得" in p]


def test_an_event_joined_by_ji_is_no_part_of_the_projects_name() -> None:
    """…项目集中开工活动暨A项目开工仪式: the project is A, without 活动暨."""
    g = extracted("1月5日，某某县举行2025年第一季度项目集中开工活动暨福州（某某县）海源食品生产线建设项目开工仪式。")
    projects = named(g, Label.PROJECT)
    assert "福州（某某县）海源食品生产线建设项目" in projects
    assert not [p for p in projects if p.startswith("活动")]


def test_a_building_verb_after_bing_jiang_opens_no_item() -> None:
    """…，并将修建A、B等2个重大项目: the items start after 并将修建."""
    g = extracted("该公司还将在县城投资，并将修建新城客运站站前广场、体育中心等2个重大项目。")
    projects = named(g, Label.PROJECT)
    assert "新城客运站站前广场" in projects
    assert not [p for p in projects if "修建" in p]


def test_gaobiaozhun_inside_a_projects_name_stays() -> None:
    """总投资0.4亿元的张村镇高标准设施草莓项目: the whole name, not 设施草莓项目."""
    g = extracted("分别是总投资0.4亿元的张村镇高标准设施草莓项目，总投资0.9亿元的甲乙食品公司肉制品加工项目。")
    projects = named(g, Label.PROJECT)
    assert "张村镇高标准设施草莓项目" in projects and "设施草莓项目" not in projects


def test_a_lines_approach_is_no_line_project() -> None:
    """总投资0.3亿元的郑西高铁引道绿化、亮化建设项目: no project 郑西高铁."""
    g = extracted("分别是总投资0.3亿元的郑西高铁引道绿化、亮化建设项目，总投资0.5亿元的开发区道路建设工程。")
    assert "郑西高铁" not in named(g, Label.PROJECT)
    assert not [s for s, _ in pairs(g, RelType.LOCATED_IN) if s == "郑西高铁"]


def test_the_yue_of_qianyue_is_no_comparator() -> None:
    """某某县食品产业园新签约12个项目: no indicator cut to …新签 (约 read as "about")."""
    g = extracted("2024年，某某县食品产业园新签约12个项目，5个研发平台落地。", kind="report", date="2025-01-10")
    assert not [n for n in figures(g, RelType.REPORTS) if n.endswith("新签")]


def test_a_legal_person_to_be_set_up_is_no_firm() -> None:
    """将在该县成立独立法人子公司: no firm 独立法人子."""
    g = extracted("某某建设集团将在该县成立独立法人子公司，深度参与城市建设。")
    assert not [f for f in named(g, Label.ENTERPRISE) if "法人" in f]
