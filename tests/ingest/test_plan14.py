"""plan14: industries in plans and notices with targets, by wordings found in three or more batches of the learning
halves, on sentences composed for the test (not copied from any set's texts), through the real pipeline."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_a_quoted_tag_after_deng_closes_the_list_and_keeps_its_last_item() -> None:
    """A、B、C等“四大四小”八个产业, A、B等“6+X”产业: the tag names the group; the item before 等 is the list's last."""
    g = news("莘县聚焦“产业强”，围绕食品、纺织、物流、会展等“四大四小”八个产业，完善产业图谱。")
    assert {"食品", "纺织", "物流", "会展"} <= named(g, Label.CLUSTER)
    assert ("莘县", "会展") in pairs(g, RelType.DEVELOPS)
    assert not any("四大四小" in n for n in named(g, Label.CLUSTER))
    g = news("新开工项目涵盖新能源、高端装备、生物医药、新材料等“5+X”产业。")
    assert "新材料" in named(g, Label.CLUSTER)


def test_one_industry_a_place_is_mainly_made_of_when_industry_follows() -> None:
    """以A为主的…产业示范园区, 以A为主、B为支撑的产业生态, 区域以A为主，已经形成产业聚集: A is an industry; the park right
    before 以 develops it, no place named further back."""
    g = news("规划面积8平方公里的莘县食品园区是以肉制品精深加工为主的综合性食品产业示范园区。")
    assert "肉制品精深加工" in named(g, Label.CLUSTER)
    assert ("莘县食品园区", "肉制品精深加工") in pairs(g, RelType.DEVELOPS)
    g = news("莘县商务区已入驻企业600家，以商贸物流业为主、电商和会展为支撑的产业生态逐渐形成。")
    assert "商贸物流业" in named(g, Label.CLUSTER)
    assert not pairs(g, RelType.DEVELOPS) & {("莘县", "商贸物流业")}
    assert "绿色建材" in named(news("莘县化工园区东北部区域以绿色建材为主，已经形成产业聚集。"), Label.CLUSTER)


def test_what_something_else_is_mainly_made_of_is_no_industry() -> None:
    """Equipment, crops, a past or firms mainly (no 产业 after), or a field: no name."""
    for text in ("公司的纺纱设备以气流纺为主，目前已安装500台机器。",
                 "莘县种植以小麦为主的夏粮和经济作物。",
                 "莘县过去以煤炭开采为主。",
                 "园区入驻企业以民营企业为主，产业发展较快。",
                 "省重点项目以生态环保领域为主，产业项目较少。"):
        got = named(news(text), Label.CLUSTER)
        assert not got & {"气流纺", "小麦", "煤炭开采", "民营企业", "生态环保领域", "生态环保"}, (text, got)
