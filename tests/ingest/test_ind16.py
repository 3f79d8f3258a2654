"""ind16: industries and DEVELOPS in wordings counted in three or more batches of the development set's learning halves
and older texts; sentences composed for the test, through the real pipeline."""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.lexicon import default_lexicon
from ingest.resolve import Resolver
from tests.ingest.graphs import named, news, pairs


def test_a_rank_alone_names_no_industry() -> None:
    r = Resolver(default_lexicon())
    for name in ("三大主导产业", "园区主导产业", "最大支柱产业", "首位产业"):
        assert r.cluster(name) is None, name
    assert r.cluster("能源及材料主导产业") is not None  # a rank after an industry's own words keeps it
    assert r.cluster("新材料产业").name == "新材料"


def test_a_section_on_ranked_industries_makes_no_industry_of_the_rank() -> None:
    g = news("近日，安平经济开发区部署三年行动计划，重点发展三大主导产业，园区主导产业规模不断壮大。")
    got = named(g, Label.CLUSTER)
    assert not {n for n in got if n.endswith("主导")}


def test_a_quoted_tag_after_the_last_item_names_the_group() -> None:
    g = news("近年来，安平县大力发展新材料、新能源、新文旅、新农业“四新”产业，打造以产兴城新典范。")
    got = named(g, Label.CLUSTER)
    assert "新农业" in got and not any("四新" in n for n in got)
    assert ("安平县", "新农业") in pairs(g, RelType.DEVELOPS)


def test_a_profiles_trades_are_its_places_industries() -> None:
    g = news("安平县地处冀中平原。工业有丝网、木材加工、针织、化工和建材等。")
    assert {"丝网", "木材加工", "针织", "建材"} <= named(g, Label.CLUSTER)
    assert "建材等" not in named(g, Label.CLUSTER)
    assert {("安平县", "木材加工"), ("安平县", "建材")} <= pairs(g, RelType.DEVELOPS)


def test_a_parks_trades_are_no_counties_without_its_zone() -> None:
    g = news("安平县地处冀中平原。园区内工业行业主要有矿产加工、塑料制造、肥料生产等。")
    assert {"矿产加工", "塑料制造", "肥料生产"} <= named(g, Label.CLUSTER)
    assert not {t for s, t in pairs(g, RelType.DEVELOPS) if s == "安平县"} & {"矿产加工", "塑料制造"}


def test_industry_with_a_noun_after_it_is_no_list_of_trades() -> None:
    g = news("安平县工业有了长足发展，规模以上企业达到120家。")
    assert not named(g, Label.CLUSTER) & {"长足发展"}


def test_the_stages_of_one_chain_are_no_industries() -> None:
    g = news("下一步，安平县将着力构建涵盖辣椒的种植、加工、营销、贸易、物流等领域的全产业链。")
    assert not named(g, Label.CLUSTER) & {"种植", "加工", "营销", "贸易"}
    g = news("安平县全力打造吉他产业园，形成生产、销售、物流等生态产业链。")
    assert not named(g, Label.CLUSTER) & {"生产", "销售"}


def test_a_list_with_one_stage_among_industries_stays() -> None:
    g = news("安平县重点发展丝网制造、现代物流、文化旅游等产业。")
    assert {"丝网制造", "现代物流", "文化旅游"} <= named(g, Label.CLUSTER)
