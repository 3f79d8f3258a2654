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
    # 引进 with words between it and the list (已引进开工建设A、B等知名企业): the place's firms all the same
    brought = _news("绵阳经济技术开发区\n现园区已引进开工建设长盛、瑞华泰、博纯等知名企业。")
    assert ("瑞华泰", "绵阳经济技术开发区") in _edges(brought, RelType.LOCATED_IN)


def test_a_list_closed_by_deng_settles_where_its_verb_says() -> None:
    g = _news("此外，广东温氏食品集团、辽宁禾丰牧业公司、四川天兆畜牧科技公司等落户荣昌区建设畜禽养殖项目。")
    located = _edges(g, RelType.LOCATED_IN)
    assert {("广东温氏食品集团", "荣昌区"), ("辽宁禾丰牧业", "荣昌区"), ("四川天兆畜牧科技", "荣昌区")} <= located


def test_a_project_built_at_a_site_is_there() -> None:
    g = _news("中泰集团在巴州库尔勒石油石化产业园投资建设120万吨/年聚酯化纤项目，为下游提供原料。")
    assert ("120万吨/年聚酯化纤项目", "巴州库尔勒石油石化产业园") in _edges(g, RelType.LOCATED_IN)
    assert "built_at" in _rules(g, RelType.LOCATED_IN)


def test_the_projects_of_a_zone_named_with_de_are_in_it() -> None:
    g = _news("工业项目占到4个，分别是绥安开发区的智能助力单车综合产业基地项目、台玻技改项目、鲁斑智能农业机械生产项目。")
    located = _edges(g, RelType.LOCATED_IN)
    # the zone is no part of the first project's name, and every item of the list is the zone's
    assert {("智能助力单车综合产业基地项目", "绥安开发区"), ("台玻技改项目", "绥安开发区"),
            ("鲁斑智能农业机械生产项目", "绥安开发区")} <= located
    assert "place_of" in _rules(g, RelType.LOCATED_IN)


def test_firms_a_zone_gathers_as_representatives_or_keeps_as_leaders_are_there() -> None:
    rep = _news("芜湖经开区打造汽车产业集群\n在核心部件上，集聚了大陆车身、马瑞利、伯特利等为代表的驾舱、感知、动力企业。")
    assert {("大陆车身", "芜湖经济技术开发区"), ("伯特利", "芜湖经济技术开发区")} <= _edges(rep, RelType.LOCATED_IN)
    lead = _news("绵阳经济技术开发区\n鼓励和支持现有龙头企业东材科技、旭虹光电、利尔化学等增加研发创新投入。")
    assert ("旭虹光电", "绵阳经济技术开发区") in _edges(lead, RelType.LOCATED_IN)


def test_a_zone_in_a_report_on_one_county_is_the_countys() -> None:
    g = _news("本网讯（朱志坚）漳浦县招商引资开门红：3月23日，全县第一季度项目集中签约仪式举行。\n"
              "工业项目分别是绥安开发区的台玻技改项目、鲁斑智能农业机械生产项目。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("绥安开发区", "漳浦县") in located and ("台玻技改项目", "绥安开发区") in located
    assert "county_zone" in _rules(g, RelType.LOCATED_IN)


def test_firms_a_zone_helps_as_leaders_are_there() -> None:
    g = _news("绵阳经济技术开发区\n帮助龙头企业波鸿好圣、华晨瑞安、中久科技等向产业高端发展。")
    assert ("华晨瑞安", "绵阳经济技术开发区") in _edges(g, RelType.LOCATED_IN)


def test_firms_counted_with_their_list_in_brackets_are_the_reports_places() -> None:
    g = _news("贵州湄潭经济开发区\n目前，开发区入驻企业达到86家；其中，国家级龙头企业4家（茅贡米业公司、兰馨茶业公司、陆圣康源公司、栗香茶业公司）。")
    # the heading's zone, under the name its province-less form resolves to (贵州湄潭经济开发区 is 湄潭经济开发区: audit AG)
    located = _edges(g, RelType.LOCATED_IN)
    assert any((firm, zone) in located for firm in ("兰馨茶业公司", "兰馨茶业")
               for zone in ("贵州湄潭经济开发区", "湄潭经济开发区"))


def test_a_firm_settling_in_a_countys_unnamed_area_is_in_the_county() -> None:
    g = _news("去年，滁州捷泰新能源科技有限公司落户来安县的省际毗邻地区，建成一座光伏工厂。")
    assert any(t == "来安县" for s, t in _edges(g, RelType.LOCATED_IN) if s.startswith("滁州捷泰"))


def test_an_industrial_park_in_a_report_on_one_county_is_the_countys() -> None:
    g = _news("共开工建设各类项目182项\n今年以来，凉州区不断加快工业园区基础设施建设。\n其中，武威工业园区累计完成投资12.46亿元。")
    assert ("武威工业园区", "凉州区") in _edges(g, RelType.LOCATED_IN)


def test_firms_arriving_in_numbers_are_in_the_reports_place() -> None:
    g = _news("奉贤区举行重点产业项目集中开工仪式\n像联博安防一样，士多医疗器械有限公司、凯惠药业有限公司等纷至沓来。")
    located = _edges(g, RelType.LOCATED_IN)
    assert any(s.startswith("士多医疗器械") and t == "奉贤区" for s, t in located)


def test_the_zone_a_ceremony_is_held_in_is_its_venue_not_the_host() -> None:
    # 在X举行: the zone is where the ceremony is held; the county opening the sentence hosts the report
    g = _news("3月23日，宁乡市2019年重点产业项目开工仪式在宁乡经开区举行。\n"
              "附项目概况：金洲物流项目，总投资8000万元。")
    assert ("金洲物流项目", "宁乡市") in _edges(g, RelType.LOCATED_IN)
    assert not any(place.startswith("宁乡经") for p, place in _edges(g, RelType.LOCATED_IN) if p == "金洲物流项目")
    # a project that starts in the zone (A项目在X开工) is there
    started = _news("5月17日，宁夏晶钰年产1万千米金刚线项目在银川经济技术开发区开工。")
    assert ("宁夏晶钰年产1万千米金刚线项目", "银川经济技术开发区") in _edges(started, RelType.LOCATED_IN)


def test_a_frame_opening_the_report_hosts_its_ceremony() -> None:
    # 17日，在X，…开工仪式在这里举行: the park framing the first sentence is where the report's projects start
    g = _news("17日，在鹤岗市兴山区北翼产业园区，省市百大项目5个项目开工仪式在这里举行。\n"
              "本次开工的项目中，金石新材料研究院项目以新材料研发为重点。")
    located = _edges(g, RelType.LOCATED_IN)
    assert any(p == "金石新材料研究院项目" and place.endswith("北翼产业园区") for p, place in located)


def test_a_name_set_off_by_a_comma_before_a_verb_of_site_is_there() -> None:
    g = _news("总投资2.6亿元的省百大项目“丰禾生物质发电项目”，选址在东山区生物科技产业园区，目前已完成投资1亿元。")
    assert ("丰禾生物质发电项目", "东山区生物科技产业园区") in _edges(g, RelType.LOCATED_IN)
    assert "located_at" in _rules(g, RelType.LOCATED_IN)


def test_a_park_at_a_projects_head_holds_the_project() -> None:
    # the rest of the name is a work of its own: the park is named there and holds the project
    g = _news("新能源新材料类项目3个：1.6亿元的南部花岗岩园区汇源高端石材加工项目、0.7亿元的南部花岗岩园区石材雕刻项目。")
    assert ("南部花岗岩园区汇源高端石材加工项目", "南部花岗岩园区") in _edges(g, RelType.LOCATED_IN)
    assert "南部花岗岩园区" in {n.name for n in g.nodes if n.label == Label.PARK}
    # a park that opens with a county is in it
    county = _news("今年开工的北碚区传感器产业园标准化厂房及配套基础设施建设项目总投资5亿元。")
    located = _edges(county, RelType.LOCATED_IN)
    assert ("北碚区传感器产业园标准化厂房及配套基础设施建设项目", "北碚区传感器产业园") in located
    assert ("北碚区传感器产业园", "北碚区") in located
    # the park's own project (…产业园一期建设项目) or a park built as one project (投资X元的…产业园孵化基地) names no park
    own = _news("今年新开工和祥润新材料产业园一期建设项目。")
    assert "和祥润新材料产业园" not in {n.name for n in own.nodes if n.label == Label.PARK}
    built = _news("包括投资180亿元的专精特新化工产业园孵化基地项目。")
    assert not any(n.label == Label.PARK for n in built.nodes)


def test_parks_a_county_pushes_forward_are_in_it() -> None:
    g = _news("近年来，米脂县大力推进银州工业园、杨家沟新能源园区、米脂汽车产业园“一区三园”建设。")
    located = _edges(g, RelType.LOCATED_IN)
    assert {("杨家沟新能源园区", "米脂县"), ("米脂汽车产业园", "米脂县")} <= located
    assert "subject_parks" in _rules(g, RelType.LOCATED_IN)


def test_a_line_naming_a_park_and_a_short_title_heads_a_section() -> None:
    text = ("米脂县重点项目建设提速\n3月5日，米脂县举行重点项目集中开工仪式。\n"
            "米脂汽车产业园：米脂第三产业提档升级新平台\n目前，交警支队车管所项目预计年内建成投用。")
    assert ("交警支队车管所项目", "米脂汽车产业园") in _edges(_news(text), RelType.LOCATED_IN)


def test_a_town_between_the_place_and_de_keeps_located_at() -> None:
    g = _news("位于六枝特区新窑镇的166万吨硝基水溶肥项目正开足马力建设中。")
    assert ("166万吨硝基水溶肥项目", "六枝特区") in _edges(g, RelType.LOCATED_IN)


def test_the_place_a_visit_attends_a_projects_ceremony_in_holds_the_project() -> None:
    g = _news("会后，市领导一行还前往平桥区明港镇，参加信阳钢铁公司180万吨合金带钢生产线项目投产仪式。")
    # (the name's start is the project rules' business: 参加 may still open it)
    assert any(p.endswith("信阳钢铁公司180万吨合金带钢生产线项目") and place == "平桥区"
               for p, place in _edges(g, RelType.LOCATED_IN))
    assert "visit_site" in _rules(g, RelType.LOCATED_IN)
    # a visit that attends a meeting places nothing
    meeting = _news("会后，市领导一行前往平桥区，参加信阳钢铁公司180万吨合金带钢生产线项目推进会。")
    assert "visit_site" not in _rules(meeting, RelType.LOCATED_IN)


def test_a_park_a_firm_invests_in_and_builds_is_a_project() -> None:
    g = _news("渝北区招商成果丰硕。\n重庆市天友乳业公司投资30亿元，在渝北建设打造集乳制品研发、生产加工于一体的优质乳工程智能化产业园。")
    assert "优质乳工程智能化产业园" in {n.name for n in g.nodes if n.label == Label.PROJECT}
    assert ("优质乳工程智能化产业园", "渝北区") in _edges(g, RelType.LOCATED_IN)  # 渝北区: data/places additions.yaml
    listed = _news("下一步，淄川区将集中精力大抓项目，排出佳能科技智造园区、吉利高端新能源商用车等总投资1200亿元的160个重点项目。")
    assert "佳能科技智造园区" in {n.name for n in listed.nodes if n.label == Label.PROJECT}
    assert not any(n.label == Label.PARK for n in listed.nodes)


def test_a_park_named_only_at_a_projects_head_is_where_the_report_is() -> None:
    g = _news("4月28日，吉林省蛟河市举行集中签约活动。\n新能源新材料类项目2个：1.6亿元的南部花岗岩园区汇源高端石材加工项目、"
              "0.7亿元的南部花岗岩园区石材雕刻项目。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("南部花岗岩园区", "蛟河市") in located and ("南部花岗岩园区石材雕刻项目", "南部花岗岩园区") in located


def test_a_place_that_hosts_a_ceremony_in_its_clause_holds_the_sentences_projects() -> None:
    # a later paragraph's host (a county, then its town and 也) holds the projects its sentence names, not the headline's
    text = ("嘉兴74个重大项目3月集中开工\n近日，在秀洲区新塍镇，14个项目集中开工。\n"
            "近日，嘉善县姚庄镇也举行了项目推进活动，田中精机（嘉兴）有限公司增资项目、嘉兴嘉兆仓储设施有限公司物流项目等6个项目集中开工。")
    g = _news(text)
    located = _edges(g, RelType.LOCATED_IN)
    assert ("田中精机（嘉兴）有限公司增资项目", "嘉善县") in located
    assert ("嘉兴嘉兆仓储设施有限公司物流项目", "嘉善县") in located
    assert "host_place" in _rules(g, RelType.LOCATED_IN)
    # a place heading a list of projects is where its item is, not the host of the list; a ceremony's venue is no host
    listed = _news("目前，澧县稳健平安医疗器械产业基地、常德经开区智见精密制造产业园等106个过亿元工业项目开工建设。")
    assert "host_place" not in _rules(listed, RelType.LOCATED_IN)
    venue = _news("3月30日，磴口县重点项目集中开工仪式在磴口县工业园区和瑞包装智能低碳环保建设项目区举行。")
    assert "host_place" not in _rules(venue, RelType.LOCATED_IN)


def test_a_headline_naming_only_a_city_gives_the_report_no_place_of_its_body() -> None:
    # "在X经开区，…开工": one of the city's places, not the report's
    text = ("嘉兴74个重大项目3月集中开工\n在嘉兴经济技术开发区，华祥纺织等8个重点项目也确定了开工时间。\n"
            "同样，中国电子科技集团第三十六研究所新能源建设项目正加快推进。")
    g = _news(text)
    assert "title_place" not in _rules(g, RelType.LOCATED_IN)


def test_the_place_a_paragraph_opens_with_holds_its_projects() -> None:
    text = ("桂林经开区21个项目集中开工\n本报讯 日前，桂林经开区举行集中开工仪式。\n"
            "今年以来，临桂区加快推进项目建设。其中，华能桂林燃气分布式能源项目已经竣工。\n"
            "浙江升华无机颜料生产项目也如期竣工。")
    g = _news(text)
    located = _edges(g, RelType.LOCATED_IN)
    assert ("华能桂林燃气分布式能源项目", "临桂区") in located and "paragraph_place" in _rules(g, RelType.LOCATED_IN)
    assert ("浙江升华无机颜料生产项目", "桂林经济技术开发区") in located  # the next paragraph: the report's place again
    # a report on the city names its counties' projects without saying each is theirs
    city = _news("我市今年引进重大招商引资项目127个\n本报讯 今年，我市引进项目127个。\n"
                 "聊城经济开发区充分利用现有厂房资源，引进了四川猛犸半导体科技有限公司。另外，还引进了冠州国际陆港项目。")
    assert "paragraph_place" not in _rules(city, RelType.LOCATED_IN)


def test_a_park_named_after_its_zone_is_also_named_without_it() -> None:
    g = _news("在宽甸经济开发区城南高新技术产业园内，辽宁优创科技节能材料有限公司正在开展项目建设。")
    park = next(n for n in g.nodes if n.label == Label.PARK and n.name.endswith("城南高新技术产业园"))
    assert park.name == "宽甸经济开发区城南高新技术产业园" and "城南高新技术产业园" in park.aliases
    assert (park.name, "宽甸经济开发区") in _edges(g, RelType.LOCATED_IN)


def test_a_later_sentence_opening_with_a_place_holds_the_rest_of_its_paragraph() -> None:
    # "两个工业园区共开工…。其中：A工业园区开工建设项目117项。X、Y…": the sentence's place, not the report's, from there on
    opening = ("凉州区上半年项目建设稳步推进\n今年以来，凉州区不断加快项目建设。全区经济运行总体平稳。"
               "各项指标好于预期。\n")
    text = (opening + "上半年两个工业园区共开工建设各类项目182项。其中：武威工业园区开工建设项目117项，总投资32.84亿元。"
            "武威宏伟物流中心建设项目已经开工。\n"
            "凉州区天祥肉类加工项目也已开工。")
    g = _news(text)
    located = _edges(g, RelType.LOCATED_IN)
    assert ("武威宏伟物流中心建设项目", "武威工业园区") in located
    assert ("武威宏伟物流中心建设项目", "凉州区") not in located
    assert "paragraph_place" in _rules(g, RelType.LOCATED_IN)
    # the sentence before the place's own is still the report's
    before = _news(opening + "武威宏伟物流中心建设项目已经开工。其中：武威工业园区开工建设项目117项。")
    assert ("武威宏伟物流中心建设项目", "武威工业园区") not in _edges(before, RelType.LOCATED_IN)


def test_parks_a_countys_report_relies_on_with_no_subject_are_the_countys() -> None:
    # 以…为契机，依托A产业园、B产业园，发挥…: a clause with no subject in a report on a county speaks for the county
    head = "云城区强化措施 推动园区经济高质量发展\n2021年以来，云城区深入学习贯彻会议精神，认真落实部署。\n"
    g = _news(head + "以创建国家中医药产业发展试验区为契机，依托国家现代农业（南药）产业园、金属智造产业园，发挥资源优势。")
    located = _edges(g, RelType.LOCATED_IN)
    assert ("国家现代农业（南药）产业园", "云城区") in located and ("金属智造产业园", "云城区") in located
    # not in a report on a city or province (no report's county), and not a park another place relies on by name
    city = _news("我市推动园区经济高质量发展\n依托国家现代农业（南药）产业园、金属智造产业园，发挥资源优势。")
    assert "subject_parks" not in _rules(city, RelType.LOCATED_IN)


def test_a_clause_with_no_subject_develops_for_its_paragraphs_place() -> None:
    # a zone's report; a paragraph opened by a county: its clause with no subject (大力发展A、B) is the county's
    text = ("桂林经开区21个项目集中开工\n本报讯 日前，桂林经开区举行集中开工仪式。\n"
            "今年以来，临桂区加快推进项目建设。大力发展电子信息产业和生物医药产业。\n"
            "大力发展新材料产业。")
    g = _news(text)
    develops = _edges(g, RelType.DEVELOPS)
    assert ("临桂区", "电子信息") in develops and ("桂林经济技术开发区", "电子信息") not in develops
    assert "develops_paragraph_place" in _rules(g, RelType.DEVELOPS)
    assert ("桂林经济技术开发区", "新材料") in develops  # the next paragraph: the report's place again


def test_a_subjectless_clause_after_a_clause_with_its_own_subject_lends_it_no_place() -> None:
    """"…临桂区项目建设提速。高新技术产业开发区发展A、B产业，打造…基地": the verbs of the clause with a subject of its own
    (a bare zone the prose names do not hold) are not the later subject-less clause's, so neither the paragraph's place nor
    the report's develops A and B by that rule (corpus 000 gave 经济技术开发区 the 高新区's three industries)."""
    g = _news("东林市召开大会。今年以来，临桂区项目建设提速。高新技术产业开发区发展化工新材料、生物医药产业，"
              "打造全国重要的化工新材料基地。")
    rules = {part for r in _rules(g, RelType.DEVELOPS) for part in r.split("+")}
    assert not rules & {"develops_doc_place", "develops_paragraph_place"}


def test_a_sites_section_in_its_breadcrumbs_is_no_zone() -> None:
    # relp9: 开发区新闻 is a menu's section, not the city's 开发区 (no 通辽开发区 in a report on 科尔沁区)
    from tests.ingest.graphs import extracted, named
    g = extracted("您现在的位置：首页 > 开发区新闻 > 科尔沁区 > 文字新闻\n科尔沁区12个重点项目集中开工\n"
                  "通辽市科尔沁区12个重点项目集中开工，总投资45亿元。", title="科尔沁区12个重点项目集中开工")
    assert not any(n.endswith("开发区") for n in named(g, Label.COUNTY) | named(g, Label.PARK))
