"""Project names on new text across eight batches (prj14): each mechanism on composed sentences, through the real
pipeline, with the shapes it must leave alone."""

from __future__ import annotations

from graph.model import Label
from tests.ingest.test_other_cities import _news


def _projects(text: str) -> set[str]:
    return {n.name for n in _news(text).nodes if n.label == Label.PROJECT}


def test_a_counted_batch_with_its_figures_before_the_list_names_its_members() -> None:
    # the batch's count, then its total and yearly investment, then the verb of including: each item is a project
    found = _projects("昨天，丰源区6个重点项目集中开工，总投资约21亿元，年度计划投资8亿元，包括青松湖科技研发中心、"
                      "丰源智慧冷链物流园（一期）、白沙河滨水休闲综合体等。")
    assert {"青松湖科技研发中心", "丰源智慧冷链物流园（一期）", "白沙河滨水休闲综合体"} <= found
    found = _projects("竣工项目9项，总投资约4.2亿元，主要包括丰源县第三中学教学综合楼、丰源县人民医院门诊大楼等。")
    assert {"丰源县第三中学教学综合楼", "丰源县人民医院门诊大楼"} <= found


def test_a_list_with_more_items_than_its_count_or_no_count_is_left_alone() -> None:
    # two projects counted, three items cut: one item holds a 、 of its own
    found = _projects("投产项目2个，总投资3亿元，分别是某某科技有限公司投资2亿元的汽车座椅、方向盘生产项目和"
                      "丰源县某某金属有限公司1亿元的废旧金属回收项目。")
    assert "汽车座椅" not in found
    # no count of projects before the figures: one project's parts, no projects
    found = _projects("该公司在县域内建设辣椒精深加工项目，概算总投资8000万元，包括种植基地、收储分拣中心、烘干车间。")
    assert not {"种植基地", "收储分拣中心"} & found


def test_a_counted_list_cut_inside_a_bracket_is_left_alone() -> None:
    found = _projects("开工项目12个，总投资53亿元，包括丰源铝材循环利用产业园项目、星河科技产业园（铝模及爬架生产、租赁一体化）项目等。")
    assert not any(name.endswith("租赁一体化）项目") or name.endswith("爬架生产") for name in found)
