"""ind17: the items of a list some of whose items are industries (rule list_siblings); sentences composed for the test,
through the real pipeline."""

from __future__ import annotations

from graph.model import Label
from tests.ingest.graphs import named, news


def test_a_batchs_list_closed_at_its_clause_end_names_every_item() -> None:
    g = news("近日，安平县集中签约项目12个，总投资80亿元，涉及新能源产业、绿色矿业、新材料产业、文化旅游产业、"
             "商贸物流业、白酒产业等。")
    assert {"绿色矿业", "商贸物流业", "白酒"} <= named(g, Label.CLUSTER)


def test_a_list_closed_on_counted_chains_names_every_item() -> None:
    g = news("今年，安平经济开发区实施工业项目42个，新材料、石墨制品、特钢深加工、废弃资源综合利用等6条产业链贯通发展。")
    assert {"特钢深加工", "废弃资源综合利用"} <= named(g, Label.CLUSTER)


def test_one_named_item_needs_an_industrys_head() -> None:
    # one item named and a bare 等: no list of industries vouched for
    g = news("近日，安平县集中签约项目12个，涉及新材料产业、学校扩建、道路改造等。")
    assert not named(g, Label.CLUSTER) & {"学校扩建", "道路改造"}


def test_a_public_work_a_town_or_a_description_is_no_sibling() -> None:
    g = news("安平县集中开工项目20个，涵盖新材料、智能装备、基础设施、社会民生等多个领域。")
    assert not named(g, Label.CLUSTER) & {"基础设施", "社会民生"}
    g = news("安平县将加速铜产业链向附加值更高、能耗更低、污染更小的电线电缆、新材料、交通运输等领域拓展。")
    assert not named(g, Label.CLUSTER) & {"能耗更低", "污染更小的电线电缆"}
    g = news("安平县新材料、智能装备、文化旅游、东关镇板材加工等特色产业发展较快。")
    got = named(g, Label.CLUSTER)
    assert "智能装备" in got and not {n for n in got if "镇" in n}


def test_a_list_of_parks_is_no_list_of_industries() -> None:
    g = news("安平县建成新材料、智能装备、丝网小镇等产业园区。")
    assert "丝网小镇" not in named(g, Label.CLUSTER)
