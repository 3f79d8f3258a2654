"""Parks, fourteenth session (park14): a park of processing plants named by its ending (…加工园, …加工园区), and a
park-shaped name built in a phase written in brackets (A物流园（一期）) as one project; composed texts through the
whole extraction."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_a_processing_park_is_a_park() -> None:
    g = news("望奎县工业发展见闻\n据悉，望奎县东岗矿产品加工园已成功招商30家企业入驻。园区规划建设了果蔬加工园、新型建材产业园等分园。")
    parks = named(g, Label.PARK)
    assert "果蔬加工园" in parks
    assert any(p.endswith("东岗矿产品加工园") for p in parks)
    assert any(a.endswith("东岗矿产品加工园") and b == "望奎县" for a, b in pairs(g, RelType.LOCATED_IN))


def test_a_processing_park_with_the_longer_ending_keeps_it() -> None:
    g = news("望奎县工业发展见闻\n走进望奎县绿色农产品加工园区，生产线高效运转。")
    parks = named(g, Label.PARK)
    assert any(p.endswith("绿色农产品加工园区") for p in parks)
    assert not any(p.endswith("加工园") for p in parks)  # not cut before 区


def test_a_park_built_in_a_phase_is_a_project() -> None:
    g = news("望奎县重点项目集中开工\n2月12日，望奎县7个重点项目集中开工，包括青禾综合科研中心、东山数智冷链物流园（一期）、"
             "云溪乡村休闲综合体等。")
    assert "东山数智冷链物流园（一期）" in named(g, Label.PROJECT)
    assert not named(g, Label.PARK)  # the phase's park is no park of its own


def test_a_park_named_on_its_own_too_stays_a_park_holding_its_phase() -> None:
    g = news("望奎县重点项目\n东山数智冷链物流园（二期）项目开工。东山数智冷链物流园位于望奎县。")
    assert "东山数智冷链物流园" in named(g, Label.PARK)
    assert ("东山数智冷链物流园", "望奎县") in pairs(g, RelType.LOCATED_IN)


def test_a_park_shaped_name_written_before_project_is_that_project() -> None:
    g = news("望奎县重点项目建设提速\n在望奎县东岗融媒双创产业园项目建设现场，施工车辆往来穿梭。作为全县重点项目，"
             "东岗融媒双创产业园的建设备受关注。")
    assert not named(g, Label.PARK)
    assert "东岗融媒双创产业园" in named(g, Label.PROJECT)
    g = news("望奎县项目投产\n「东岗鹅业食品产业园」项目在望奎县建成投产。东岗鹅业食品产业园将带动养殖户增收。")
    assert not named(g, Label.PARK)
    # a phase between the name and 项目 is the park's own project: the park stays
    g = news("望奎县园区发展\n东岗食品产业园二期项目开工。东岗食品产业园已入驻企业20家。")
    assert "东岗食品产业园" in named(g, Label.PARK)


def test_a_list_of_a_zones_parts_is_in_the_zone() -> None:
    # closed by a word of a zone's parts, the zone opening the sentence
    g = news("望奎县园区\n东岗工业园区以建材产业为主导产业，重点建设新材料产业园、电子信息产业园等分园。")
    located = pairs(g, RelType.LOCATED_IN)
    assert {("新材料产业园", "东岗工业园区"), ("电子信息产业园", "东岗工业园区")} <= located
    # opened by that word in quotes, the zone named in an earlier sentence of a report on its county
    g = news("望奎县工业发展\n望奎经济开发区是省级开发区。围绕园区转型升级，加快“区中园”建设，规划建设了新材料产业园、"
             "汽车零部件产业园、电子信息产业园等。")
    assert ("汽车零部件产业园", "望奎经济开发区") in pairs(g, RelType.LOCATED_IN)


def test_a_demonstrative_park_made_up_of_parks_holds_them() -> None:
    g = news("望奎县园区\n东岗工业园区是全省首批重点县域工业园区。该园区由特色食品产业园、粮食物流加工产业园、皮革产业园三部分组成，"
             "现已入驻企业64户。")
    located = pairs(g, RelType.LOCATED_IN)
    assert {("粮食物流加工产业园", "东岗工业园区"), ("皮革产业园", "东岗工业园区")} <= located


def test_a_parts_word_with_no_list_places_nothing() -> None:
    g = news("望奎县园区\n东岗工业园区加快建设。全县将规划建设一批园中园。")
    assert not any(b == "东岗工业园区" for _, b in pairs(g, RelType.LOCATED_IN))


def test_an_industrys_new_town_is_a_park() -> None:
    g = news("望奎县重点项目集中开工\n10月29日，望奎县在南部工业新城举行重点项目集中开工仪式。东岗航空产业城项目2个，总投资6亿元。")
    assert {"南部工业新城", "东岗航空产业城"} <= named(g, Label.PARK)
    assert ("南部工业新城", "望奎县") in pairs(g, RelType.LOCATED_IN)
    # the ending alone, a goal the county sets itself, names no park
    g = news("望奎县园区\n望奎县依托园区建设，奋力打造产业新城。")
    assert "产业新城" not in named(g, Label.PARK)


def test_a_park_founded_starts_after_the_verb() -> None:
    g = news("望奎县园区\n全县将成立东岗食品产业园区综合服务中心。")
    parks = named(g, Label.PARK)
    assert "东岗食品产业园区" in parks and not any(p.startswith("成立") for p in parks)
