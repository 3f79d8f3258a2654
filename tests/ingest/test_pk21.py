"""Parks and PARK_IN, twenty-first session (pk21): composed sentences through the whole extraction."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_a_parks_rank_before_the_park_word_is_no_name() -> None:
    """兰州高新区二级|园区, 海南自贸港重点|园区, “一区六园”的最大|园区, 推进县属|工业园区: how a park ranks among a zone's or a
    place's parks, no park's own name (nor a place for PARK_IN); the park named beside it stays."""
    g = news("榆中县工业发展\n和平经济开发区作为省级开发区和兰州高新区二级园区，持续建设发展。"
             "桃源产业园成为海南自贸港重点园区，园区产业向集聚集群发展。"
             "平川刘家工业园区作为白银工业集中区“一区六园”的最大园区，成功升级为省级开发区。"
             "榆中县大力推进县属工业园区快速发展。")
    parks = named(g, Label.PARK)
    assert not {p for p in parks if p.endswith(("二级园区", "重点园区", "最大园区", "县属工业园区"))}, parks
    assert {"桃源产业园", "平川刘家工业园区"} <= parks, parks
    assert not {s for s, _ in pairs(g, RelType.LOCATED_IN) if s.endswith(("最大园区", "县属工业园区"))}


def test_a_zones_park_named_by_its_district_is_a_park() -> None:
    """中关村|丰台|园, 上海张江高新技术产业开发区|静安|园: a park of a zone of many parks, named by the zone, the district it
    lies in and 园; placed in the district its name holds, or in the zone its name opens with; 园区 and 园林 after a
    district's name close no such park."""
    g = news("北京丰台区科技创新\n丰台区以中关村丰台园为依托，积极承接科技成果转化，中关村丰台园入驻企业近2万家。")
    assert "中关村丰台园" in named(g, Label.PARK)
    assert ("中关村丰台园", "丰台区") in pairs(g, RelType.LOCATED_IN)
    g = news("静安区数字经济\n总面积达17平方公里的上海张江高新技术产业开发区静安园，“十四五”期间将对接科创中心建设。")
    assert "上海张江高新技术产业开发区静安园" in named(g, Label.PARK)
    from ingest.extract.names import find_zone_branches
    assert find_zone_branches("聊城开发区东昌园林") == [] and find_zone_branches("中关村雍和航星科技园") == []


def test_a_zones_park_of_manufacturing_is_a_park() -> None:
    """…形成“一区四园”格局，即装备制造园、机电产业园…; 汽车配件制造园: a park ending 制造园 is a park; 装备制造园区 keeps its 区."""
    g = news("桐梓县工业发展\n娄山工业园区形成“一区四园”格局，即装备制造园、机电产业园、轻工产业园、农产品加工园。"
             "开发区规划建设了化工工业园、汽车配件制造园等区中园。项目选址装备制造园区东侧。")
    parks = named(g, Label.PARK)
    assert {"装备制造园", "汽车配件制造园", "装备制造园区"} <= parks, parks
