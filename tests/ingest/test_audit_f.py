"""Target and company-name mechanisms from audit F of raw real texts (tests/audit/docs/49-56, judged_f.yaml), on
sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, news


def test_a_sentence_about_one_named_project_sets_no_area_target() -> None:
    """宏达…年产2万吨…项目是开工项目之一，…建设…3000吨: the project's facts; 项目首期投资…预计可实现产值…: too.
    A figure of the area in a sentence of its own stays a target."""
    g = extracted("宏达新材料有限公司年产2万吨树脂建设项目是开工项目之一，计划总投资3亿元，建设树脂生产线3条、"
                 "涂料系列3000吨，预计2024年可完成建设。项目首期投资2亿元，年产涂料5万吨，预计可实现产值10亿元。"
                 "今年，全县力争新增高新技术企业20家。")
    t = figures(g, RelType.SETS_TARGET)
    assert not any("涂料" in k or "生产线" in k or "产值" in k for k in t)
    assert any("高新技术企业" in k and v["value"] == 20.0 for k, v in t.items())


def test_a_capacity_a_containment_and_a_count_for_each_are_no_targets() -> None:
    """与年产1500万米…配套 and 可容纳80家企业 are capacities; 100亿元以上、30亿元以上的项目各1个 counts each size."""
    g = extracted("公司新建一座密炼车间，与年产1500万米输送带配套。园区计划分三期建成，可容纳80家企业。"
                 "其中，计划投资100亿元以上、30亿元以上的项目各1个。")
    assert figures(g, RelType.SETS_TARGET) == {}


def test_a_figure_followed_by_its_share_of_the_years_goal_is_reported() -> None:
    """实现到位资金X，完成全年目标任务的64.2%: a progress report, not a target."""
    g = extracted("今年全县新增签约项目32个，完成全年目标任务的106.7%；实现到位资金102.76亿元，完成全年目标任务的64.2%。")
    assert figures(g, RelType.SETS_TARGET) == {}


def test_a_revived_firm_and_the_bare_company_are_named_without_the_clause() -> None:
    """盘活原A有限公司闲置资产: the firm is A; 项目建成后公司将…: 公司 is the company, no name."""
    g = news("宏达橡塑有限公司通过资产整合，盘活原华光塑胶有限公司闲置资产。项目建成后公司将形成完整产业链。")
    firms = named(g, Label.ENTERPRISE)
    assert "华光塑胶" in firms
    assert not {f for f in firms if f.startswith(("盘活", "原", "项目"))}


def test_a_list_verb_opening_the_first_item_is_no_part_of_its_name() -> None:
    """其中，包括A（甲县）…项目、B…项目: the first project's name starts after 包括."""
    g = news("其中，包括浙江宏达能源（东县）400MW风电项目、华光钠电（西县）10GWh储能系统产品生产项目等项目5个。")
    projects = named(g, Label.PROJECT)
    assert "浙江宏达能源（东县）400MW风电项目" in projects
    assert not {p for p in projects if p.startswith("包括")}

