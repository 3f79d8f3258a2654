"""The place a report is about (rules title_place, opening_subject) and what it places, on composed texts."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.test_other_cities import _edges, _news, _rules


def test_the_headline_after_a_sites_menu_names_the_reports_place() -> None:
    # the first line is the site's menu; the line that is the document's title (its commas cleaned) names the county
    text = ("要闻 地市 财经 金融\n德州乐陵推动主导产业集群化,加速崛起\n"
            "五年来，实施了一批重点项目，凯瑞英医药中间体项目投产运营。")
    g = _news(text, title="德州乐陵推动主导产业集群化,加速崛起")
    assert ("凯瑞英医药中间体项目", "乐陵市") in _edges(g, RelType.LOCATED_IN)
    assert "title_place" in _rules(g, RelType.LOCATED_IN)


def test_the_county_the_first_sentences_open_with_is_the_reports_place() -> None:
    text = ("共开工建设各类项目182项\n今年以来，凉州区不断加快工业园区基础设施建设，提升园区整体功能。\n"
            "上半年共开工建设各类项目182项，武威宏伟物流中心建设项目已经竣工。")
    g = _news(text)
    assert ("武威宏伟物流中心建设项目", "凉州区") in _edges(g, RelType.LOCATED_IN)
    assert _rules(g, RelType.LOCATED_IN) == {"opening_subject"}


def test_no_opening_subject_in_a_report_on_the_city_or_for_a_possessive() -> None:
    # 我市 before the county: the report is the city's, and its counties' projects are not placed by it
    city = _news("我市今年引进重大项目127个\n临清市成功将哈尔滨轴承集团有限公司生产基地项目吸引到聊城落户。")
    assert "opening_subject" not in _rules(city, RelType.LOCATED_IN)
    # "凉州区的…": the place is no subject
    owned = _news("今年以来，凉州区的工业园区加快建设。\n武威宏伟物流中心建设项目已经竣工。")
    assert "opening_subject" not in _rules(owned, RelType.LOCATED_IN)


def test_a_park_listed_among_projects_is_a_project() -> None:
    g = _news("海湾电气、正太绿色产业园等一批10亿元以上项目相继开工建设。")
    assert "正太绿色产业园" in {n.name for n in g.nodes if n.label == Label.PROJECT}
    assert "正太绿色产业园" not in {n.name for n in g.nodes if n.label == Label.PARK}


def test_parks_a_county_opening_its_clauses_builds_are_in_it() -> None:
    g = _news("近年来，全南县聚焦工业倍增升级，打造电子信息产业园、智能装备制造产业园、龙门工业新区三个产业承接平台。")
    located = _edges(g, RelType.LOCATED_IN)
    assert {("电子信息产业园", "全南县"), ("智能装备制造产业园", "全南县")} <= located
    assert "subject_parks" in _rules(g, RelType.LOCATED_IN)
    # a zone's goal of a theme's town is no park of it
    goal = _news("芜湖经开区正全力打造世界著名汽车城核心区。")
    assert "subject_parks" not in _rules(goal, RelType.LOCATED_IN)


def test_a_paragraph_profiling_a_zone_places_the_firms_it_names() -> None:
    g = _news("张掖经济技术开发区：2006年省政府批准为省级开发区，规划面积94平方公里。"
              "形成以正大集团、奥林贝尔、金南瓜高科等企业为龙头的农副产品加工产业。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("正大集团", "张掖经济技术开发区") in located and ("奥林贝尔", "张掖经济技术开发区") in located
    assert "topic_place" in _rules(g, RelType.LOCATED_IN)


def test_firms_a_zone_holds_in_its_report_are_there_but_not_its_guests() -> None:
    held = _news("绵阳经济技术开发区\n优先发展智慧家庭产业，已聚集长虹智能终端、华丰连接器、海立电器等龙头企业。")
    assert ("华丰连接器", "绵阳经济技术开发区") in _edges(held, RelType.LOCATED_IN)
    guests = _news("绵阳经济技术开发区\n推介会吸引到西门子、腾讯、华为等111家知名企业参加。")
    assert not {s for s, _t in _edges(guests, RelType.LOCATED_IN)} & {"西门子", "腾讯", "华为"}


def test_a_list_closed_by_deng_settles_where_its_verb_says() -> None:
    g = _news("此外，广东温氏食品集团、辽宁禾丰牧业公司、四川天兆畜牧科技公司等落户荣昌区建设畜禽养殖项目。")
    located = _edges(g, RelType.LOCATED_IN)
    assert {("广东温氏食品集团", "荣昌区"), ("辽宁禾丰牧业", "荣昌区"), ("四川天兆畜牧科技", "荣昌区")} <= located
