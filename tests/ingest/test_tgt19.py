"""Targets on new text across thirteen batches (tgt19): the parts of a planned batch a 其中 sentence breaks down, and an
investment's rate. Sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import dated_figures, extracted, figures


def _targets(text: str, kind: str = "news", date: str = "2022-03-10", title: str = "临泽县重点项目建设") -> dict[str, dict]:
    return figures(extracted(text, kind=kind, date=date, title=title))


def test_a_breakdown_after_a_planned_batch_is_planned() -> None:
    """A sentence opening with 其中 right after the sentence whose batch of projects was read as the year's target breaks
    that batch down: its parts are planned too (b8, b11, b12, b13), also when the sentence before planned by a lead no
    plan opening reads (据了解，) or by its year's money alone (…年度投资50亿)."""
    t = _targets("据了解，今年临泽县计划实施千万元以上项目120个（续建项目40个，新建项目80个），总投资310亿元。"
                 "其中，工业类项目64个，基础设施类项目31个，民生类项目25个。")
    parts = {k: v["value"] for k, v in t.items() if k.endswith(("工业类项目", "基础设施类项目", "民生类项目"))}
    assert sorted(parts.values()) == [25.0, 31.0, 64.0] and all(v["year"] == 2022 for v in t.values())
    t = _targets("2022年，临泽工业园开复工项目26个，预计总投资64亿，年度投资31亿。其中，新建项目9个、续建项目17个，产业项目占比80%。",
                 date="2022-06-12")
    assert sorted(v["value"] for k, v in t.items() if k.endswith(("新建项目", "续建项目"))) == [9.0, 17.0]


def test_a_breakdown_of_a_batch_not_planned_stays_as_it_was() -> None:
    """A ceremony's batch (its count no target) keeps its breakdown a report; a 其中 sentence in the next paragraph, or
    after a sentence between, breaks down no planned batch."""
    g = extracted("3月2日，全县集中开工项目52个，年度计划投资88亿元。其中，新开工项目21个。", date="2022-03-02",
                  title="临泽县集中开工")
    got = dated_figures(g)
    assert not any(k.endswith("新开工项目") and v[0] == RelType.SETS_TARGET for k, v in got.items())
    t = _targets("今年临泽县计划实施重点项目120个，总投资310亿元。\n\n5月以来，各项目有序推进。其中，工业类项目开工64个。",
                 date="2022-06-20")
    assert not any(k.endswith("工业类项目") for k in t)


def test_an_investments_rate_is_an_areas_measure() -> None:
    """制造业投资增长8%左右, 技改投资增长15%以上: the rate of an investment is an area's indicator, as 工业投资's is; a project's
    investment stays no indicator (b8, b10, b14)."""
    t = _targets("今年全县经济社会发展的主要预期目标为：地区生产总值增长6%左右；制造业投资增长8%左右；技改投资增长15%以上。",
                 kind="report", date="2025-01-20", title="临泽县政府工作报告")
    rates = {k: v["value"] for k, v in t.items() if v["unit"] == "%"}
    assert any("制造业投资增长" in k and v == 8.0 for k, v in rates.items())
    assert any("技改投资增长" in k and v == 15.0 for k, v in rates.items())
    t = _targets("今年，临泽县计划完成新材料产业园项目投资12亿元。", date="2022-03-10")
    assert not any(k.endswith("项目投资") for k in t)
