"""LOCATED_IN, PARK_IN and PROJECT_OF on the eighth batch's learning half (rel10): the wrong edges' rules mended and
the relations a sentence states read, each on a composed sentence, with the shapes it must leave alone."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.test_other_cities import _edges, _news, _rules


def _parks(g) -> set[str]:
    return {n.name for n in g.nodes if n.label == Label.PARK}


def test_a_pages_field_label_is_no_county() -> None:
    g = _news("某某赴弋阳高新区调研\n所属地区:江西-上饶\n发布日期:2025年07月28日\n"
              "调研组指出，弋阳高新区需进一步强化产业链招商。")
    assert not any(n.name == "所属地区" for n in g.nodes)
    assert not any(b == "所属地区" for _, b in _edges(g, RelType.LOCATED_IN))


def test_a_study_or_visit_verb_before_a_bare_park_word_names_no_park() -> None:
    g = _news("辛清华赴弋阳高新区调研园区发展及招商引资工作。调研组重点考察园区产业发展，建议园区搭建平台，摸清园区发展瓶颈。")
    assert not {p for p in _parks(g) if p.endswith("园区") and len(p) <= 6}
    assert not any("调研" in p for p in _parks(g))
    # a park's own name is still read
    assert "弋阳高新技术产业园区" in _parks(_news("调研组赴弋阳高新技术产业园区开展专题调研。"))


def test_a_verb_of_showing_or_enlarging_opens_no_parks_name() -> None:
    g = _news("放大阿胶产业园的品牌效应，进一步壮大阿胶产业。本文全面展示蓝田开发区的历史沿革。")
    assert "阿胶产业园" in _parks(g)
    assert not any(p.startswith(("放大", "展示")) for p in _parks(g))


def test_a_report_opening_on_a_county_written_after_its_province() -> None:
    text = ("今年，内蒙古鄂托克旗实施10亿元以上项目11项，总投资311亿元。\n"
            "鄂尔多斯市君正能源化工有限公司100万吨PVC烧碱项目总投资45.5亿元，该项目4月底开工。")
    g = _news(text)
    assert ("鄂尔多斯市君正能源化工有限公司100万吨PVC烧碱项目", "鄂托克旗") in _edges(g, RelType.LOCATED_IN)
    assert "opening_subject" in _rules(g, RelType.LOCATED_IN)
    # a county's short form opening a prefecture's name after the province is no county (广西|防城港市)
    city = _news("近日，广西防城港市发布了2023年工业经济运行数据。\n昆泽中药配方颗粒提取物项目开工。")
    assert not any(b == "防城区" for _, b in _edges(city, RelType.LOCATED_IN))


def test_a_firm_after_the_kind_it_is_in_the_place_it_settled_in() -> None:
    g = _news("6日，落户轮台县的首家制造业企业山东光耀浮法玻璃科技有限公司，一期工程正式投产运行。")
    assert any(a.endswith("光耀浮法玻璃科技") and b == "轮台县" for a, b in _edges(g, RelType.LOCATED_IN))
    assert _rules(g, RelType.LOCATED_IN) == {"settled_in"}
    # a name between the kind and the firm: the firm is not said to be there
    other = _news("6日，落户轮台县的首家企业的合作方山东光耀浮法玻璃科技有限公司到访。")
    assert not any(a.endswith("光耀浮法玻璃科技") and b == "轮台县" for a, b in _edges(other, RelType.LOCATED_IN))


def test_a_later_clause_of_settling_speaks_of_the_sentences_project() -> None:
    g = _news("启迪生物医药产业园项目由广东启迪集团投资建设，落户广海湾经济开发区，着力打造生物医药全产业链。")
    assert ("启迪生物医药产业园项目", "广海湾经济开发区") in _edges(g, RelType.LOCATED_IN)
    assert "located_continued" in _rules(g, RelType.LOCATED_IN)
    # another place named between: the clause is not the project's
    other = _news("启迪生物医药产业园项目由广东启迪集团在台山市投资建设，落户广海湾经济开发区。")
    assert "located_continued" not in _rules(other, RelType.LOCATED_IN)


def test_firms_a_clause_lands_after_a_park_that_ends_the_clause_before() -> None:
    g = _news("建设5000亩的小麦精深加工产业园，已入驻正星粉业、千喜鹤集团、同福食品等5家企业；建设伞业产业园，已入驻浙江天堂伞业有限公司。")
    placed = _edges(g, RelType.LOCATED_IN)
    for firm in ("正星粉业", "千喜鹤集团", "同福食品"):
        assert (firm, "小麦精深加工产业园") in placed
    assert any(b == "伞业产业园" for _, b in placed)
    # a clause with its own subject between speaks of that subject, not the park
    other = _news("建设小麦精深加工产业园，县政府已引进正星粉业、千喜鹤集团等5家企业。")
    assert not any(b == "小麦精深加工产业园" for _, b in _edges(other, RelType.LOCATED_IN))


def test_parks_a_countys_report_builds_with_no_subject_are_the_countys() -> None:
    text = ("2024年郸城县人民政府工作报告\n"
            "累计签约亿元以上项目37个。建设5000亩的小麦精深加工产业园，已入驻正星粉业等5家企业；建设2760亩的生物医药产业园，"
            "形成了医药产业集群。")
    g = _news(text, title="2024年郸城县人民政府工作报告")
    parks = _edges(g, RelType.LOCATED_IN)
    assert ("小麦精深加工产业园", "郸城县") in parks and ("生物医药产业园", "郸城县") in parks
    assert "subject_parks" in _rules(g, RelType.LOCATED_IN)
    # in a report on a city, the parks it builds are not placed in a county
    city = _news("2024年周口市人民政府工作报告\n建设5000亩的小麦精深加工产业园，已入驻正星粉业等5家企业。",
                 title="2024年周口市人民政府工作报告")
    assert not any(a == "小麦精深加工产业园" and b.endswith("县") for a, b in _edges(city, RelType.LOCATED_IN))


def test_the_items_of_a_batch_a_place_signs_are_in_that_place() -> None:
    g = _news("洽谈会上，远景能源有限公司等来自北京的企业，与海原县签订了16.26亿元的农业综合项目，其中包括年产5万锭棉纱加工项目、"
              "香水梨产业采购项目、西芹产业采购项目。")
    placed = _edges(g, RelType.LOCATED_IN)
    for p in ("年产5万锭棉纱加工项目", "香水梨产业采购项目", "西芹产业采购项目"):
        assert (p, "海原县") in placed
    assert not any(a in ("年产5万锭棉纱加工项目", "西芹产业采购项目") for a, _ in _edges(g, RelType.CARRIED_OUT_BY))
    # a batch a firm signs with a firm names no place
    firm = _news("远景能源有限公司与天津津通铁塔股份有限公司签订了农业综合项目，其中包括西芹产业采购项目。")
    assert not _edges(firm, RelType.LOCATED_IN)


def test_gai_jituan_opening_a_clause_is_the_firm_named_last() -> None:
    g = _news("其中，步阳集团堪称“重头戏”。据悉，该集团将投资10亿元，新建年产200万樘安全门的西部门业工业园、年产100万只汽车轮毂的轮毂工业园以及门业营销中心等。")
    owned = _edges(g, RelType.CARRIED_OUT_BY)
    assert ("西部门业工业园", "步阳集团") in owned and ("轮毂工业园", "步阳集团") in owned
    assert _rules(g, RelType.CARRIED_OUT_BY) == {"subject_owner"}
    # with no firm named before in the paragraph, 该集团 names none
    alone = _news("据悉，该集团将投资10亿元，新建年产200万樘安全门的西部门业工业园。")
    assert not _edges(alone, RelType.CARRIED_OUT_BY)


def _projects(g) -> set[str]:
    return {n.name for n in g.nodes if n.label == Label.PROJECT}


def test_a_park_built_at_a_place_by_one_investment_is_a_project_without_the_place() -> None:
    g = _news("太阳纸业等三家公司计划投资58.5亿元在邹城建生物质新材料产业园。")
    assert "生物质新材料产业园" in _projects(g)
    assert not any("邹城建" in n.name for n in g.nodes)
    planned = _news("2022年，梓潼县投资4.1亿元规划建设健康食品产业园。")
    assert "健康食品产业园" in _projects(planned)
    # a park's own name that a place opens is kept whole where no 在 and verb of building stand before it
    assert "福建生物质新材料产业园" in _parks(_news("福建生物质新材料产业园已入驻企业20家。"))


def test_a_list_items_bracketed_number_is_no_part_of_a_projects_name() -> None:
    g = _news("项目拟新上：\n（1）年产100万吨包装纸及纸制品深加工项目；\n(2）年产6万吨造纸化学品项目。")
    assert {"年产100万吨包装纸及纸制品深加工项目", "年产6万吨造纸化学品项目"} <= _projects(g)


def test_a_sentence_opening_on_a_place_after_a_purpose_and_a_time() -> None:
    g = _news("为深入贯彻落实市委的决策部署，2022年，梓潼县投资4.1亿元规划建设健康食品产业园。")
    assert ("健康食品产业园", "梓潼县") in _edges(g, RelType.LOCATED_IN)
    assert _rules(g, RelType.LOCATED_IN) == {"subject_place"}
    # a place later in the clause is no subject
    later = _news("为深入贯彻落实决策部署，投资方与梓潼县规划建设健康食品产业园。")
    assert "subject_place" not in _rules(later, RelType.LOCATED_IN)


def test_a_word_listing_items_is_no_owner_before_a_projects_figure() -> None:
    g = _news("此次签约的均为“新兴赛道”优质项目，具体包括总投资40亿元的半导体先进封装项目、总投资20亿元的POE胶膜产业项目。")
    assert not _edges(g, RelType.CARRIED_OUT_BY)
    assert not any(n.name == "具体包括" for n in g.nodes)


def test_a_speakers_organ_opening_the_sentence_is_no_subject_of_its_projects() -> None:
    g = _news("轮台工业园区管委会副主任黎光介绍说，自2001年以来，轮台县大力实施“工业强县”战略，建成东辰18万吨甲醇项目、"
              "祥瑞化工5万吨溶剂油项目等重点石油石化项目。")
    placed = _edges(g, RelType.LOCATED_IN)
    assert ("东辰18万吨甲醇项目", "轮台县") in placed
    assert not any(a.startswith("东辰") and b == "轮台工业园区" for a, b in placed)
    # the place itself opening the sentence is its subject
    own = _news("轮台工业园区大力实施“工业强县”战略，建成东辰18万吨甲醇项目。")
    assert ("东辰18万吨甲醇项目", "轮台工业园区") in _edges(own, RelType.LOCATED_IN)


def test_firms_a_list_closes_as_the_parks_own_are_in_the_park_named_last() -> None:
    g = _news("近日，调研组赴弋阳高新技术产业园区开展专题调研。调研组深入江西鸥迪铜业有限公司、上饶市鸿基铝业有限公司等园区重点企业，详细了解生产经营。")
    placed = _edges(g, RelType.LOCATED_IN)
    assert any(a.endswith("江西鸥迪铜业") and b == "弋阳高新技术产业园区" for a, b in placed)
    assert ("上饶市鸿基铝业", "弋阳高新技术产业园区") in placed
    # a list of firms of no park's
    other = _news("近日，调研组赴弋阳高新技术产业园区开展专题调研。调研组深入江西鸥迪铜业有限公司、上饶市鸿基铝业有限公司等重点企业。")
    assert not any(a.endswith(("江西鸥迪铜业", "上饶市鸿基铝业")) for a, _ in _edges(other, RelType.LOCATED_IN))


def test_parks_a_zones_report_pushes_with_no_subject_are_the_zones() -> None:
    text = ("东阿经济开发区加大招商引资力度，加快项目建设进程，全力打造发展新引擎。\n"
            "坚持错位与集聚并举，进一步培育产业特色。加快推进钢球产业园建设，不断延伸产业链条。")
    g = _news(text)
    assert ("钢球产业园", "东阿经济开发区") in _edges(g, RelType.LOCATED_IN)
    assert "subject_parks" in _rules(g, RelType.LOCATED_IN)
    # a report on a park that is no zone holds no parks so
    park = _news("钢球产业园加大招商引资力度，全力打造发展新引擎。\n加快推进阿胶产业园建设，不断延伸产业链条。")
    assert ("阿胶产业园", "钢球产业园") not in _edges(park, RelType.LOCATED_IN)


def test_the_firm_that_carries_a_project_out_owns_it() -> None:
    g = _news("据介绍，浙江美都海创锂电科技有限公司实施的新能源锂电池材料项目，将形成年产5万吨锂电池三元正极材料的能力。")
    assert any(a == "新能源锂电池材料项目" and b.endswith("美都海创锂电科技") for a, b in _edges(g, RelType.CARRIED_OUT_BY))
    assert _rules(g, RelType.CARRIED_OUT_BY) == {"invested_by"}
    # a firm that only praises a project owns nothing
    other = _news("据介绍，浙江美都海创锂电科技有限公司肯定的新能源锂电池材料项目，将形成年产5万吨的能力。")
    assert not _edges(other, RelType.CARRIED_OUT_BY)


def test_firms_of_an_industry_a_park_topic_clause_lands_are_in_the_park() -> None:
    text = ("2024年，河源市围绕电子信息、水饮料及食品、先进材料等重点产业，精准招商。\n"
            "河源国家高新区水经济产业园，落户了农夫山泉、今麦郎、华润怡宝、紫泉饮料等一批水饮料及食品企业。")
    g = _news(text)
    placed = _edges(g, RelType.LOCATED_IN)
    for firm in ("农夫山泉", "今麦郎", "紫泉饮料"):
        assert (firm, "河源国家高新区水经济产业园") in placed
    # the clause with a subject of its own between: not the park's
    other = _news("2024年，河源市围绕电子信息、水饮料及食品、先进材料等重点产业，精准招商。\n"
                  "河源国家高新区水经济产业园，市里引进了农夫山泉、今麦郎等一批水饮料及食品企业。")
    assert not any(b == "河源国家高新区水经济产业园" and a in ("农夫山泉", "今麦郎") for a, b in _edges(other, RelType.LOCATED_IN))


def test_a_time_between_a_park_and_its_verb_of_settling() -> None:
    g = _news("作为示范性产业园，中国（湖南）轻工产业园今年4月落户湘阴县，按照整体规划、分期开发的原则建设。")
    assert any(a.endswith("轻工产业园") and b == "湘阴县" for a, b in _edges(g, RelType.LOCATED_IN))
    assert "settled_in" in _rules(g, RelType.LOCATED_IN)


def test_firms_leading_the_cluster_a_park_forms_are_the_parks() -> None:
    g = _news("建设2760亩的生物医药产业园，形成了以巨鑫生物、百年康鑫、神农药业等为龙头的医药产业集群。")
    placed = _edges(g, RelType.LOCATED_IN)
    for firm in ("巨鑫生物", "百年康鑫", "神农药业"):
        assert (firm, "生物医药产业园") in placed
    # the frame in a clause with its own subject: not the park's
    other = _news("建设2760亩的生物医药产业园，全市形成了以巨鑫生物、百年康鑫等为龙头的医药产业集群。")
    assert not any(b == "生物医药产业园" for _, b in _edges(other, RelType.LOCATED_IN))


def test_a_units_number_mark_stays_inside_a_projects_name() -> None:
    g = _news("榆中县集中开工了自然村通硬化路、榆钢3#高炉冲渣水余热回收供暖项目等35个项目。")
    assert "榆钢3#高炉冲渣水余热回收供暖项目" in _projects(g)


def test_a_firm_signing_an_investment_agreement_with_a_county_is_to_be_there() -> None:
    g = _news("1月8日，安徽省蚌埠市怀远县与山东尚品尚科技有限公司签订投资协议，协议总投资3.2亿元。")
    assert any(a.endswith("尚品尚科技") and b == "怀远县" for a, b in _edges(g, RelType.LOCATED_IN))
    assert _rules(g, RelType.LOCATED_IN) == {"signed_with"}
    # an agreement of another kind (a purchase, a strategy) places no firm
    other = _news("1月8日，怀远县与山东尚品尚科技有限公司签订战略合作协议。")
    assert not _edges(other, RelType.LOCATED_IN)


def test_a_park_a_zone_holds_its_event_at_is_the_zones() -> None:
    g = _news("11月2日，郑东新区在龙子湖智慧岛隆重举行第四季度招商引资重点项目签约仪式，共计签约项目35个。")
    assert ("龙子湖智慧岛", "郑东新区") in _edges(g, RelType.LOCATED_IN)
    assert _rules(g, RelType.LOCATED_IN) == {"host_venue"}
    # a place that is not the clause's subject holds nothing
    other = _news("11月2日，记者从郑东新区获悉，企业在龙子湖智慧岛隆重举行签约仪式。")
    assert "host_venue" not in _rules(other, RelType.LOCATED_IN)


def test_located_inside_a_place_before_de() -> None:
    g = _news("眼前，位于官湖镇工业园区内的德鲁尼智能家居产业园项目工地一片繁忙景象。")
    assert ("德鲁尼智能家居产业园项目", "官湖镇工业园区") in _edges(g, RelType.LOCATED_IN)
    assert _rules(g, RelType.LOCATED_IN) == {"located_at"}


def test_firms_framed_as_representatives_of_what_a_zones_report_formed() -> None:
    text = ("漳州蓝田经济开发区作为福建省内的重要开发区之一，其发展历程值得深入了解。\n"
            "以英博雪津啤酒、康师傅饮品等企业为代表，形成了具有竞争力的食品饮料产业。")
    g = _news(text)
    placed = _edges(g, RelType.LOCATED_IN)
    assert ("英博雪津啤酒", "漳州蓝田经济开发区") in placed and ("康师傅饮品", "漳州蓝田经济开发区") in placed
    # a frame that is no sentence of its own (a subject before it) is left alone
    other = _news("漳州蓝田经济开发区作为福建省内的重要开发区之一，其发展历程值得深入了解。\n"
                  "全省以英博雪津啤酒、康师傅饮品等企业为代表，形成了具有竞争力的食品饮料产业。")
    assert ("英博雪津啤酒", "漳州蓝田经济开发区") not in _edges(other, RelType.LOCATED_IN)
