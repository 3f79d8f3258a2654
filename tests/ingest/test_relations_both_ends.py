"""Relations between two names the extractor finds, stated by a construction of the sentence (issue 10, rel8):
each rule on a composed sentence, and the shapes it must leave alone."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.test_other_cities import _edges, _news, _rules


def test_a_county_in_brackets_inside_a_projects_name_places_it() -> None:
    g = _news("基础设施类项目11个，主要有总投资3.4亿元的中联煤层气管道工程（盂县段）、总投资3.3亿元的郊区职业高中建设项目等。")
    assert ("中联煤层气管道工程（盂县段）", "盂县") in _edges(g, RelType.LOCATED_IN)
    assert _rules(g, RelType.LOCATED_IN) == {"name_bracket_place"}
    # a prefecture before the county is left out; a short form the text names in full is the county
    short = _news("临洮县位于定西市。甘肃南部（定西临洮）物流中心项目已开工建设。")
    assert ("甘肃南部（定西临洮）物流中心项目", "临洮县") in _edges(short, RelType.LOCATED_IN)


def test_no_place_from_a_firms_bracket_or_a_prefecture_alone() -> None:
    firm = _news("嘉善县新开工田中精机（嘉善）有限公司增资项目。")
    assert "name_bracket_place" not in _rules(firm, RelType.LOCATED_IN)
    city = _news("总投资80亿元的腾讯（苏州）数字产业基地项目奠基。")
    assert "name_bracket_place" not in _rules(city, RelType.LOCATED_IN)


def test_a_firms_own_project_after_its_name_and_de() -> None:
    g = _news("据了解，重庆恒渝有限公司的光刻胶及配套材料项目，建成后可实现年产光刻胶3.6万吨。")
    assert ("光刻胶及配套材料项目", "重庆恒渝") in _edges(g, RelType.CARRIED_OUT_BY)
    assert _rules(g, RelType.CARRIED_OUT_BY) == {"firm_of_project"}
    # a place's projects are no firm's
    place = _news("据了解，南平县的光刻胶及配套材料项目，建成后可实现年产光刻胶3.6万吨。")
    assert "firm_of_project" not in _rules(place, RelType.CARRIED_OUT_BY)


def test_a_project_signed_with_a_firm_after_dacheng() -> None:
    g = _news("与四川凝彩科技有限公司达成签约的半导体封装中心项目，总投资15亿元。")
    assert ("半导体封装中心项目", "四川凝彩科技") in _edges(g, RelType.CARRIED_OUT_BY)
    assert _rules(g, RelType.CARRIED_OUT_BY) == {"invested_by"}


def test_the_place_an_events_edition_is_named_by_hosts_the_report() -> None:
    text = ("12月28日，以“桑梓同心定州行，合作共赢定如意”为主题的定州市第四届定商发展大会举办。\n"
            "大会现场进行了项目发布，总投资63.75亿元的河北长安产能置换、金键高端汽车模具等12个项目现场签约。")
    g = _news(text)
    assert ("金键高端汽车模具", "定州市") in _edges(g, RelType.LOCATED_IN)
    assert _rules(g, RelType.LOCATED_IN) == {"title_place"}
    # the venue of another's event hosts nothing
    venue = _news("12月28日，河北省第四届投资洽谈会在定州市举办。\n金键高端汽车模具等12个项目现场签约。")
    assert ("金键高端汽车模具", "定州市") not in _edges(venue, RelType.LOCATED_IN)


def test_a_site_written_after_its_province_and_prefecture_is_the_county() -> None:
    g = _news("据介绍，陇中仓储商贸物流中心项目位于甘肃省定西市安定区南川片区，总规划面积2310亩。")
    assert ("陇中仓储商贸物流中心项目", "安定区") in {(a, b.removeprefix("定西市")) for a, b in _edges(g, RelType.LOCATED_IN)}
    assert _rules(g, RelType.LOCATED_IN) == {"located_at"}


def test_an_adverb_between_a_project_and_its_verb_of_site() -> None:
    g = _news("投资50亿元的通信芯片项目将落户斗门区，金湾区签约项目以生物医药产业为主。")
    assert ("通信芯片项目", "斗门区") in _edges(g, RelType.LOCATED_IN)
    assert _rules(g, RelType.LOCATED_IN) == {"settled_in"}


def test_a_site_in_a_part_of_a_zone_before_de() -> None:
    g = _news("12月10日，无人机航拍位于雄安新区启动区的中国电信智慧城市产业园。")
    assert ("中国电信智慧城市产业园", "雄安新区") in _edges(g, RelType.LOCATED_IN)
    assert _rules(g, RelType.LOCATED_IN) == {"located_at"}


def test_a_project_built_where_zai_puts_its_works() -> None:
    g = _news("而在同一个时间节点，内蒙古伊泰煤制油有限责任公司年产200万吨煤炭间接液化示范项目，正在准格尔旗大路煤化工基地有序推进。")
    assert ("内蒙古伊泰煤制油有限责任公司年产200万吨煤炭间接液化示范项目", "准格尔旗") in _edges(g, RelType.LOCATED_IN)
    assert "project_at_site" in _rules(g, RelType.LOCATED_IN)
    # a signing's venue is no site
    signed = _news("呼和浩特年产5万吨乳品加工项目在准格尔旗签约。")
    assert "project_at_site" not in _rules(signed, RelType.LOCATED_IN)


def test_a_firms_later_clause_that_will_build_at_a_site() -> None:
    g = _news("其中，金海芯半导体（上海）有限公司主要致力于对晶圆及芯片进行测试和加工，未来将在园区内建设年测试加工6万片晶圆项目。")
    assert "subject_owner" in _rules(g, RelType.CARRIED_OUT_BY)
    assert any(p.startswith("年测试加工6万片晶圆") for p, _ in _edges(g, RelType.CARRIED_OUT_BY))


def test_a_places_profile_stating_its_leading_industries() -> None:
    g = _news("商洛经开区批准面积为722.62公顷，主导产业为新材料、智能制造和新型建材产业；"
              "商南经开区批准面积为342.64公顷，主导产业为新材料、装备制造和绿色食药产业。")
    develops = _edges(g, RelType.DEVELOPS)
    assert {("商洛经济技术开发区", "智能制造"), ("商洛经济技术开发区", "新型建材"), ("商南经开区", "绿色食药")} <= develops
    assert ("商洛经济技术开发区", "绿色食药") not in develops  # each group's own place
    assert _rules(g, RelType.DEVELOPS) == {"leading_industries"}
    # a city's leading industries name no place's
    city = _news("全市主导产业为新材料、智能制造和新型建材产业。")
    assert "leading_industries" not in _rules(city, RelType.DEVELOPS)


def test_a_parks_own_construction_project_is_not_placed_in_the_park() -> None:
    text = ("沙县沪明食品产业园建设项目由上海鑫璟纳万企业管理有限公司投资建设。"
            "沙县沪明食品产业园的加速建设，助力三明高新区食品产业升级。")
    g = _news(text)
    assert "name_head_place" not in _rules(g, RelType.LOCATED_IN)
    # a work of its own after the park's name still is there
    own = _news("东岳智造产业园位于东昌府区。东岳智造产业园·一号厂房项目今天开工。")
    assert "name_head_place" in _rules(own, RelType.LOCATED_IN)


def test_a_project_that_is_a_firms_investment_without_you() -> None:
    g = _news("据悉，优鲜荟冷链及预制菜项目，是广东湾区优鲜荟产业发展有限公司投资，将建设为预制菜及冷链产业园。")
    assert ("优鲜荟冷链及预制菜项目", "广东湾区优鲜荟产业发展") in _edges(g, RelType.CARRIED_OUT_BY)
    assert _rules(g, RelType.CARRIED_OUT_BY) == {"built_by"}
    # a copula naming a kind is no owner
    kind = _news("据悉，优鲜荟冷链及预制菜项目，是全市重点投资项目。")
    assert "built_by" not in _rules(kind, RelType.CARRIED_OUT_BY)
