"""ind18: industries a clause names with no place to develop them, and the words around an industry's name that are no
part of it; sentences composed for the test, through the real pipeline."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_a_develop_verbs_object_with_no_place_is_named_without_develops() -> None:
    g = news("优化创新创业生态，积极发展智能装配产业，推动整零协同。")
    assert "智能装配" in named(g, Label.CLUSTER)
    assert not pairs(g, RelType.DEVELOPS)


def test_a_complement_a_question_a_park_or_a_firm_is_no_object() -> None:
    g = news("要把短板产业发展成优势产业，聚焦哪些产业，打造茶油产业园和产业集群，进一步延伸恒信集团产业链条。")
    got = named(g, Label.CLUSTER)
    assert not {n for n in got if n.startswith(("成", "哪些")) or n.endswith("园") or "恒信" in n}


def test_a_rank_after_an_industrys_name_is_no_part_of_it() -> None:
    g = news("为打造石墨烯首位产业，引入研发机构。")
    assert "石墨烯" in named(g, Label.CLUSTER)
    assert "石墨烯首位" not in named(g, Label.CLUSTER)


def test_the_park_word_opening_an_industrys_name_is_no_part_of_it() -> None:
    g = news("新项目将完善和壮大园区钛合金产业链。")
    assert "钛合金" in named(g, Label.CLUSTER)


def test_a_list_closed_by_a_sectors_word_in_ye_names_its_items() -> None:
    g = news("贡嘎县大力发展藏香猪养殖、温室蔬菜和青稞种植等特色农牧业。")
    assert {"藏香猪养殖", "温室蔬菜", "青稞种植"} <= named(g, Label.CLUSTER)


def test_a_counted_close_with_a_long_kind_names_its_items_but_not_a_description() -> None:
    g = news("安平县全力培育壮大风电、光热、智慧电网三大新能源装备制造产业链。")
    assert {"风电", "智慧电网"} <= named(g, Label.CLUSTER)
    g = news("安平县加快发展新材料、集成电路、高端装备制造等3个基础较好的优势产业。")
    assert not {n for n in named(g, Label.CLUSTER) if n.endswith("等")}


def test_a_list_a_verb_of_bringing_in_opens_is_the_places_industries() -> None:
    g = news("临泉县依托金属产业园，引进铝型材、五金加工、小家电生产等“两低一高”制造业。")
    assert {"铝型材", "五金加工", "小家电生产"} <= named(g, Label.CLUSTER)
    assert ("临泉县", "五金加工") not in pairs(g, RelType.DEVELOPS)  # brought in: named, nobody's by this frame
    g = news("临泉县大力推进林产工业、生态旅游、特色养殖等5大接续产业的发展。")
    assert {"林产工业", "生态旅游", "特色养殖"} <= named(g, Label.CLUSTER)


def test_a_bringing_in_verb_elsewhere_in_the_sentence_cues_no_list() -> None:
    # 推进 opens another clause; the list's own clause has no verb of its own, and its close is the industries' firms
    g = news("临泉县重点推进落后产能整治腾退，引育泵阀电机、汽摩配件等产业配套协同企业。")
    assert not {n for n in named(g, Label.CLUSTER) if n.startswith("引育")}


def test_a_gathering_district_is_no_industry() -> None:
    g = news("河东区将加快推进友谊路金融街、中央商务区北片区等重点产业聚集区建设。")
    assert "友谊路金融街" not in named(g, Label.CLUSTER)


def test_a_develop_word_inside_a_name_is_no_verb() -> None:
    # 发展 in 工业集中发展区 opens no object; the list frame names the industries whole
    g = news("此次设立的封丘县工业集中发展区以汽车配件、家具、金属制品为主导产业。")
    got = named(g, Label.CLUSTER)
    assert "金属制品" in got and not {n for n in got if n.endswith(("为", "主导"))}


def test_a_clusters_own_field_is_no_subjectless_object() -> None:
    # the clause's subject is a cluster: what it focuses on is its own field, left to the cluster rules
    g = news("绿色食品加工产业集群则聚焦禽蛋深加工产业，主要集中在朝城镇。")
    assert "禽蛋深加工" not in named(g, Label.CLUSTER)
