"""ind14: industries a clause names alone (no list, no develop verb), by grammars found in three or more batches of the
learning halves, on sentences composed for the test (not copied from any set's texts), through the real pipeline."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, named, news, pairs


def test_a_steering_verb_before_one_industry_names_it_and_the_place_develops_it() -> None:
    """推动X产业…化发展, 支持X产业发展, 壮大X产业；: X is an industry of the place the sentence is about."""
    g = news("会上介绍，莘县将推动食用菌产业品牌化发展，支持黄河大米产业发展，进一步壮大中药材产业；完善配套。")
    assert {"食用菌", "黄河大米", "中药材"} <= named(g, Label.CLUSTER)
    assert {("莘县", "食用菌"), ("莘县", "黄河大米"), ("莘县", "中药材")} <= pairs(g, RelType.DEVELOPS)


def test_a_steered_industry_may_rise_in_a_manner_or_be_upgraded() -> None:
    """推动X产业实现可持续发展, 推动Y产业跨越式发展, 推动Z产业转型升级: each an industry of the sentence's place."""
    g = news("莘县将推动食用菌产业实现可持续发展，推动肉鸭产业跨越式发展，推动纺织产业转型升级。")
    assert {"食用菌", "肉鸭", "纺织"} <= named(g, Label.CLUSTER)
    assert {("莘县", "食用菌"), ("莘县", "肉鸭"), ("莘县", "纺织")} <= pairs(g, RelType.DEVELOPS)


def test_a_county_inside_the_steered_name_is_whose_industry_it_is() -> None:
    g = news("该项目将有力引领莘县食用菌产业发展。")
    assert "食用菌" in named(g, Label.CLUSTER)
    assert ("莘县", "食用菌") in pairs(g, RelType.DEVELOPS)


def test_an_industry_opening_its_clause_with_a_figure_or_a_state_is_one() -> None:
    """X产业快速发展; 县X产业异军突起; A、B、C产业规模分别达到…; X产业已成为…支柱产业."""
    g = news("近年来，莘县光伏储能产业异军突起，产能居全省前列。")
    assert "光伏储能" in named(g, Label.CLUSTER)
    assert ("莘县", "光伏储能") in pairs(g, RelType.DEVELOPS)
    got = named(news("同时，莘县食用菌、中药材、肉鸭产业规模分别达到80亿元、30亿元和20亿元，冷链物流产业已成为全县的支柱产业。"),
                Label.CLUSTER)
    assert {"食用菌", "中药材", "肉鸭", "冷链物流"} <= got
    g = news("如今，以A公司为代表的食用菌产业已成为莘县的主导产业之一。")  # what describes it, up to 的, is no part of it
    assert "食用菌" in named(g, Label.CLUSTER) and not any("代表" in n for n in named(g, Label.CLUSTER))


def test_generic_scoped_or_clause_subjects_name_no_industry() -> None:
    """传统产业, 县域产业, 一二三产业, a clause or a quote before 产业: no name."""
    for text in ("推动传统产业高端化发展，促进县域产业发展。",
                 "全县一二三产业融合发展，工业产值突破百亿元。",
                 "力争“两新一特”装备制造产业产值突破百亿元。",
                 "加快推进产业转型，推动优势产业做大做强。"):
        got = named(news(text), Label.CLUSTER)
        assert not got & {"传统", "县域", "一二三", "力争“两新一特”装备制造", "优势", "产业转型"}, (text, got)


def test_a_sector_a_quality_word_opens_is_a_name_not_a_kind() -> None:
    """现代农业, 现代服务业, 高端制造 are industries; 现代, 农业 and a scope before them (全市现代农业) are not names."""
    from ingest.extract.prose import generic_industry
    assert not any(generic_industry(w) for w in ("现代农业", "现代服务业", "高端制造", "特色农业"))
    assert all(generic_industry(w) for w in ("现代", "农业", "高端", "全市现代农业"))
    g = news("莘县以食品加工产业为主导，以新材料、现代服务业为重点，构建“1+2”产业体系。")
    assert "现代服务业" in named(g, Label.CLUSTER)


def test_an_industry_a_paragraph_opens_on_is_the_reports_places() -> None:
    """在X产业上，… / X产业方面，… opening a paragraph of a county's report: the county DEVELOPS X."""
    g = extracted("莘县召开经济工作会议。\n在食用菌产业上，已集聚A公司等企业。\n这个县围绕肉鸭产业上项目。",
                  title="莘县产业发展综述")
    assert {"食用菌", "肉鸭"} <= named(g, Label.CLUSTER)
    assert {("莘县", "食用菌"), ("莘县", "肉鸭")} <= pairs(g, RelType.DEVELOPS)
