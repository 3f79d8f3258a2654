"""Targets on new text across twelve batches (tgt18): figures no rule read in texts whose other figures are read.
Sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from tests.ingest.graphs import extracted, figures


def _targets(text: str, kind: str = "news", date: str = "2024-03-10", title: str = "临泽县重点项目建设") -> dict[str, dict]:
    return figures(extracted(text, kind=kind, date=date, title=title))


def test_an_estimated_total_is_the_batchs_money() -> None:
    """估算总投资, 匡算投资, 概算总投资, 预计总投资 after a batch's count: the batch's money, named with the word."""
    t = _targets("2024年，临泽县安排续建项目40个，总投资210亿元。此外，还有储备项目25个，估算总投资96.5亿元。",
                 title="临泽县2024年重点建设项目计划")
    assert [v["value"] for k, v in t.items() if k.endswith("储备项目估算总投资")] == [96.5]
    t = _targets("今年二季度，全县计划开工产业项目14个，匡算投资48亿元。")
    assert [v["value"] for k, v in t.items() if k.endswith("匡算投资")] == [48.0]
    t = _targets("2024年，临泽工业园全年计划实施项目18个，概算总投资75亿元，其中新建项目10个。")
    assert [v["value"] for k, v in t.items() if k.endswith("概算总投资")] == [75.0]
    t = _targets("2024年，全县开复工项目26个，预计总投资62亿元，年度投资31亿元。")
    assert [v["value"] for k, v in t.items() if k.endswith("预计总投资")] == [62.0]


def test_a_count_of_a_class_graded_by_a_sum() -> None:
    """投资超20亿元的项目5个, 营收30亿以上的龙头企业达到12家: the count is of the class the sum grades; the sum is no
    figure of its own."""
    t = _targets("2025年，全县力争实施投资超20亿元的项目5个，营收30亿以上的龙头企业达到12家，新增产值5000万以上工业增长点9个。",
                 kind="report", date="2025-01-15", title="临泽县政府工作报告")
    got = {k: (v["value"], v["unit"]) for k, v in t.items()}
    assert any(k.endswith("超20亿元项目") and v == (5.0, "个") for k, v in got.items())
    assert any("30亿以上" in k and v == (12.0, "家") for k, v in got.items())
    assert any("5000万以上工业增长点" in k and v == (9.0, "个") for k, v in got.items())
    assert not any(v[1] in ("亿元", "亿", "万") for v in got.values())


def test_a_share_written_without_its_word_is_the_share_of_the_figure_before() -> None:
    """…突破800亿元，占全市工业总产值的45%以上: the share of the indicator just named, with 比重 as the gold writes it;
    占地区生产总值 is no 占地 (a project's land)."""
    t = _targets("到2025年，全县新材料产业产值突破800亿元，占全市工业总产值的45%以上；工业增加值达到300亿元，占地区生产总值比重达40%。",
                 kind="plan", date="2023-03-01", title="临泽县新材料产业发展规划")
    shares = {k: v["value"] for k, v in t.items() if v["unit"] == "%"}
    assert sorted(shares.values()) == [40.0, 45.0]  # (the indicator's node keeps the share's written name as an alias)
