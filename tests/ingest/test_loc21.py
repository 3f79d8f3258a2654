"""Where things are on new text, twenty-first session (loc21): the misses of learn5to19 whose two ends are found. A
project whose own name puts it in a county (宣威市炫辉…项目, 西峰制药二期), in a report whose place is a zone or park of that
county (宣威经济技术开发区不断完善…, 西峰工业园区…), is in that zone too (batches 8, 13, 15). Composed sentences in the
shapes of the learning halves, through the real pipeline."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.test_other_cities import _edges, _news


def test_a_project_named_with_its_county_is_in_the_reports_zone_of_that_county() -> None:
    g = _news("屏山经济开发区不断完善基础设施，园区经济呈现出良好态势。\n"
              "屏山县宏达建材有限公司新型墙材生产项目、屏山县城市供水改造工程项目等一批项目相继投产。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("屏山县宏达建材有限公司新型墙材生产项目", "屏山经济开发区") in located
    assert ("屏山县城市供水改造工程项目", "屏山经济开发区") in located
    assert ("屏山县城市供水改造工程项目", "屏山县") in located  # (its name's county stays)


def test_a_project_a_sentence_puts_in_the_county_stays_there_only() -> None:
    # the county opening the clause is what the text says (轮台县…建成A、B等项目), not the name alone
    g = _news("轮台工业园区不断完善基础设施，园区经济呈现出良好态势。\n"
              "近年来，轮台县大力实施工业强县战略，建成轮台县天然气综合利用项目。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("轮台县天然气综合利用项目", "轮台县") in located
    assert ("轮台县天然气综合利用项目", "轮台工业园区") not in located


def test_a_zone_of_another_county_does_not_take_a_project_named_with_its_county() -> None:
    g = _news("屏山经济开发区不断完善基础设施，园区经济呈现出良好态势。\n"
              "兴文县宏达建材有限公司新型墙材生产项目相继投产。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("兴文县宏达建材有限公司新型墙材生产项目", "兴文县") in located
    assert ("兴文县宏达建材有限公司新型墙材生产项目", "屏山经济开发区") not in located
