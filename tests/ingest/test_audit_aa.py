"""Mechanisms from audit AA of raw real project news (tests/audit/docs/273-284, judged_aa.yaml): a batch's fields after
包含 closed by a bare 等, progress to a month's end, a list the county's projects are entered in, the plan's verb before
the year in a batch's name, a tour's verbs before its list and inside a name, and a verb of looking ahead and a
frame's noun before a park's name, on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, news


def test_fields_a_batch_covers_after_baohan_are_no_projects() -> None:
    """开工项目包含农牧产业、人居环境、基础设施等: fields; 包括A、B等项目 (a kind closing the list) stays projects."""
    g = news("今年第一季度集中开工项目18个，开工项目包含农牧产业、人居环境、基础设施、城乡供水等，投资体量大。")
    assert not named(g, Label.PROJECT) & {"人居环境", "基础设施", "城乡供水"}
    kept = news("今年以来，永丰光伏电站、千峰玉雕产业等重大项目相继开工。")
    assert "永丰光伏电站" in named(kept, Label.PROJECT)


def test_figures_to_a_months_end_report_progress() -> None:
    """…计划今年实施重点项目120个，…，至8月底，全县开工项目98个，完成投资20.5亿元: the plan is a target, the progress
    is not; the plan's name drops 计划今年."""
    g = extracted("镇原县计划今年实施重点建设项目120个，当年计划完成投资40.5亿元，至8月底，全县开工项目98个，完成投资20.5亿元。",
                  date="2023-09-01")
    t = figures(g, RelType.SETS_TARGET)
    values = {v["value"] for v in t.values()}
    assert {120.0, 40.5} <= values
    assert not values & {98.0, 20.5}
    assert not [k for k, v in t.items() if "计划今年" in k and v["value"] == 120.0]


def test_a_list_the_projects_are_entered_in_is_no_scope() -> None:
    """镇原县…，列入全市投资项目清单40个，当年计划完成投资40.5亿元: the scope stays the county."""
    g = extracted("镇原县今年计划实施重点建设项目120个，列入全市投资项目清单40个，当年计划完成投资40.5亿元。",
                  date="2023-03-01")
    scopes = {v.get("scope") for v in figures(g, RelType.SETS_TARGET).values() if v["value"] == 40.5}
    assert scopes == {"镇原县"}


def test_a_tours_verbs_are_no_part_of_a_projects_name() -> None:
    """观摩团一行先后实地观摩了|A、B等10个重点项目建设现场; 观摩督查|X县项目建设."""
    g = news("观摩团一行先后实地观摩了城东第二小学新建、北环路改建工程、宏远塑料管道生产线建设等10个重点项目建设现场。"
             "市委书记带领观摩组观摩督查镇原县项目建设。")
    projects = named(g, Label.PROJECT)
    assert "城东第二小学新建" in projects
    assert not [p for p in projects if "观摩" in p or "督查" in p]


def test_a_verb_or_a_frames_noun_before_a_park_is_no_part_of_its_name() -> None:
    """并展望|十字工业园蓬勃发展的前景; 按照…的工作思路|对工业园区进行提档升级."""
    g = news("他高度评价了合作成果，并展望十字工业园蓬勃发展的光辉前景。镇原县按照稳增长的工作思路对工业园区进行提档升级。")
    parks = named(g, Label.PARK)
    assert "十字工业园" in parks
    assert not [p for p in parks if "展望" in p or "思路" in p]


def test_a_short_form_before_shan_names_a_mountain_not_a_county() -> None:
    """宝鸡市眉县…太白山张子文化街区: 太白山 is a mountain, no 太白县; 太白县 named in full stays."""
    g = extracted("宝鸡市眉县观摩了太白山张子文化街区5D科技馆等13个重点项目建设现场。", title="宝鸡市眉县举行重点项目观摩活动")
    assert "太白县" not in named(g, Label.COUNTY)
    kept = extracted("宝鸡市太白县观摩了县城排水防涝管网建设等13个重点项目建设现场。", title="宝鸡市太白县举行重点项目观摩活动")
    assert "太白县" in named(kept, Label.COUNTY)


def test_a_firms_output_after_its_investment_is_no_target() -> None:
    """镇原县…。A有限公司总投资6500万元，…，年内可生产多晶硅3000吨: the firm's output; the county's own goal stays."""
    g = extracted("镇原县今年力争新增规上工业企业10家。镇原宏达光电有限公司总投资6500万元，新建生产炉2座，年内可生产多晶硅3000吨。",
                  date="2023-03-01")
    values = {v["value"] for v in figures(g, RelType.SETS_TARGET).values()}
    assert 3000.0 not in values
    assert 10.0 in values
