"""Mechanisms from audit W of raw real texts (tests/audit/docs/225-236, judged_w.yaml): the last item of a run of priced
projects ending at its own project ending (not past a joining word and a second signing party), a kind of project
followed by 代表 (its people) or 的形式 (a manner), a sum after two projects joined by 和 (the pair's), a verb of rising
to a rank before a zone word, a bare park word after a whole park name, an anaphoric county before a zone word, and
成都's 工业集中发展区 as a park's ending, on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, figures, named, news, pairs


def test_a_priced_runs_last_item_ends_at_its_project_ending() -> None:
    """…、投资5000万元的B项目|和城郊乡政府与…C公司的两个项目签约: B ends at 项目, the count after is no project."""
    g = news("滑县白道口镇政府与投资1.8亿元的远航食品有限公司面点加工项目、投资5000万元的滑县聚鑫塑料包装箱项目"
             "和城关镇政府与总投资8000万元的东林消防科技有限公司、滑县开心玩具有限公司的两个项目正式签约。")
    projects = named(g, Label.PROJECT)
    assert "滑县聚鑫塑料包装箱项目" in projects
    assert not {p for p in projects if p.endswith("政府") or "两个项目" in p}
    node = next(n for n in g.nodes if n.name == "滑县聚鑫塑料包装箱项目")
    assert node.props.get("total_investment") == "5000万元"


def test_the_people_of_a_kind_of_project_are_no_project() -> None:
    """县领导王某、李某及投资项目|代表出席: the projects' representatives; a named project's representative keeps it."""
    assert not named(news("滑县举行招商项目集中签约仪式，县领导王某、李某及投资项目代表出席签约仪式。"), Label.PROJECT)
    assert "滑县远航化工年产10万吨树脂项目" in named(news("滑县远航化工年产10万吨树脂项目代表王某发言。"), Label.PROJECT)


def test_a_manner_of_projects_is_no_project() -> None:
    """滑县广大青年持续以“回归经济”项目|的形式回报家乡: the form of a kind of project, no one."""
    assert not named(news("近年来，滑县广大有志青年持续以“回归经济”项目的形式回报家乡。"), Label.PROJECT)


def test_a_sum_after_two_projects_joined_by_he_is_the_pairs() -> None:
    """A项目和B项目，投资总额达30亿元: no one project's; a figure written before B's name stays B's."""
    g = news("其中我县招商引资项目为正大集团滑县生态农业产业园项目和中药材种植及加工项目，投资总额达30亿元。")
    assert {"正大集团滑县生态农业产业园项目", "中药材种植及加工项目"} <= named(g, Label.PROJECT)
    assert not [n for n in g.nodes if n.label == Label.PROJECT and n.props.get("total_investment")]
    g = news("滑县开工了远航公司年产5万吨树脂项目和总投资2亿元的东林电子元件项目。")
    node = next(n for n in g.nodes if n.name == "东林电子元件项目")
    assert node.props.get("total_investment") == "2亿元"


def test_a_rank_risen_to_is_no_park() -> None:
    """…名列其中，正式跃升为|省级开发区: the rank, no park; the zone named before stays."""
    parks = named(news("省政府批复同意设立64家省级开发区，滑县经济开发区名列其中，正式跃升为省级开发区。"), Label.PARK)
    assert parks == {"滑县经济开发区"}


def test_a_bare_park_word_after_a_whole_park_name_opens_a_noun() -> None:
    """滑县工业园区|园区概况: the park is 滑县工业园区."""
    g = news("滑县工业园区园区概况。滑县工业园区位于县城东部，现有企业80家。")
    assert named(g, Label.PARK) == {"滑县工业园区"}
    assert ("滑县工业园区", "滑县") in pairs(g, RelType.LOCATED_IN)


def test_an_anaphoric_county_names_no_zone() -> None:
    """这五个项目分别入驻该县经开区: 该县 is the said county, no zone named 该县经开区."""
    g = news("滑县举行重点项目签约仪式。据悉，这五个项目分别入驻该县经开区。")
    assert not {n.name for n in g.nodes if n.name.startswith("该县")}


def test_an_industrial_concentration_zone_is_a_park_and_its_industries_its_own() -> None:
    """滑县工业集中发展区以航空航天器、饮料为主导产业: the zone is a park, 以 opens its list (no 区以航空航天器)."""
    g = news("此次设立的滑县工业集中发展区以航空航天器、饮料、金属制品为主导产业，核准面积为344公顷。")
    parks = named(g, Label.PARK)
    assert any(p.endswith("滑县工业集中发展区") for p in parks)
    industries = named(g, Label.CLUSTER)
    assert {"航空航天器", "饮料", "金属制品"} <= industries
    assert not {c for c in industries if c.startswith("区")}
    assert {c for p, c in pairs(g, RelType.DEVELOPS) if p in parks} >= {"航空航天器", "饮料", "金属制品"}


def test_a_year_inside_a_measures_aside_sets_no_year() -> None:
    """…一般公共预算支出（扣除2022年救灾专项资金支出外）增长4%以上；规模以上工业增加值增长12%以上: the aside's 2022年
    qualifies the item; the targets after it stay the report's 2023 targets."""
    g = extracted("2023年经济社会发展的主要预期目标建议为：地区生产总值增长7%以上；一般公共预算收入增长10%以上；"
                  "一般公共预算支出（扣除2022年救灾专项资金支出外）增长4%以上；规模以上工业增加值增长12%以上；"
                  "社会消费品零售总额增长6%以上。", kind="report", date="2023-02-10", title="滑县2023年政府工作报告")
    targets = figures(g)
    assert {k: v["year"] for k, v in targets.items() if k.endswith(("工业增加值增长率", "零售总额增长率"))} == {
        "滑县规模以上工业增加值增长率": 2023, "滑县社会消费品零售总额增长率": 2023}
    assert not [v for v in figures(g, RelType.REPORTS).values() if v.get("year") == 2022]


def test_a_zones_rank_in_brackets_is_no_part_of_its_name() -> None:
    """滑县 (国家级)经济技术开发区: the zone is 滑县经济技术开发区 (the place before the bracket, across a space, opens it)."""
    for text in ("6月21日，滑县人民政府、滑县 (国家级)经济技术开发区在上海举行了招商推介会。",
                 "滑县（省级）经济开发区位于县城东部，现有企业80家。"):
        g = news(text)
        parks = named(g, Label.PARK)
        assert len(parks) == 1 and next(iter(parks)) in ("滑县经济技术开发区", "滑县经济开发区")
        assert not {p for p in parks if "级" in p}
