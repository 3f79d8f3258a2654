"""Name-grammar mechanisms from the precision audit of raw real texts (tests/audit, issue 10), on sentences
composed for the test (not copied from any set's texts): each false name the audit found had a construction
of Chinese news prose behind it."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs








def test_a_list_verb_before_a_priced_project_is_no_owner() -> None:
    g = news("此次开工的项目有8个，分别为总投资12亿元的长河新材料产业园项目、总投资6亿元的远达精密铸件项目。"
              "重点项目包括总投资9亿元的海川智能装备项目。")
    assert not named(g, Label.ENTERPRISE) & {"分别为", "包括"}
    assert not {f for _, f in pairs(g, RelType.CARRIED_OUT_BY)} & {"分别为", "包括"}


def test_a_short_firm_before_its_priced_project_still_owns_it() -> None:
    g = news("远达铸造总投资6亿元的精密铸件项目当天开工。")
    assert ("精密铸件项目", "远达铸造") in pairs(g, RelType.CARRIED_OUT_BY)


def test_an_aspect_particle_closes_the_clause_before_a_name() -> None:
    g = news("活动集中展示了园区招商成果，宏达集团负责人介绍了产业园项目情况。")
    assert not {n for n in named(g, Label.PARK) | named(g, Label.PROJECT) if "了" in n}


def test_a_noun_joined_to_a_bare_project_word_is_no_project() -> None:
    g = news("开工仪式展示了阶段性成果和项目建设的良好态势，特别是以长河工业园区平台建设为突破口。")
    assert "阶段性成果和项目" not in named(g, Label.PROJECT)
    assert not {n for n in named(g, Label.PARK) if n.startswith("特别是")}


def test_a_city_and_a_trade_word_at_a_projects_head_is_no_firm() -> None:
    g = news("总投资15亿元的衢州电子商务产业园项目将在物流园区内兴建。")
    assert "衢州电子" not in named(g, Label.ENTERPRISE)


def test_a_joining_word_before_its_own_figure_separates_two_listed_projects() -> None:
    g = news("开工的项目包括总投资3亿元的长河建材项目、总投资2亿元的远达模具项目及总投资1亿元的海川机械配件等项目。")
    projects = named(g, Label.PROJECT)
    assert {"远达模具项目", "海川机械配件"} <= projects
    assert not {p for p in projects if "及" in p}


def test_and_after_a_bases_ending_joins_two_project_names() -> None:
    g = news("随着开工令下，长河环卫装备生产基地和远达智能终端及零部件项目奠基。")
    assert not {p for p in named(g, Label.PROJECT) if "基地和" in p}


def test_a_line_ending_inside_a_longer_place_word_names_no_line() -> None:
    g = news("通车后，新路将连接高铁商务区和新城区；疏港铁路专用线将陆续建成。")
    assert not named(g, Label.PROJECT) & {"连接高铁", "疏港铁路", "高铁"}


def test_a_parks_figure_of_a_counted_batch_makes_it_no_project() -> None:
    g = news("8月26日，长河工业园区总投资约30亿元的11个重大项目集中开工。")
    assert "长河工业园区" not in named(g, Label.PROJECT)
    built = news("长河食品产业园总投资约85亿元，占地1200亩。")
    assert "长河食品产业园" in named(built, Label.PROJECT)


def test_a_phase_before_a_joining_word_closes_the_name_before() -> None:
    g = news("长河制药（临清）医药产业园一、二期及远达医药中间体项目投产运营。")
    projects = named(g, Label.PROJECT)
    assert "远达医药中间体项目" in projects
    assert not {p for p in projects if "期及" in p}


def test_a_county_and_a_bare_project_word_name_its_projects_not_one() -> None:
    g = news("今年，巴林左旗实施重点项目121个。巴林左旗项目建设是赤峰市重点项目建设的一个缩影。")
    assert "巴林左旗项目" not in named(g, Label.PROJECT)
    kept = news("巴林左旗肉牛屠宰加工项目开工。")
    assert "巴林左旗肉牛屠宰加工项目" in named(kept, Label.PROJECT)


def test_a_count_of_kinds_inside_a_project_name_makes_no_project() -> None:
    g = news("今年将加速推进长河港二期、重型装备配套及五大百亿级基础设施项目，确保如期建成。")
    assert not {p for p in named(g, Label.PROJECT) if "五大" in p}
