"""Place mechanisms from audit E of raw real texts (tests/audit/judged_e.yaml, issue 10), on sentences composed
for the test (not copied from any set's texts): each false park or place had a construction of Chinese news
prose behind it."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs








def test_a_founding_verb_a_simile_a_time_span_or_a_delegation_ends_before_a_park_name() -> None:
    g = news("2001年，经市委批复，同意在江宁区设立南京秣陵工业园。东山和横溪就像江宁工业园区的两只拳头。"
              "现将今年以来园区亮点工作汇报如下。观摩组一行先后到常州腾云电子商务产业园调研。")
    parks = named(g, Label.PARK)
    assert "南京秣陵工业园" in parks and "常州腾云电子商务产业园" in parks
    assert not {p for p in parks if any(w in p for w in ("设立", "就像", "以来", "一行", "先后到"))}


def test_a_count_of_parks_or_a_level_of_management_is_no_park() -> None:
    g = news("今年一季度，园区综合实力在全市九大园区排名第二。秣陵开发区是1996年批准设立的省管开发区。")
    assert not {p for p in named(g, Label.PARK) if "九大" in p or p.startswith("省管")}


def test_a_place_in_a_list_of_places_does_not_host_the_report() -> None:
    g = news("2024年第四季度全市重大项目集中开工活动现场，总投资52亿元的华宁精密制造产业园项目开工。"
              "此次开工亿元以上项目218个、总投资1005亿元。此次集中开工项目中，孝南区、江宁区、临空三区开工项目总投资301亿元。")
    assert not {(a, b) for a, b in pairs(g, RelType.LOCATED_IN) if a.startswith("华宁")}


def test_a_renamed_park_is_no_part_of_the_zone_the_report_is_about() -> None:
    g = news("秣陵开发区：推动园区高质量发展\n2021年7月，经省发改委批复同意，园区由“南京秣陵工业集中区”更名为“秣陵开发区”。"
              "园区相继更名为南京江宁秣陵工业集中区、南京秣陵工业集中区。")
    assert not {(a, b) for a, b in pairs(g, RelType.LOCATED_IN) if "工业集中区" in a and b == "秣陵开发区"}
