"""Project names and owners on new text across nine batches (prj15): each mechanism on composed sentences, through the
real pipeline, with the shapes it must leave alone."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import pairs
from tests.ingest.test_other_cities import _news


def _projects(text: str) -> set[str]:
    return {n.name for n in _news(text).nodes if n.label == Label.PROJECT}


def test_a_list_closed_by_projects_and_a_stage_reached_names_its_items() -> None:
    found = _projects("青松湖水利枢纽、丰源西环快速路、丰源第二污水处理厂等标志性重大项目建成投用，全年投资增长8%。")
    assert {"青松湖水利枢纽", "丰源西环快速路", "丰源第二污水处理厂"} <= found
    found = _projects("推动白塔新里、丰源老城核心区南街片区等城市更新项目加快进度。")
    assert {"白塔新里", "丰源老城核心区南街片区"} <= found
    # no stage after the list: kinds of work the clause pushes on, no named projects
    found = _projects("我们将继续关注城市更新、老旧小区改造等民生项目。")
    assert not {"城市更新", "老旧小区改造"} & found


def test_a_built_thing_named_after_its_outlay_is_a_project_and_its_investor_the_owner() -> None:
    g = _news("丰源矿业有限公司是首批入园企业之一，其投资5700万元建设的金银铜多金属选矿厂，将购置破碎、磨矿设备。")
    assert "金银铜多金属选矿厂" in {n.name for n in g.nodes if n.label == Label.PROJECT}
    assert ("金银铜多金属选矿厂", "丰源矿业") in pairs(g, RelType.CARRIED_OUT_BY)
    found = _projects("投资20亿元的青松石油储备库完成选址；浙江客商投资22亿元建设的湖西财富广场是集商场、住宅于一体的商住区。")
    assert {"青松石油储备库", "湖西财富广场"} <= found


def test_an_outlay_before_a_function_alone_or_a_phase_names_no_project() -> None:
    assert "研发中心" not in _projects("投资5亿元的研发中心正在建设。")
    # the second phase of a project named before: a part of it
    found = _projects("该项目总投资13.5亿元，其中一期投资10.5亿元；二期投资3亿元建设全屋定制家具生产线，产品用于家居。")
    assert "全屋定制家具生产线" not in found
