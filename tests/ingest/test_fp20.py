"""fp20: false facts of the learning halves of batches 5-18, by cause; sentences composed for the test (shapes of the
learning texts, rewritten), through the real pipeline."""

from __future__ import annotations

import pytest

from graph.model import Label
from tests.ingest.graphs import named, news


@pytest.mark.parametrize("text, not_name", [
    # a verb whose object is the bare word 项目 (batches 5, 9, 13, 15, 16, 17)
    ("三年后入园项目将达到20个，兴文县工业园区已完成道路建设。", "三年后入园项目"),
    ("活动中，企业负责人实地查看项目进展，要求加快进度。", "企业负责人实地查看项目"),
    ("宜良县要求各部门高质量完成项目前期工作。", "高质量完成项目"),
    ("仪式结束后该项目正式进入施工阶段。", "仪式结束后该项目"),
    # a quarter: the time of a batch (batches 9, 17)
    ("嵩明县全力冲刺三季度项目建设目标。", "冲刺三季度项目"),
    # 投资项目: the kind, investment projects (batches 8, 9, 13, 16)
    ("客商一行来清水县考察投资项目，双方进行了深入交流。", "来清水县考察投资项目"),
    ("石镜乡新增5000万元投资项目3个。", "石镜乡新增5000万元投资项目"),
])
def test_a_verb_time_or_kind_before_the_ending_names_no_project(text: str, not_name: str) -> None:
    assert not {n for n in named(news(text), Label.PROJECT) if n.endswith(not_name[-6:])}


def test_a_project_named_before_the_verb_of_investment_stays() -> None:
    g = news("鼎盛新材料有限公司年产5万吨碳纤维复合材料项目落户兴文县工业园区。")
    assert "鼎盛新材料有限公司年产5万吨碳纤维复合材料项目" in named(g, Label.PROJECT)
