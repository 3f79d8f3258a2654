"""ind19: a county, zone or park that opens a sentence develops the industries a verb of bringing in or extending
takes in its own clauses; sentences composed for the test (shapes of batches 6, 14 and 15 of the learning halves),
through the real pipeline."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_a_zone_opening_the_sentence_develops_what_it_extends() -> None:
    g = news("交城经济开发区整合周边优质资源，大力延伸高纯氢、针状焦、特种石墨、酚醛树脂等下游产业链。")
    assert {"高纯氢", "针状焦", "特种石墨"} <= named(g, Label.CLUSTER)
    got = pairs(g, RelType.DEVELOPS)
    assert {("交城经济开发区", "高纯氢"), ("交城经济开发区", "特种石墨")} <= got


def test_a_county_opening_the_sentence_develops_what_it_takes_over() -> None:
    g = news("梨树县发挥区位优势，积极承接铸造、锻造、轮胎等产业。")
    assert {("梨树县", "铸造"), ("梨树县", "轮胎")} <= pairs(g, RelType.DEVELOPS)


def test_no_place_of_its_own_no_develops() -> None:
    # the subject is a project: what it helps extend is nobody's by this frame
    g = news("总投资20亿元的胶膜项目落户经开区，将助力进一步延伸光伏、储能等产业链条。")
    assert not {p for p in pairs(g, RelType.DEVELOPS) if p[1] in ("光伏", "储能")}


def test_a_park_named_before_the_verb_keeps_the_county_out() -> None:
    g = news("临泉县依托金属产业园，引进铝型材、五金加工、小家电生产等“两低一高”制造业。")
    assert not {p for p in pairs(g, RelType.DEVELOPS) if p[0] == "临泉县"}


def test_a_list_closed_by_deng_before_its_industry_word_is_the_subject_of_a_state() -> None:
    g = news("莘县实施技改项目150余个，板材加工、食品饮料、农机及零部件等产业焕发新的生机，康养旅游、绿色建材等产业初具规模。")
    got = pairs(g, RelType.DEVELOPS)
    assert {("莘县", "板材加工"), ("莘县", "食品饮料"), ("莘县", "康养旅游"), ("莘县", "绿色建材")} <= got
    assert "零部件" not in named(g, Label.CLUSTER)  # 及 inside an item of a 、-list joins one name


def test_a_counted_list_of_chains_that_run_through() -> None:
    g = news("阳谷县聚力制造业振兴，电线电缆、铜材加工、精细化工、生物制药等4条产业链贯通发展。")
    assert {("阳谷县", "电线电缆"), ("阳谷县", "铜材加工"), ("阳谷县", "生物制药")} <= pairs(g, RelType.DEVELOPS)


def test_a_list_whose_plans_grow_clearer_names_its_industries() -> None:
    g = news("高唐经济开发区进一步完善发展规划，纺织印染、水产品加工、氢能产业发展思路更加明晰。")
    assert {"纺织印染", "水产品加工"} <= named(g, Label.CLUSTER)


def test_a_reports_dash_opens_an_industrys_clause_and_its_breakthrough_is_a_state() -> None:
    g = news("苍梧县召开经济工作会议。\n  ——红茶产业发展取得新突破。全县新建茶园两万亩。")
    assert ("苍梧县", "红茶") in pairs(g, RelType.DEVELOPS)
    g = news("景谷县总结一年工作。\n9.5亿元——甘蔗产业创历史新高\n甘蔗产业扩面提质。")
    assert "甘蔗" in named(g, Label.CLUSTER)
