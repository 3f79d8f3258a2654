"""prj21: false owners of projects on the learning halves of batches 5-19 (learn5to19), by cause; sentences composed
for the test (shapes of the learning texts, rewritten), through the real pipeline."""

from __future__ import annotations

import pytest

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


@pytest.mark.parametrize("text, project", [
    # a head the text names a trade by (阿胶产业, 阿胶产业链): a product, no short name of 东阿阿胶 (batches 11, 13, 16)
    ("东阿阿胶股份有限公司是全县的龙头企业。东阿县集聚发展阿胶产业，建设阿胶工贸物流项目、阿胶中药材饮片项目，"
     "大力延伸阿胶产业链条。", "阿胶工贸物流项目"),
    ("东阿阿胶股份有限公司投资建设的生产线投产。东阿县加快发展阿胶产业，阿胶生物科技产业园项目开工建设，总投资12亿元。",
     "阿胶生物科技产业园项目"),
])
def test_a_head_the_text_names_a_trade_by_is_no_short_name(text: str, project: str) -> None:
    g = news(text)
    assert project in named(g, Label.PROJECT)
    assert not {p for p in pairs(g, RelType.CARRIED_OUT_BY) if p[0] == project}


def test_a_short_name_with_no_trade_still_owns_its_project() -> None:
    g = news("广东云鹰农业集团有限公司落户高新区，发展马铃薯产业。云鹰马铃薯全产业链项目当月开工建设，总投资5亿元。")
    assert ("云鹰马铃薯全产业链项目", "广东云鹰农业集团") in pairs(g, RelType.CARRIED_OUT_BY)


@pytest.mark.parametrize("text, kind", [
    # a trade word continued by the product (电子标签, 电子雷管, 电气设备, 科技创新): a kind, no brand and trade word
    # (batches 6, 9, 12, 19)
    ("包括内江经开区中显智能新型触控显示模组生产基地项目、内江高新区射频电子标签产业项目、麻柳坝大桥工程等一批项目。",
     "射频电子"),
    ("清远工业园、金禄电子、三和科技新材料、中能电气设备制造等25个项目集中签约，总投资60.8亿元。", "中能电气"),
    ("重点推进金属增材、非晶带材产业链、数码电子雷管技改、金刚石线等42个工业产业项目。", "数码电子"),
    ("总投资13.09亿元的长春智能光谷产业园项目、总投资5亿元的高新科技创新园项目开工建设。", "高新科技"),
])
def test_a_trade_word_continued_by_its_product_names_no_firm(text: str, kind: str) -> None:
    g = news(text)
    assert kind not in named(g, Label.ENTERPRISE)
    assert not {p for p in pairs(g, RelType.CARRIED_OUT_BY) if p[1] == kind}


def test_a_brand_and_trade_word_before_the_project_still_own_it() -> None:
    g = news("华建铝业绿色低碳铝型材项目在开发区开工建设，总投资8亿元。")
    assert ("华建铝业绿色低碳铝型材项目", "华建铝业") in pairs(g, RelType.CARRIED_OUT_BY)
