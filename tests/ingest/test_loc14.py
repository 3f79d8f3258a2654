"""LOCATED_IN on new text across eight batches' learning halves (loc14): the false edges' classes that stand in three
batches or more and that the place rules can tell apart, each on a composed text, with the shapes each must leave alone."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.test_other_cities import _edges, _news


def test_a_line_passing_by_is_no_project_of_the_reports_place() -> None:
    g = _news("桐柏县：区位优势明显\n桐柏县交通便利，规划建设的宁桐高速、焦桐铁路穿境而过，县城距南阳机场50公里。")
    located = _edges(g, RelType.LOCATED_IN)
    assert not any(src.endswith(("高速", "铁路", "机场")) for src, _ in located)


def test_a_line_a_work_is_named_after_is_not_placed_either() -> None:
    g = _news("桐柏县：交通建设加快\n今年桐柏县加快推进焦桐铁路桐柏站房建设，启动宁桐高速连接线前期工作。")
    assert not any(src.startswith(("焦桐铁路", "宁桐高速")) and dst == "桐柏县"
                   for src, dst in _edges(g, RelType.LOCATED_IN))


def test_a_line_listed_among_the_reports_projects_stays_placed() -> None:
    g = _news("桐柏县：重大项目加速推进\n今年桐柏县抽水蓄能电站、宁桐高速、淮源水库等“三大百亿”项目加速落地。")
    assert ("宁桐高速", "桐柏县") in _edges(g, RelType.LOCATED_IN)
    g = _news("桐柏县：重大项目集中开工\n开工项目包括华通精密机械有限公司轴承项目、淮河大桥等5个项目。")
    assert ("淮河大桥", "桐柏县") in _edges(g, RelType.LOCATED_IN)


def test_a_name_holding_another_county_is_no_project_of_the_reports_place() -> None:
    g = _news("桐柏县：重大项目集中签约\n当天，签约仪式上共签约项目5个，包括南阳市唐河县华通精密轴承生产线项目、"
              "恒达新材料年产5万吨铝箔项目等。")
    located = _edges(g, RelType.LOCATED_IN)
    assert not any("唐河县" in src and dst == "桐柏县" for src, dst in located)
    assert ("恒达新材料年产5万吨铝箔项目", "桐柏县") in located


def test_a_prefecture_or_the_places_own_county_in_the_name_says_nothing_else() -> None:
    g = _news("桐柏县：重大项目集中签约\n当天，签约仪式上共签约项目5个，包括南阳市华通精密轴承生产线项目、"
              "桐柏县恒达新材料年产5万吨铝箔项目等。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("南阳市华通精密轴承生产线项目", "桐柏县") in located
    assert ("桐柏县恒达新材料年产5万吨铝箔项目", "桐柏县") in located


def test_firms_framed_as_the_trades_head_are_in_the_place_the_sentence_opens_with() -> None:
    g = _news("桐柏县：轴承产业集群加快成势\n桐柏县经过多年培育，已形成了以华通精密、恒达新材料为龙头的轴承产业集群。")
    located = _edges(g, RelType.LOCATED_IN)
    assert {("华通精密", "桐柏县"), ("恒达新材料", "桐柏县")} <= located
    # the frame may close its list with 等 (以A、B等为代表)
    g = _news("桐柏县：轴承产业集群加快成势\n桐柏县以华通精密、恒达新材料等为代表的轴承企业加快转型。")
    assert {("华通精密", "桐柏县"), ("恒达新材料", "桐柏县")} <= _edges(g, RelType.LOCATED_IN)


def test_a_place_after_the_frame_is_not_the_framed_firms_subject() -> None:
    g = _news("南阳：轴承产业集群加快成势\n目前，以华通精密、恒达新材料为代表的桐柏县轴承企业加快转型。")
    assert not any(dst == "桐柏县" for _, dst in _edges(g, RelType.LOCATED_IN))
