"""Mechanisms from audit AH of raw county plans and notices on clusters and manufacturing (tests/audit/docs/353-364,
judged_ah.yaml): a slogan of verbs on a sector (大抓工业、抓大工业、大抓制造业), a plan's quoted shorthand before
产业发展规划, a clause's subject and grade before 工业项目, 从A到项目开工, the industries whose demand projects meet
(…等新兴产业需求), a goal named after its figure (提出…增长10%以上的目标) and a park's name cut out of a level word
(和省|级开发区…园区), on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, pairs


def test_a_slogan_of_verbs_on_a_sector_names_no_industry() -> None:
    """“大抓工业、抓大工业、大抓制造业、抓好制造业”: verbs on 工业 and 制造业, no 大工业 nor 大抓制造业; a list stays."""
    g = extracted("某县召开推进会，要求围绕“大抓工业、抓大工业、大抓制造业、抓好制造业”的部署，重点发展新材料、生物医药等先进制造业。")
    clusters = named(g, Label.CLUSTER)
    assert not {c for c in clusters if "抓" in c or c == "大工业"}
    assert {"新材料", "生物医药"} <= clusters


def test_a_plans_quoted_shorthand_is_no_industry() -> None:
    """“主新特”产业发展规划: the title of a plan (主导、新兴、特色), no industry 主新特 and no DEVELOPS."""
    g = extracted("卢氏县召开会议，讨论了《卢氏县制造业高质量发展三年行动方案》、“主优特”产业发展规划，听取了各部门意见。")
    assert "主优特" not in named(g, Label.CLUSTER)
    assert not [t for _, t in pairs(g, RelType.DEVELOPS) if t == "主优特"]


def test_a_clauses_subject_and_grade_before_a_kind_of_project_is_no_industry() -> None:
    """该县招引亿元以上工业项目88个: a subject, a verb and a grade before 工业项目, no industry."""
    g = extracted("2023年，该县招引亿元以上工业项目88个，协议引资额156.3亿元。")
    assert not [c for c in named(g, Label.CLUSTER) if "该县" in c or "亿元" in c]


def test_from_a_to_a_projects_start_names_no_project() -> None:
    """从方案部署到项目开工: 到 of 从A到B before 项目, no project 方案部署到项目."""
    g = extracted("从方案部署到项目开工只用了二十天，彰显了某县的工作效率。")
    assert not [p for p in named(g, Label.PROJECT) if p.endswith("到项目")]


def test_industries_whose_demand_projects_meet_are_no_places_industries() -> None:
    """…又紧扣新能源、高端制造等新兴产业需求: fields the text names, but 修文县 develops none of them."""
    g = extracted("修文县此次开工的3个铝产业重点项目，涵盖铝合金材料等多个领域，又紧扣新能源、高端制造等新兴产业需求。")
    assert "新能源" in named(g, Label.CLUSTER)
    assert not [t for _, t in pairs(g, RelType.DEVELOPS) if t in ("新能源", "高端制造")]


def test_a_goal_named_after_its_figure_is_a_target_of_the_texts_year() -> None:
    """提出2026年规上工业增加值增长9%以上的目标, in January 2026: a target (>=9), not a reported value."""
    g = extracted("全市经济工作会议召开，会议提出2026年规上工业增加值增长9%以上的目标。", date="2026-01-15")
    t = figures(g)
    assert [v for v in t.values() if v["year"] == 2026 and v["value"] == 9 and v["comparator"] == ">="]
    assert not figures(g, RelType.REPORTS)


def test_a_park_name_cut_out_of_a_level_word_is_none() -> None:
    """…示范区和省级开发区标志性园区: no park 级开发区标志性园区."""
    g = extracted("工业新城致力打造生物医药产业发展示范区和省级开发区标志性园区。")
    assert not [p for p in named(g, Label.PARK) if p.startswith("级")]
