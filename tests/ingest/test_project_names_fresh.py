"""Projects, firms and owners written against the fresh part of the other-cities development set (104–143) and
checked on 01–103: where a firm's or a project's name starts, kinds and fields that are no names, firm lists that
list no firms (ingest/extract/names.py, project_lists.py, enterprise_lists.py, projects.py), on sentences
composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def _firms(text: str) -> set[str]:
    return named(news(text), Label.ENTERPRISE)


def _projects(text: str) -> set[str]:
    return named(news(text), Label.PROJECT)


# ---- where a firm's name starts ----

def test_a_firm_name_starts_after_a_list_an_example_or_a_verb() -> None:
    assert "华东重工机械" in _firms("投资合作方包括华东重工机械有限公司、北方建工集团等。")
    assert "华岭卫生用品" in _firms("比如华岭卫生用品有限公司生产基地项目总投资20亿元。")
    assert not any(f.startswith(("参加", "延伸", "已注册"))
                   for f in _firms("代表团参加华钢公司合金带钢项目投产仪式。项目将延伸华钢集团产业链条。企业已注册北辰航空有限公司。"))


def test_a_role_noun_opens_a_firm_name() -> None:
    assert "南岭集团" in _firms("开工仪式上，项目业主代表南岭集团公司围绕项目安全、质量、进度作表态发言。")


def test_a_supplier_noun_opens_a_firm_name() -> None:
    firms = _firms("签约项目包括东岭汽车一级供应商江南博远工业科技股份有限公司投资的博远零部件项目。")
    assert "江南博远工业科技" in firms
    assert not any("供应商" in f for f in firms)


def test_a_framed_firm_with_its_short_name_and_a_joined_firm() -> None:
    firms = _firms("东海市以东海动力电池科技股份有限公司（DHB）和东海新能科技有限公司（DHN）为龙头，形成锂电产业集群。")
    assert not any(f.startswith("东海市以") for f in firms)
    assert "东海动力电池科技" in firms


def test_a_batch_is_no_firm() -> None:
    g = news("加快推进国家第三批120万千瓦风电大基地、光伏帮扶工程等重点项目建设。")
    assert not any("第三批" in f for f in named(g, Label.ENTERPRISE))


# ---- where a project's name starts ----

def test_a_project_name_starts_after_an_example_a_batch_member_or_a_visit() -> None:
    assert "华岭卫生用品有限公司生产基地项目" in _projects("比如华岭卫生用品有限公司生产基地项目总投资20亿元。")
    assert "青川新华一期50兆瓦风电项目" in _projects("据了解，首批签约的有青川新华一期50兆瓦风电项目，总投资3亿元。")
    projects = _projects("仪式前，与会人员还到安平经开区云集先进材料产业园项目现场观摩。")
    assert not any(p.startswith(("会人员", "员还到")) for p in projects)


def test_a_ceremony_and_a_joining_word_close_the_project_before() -> None:
    projects = _projects("一行参加华钢公司180万吨合金带钢项目投产仪式和正元新材料有限公司60万吨钢管项目开工仪式。")
    assert "正元新材料有限公司60万吨钢管项目" in projects
    assert not any(p.startswith(("仪式", "参加")) for p in projects)


def test_a_joining_word_after_a_list_mark_or_an_open_quote_opens_a_name() -> None:
    projects = _projects("新增吉星家私产业项目、和祥瑞新材料产业园项目、科宇电子项目等投入5000万元以上工业项目8个。")
    assert {"吉星家私产业项目", "和祥瑞新材料产业园项目"} <= projects
    assert "和禾生物质发电项目" in _projects("总投资2.6亿元的省百大项目“和禾生物质发电项目”，选址在东山区。")


def test_greek_letters_and_an_ascii_comma_between_capacities_stay_inside_a_name() -> None:
    assert "年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目" in _projects(
        "开发区与宏利新能源科技有限公司签约年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目。") \
        or "γ-丁内酯系列产品项目" in _projects("开发区与宏利新能源科技有限公司签约年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目。")
    assert "年产3000台工业机器人，10万套高端变速箱项目" in _projects("公司投资5亿元实施年产3000台工业机器人,10万套高端变速箱项目。")


# ---- kinds and fields, no projects ----

def test_a_batch_covering_fields_or_classes_lists_no_projects() -> None:
    assert not {"产业发展", "城市建设", "民生保障"} & _projects(
        "12月27日，东平区一批重点项目集中开工，共涉及项目60个，包括产业发展、城市建设、民生保障等多个领域。")
    assert not {"电池构件", "智能制造装备"} & _projects(
        "东海市以龙头企业为引领，初步形成覆盖核心材料、电池构件、智能制造装备等三大类配套项目。")


def test_the_parts_a_phase_of_a_project_contains_are_no_projects() -> None:
    projects = _projects("整个项目预计投资90亿元，其中一期项目包含10GW拉晶厂房、10GW切片厂房等，计划投资40亿元。")
    assert not any("厂房" in p for p in projects)


def test_a_predicate_kind_a_measured_kind_and_an_event_are_no_projects() -> None:
    projects = _projects("正元新材料有限公司60万吨新材料项目总投资10亿元，为明港产业集聚区钢铁产业链下游项目，年产钢管50万吨。")
    assert not any("下游项目" in p for p in projects)
    assert not any("先进制造业项目" in p for p in _projects("其中先进制造业项目个数和金额占比分别达94%、97%。"))
    projects = _projects("4月8日，东山市第二届云招商项目洽谈会暨项目云签约仪式举行。")
    assert not projects
    assert not _projects("本次开工的重大项目3月底前全部开工，无需新增用地项目6月底前全部开工。")


def test_the_items_of_a_list_standing_for_a_kind_are_projects() -> None:
    projects = _projects("以青岭能源水城煤电化、盘江宏远煤焦化等为代表的能源原材料板块项目，一季度完成投资65亿元。")
    assert {"青岭能源水城煤电化", "盘江宏远煤焦化"} <= projects
    assert not any("板块项目" in p for p in projects)


def test_a_company_named_after_a_copula_is_a_batch_member() -> None:
    projects = _projects("开工项目4个，总投资2.36亿元，为贵安山果大健康产业发展有限公司刺梨健康食品深加工基地建设项目，计划总投资1.2亿元。")
    assert "贵安山果大健康产业发展有限公司刺梨健康食品深加工基地建设项目" in projects


# ---- firm lists that list no firms ----

def test_fields_or_buildings_closed_by_a_kind_of_firm_are_no_firms() -> None:
    firms = _firms("短板：跨境金融、科技金融等细分领域企业仅占30%。太平金融港、五岭国际广场等楼宇入驻金融企业120家。")
    assert not firms & {"跨境金融", "科技金融", "太平金融港", "五岭国际广场"}


def test_a_project_opening_an_industry_lists_item_is_no_industry() -> None:
    g = news("盐东经开区既有A项目，也有润泽光伏研究院、智能制造创新中心等提升产业发展能级的科创项目。")
    assert "也有润泽光伏研究院" not in named(g, Label.CLUSTER)
    assert ("盐东经开区", "也有润泽光伏研究院") not in pairs(g, RelType.DEVELOPS)


# ---- owners ----

def test_a_bare_brand_before_a_capacity_owns_only_when_the_text_names_it_on_its_own() -> None:
    g = news("目前，华宁郭鑫一期年产150亿瓦时动力电池项目投产。")
    assert not pairs(g, RelType.CARRIED_OUT_BY)
    assert not named(g, Label.ENTERPRISE)
    g = news("园区引进了乐斯达公司。乐斯达年产5万吨活性干酵母生产项目已建成。")
    assert ("乐斯达年产5万吨活性干酵母生产项目", "乐斯达") in pairs(g, RelType.CARRIED_OUT_BY)


def test_a_trade_word_followed_by_a_product_noun_names_the_product_not_a_firm() -> None:
    g = news("开工项目3个，分别为总投资3亿元的龙腾液晶显示模组扩建项目、总投资0.82亿元的佰兴环保日用品项目、"
             "总投资0.6亿元的嘉丰机械配件项目。")
    assert "嘉丰机械配件项目" in named(g, Label.PROJECT)
    assert not pairs(g, RelType.CARRIED_OUT_BY)


def test_a_list_closed_by_a_description_listing_qualities_names_its_projects() -> None:
    projects = _projects("这些项目中，既有东力动力电池、天和16GW电池、元丰冰箱等投资体量大、技术含量高、市场前景好的主导产业重大项目，"
                         "也有北辰光伏研究院等科创项目。")
    assert {"东力动力电池", "天和16GW电池", "元丰冰箱"} <= projects
    assert not {"神州集团", "江南黑猫炭黑"} & _projects(
        "在产业政策激励下，神州集团、江南黑猫炭黑、华海公司等大型知名企业围绕煤焦化深加工布局的产业项目纷纷落户。")


def test_a_park_before_a_firm_is_no_part_of_its_name() -> None:
    firms = _firms("光电百亿产业园太华光缆有限公司的光纤复合电缆已经投产。")
    assert "太华光缆" in firms and not any("产业园" in f for f in firms)
    assert any("工业园区" in f for f in _firms("由东平工业园区开发建设有限公司负责运营。"))


def test_a_bare_zone_word_opening_a_listed_project_is_its_place() -> None:
    projects = _projects("加快推进开发区鹏远新能源储能PACK生产线、左中旭和光伏组件等项目建设进度。")
    assert "鹏远新能源储能PACK生产线" in projects
    assert not any(p.startswith("开发区") for p in projects)


def test_the_members_a_batch_has_are_its_projects() -> None:
    projects = _projects("本次签约的项目既有盛达汽车、格林航天、徐记中药饮片等新引进项目，又有拟拿地扩产优质项目。")
    assert {"盛达汽车", "格林航天", "徐记中药饮片"} <= projects


def test_a_list_after_a_batch_that_contains_it_or_counted_after_a_description() -> None:
    projects = _projects("此次集中开工，建设项目含涿州华矿科技产业园、北辰云计算(二期)、绿色建材产业园等。")
    assert {"涿州华矿科技产业园", "绿色建材产业园"} <= projects
    projects = _projects("下一步，东川将集中精力抓项目，排出佳和科技智造园区、吉祥高端新能源商用车等总投资1200亿元的160个重点项目。")
    assert {"佳和科技智造园区", "吉祥高端新能源商用车"} <= projects


def _investments(text: str) -> dict[str, str]:
    return {n.name: n.props.get("total_investment") for n in news(text).nodes if n.label == Label.PROJECT}


def test_a_bare_sum_opening_a_listed_project_is_its_investment() -> None:
    got = _investments("新能源类项目3个：17亿元的200MW分散式风力发电项目、3亿元的东山铜钼矿开采项目、1.6亿元的北部石材加工项目。")
    assert got.get("东山铜钼矿开采项目") == "3亿元"
    assert got.get("北部石材加工项目") == "1.6亿元"
    got = _investments("该县年产值10亿元的东山铜钼矿开采项目开工。")
    assert got.get("东山铜钼矿开采项目") is None  # an output figure, no investment


def test_a_sum_written_before_a_name_without_of_or_with_its_total_word() -> None:
    got = _investments("医药类项目3个：0.5亿元的医疗器械生产项目、0.5亿元的特药食品生产项目、1.2亿元新康医养结合项目。")
    assert got.get("新康医养结合项目") == "1.2亿元"
    got = _investments("包括总投资额4.5亿元的福瑞新材料（东岭）有限公司BOPP薄膜生产线扩产项目（二期）。")
    assert "4.5亿元" in got.values()
    assert _investments("静观综合体开发项目协议投资30亿元，用地面积约3000亩。").get("静观综合体开发项目") == "30亿元"


def test_owners_after_a_stated_investment_and_a_firm_known_by_its_trade_word() -> None:
    g = news("位于博平镇的东港国际物流内陆港项目总投资20亿元，由东港舜达物流有限公司、山东华发集团有限公司和邯东铁路有限公司"
             "共同出资建设。")
    owners = {o for p, o in pairs(g, RelType.CARRIED_OUT_BY) if p == "东港国际物流内陆港项目"}
    assert len(owners) == 3
    g = news("数字印章生产及推广应用项目由湖南鑫和能印业投资建设，总投资3000万元。")
    assert ("数字印章生产及推广应用项目", "湖南鑫和能印业") in pairs(g, RelType.CARRIED_OUT_BY)
    g = news("城东污水处理厂改造项目由县住建局投资建设。")
    assert not pairs(g, RelType.CARRIED_OUT_BY)


def test_a_brand_and_a_trade_word_before_the_ending_alone_own_the_project() -> None:
    g = news("新增吉祥家私家具项目、科达电子项目等投入5000万元以上工业项目8个。")
    owners = pairs(g, RelType.CARRIED_OUT_BY)
    assert ("科达电子项目", "科达电子") in owners
    assert ("吉祥家私家具项目", "吉祥家私") in owners


def test_the_firms_a_count_of_firms_lists_in_brackets() -> None:
    firms = _firms("新入统规模企业5家（吉安家居、吉明家居、冠宇制造、凯旋智能科技、百益生物科技有限公司），完成年度任务。")
    assert {"吉安家居", "吉明家居", "冠宇制造", "凯旋智能科技"} <= firms


def test_two_institutions_joined_inside_a_list_item_are_two_projects() -> None:
    projects = _projects("这些项目中，也有东润光伏研究院、智能制造创新中心及华电科江苏分院等提升产业能级的科创项目。")
    assert {"智能制造创新中心", "华电科江苏分院"} <= projects
    assert "东华铝单板及铝合金模板项目" in _projects("本次签约项目包括：东华铝单板及铝合金模板项目、华阳物流园项目。")


def test_a_park_listed_as_a_project_ends_before_the_lists_close() -> None:
    projects = _projects("这些项目中，有东华铝单板及铝合金模板项目、华阳物流园等新引进项目。")
    assert "华阳物流园" in projects
    assert not any("等" in p for p in projects)


def test_a_sum_before_the_verb_that_carries_out_the_project() -> None:
    got = _investments("目前华昊公司投资5亿元实施年产3000台工业机器人项目，生产线具有自主知识产权。")
    assert got.get("年产3000台工业机器人项目") == "5亿元"


def test_each_side_may_sign_by_its_representative() -> None:
    g = news("4月8日，由腾飞经济开发区主任王明与山东华利新能源科技有限公司总经理周强签约年产6万吨新型溶剂系列产品项目。")
    assert ("年产6万吨新型溶剂系列产品项目", "华利新能源科技") in pairs(g, RelType.CARRIED_OUT_BY)
    assert ("年产6万吨新型溶剂系列产品项目", "腾飞经济开发区") in pairs(g, RelType.LOCATED_IN)


def test_a_firm_after_by_that_builds_the_project_owns_it() -> None:
    g = news("在南部循环产业园里，由清源能源集团投资建设光伏硅基示范产业园项目全面进入到了实施阶段。")
    assert ("光伏硅基示范产业园项目", "清源能源集团") in pairs(g, RelType.CARRIED_OUT_BY)


def test_a_word_opening_with_deng_does_not_close_a_list() -> None:
    # relp9: 等离子 is a word of the last item's name, not the 等 that closes the list
    projects = _projects("投产项目包含汽车零部件轻量化制造、精密涂布设备生产、轻合金材料等离子陶瓷化等3个项目。")
    assert "轻合金材料等离子陶瓷化" in projects
    assert "轻合金材料" not in projects
    assert not any(p.startswith("项目包含") for p in projects)
