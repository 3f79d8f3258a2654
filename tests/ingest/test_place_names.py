"""Parks, zones and firms by the grammar of their names, and the park-in-zone relations (issue 10, items 1
and 2): where a park's name starts and ends, zones named by their shape, company names cut from the words
around them. Sentences composed for the test, the real pipeline."""

from __future__ import annotations

from graph.model import DocumentGraph, Label, RelType
from ingest.extract.names import find_enterprises, find_parks
from tests.ingest.test_other_cities import _edges, _news


def _names(g: DocumentGraph, label: Label) -> set[str]:
    return {n.name for n in g.nodes if n.label == label}


def _parks(text: str) -> set[str]:
    return {name for _s, _e, name in find_parks(text)}


def test_a_park_name_keeps_the_zone_it_opens_with() -> None:
    text = "平定经济开发区绿色建材产业园位于开发区东部。"
    assert "平定经济开发区绿色建材产业园" in _parks(text) and "绿色建材产业园" not in _parks(text)
    g = _news(text)
    assert ("平定经济开发区绿色建材产业园", "平定经济开发区") in _edges(g, RelType.LOCATED_IN)
    assert "绿色建材产业园" not in _names(g, Label.PARK)


def test_a_bare_park_word_after_an_adverb_or_a_verb_is_no_name() -> None:
    for text in ("目前产业园已累计招引企业近20家。", "临近年终，盘点开发区产业发展图谱。",
                 "园区不断提高园区生态环境的质量。", "将根据园区产业发展现状布局。",
                 "将园区打造成千亿级产业园区。", "这一举措初步实现开发区教育链与产业链融合。"):
        assert _parks(text) == set(), text
    assert _parks("2022年首批项目集中开工暨远景低碳产业园奠基仪式举行。") == {"远景低碳产业园"}


def test_a_company_name_starts_after_a_clause_opening_word() -> None:
    assert {n for _s, _e, n in find_enterprises("随着英利集团的入驻，园区新增产值10亿元。")} == {"英利集团"}


def test_a_zone_by_its_own_name_before_a_zone_word_is_a_city_level_zone() -> None:
    g = _news("3月5日，慈湖高新区举行项目集中开工仪式。海口国家高新区和天津临港综合保税区的企业参加。")
    zones = {n.name: n for n in g.nodes if n.label == Label.COUNTY}
    for name in ("慈湖高新区", "海口国家高新区", "天津临港综合保税区"):
        assert zones[name].props["kind"] == "zone", name
    g = _news("今年，城市新区建设提速。2月，国家级新区名单公布。")
    assert not {n.name for n in g.nodes if n.label == Label.COUNTY and n.props.get("kind") == "zone"}


def test_a_zone_named_before_its_projects_names_no_project() -> None:
    g = _news("天府新区项目是签约重点。")
    assert "天府新区项目" not in _names(g, Label.PROJECT)


def test_a_park_whose_words_close_with_a_kind_word_is_no_park() -> None:
    assert _parks("着力打造以智能装备为主的高端装备制造特色产业园区。") == set()
    assert _parks("重点打造供应链一体化标杆园区。") == set()
    assert "东盟电子信息产业园中园" in _parks("加快推进东盟电子信息产业园中园建设。")


def test_a_zones_former_name_is_no_other_park() -> None:
    g = _news("营口辽河经济开发区成立于2008年，前身为营口中小企业创业园区。")
    assert "营口中小企业创业园区" not in _names(g, Label.PARK)


def test_parks_in_a_zones_report_are_in_the_zone_unless_only_planned() -> None:
    text = ("乐山高新区：总部经济聚集区建设加速推进\n8月22日，记者从乐山高新区了解到，已开工建设东西部协作电子信息产业园示范区，"
            "加快推进东盟电子信息产业园中园建设。下一步将打造内陆港综合物流园。")
    edges = _edges(_news(text), RelType.LOCATED_IN)
    zone = next(z for p, z in edges if p == "东盟电子信息产业园中园")
    assert ("东西部协作电子信息产业园示范区", zone) in edges
    assert not any(p == "内陆港综合物流园" for p, _z in edges)


def test_a_place_in_the_projects_own_clause_is_nearer_than_the_reports() -> None:
    text = "成都天府新区项目签约\n天府新区是推介的重点。海高投资公司拟投资6.2亿元，在双流区建设锂离子动力电池项目。"
    edges = _edges(_news(text), RelType.LOCATED_IN)
    assert not any(p == "锂离子动力电池项目" and "天府新区" in z for p, z in edges)


def _firms(text: str) -> set[str]:
    return {n for _s, _e, n in find_enterprises(text)}


def test_a_company_name_starts_after_a_verb_a_zone_or_a_kind_noun() -> None:
    assert _firms("该产业园目前已落地康佳集团等27个项目。") == {"康佳集团"}
    assert _firms("新疆准东经济技术开发区阳煤集团五彩湾一号矿井开工。") == {"阳煤集团"}
    assert _firms("全球领先无人智能配送企业新石器公司设立区域总部。") == {"新石器公司"}
    assert _firms("这个县以青冈长林肉类食品有限公司为龙头。") == {"青冈长林肉类食品有限公司"}
    assert "某某企业管理有限公司" in _firms("由某某企业管理有限公司运营。")  # a legal ending's 企业 stays


def test_a_list_of_firms_closed_by_their_field_and_opened_by_a_verb() -> None:
    g = _news("青冈县积极引进飞鹤、伊利、雀巢等国内外知名的乳品企业。")
    assert {"飞鹤", "伊利", "雀巢"} <= _names(g, Label.ENTERPRISE)
    g = _news("开发区将继续紧盯近两年新投产、产值前30以及产值外流等重点企业。推动食品运输专用车辆、跨境贸易等相关企业入驻。")
    assert not _names(g, Label.ENTERPRISE)


def test_parks_a_place_builds_in_itself_and_a_zones_list_of_parks() -> None:
    g = _news("张化锋说，济宁新材料产业园区将以龙头企业为引领，逐步在园区建设石墨烯新材料产业园和环保新材料产业园。")
    edges = _edges(g, RelType.LOCATED_IN)
    assert {("石墨烯新材料产业园", "济宁新材料产业园区"), ("环保新材料产业园", "济宁新材料产业园区")} <= edges
    g = _news("江陵经济开发区面积达到19.66平方公里，形成临港产业园、城东产业园一区两园的发展格局。")
    edges = _edges(g, RelType.LOCATED_IN)
    assert {("临港产业园", "江陵经济开发区"), ("城东产业园", "江陵经济开发区")} <= edges


def test_a_countys_short_form_that_is_its_prefectures_means_the_city() -> None:
    g = _news("乌鲁木齐市重点项目开工。乌鲁木齐经济技术开发区今年开工项目16个。")
    assert "乌鲁木齐县" not in _names(g, Label.COUNTY)


def test_a_zones_own_name_starts_after_a_copula() -> None:
    g = _news("三季度是慈湖高新区的项目季。")
    assert "慈湖高新区" in _names(g, Label.COUNTY)


def test_a_themes_town_valley_or_island_is_a_park_and_may_open_a_parks_name() -> None:
    assert "重庆国际生物城" in _parks("无锡蕾明视康入驻重庆国际生物城，拟布局眼用药物制造基地项目。")
    assert "中国动力谷" in _parks("中国动力谷的建设使株洲发展成动力之都。")
    assert "海口药谷工业园" in _parks("在海口药谷工业园，企业加紧生产。")
    g = _news("长春汽车经济技术开发区：项目集中签约\n长春汽车经济技术开发区位于长春市规划的国际汽车城核心区。")
    assert not any(p == "国际汽车城" for p, _z in _edges(g, RelType.LOCATED_IN))  # an area may hold the zone


def test_a_bare_development_zone_word_is_the_zone_the_report_names_in_full() -> None:
    g = _news("扬州经济技术开发区举行项目集中投产仪式。扬州市委书记出席。开发区重点发展高端装备产业。")
    assert "扬州经济开发区" not in {n.name for n in g.nodes}
    assert any(z == "扬州经济技术开发区" for z, _c in _edges(g, RelType.DEVELOPS))


def test_a_level_before_a_places_zone_is_no_part_of_its_name() -> None:
    assert "拉萨经济技术开发区" in _parks("今年以来，国家级拉萨经济技术开发区以资源开发为招商重点。")
    assert _parks("支持三县创建省级农业高新技术产业开发区。") == set()
    assert _parks("以国家级和省级开发区为载体。") == set()


def test_a_bare_full_zone_word_is_no_home_city_zone_in_another_citys_text() -> None:
    g = _news("西宁经济技术开发区（青海国家高新技术产业开发区）又一个千亿投资大手笔落子。")
    assert not any("聊城" in n.name for n in g.nodes)


def test_a_bare_zone_word_is_the_zone_named_by_its_own_name() -> None:
    g = _news("三季度是慈湖高新区的项目季。记者拜访了深圳、杭州等地企业。高新区新签约北化高端基础油项目。")
    assert not any(n.name.startswith("深圳") for n in g.nodes)


def test_a_run_the_project_rules_reject_hides_no_company() -> None:
    g = _news("阿荣旗人民政府与呼伦贝尔肉业集团等12家国内行业领军企业就15个项目签约。")
    assert "呼伦贝尔肉业集团" in _names(g, Label.ENTERPRISE)


def test_a_demonstrative_park_name_is_the_park_named_before() -> None:
    g = _news("广东海南先进制造业合作产业园目前已落地27个项目。该合作产业园于今年1月开工建设。")
    assert "该合作产业园" not in _names(g, Label.PARK) and "合作产业园" not in _names(g, Label.PARK)


def test_a_park_invested_and_built_is_a_project() -> None:
    g = _news("绥化经济开发区引进江苏远景集团拟投资20亿元建设远景低碳产业园，一期建设风机总装厂。")
    assert "远景低碳产业园" in _names(g, Label.PROJECT) and "远景低碳产业园" not in _names(g, Label.PARK)


def test_a_copula_after_a_zone_ends_its_name() -> None:
    assert "武汉经开区是武汉经济技术开发区" not in _parks("武汉经开区是武汉经济技术开发区的简称。")
    assert "临清三和工业园" in _parks("临清三和工业园位于城区东部。")


def test_a_park_name_starts_after_a_verb_of_saying_or_dividing() -> None:
    # 标志着/分为/分别是/辐射/获评… before a park's name are no part of it
    assert _parks("园区分为农副产品加工产业园、生物制药产业园。") >= {"农副产品加工产业园", "生物制药产业园"}
    assert not {p for p in _parks("工业项目分别是绥安开发区的A项目。") if p.startswith("分别是")}
    assert not _parks("以高新区为核心，辐射石家庄经济开发区等区域。") & {"辐射石家庄经济开发区"}
    assert _parks("本文为工业园网用户自行上传。") == set()


def test_a_title_a_place_holds_or_a_batch_is_no_park() -> None:
    # "X区是A、B、C": the predicate list names titles of the place; a batch (第一批…园区) or a list's close a class
    assert _parks("泉港区是国家九大炼油基地、中国石油化工园区、国家循环经济示范试点园区。") == set()
    assert _parks("示范园成为山东省第一批省级化工园区。") == set()
    assert _parks("顶层规划布局医药化工、五金机械等产业园区。") == set()
    # a park in a predicate that 的 continues is the park it names
    assert "聊城化工产业园" in _parks("该区是聊城化工产业园的核心区，")


def test_weak_park_endings_name_a_park_only_after_a_place() -> None:
    # 集聚区, 工业区, 集中区, 功能区, 示范园, 创业园, 专业园 close descriptions too
    assert "栾川县旅游产业集聚区" in _parks("投资1.2亿元的栾川县旅游产业集聚区客运站建设。")
    assert "泉港石化工业区" in _parks("泉港石化工业区位于湄洲湾南岸。")
    assert "澧县创新创业园" in _parks("建设澧县创新创业园。")
    assert _parks("落实主体功能区战略，建设跨境电商集聚区和科技示范园。") == set()
    # a verb before the place is no part of the name
    assert "绍兴市柯桥区滨海工业区" in _parks("满足绍兴市柯桥区滨海工业区的用热需求。")


def test_a_sites_breadcrumbs_and_an_adjective_name_no_park() -> None:
    assert _parks("大力建设武汉都市圈重要功能区。") == set()
    g = _news("岳阳网 >财经 >产业园区\n世界单体最大的防水生产基地项目开工。")
    assert not [n for n in g.nodes if n.label == Label.PARK]


def test_an_adjective_of_fame_before_a_parks_ending_makes_no_name() -> None:
    assert _parks("全力打造世界著名汽车城核心区。") == set()


def test_an_existing_parks_name_starts_after_xianyou_and_a_science_city_is_a_park() -> None:
    assert "湖南岳阳绿色化工产业园" in _parks("现有湖南岳阳绿色化工产业园、临湘工业园等两个专业化工园区。")
    assert "湘江科学城" in _parks("推动湘江科学城重点项目建设。")


def test_a_park_name_starts_at_the_division_it_holds_after_a_clause() -> None:
    # the words before a prefecture or a county named in full are a clause (an authority's decision, a visit)
    assert _parks("记者随考察组来到潍坊市昌邑化工产业园。") == {"潍坊市昌邑化工产业园"}
    assert _parks("与会人员还到淮安市清江浦区新材料产业园观摩。") == {"淮安市清江浦区新材料产业园"}
    # … but not the builder's or a zone's name, nor a bracket's place
    assert _parks("正威新材料渭南大荔纳米谷产业园建成投产。") == {"正威新材料渭南大荔纳米谷产业园"}
    assert _parks("建设中韩(盐城)产业园。") == {"中韩(盐城)产业园"}


def test_an_approval_or_a_title_won_opens_no_park_name() -> None:
    assert _parks("省政府批复同意武宁工业园区扩区调区。") == {"武宁工业园区"}
    assert _parks("该园区连续两年荣获全省开发区综合考核第一等次。") == set()
    assert _parks("届时园区将实现购车、上户一条龙服务。") == set()


def test_quoted_kinds_one_after_another_and_a_title_granted_name_no_park() -> None:
    assert _parks("打造以绿电为主的“零碳工厂”“零碳园区”。") == set()
    assert _parks("建设“鲁西化工园区”。") == {"鲁西化工园区"}
    # "an industrial park of 九江" (一 before the ending, not 第一) names none
    assert _parks("九江一工业园区扩区调区获省政府批复！") == set()
    assert _parks("建设临清第一工业园区。") == {"临清第一工业园区"}
    # a park-shaped name after a quality (具有…的) describes a goal, no park
    assert _parks("项目以打造“具有全球影响力的卓越科创园区”为总体目标。") == set()
    g = _news("我市三地获批省级特色专业园区\n近日，三地正式获批省级特色专业园区。")
    assert not any(n.label == Label.PARK for n in g.nodes)


def test_a_parks_name_runs_from_its_county_after_the_regions_holding_it() -> None:
    # 伊犁州|霍尔果斯经济开发区, 新疆|库尔勒上库…, 甘肃|高台工业园: the county's park, named as texts name it alone (the
    # written form stays an alias); a prefecture's own district keeps its city (东营市|东营区 shares 东营)
    g = _news("日前，记者来到伊犁州霍尔果斯经济开发区伊宁园区。新疆库尔勒上库高新技术产业开发区位于库尔勒市。"
              "甘肃高台工业园是省级化工园区。东营市东营区化工产业园投产。")
    parks = {n.name: n for n in g.nodes if n.label == Label.PARK}
    assert {"霍尔果斯经济开发区", "库尔勒上库高新技术产业开发区", "高台工业园", "东营市东营区化工产业园"} <= set(parks)
    assert "伊犁州霍尔果斯经济开发区" in parks["霍尔果斯经济开发区"].aliases
    assert "甘肃高台工业园" in parks["高台工业园"].aliases
    assert not {"伊犁州霍尔果斯经济开发区", "甘肃高台工业园", "东营区化工产业园"} & set(parks)
    located = _edges(g, RelType.LOCATED_IN)
    assert ("霍尔果斯经济开发区伊宁园区", "霍尔果斯经济开发区") in located
    assert ("高台工业园", "高台县") in located
