"""Industries and clusters as new texts state them (clu11, read against the misses of learn5to9, five batches at
once): the fields a batch of projects covers, on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, named, pairs


def test_the_fields_a_batch_of_projects_covers_are_industries_of_no_place() -> None:
    """项目共18个，…，涵盖A、B和C等领域: each field an industry; no place develops them; a public work is none."""
    g = extracted("某县举行项目集中开工仪式。本次集中开工项目共18个，总投资60亿元，涵盖航空航天、现代煤化工、"
                  "基础设施和节能环保等多个领域。")
    industries = named(g, Label.CLUSTER)
    assert {"航空航天", "现代煤化工", "节能环保"} <= industries
    assert "基础设施" not in industries
    assert not pairs(g, RelType.DEVELOPS)


def test_fields_closing_a_description_of_projects() -> None:
    """A、B等涵盖C、D领域的…项目: the projects come after the fields; 涉及A、B等行业 closes with 行业."""
    g = extracted("项目清单中，有甲乙年产5万吨薄膜项目等涵盖智能装备制造、功能薄膜领域的新兴产业项目。"
                  "另有9个签约项目分别涉及文化旅游、冷链物流等行业。")
    assert {"智能装备制造", "功能薄膜", "文化旅游", "冷链物流"} <= named(g, Label.CLUSTER)


def test_fields_need_a_batch_of_projects() -> None:
    """涵盖A、B等领域 with no project before or after: a list of something else (a course, a fund), no industries."""
    g = extracted("培训课程涵盖冷链管理、功能薄膜等领域。")
    assert not {"冷链管理", "功能薄膜"} & named(g, Label.CLUSTER)
