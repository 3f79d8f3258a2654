"""Relations between two names the extractor already finds, stated by constructions it did not read (read9):
each rule on a composed sentence, and the shapes it must leave alone."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.test_other_cities import _edges, _news, _rules


def test_a_later_clause_of_site_speaks_of_the_project_opening_the_sentence() -> None:
    g = _news("辽宁中惟年产15万吨钢结构项目由辽宁中惟钢结构有限公司投资1.8亿元建设，位于铁岭高新技术产业园区。")
    assert ("辽宁中惟年产15万吨钢结构项目", "铁岭高新技术产业园区") in _edges(g, RelType.LOCATED_IN)
    assert "located_continued" in _rules(g, RelType.LOCATED_IN)
    site = _news("广耀生物项目由烟台市广耀生物科技有限公司投资兴建，选址位于桃村东部工业园威海路北，占地300亩。")
    assert ("广耀生物项目", "桃村东部工业园") in _edges(site, RelType.LOCATED_IN)


def test_no_continued_site_when_another_name_is_the_clauses_subject() -> None:
    # the clause of site has its own subject (the firm), or another project stands between
    own = _news("广耀生物项目由烟台市广耀生物科技有限公司投资兴建，该公司位于桃村东部工业园。")
    assert "located_continued" not in _rules(own, RelType.LOCATED_IN)
    other = _news("广耀生物项目已开工，鲁西化工新材料项目正在施工，位于桃村东部工业园。")
    assert "located_continued" not in _rules(other, RelType.LOCATED_IN)


def test_an_address_after_weiyu_places_each_part_inside_the_one_before() -> None:
    g = _news("甘肃南部物流中心项目位于甘肃省定西市临洮县临洮经济开发区中铺镇中铺工业园的西南部，规划面积约8690亩。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("甘肃南部物流中心项目", "中铺工业园") in located
    assert ("中铺工业园", "临洮经济开发区") in located
    assert "address_run" in _rules(g, RelType.LOCATED_IN)
    # two places side by side that are no address (a county after a county) stay apart
    pair = _news("该项目位于临洮县、渭源县交界处。")
    assert "address_run" not in _rules(pair, RelType.LOCATED_IN)


def test_a_place_signing_a_project_by_its_government_holds_it() -> None:
    g = _news("瑞丽市政府与瑞丽市大通公司签订投资30亿元的华商产业园项目。")
    assert ("华商产业园项目", "瑞丽市") in _edges(g, RelType.LOCATED_IN)
    assert _rules(g, RelType.LOCATED_IN) == {"signed_with"}
    figure = _news("活动中，射洪市与重庆天辉能源科技有限公司签订了投资58亿元的圆柱形电池生产基地项目。")
    assert ("圆柱形电池生产基地项目", "射洪市") in _edges(figure, RelType.LOCATED_IN)
    assert ("圆柱形电池生产基地项目", "重庆天辉能源科技") in _edges(figure, RelType.CARRIED_OUT_BY)
    alone = _news("同时，企业还与合浦县政府签约了100万头生猪养殖项目。")
    assert ("100万头生猪养殖项目", "合浦县") in _edges(alone, RelType.LOCATED_IN)


def test_two_places_signing_with_no_firm_place_nothing() -> None:
    g = _news("同时，合浦县与灵山县政府签约了100万头生猪养殖项目。")
    assert "signed_with" not in _rules(g, RelType.LOCATED_IN)


def test_a_firms_head_saying_where_they_settled_places_the_firm() -> None:
    g = _news("“选择落户在上海湾区高新区，是因为这边形成了成熟的半导体产业链。”金海芯半导体（上海）有限公司总经理申振胜表示。")
    assert ("金海芯半导体（上海）", "上海湾区高新区") in _edges(g, RelType.LOCATED_IN)
    assert _rules(g, RelType.LOCATED_IN) == {"speaker_firm"}
    said = _news("“我们考察了很多地方，最终落户伊宁园区，就是看中园区的区位优势。”伊犁惠宁生物科技有限公司总经理冯辉信心满满地说。")
    assert ("伊犁惠宁生物科技", "伊宁园区") in _edges(said, RelType.LOCATED_IN)


def test_no_speaker_firm_when_the_quote_names_another_firm_or_an_official_speaks() -> None:
    other = _news("“山东鲁西化工有限公司落户在上海湾区高新区。”金海芯半导体（上海）有限公司总经理申振胜表示。")
    assert ("金海芯半导体（上海）", "上海湾区高新区") not in _edges(other, RelType.LOCATED_IN)
    official = _news("“选择落户在上海湾区高新区的企业越来越多。”金山区区长申振胜表示。")
    assert "speaker_firm" not in _rules(official, RelType.LOCATED_IN)


def test_a_zone_among_the_parks_a_county_builds_is_in_it() -> None:
    g = _news("近年来，全南县聚焦工业倍增升级，打造电子信息产业园、智能装备制造产业园、龙门工业新区三个产业承接平台，建成标准厂房100万平方米。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("龙门工业新区", "全南县") in located and ("电子信息产业园", "全南县") in located
    assert _rules(g, RelType.LOCATED_IN) == {"subject_parks"}


def test_a_place_made_up_of_parks_holds_them() -> None:
    g = _news("鲁山县产业集聚区由东区、西区和尧山产业园三部分组成。")
    assert ("尧山产业园", "鲁山县产业集聚区") in _edges(g, RelType.LOCATED_IN)
    assert "composed_of" in _rules(g, RelType.LOCATED_IN)
    later = _news("铁西区位于沈阳市西南部，由主城区和中德（沈阳）高端装备制造产业园（以下简称“中德园”）组成。")
    assert ("中德（沈阳）高端装备制造产业园", "沈阳市铁西区") in _edges(later, RelType.LOCATED_IN)
    # a committee made up of people, or a place a later clause names no whole for, holds nothing
    other = _news("尧山产业园毗邻鲁山县，领导小组由县长和园区主任组成。")
    assert "composed_of" not in _rules(other, RelType.LOCATED_IN)


def test_a_places_firm_after_its_name_and_de() -> None:
    g = _news("冠县经济开发区的山东鲁西化工有限公司正在扩产。")
    assert any(src != "冠县经济开发区" and dst == "冠县经济开发区" for src, dst in _edges(g, RelType.LOCATED_IN))
    assert "place_of_firm" in _rules(g, RelType.LOCATED_IN)


def test_more_verbs_of_site_and_a_parks_own_project() -> None:
    landed = _news("鲁西化工新材料项目在冠县经济开发区落地。")
    assert ("鲁西化工新材料项目", "冠县经济开发区") in _edges(landed, RelType.LOCATED_IN)
    rooted = _news("鲁西化工新材料项目扎根冠县经济开发区。")
    assert ("鲁西化工新材料项目", "冠县经济开发区") in _edges(rooted, RelType.LOCATED_IN)
    own = _news("鲁西化工新材料项目是冠县经济开发区今年引进的重点项目。")
    assert ("鲁西化工新材料项目", "冠县经济开发区") in _edges(own, RelType.LOCATED_IN)
    # a park after 是 that is no subject of bringing the project in places nothing
    like = _news("鲁西化工新材料项目是冠县经济开发区规模最大的项目之一。")
    assert "project_is_of" not in _rules(like, RelType.LOCATED_IN)


def test_a_projects_owner_named_by_its_role() -> None:
    g = _news("年产5万吨甜味剂项目的投资方为江苏恒瑞医药股份有限公司。")
    assert ("年产5万吨甜味剂项目", "江苏恒瑞医药") in _edges(g, RelType.CARRIED_OUT_BY)
    assert _rules(g, RelType.CARRIED_OUT_BY) == {"owner_role"}
    builder = _news("年产5万吨甜味剂项目总投资5亿元。该项目施工单位为中建八局有限公司。")
    edge = next(e for e in builder.edges if e.type == RelType.CARRIED_OUT_BY)
    assert edge.props["role"] == "contractor"
    # a role with no project before it names no project's owner
    none = _news("会上，投资方代表江苏恒瑞医药股份有限公司作了发言。")
    assert "owner_role" not in _rules(none, RelType.CARRIED_OUT_BY)


def test_by_a_firm_in_one_clause_and_built_in_the_next() -> None:
    g = _news("由伊犁宏润食品有限责任公司投资2.5亿元，分两期建设的年产5万吨甜味剂综合生产加工项目，预计明年竣工。")
    assert ("年产5万吨甜味剂综合生产加工项目", "伊犁宏润食品") in _edges(g, RelType.CARRIED_OUT_BY)
    assert _rules(g, RelType.CARRIED_OUT_BY) == {"built_by"}
    other = _news("由伊犁宏润食品有限责任公司投资2.5亿元，冠县分两期建设的年产5万吨甜味剂综合生产加工项目，预计明年竣工。")
    assert "built_by" not in _rules(other, RelType.CARRIED_OUT_BY)
    whole = _news("年产5万吨甜味剂项目由江苏恒瑞医药股份有限公司全资建设。")
    assert ("年产5万吨甜味剂项目", "江苏恒瑞医药") in _edges(whole, RelType.CARRIED_OUT_BY)


def test_ci_after_a_verb_of_site_is_the_place_opening_the_sentence() -> None:
    g = _news("长春汽车经济技术开发区位于长春市规划的国际汽车城核心区，是重要的汽车生产研发基地，一汽集团总部坐落于此。")
    assert ("一汽集团", "长春汽车经济技术开发区") in _edges(g, RelType.LOCATED_IN)
    listed = _news("冠县经济开发区交通便利，山东鲁西化工有限公司等企业先后落户于此。")
    assert any(dst == "冠县经济开发区" and src != "冠县经济开发区" for src, dst in _edges(listed, RelType.LOCATED_IN))
    # 此次, 此前: no place
    once = _news("冠县经济开发区交通便利，山东鲁西化工有限公司落户于此次活动。")
    assert not any(dst == "冠县经济开发区" and src != "冠县经济开发区" for src, dst in _edges(once, RelType.LOCATED_IN))


def test_a_firm_setting_itself_up_in_a_place_is_there() -> None:
    g = _news("10月14日，中国卫星网络集团有限公司（以下简称“中国星网”）在雄安新区启动区雁翎大街办公楼正式办公。")
    assert ("中国卫星网络集团", "雄安新区") in _edges(g, RelType.LOCATED_IN)
    assert _rules(g, RelType.LOCATED_IN) == {"firm_at_site"}
    clause = _news("其中，北京利物普生物科技有限公司将投资6亿元，在永川区建立人源化抗体药物研发生产基地。")
    assert ("北京利物普生物科技", "永川区") in _edges(clause, RelType.LOCATED_IN)
    # building a project there is built_at's (the project's place), not the firm's
    built = _news("山东鲁西化工有限公司在冠县经济开发区建设鲁西化工新材料项目。")
    assert "firm_at_site" not in _rules(built, RelType.LOCATED_IN)


def test_a_later_clauses_park_that_lands_firms_with_no_subject_verb_in_the_sentence() -> None:
    g = _news("记者7月3日从海口国家高新区获悉，广东海南先进制造业合作产业园目前已落地康佳集团等27个项目，完成投资1.2亿元。")
    assert ("康佳集团", "广东海南先进制造业合作产业园") in _edges(g, RelType.LOCATED_IN)
    assert _rules(g, RelType.LOCATED_IN) == {"clause_place"}


def test_a_sentence_opening_with_its_one_firm_owns_its_projects() -> None:
    g = _news("抚顺新钢铁有限责任公司加速与央企混改，转炉节能改造项目3月份复工，总投资9亿元的环保升级改造项目4月份开工。")
    owned = _edges(g, RelType.CARRIED_OUT_BY)
    assert ("转炉节能改造项目", "抚顺新钢铁") in owned and ("环保升级改造项目", "抚顺新钢铁") in owned
    assert _rules(g, RelType.CARRIED_OUT_BY) == {"subject_firm_projects"}


def test_no_subject_firm_for_a_speaker_a_place_or_a_second_firm() -> None:
    speaker = _news("抚顺新钢铁有限责任公司负责人介绍，转炉节能改造项目3月份复工。")
    assert "subject_firm_projects" not in _rules(speaker, RelType.CARRIED_OUT_BY)
    place = _news("抚顺新钢铁有限责任公司加速混改，冠县转炉节能改造项目3月份复工。")
    assert "subject_firm_projects" not in _rules(place, RelType.CARRIED_OUT_BY)
    second = _news("抚顺新钢铁有限责任公司加速混改，山东鲁西化工有限公司转炉节能改造项目3月份复工。")
    assert "subject_firm_projects" not in _rules(second, RelType.CARRIED_OUT_BY)
