"""Where things are on new text, eighteenth session (loc18): a park's report whose headline writes the park's full name
where the headline's own names found none or only the county at its head (浙江|苍南|工业园区6个项目集中开工): the report's
place is the park; on composed sentences through the real pipeline."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.test_other_cities import _edges, _news


def test_a_headline_naming_a_park_makes_the_park_the_reports_place() -> None:
    head = "四川屏山工业园区8个项目集中开工"
    g = _news(f"资讯频道\n当前位置: 首页 » 资讯频道 » 园区新闻 » 正文\n{head}\n来源:全球网  人气:1372\n"
              "今天上午，屏山工业园区举行8个项目集中开工仪式，掀起了今年工业项目推进的新高潮。\n"
              "据了解，这次集体开工的企业分别是宏达纸业、天元重工、金鑫化工等8个项目。", title=head)
    located = _edges(g, RelType.LOCATED_IN)
    assert ("宏达纸业", "屏山工业园区") in located and ("金鑫化工", "屏山工业园区") in located
    assert ("宏达纸业", "屏山县") not in located  # in the county through the park


def test_a_headline_whose_county_builds_the_park_keeps_the_county() -> None:
    # the county is the headline's subject and the park its object: the report speaks of the county
    g = _news("四川江安拟建200万平方米纺织产业园\n"
              "今天上午，江安县召开新闻发布会，规划建设200万平方米的阳春纺织产业园。\n"
              "据了解，这次集体开工的分别是宏达纸业、天元重工、金鑫化工等8个项目。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("宏达纸业", "阳春纺织产业园") not in located


def test_a_period_before_the_subject_place_leaves_it_the_subject() -> None:
    # 近几年 / 2021年以来 / “十四五”以来 open a sentence as 近年来 does: the place after it is what builds the projects
    g = _news("全省项目建设观摩活动举行。\n"
              "近几年，江安经济开发区抢抓机遇，着力打造装备制造基地，成功引进投资30亿元的宏达纸浆项目、投资6亿元的天元重工装备项目。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("宏达纸浆项目", "江安经济开发区") in located and ("天元重工装备项目", "江安经济开发区") in located


def test_a_report_opened_by_a_period_and_a_place_is_that_places() -> None:
    g = _news("“十四五”以来，屏山县坚持工业强县战略，全力推进项目建设。\n"
              "会上通报，宏达纸浆项目、天元重工装备项目等12个项目已开工建设。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("宏达纸浆项目", "屏山县") in located and ("天元重工装备项目", "屏山县") in located
