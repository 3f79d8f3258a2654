"""Mechanisms from audit Q of raw real texts (tests/audit/docs/157-166, judged_q.yaml): figures set against a goal or
the expectation are reports, a table's title names no project, words that open a firm's, a park's or an industry's
name, and a list of guests closed by 等行业嘉宾, on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, news, pairs


def test_a_goals_completion_rate_is_a_progress_report() -> None:
    """…目标完成率达126.4%，资金到位率达158.2%: the share of the year's goal reached, no target (目标 is the name's)."""
    g = news("今年1-8月，该区工业专班签约项目31个，目标完成率达126.4%，资金到位率达158.2%。")
    assert not {k: v for k, v in figures(g).items() if v["value"] in (126.4, 158.2)}


def test_growth_set_against_the_expectation_is_a_report() -> None:
    """…增长7.2%、超预期0.5个百分点，…增长3.9%（达到预期增速）: compared with the expectation, reported."""
    g = extracted("今年以来，全县固定资产投资增长7.2%、超预期0.5个百分点，其中工业投资增长3.9%（达到预期增速），"
                  "民间投资增长5.1%（好于预期）。", kind="notice", date="2021-07-20")
    assert not {k: v for k, v in figures(g).items() if v["value"] in (3.9, 5.1)}


def test_a_tables_title_names_no_project() -> None:
    """附件：潼南区进度滞后项目表: the title of a table of projects, no project."""
    g = extracted("现将情况通报如下。\n\n附件：潼南区进度滞后项目表", kind="notice", date="2021-07-20")
    assert not {p for p in named(g, Label.PROJECT) if "滞后" in p}


def test_a_verb_of_hearing_or_making_clear_opens_no_park_name() -> None:
    """厅长详细听取|园区情况汇报, 就进一步明确|工业园区功能定位: a bare park word, no park named."""
    g = news("在南岭循环经济工业园区，调研组详细听取园区情况汇报，并就进一步明确工业园区功能定位提出建议。")
    parks = named(g, Label.PARK)
    assert "南岭循环经济工业园区" in parks
    assert not {p for p in parks if "听取" in p or "明确" in p}


def test_what_a_plan_relies_on_opens_no_firm_name() -> None:
    """计划依托|中国建材集团上下游产业链: the firm's name starts after 依托."""
    g = news("该园区计划依托中国建材集团上下游完整产业链，引进优质企业和科研团队。")
    firms = named(g, Label.ENTERPRISE)
    assert "中国建材集团" in firms
    assert not {f for f in firms if "依托" in f}


def test_the_verb_zuojing_opens_no_industry_name() -> None:
    """做强A、B两大主导产业，做精|C、D两大特色产业: 做精 (like 做强) is the list's verb."""
    g = news("东林区做强智能装备、新材料两大主导产业，做精绿色食品加工、文化创意两大特色产业。")
    assert "绿色食品加工" in named(g, Label.CLUSTER)
    assert not {c for c in named(g, Label.CLUSTER) if c.startswith("做")}
    assert not {t for _, t in pairs(g, RelType.DEVELOPS) if t.startswith("做")}


def test_a_list_of_guests_closed_by_hangye_jiabin_names_no_industry() -> None:
    """邀请到了A协会会长某某、B大学教授某某等行业嘉宾: people, no industry."""
    g = news("为促进东林区新材料产业发展，活动邀请到了中国有色金属工业协会副会长王明、中南大学教授李强等行业嘉宾作主旨报告。")
    assert not {c for c in named(g, Label.CLUSTER) if "教授" in c or "会长" in c}
    assert not {t for _, t in pairs(g, RelType.DEVELOPS) if "教授" in t}


def test_what_a_project_can_do_once_running_is_no_target_even_after_a_comma() -> None:
    """项目计划今年建成投产，可实现产值…，将直接带动就业300人以上: the project's effects, no year's target."""
    g = extracted("项目总投资5亿元。项目计划今年下半年建成投产，可实现产值8亿元以上、上缴税收1亿元以上，将直接带动就业300人以上。",
                  date="2024-03-09")
    assert not {k: v for k, v in figures(g).items() if v["value"] in (8.0, 1.0, 300.0)}
