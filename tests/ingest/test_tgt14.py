"""Target scopes on new text (tgt14): a zone or park the figure's words open with is its scope, written as the text
names it with its county; a text whose first sentence opens with a zone after a time word is about that zone; a county's
text whose subject was read from its city or province named in passing is about the one county of it the text names.
Sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from tests.ingest.graphs import extracted, figures


def test_a_zone_opening_a_listed_figure_is_its_scope() -> None:
    """…其中荥阳市产业集聚区超过300亿元，巩义市产业集聚区超过200亿元: each item's zone, not the city its name opens with."""
    g = extracted("2024年，全市产业集聚区主营业务收入力争达到1500亿元，其中荥阳市产业集聚区超过300亿元，"
                  "巩义市产业集聚区超过200亿元。", kind="report", date="2024-02-01", title="郑州市政府工作报告")
    scopes = {v["value"]: v["scope"] for v in figures(g).values()}
    assert scopes[300.0] == "荥阳市产业集聚区"
    assert scopes[200.0] == "巩义市产业集聚区"


def test_a_parks_short_name_is_written_as_the_text_names_it_with_its_county() -> None:
    """根据规划，至2027年，滨海装备产业园将实现80亿元产值 and later 慈溪滨海装备产业园: the park's figure, its scope the
    name the text gives it with its county."""
    g = extracted("根据规划，至2027年，滨海装备产业园将实现80亿元产值，成为全县工业主平台。\n\n"
                  "目前，慈溪滨海装备产业园已引进一批骨干企业。", kind="news", date="2024-05-01", title="园区规划")
    assert {v["scope"] for v in figures(g).values()} == {"慈溪滨海装备产业园"}


def test_a_county_opening_a_figure_without_a_park_keeps_the_county() -> None:
    """巩义市超过200亿元 (no park after the county): the county stays the scope."""
    g = extracted("2024年，巩义市地区生产总值力争超过800亿元。", kind="report", date="2024-02-01", title="巩义市政府工作报告")
    assert {v["scope"] for v in figures(g).values()} == {"巩义市"}


def test_an_undated_texts_first_sentence_zone_is_the_reports() -> None:
    """今年，某某工业园区将…。 opening a text with no dateline: its later figures naming no place are that zone's."""
    g = extracted("今年，江海工业园区将强化扩规提质，著力开创园区二次创业新局面。\n\n"
                  "全年力争新开工超亿元项目12个，工业应税销售突破70亿元。", kind="news", date="2024-02-20", title="")
    assert {v["scope"] for v in figures(g).values()} == {"江海工业园区"}


_COUNTY_REPORT = ("今年全区经济社会发展的主要预期目标是：地区生产总值增长8%左右，固定资产投资增长6%。\n\n"
                  "推动海口文化产业园打造影视文化产业聚集地；支持美兰数字经济产业园继续盘活闲置楼宇。")


def test_a_county_text_is_about_its_county_not_the_city_named_in_passing() -> None:
    """全区 and 海口文化产业园, 美兰数字经济产业园: the district of 海口 the text names (美兰), not 海口."""
    g = extracted(_COUNTY_REPORT, kind="report", date="2023-01-10", title="")
    assert {v["scope"] for v in figures(g).values()} == {"美兰区"}


def test_a_city_text_keeps_the_city() -> None:
    """The same text speaking of 全市: the city stays its subject."""
    g = extracted(_COUNTY_REPORT.replace("全区", "全市"), kind="report", date="2023-01-10", title="")
    assert {v["scope"] for v in figures(g).values()} == {"海口市"}


def test_two_counties_named_leave_the_city() -> None:
    """全区 and two districts of 海口 named (美兰, 龙华): no one county is the text's, the city stays."""
    g = extracted(_COUNTY_REPORT.replace("美兰数字经济产业园", "美兰数字经济产业园和龙华创意产业园"),
                  kind="report", date="2023-01-10", title="")
    assert {v["scope"].removesuffix("市") for v in figures(g).values()} == {"海口"}
