"""Name mechanisms from the seventh batch's learning half (names9: open-vocabulary firm names on new texts), on
sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label
from tests.ingest.graphs import named, news


def _firms(text: str) -> set[str]:
    return named(news(text), Label.ENTERPRISE)


def test_a_numeral_before_he_is_a_word_of_the_firms_name() -> None:
    """三和, 六和: 和 after a numeral is no joining word after which a firm's name starts."""
    got = _firms("园区重点企业还有五和精密陶瓷、顺安物流、金桥能源等公司。")
    assert "五和精密陶瓷" in got and "精密陶瓷" not in got
    got = _firms("推动华泰五金、宏达阀门等工业企业进规入统，九和酒家、蜀南坝子等服务业企业进规上限。")
    assert {"九和酒家", "蜀南坝子"} <= got and "酒家" not in got
    assert "新希望三和饲料" in _firms("县政府与新希望三和饲料有限公司签订投资5亿元的饲料加工项目。")


def test_he_after_a_rank_still_joins_two_names() -> None:
    """第三和…: a numeral after 第 is a rank, so 和 still joins (the firm after it starts there)."""
    got = _firms("第三和山东鲁达机械有限公司签约。")
    assert "鲁达机械" in got and not {f for f in got if "和" in f}


def test_a_company_ending_after_deng_closes_a_list_of_firms() -> None:
    """A、B、C等公司, A、B等众多上市公司: the ending after 等 is the list's kind, no name ending in 等."""
    got = _firms("全县其他重要企业还有金桥能源、顺安物流、华远建材等公司。")
    assert {"金桥能源", "顺安物流", "华远建材"} <= got
    assert not {f for f in got if "等" in f}
    got = _firms("如今，园区已成功吸引了远航锂能、华科精工、蓉城路桥等众多上市公司及行业领军企业。")
    assert {"远航锂能", "华科精工", "蓉城路桥"} <= got
    assert not {f for f in got if "等" in f}


def test_firms_a_kind_of_firm_mainly_has() -> None:
    """规模以上企业主要有A、B、C等，: the firms listed after the kind that has them, closed by 等 or the clause."""
    assert {"金鹰木业", "鸿图建材", "蓝海环保"} <= _firms("规模以上企业主要有金鹰木业、鸿图建材、蓝海环保等，产业已经形成聚集。")
    assert {"金鹰木业", "鸿图建材"} <= _firms("东部片区规模以上企业主要有金鹰木业、鸿图建材，去年新引进两个项目。")


def test_what_a_kind_of_firm_has_that_is_no_list_of_firms() -> None:
    """企业有A、B等问题 (等 inside the clause, before a noun), 企业有1300余家: no firms."""
    assert not _firms("部分中小企业有融资难、融资贵等问题。") & {"融资难", "融资贵等问题", "融资贵"}
    assert not _firms("全县规上企业有120家、限上企业有80家。")


def test_a_verb_of_sending_or_linking_opens_the_firms_name() -> None:
    """送往|A公司, 衔接|B公司: the verb is the clause's, the name starts after it."""
    got = _firms("项目产生的余热送往山西华晋化工股份有限公司，同步衔接北京优泰科技发展有限公司研发中心。")
    assert {"山西华晋化工", "北京优泰科技发展"} <= got
    assert not {f for f in got if f.startswith(("送往", "衔接"))}


def test_a_firm_framed_as_a_trades_head_or_example() -> None:
    """以A为龙头的…, 以A、B为链主, 以A为代表: each item is a firm, whatever its name ends with."""
    assert "海川锂业" in _firms("随着以海川锂业为龙头的锂电企业不断壮大，产业链加快完善。")
    assert {"金鼎兰", "北方东盛"} <= _firms("以金鼎兰、北方东盛为链主，依托产业园引进铝材加工企业。")
    assert "华驰汽车" in _firms("以华驰汽车为代表的整车企业加快转型。")


def test_what_is_framed_as_a_head_but_no_firm() -> None:
    """以旅游业为龙头, 以汽车为龙头 (an industry), 以某某村为龙头 (a village), 以龙头企业为核心: no firm."""
    got = _firms("以旅游业为龙头，以汽车为龙头带动发展。合作社以魏家村为龙头，以龙头企业为核心。")
    assert not got & {"旅游业", "汽车", "魏家村", "龙头企业"}


def _projects(text: str) -> set[str]:
    return named(news(text), Label.PROJECT)


def test_a_list_of_projects_finished_followed_up_or_solved() -> None:
    """建成投用A、B等项目, 跟踪落实投资A、B等项目通过入库审核, 协调解决A、B等项目推进中的困难: named projects; the verb
    before the first item is no part of its name."""
    assert {"城南党校新校区", "妇幼保健院新院区"} <= _projects("建成投用城南党校新校区、妇幼保健院新院区等项目，提升公共服务水平。")
    got = _projects("跟踪落实投资锦江十里湾、城中校改扩建等项目通过入库审核。")
    assert {"锦江十里湾", "城中校改扩建"} <= got and not {p for p in got if "落实" in p}
    got = _projects("及时研究协调解决恒昌炭素、瑞宝箱包、蓝天环保等项目推进中的困难和问题。")
    assert {"恒昌炭素", "瑞宝箱包", "蓝天环保"} <= got and not {p for p in got if "解决" in p}


def test_a_list_joined_to_a_read_list_shares_what_is_said_of_it() -> None:
    """A、B等一批重大功能性项目和C、D等一批重点产业项目在某地落地: the first list is read with the second."""
    got = _projects("近年来，全区推进重大项目建设，东环公路功能提升改造工程、示范区轻轨线等一批重大功能性项目和"
                    "远景研发基地、海尔全球创新中心等一批重点产业项目在本区落地生根。")
    assert {"东环公路功能提升改造工程", "示范区轻轨线", "远景研发基地", "海尔全球创新中心"} <= got


def test_a_list_of_kinds_joined_to_no_read_list_stays_unread() -> None:
    """A、B等一批功能性项目和C、D等项目 with nothing said of the second that names projects: neither is read."""
    got = _projects("全区谋划交通设施、民生补短板等一批功能性项目和科技创新、产业升级等项目。")
    assert not got & {"交通设施", "民生补短板", "科技创新", "产业升级"}


def test_two_numerals_joined_inside_one_projects_name() -> None:
    """瑞丽壹、贰号广场项目: 、 between two numerals before 号/期 is inside the name, no list of two."""
    got = _projects("云南某集团与某公司签订投资20亿元的芒市壹、贰号广场项目。")
    assert "芒市壹、贰号广场项目" in got and "贰号广场项目" not in got


def test_a_full_legal_form_keeps_a_name_with_two_generic_words() -> None:
    """瑞丽金泽投资管理有限公司: a name of its own beside 投资 and 管理 is a firm; 国有资本投资运营有限公司 has none."""
    got = _firms("云南景成集团与德宏金泰投资管理有限公司签订投资20亿元的商业广场项目。组建国有资本投资运营有限公司。")
    assert "德宏金泰投资管理" in got
    assert not {f for f in got if f.startswith("国有")}


def test_examples_of_a_kind_of_project_after_ru() -> None:
    """…研发总部项目，如A、B等: the examples are projects."""
    got = _projects("签约项目中又有头部企业在京设立研发总部项目，如远图公司北京总部、北京瑞泰生物科技有限公司生产总部基地等。")
    assert {"远图公司北京总部", "北京瑞泰生物科技有限公司生产总部基地"} <= got
    assert not _projects("项目如期推进，道路、管网同步建设。") & {"道路", "管网同步建设"}


def test_a_banner_is_named_by_its_abbreviation() -> None:
    """土右旗 (土默特右旗), 科右中旗 (科尔沁右翼中旗): the first character and the side or position name the banner."""
    from ingest.gazetteer import default_gazetteer

    g = default_gazetteer()
    assert [u.name for u in g.full["土右旗"]] == ["土默特右旗"]
    assert [u.name for u in g.full["科右中旗"]] == ["科尔沁右翼中旗"]
    counties = named(news("近日，土右旗召开全旗经济工作会议，确定今年地区生产总值增长6%。"), Label.COUNTY)
    assert "土默特右旗" in counties


def test_no_abbreviation_two_banners_would_share() -> None:
    """A form two banners would share (or a unit's own name) is none."""
    from ingest.gazetteer import default_gazetteer

    g = default_gazetteer()
    assert all(len(us) == 1 for form, us in g.full.items() if form.endswith("旗") and len(form) <= 4)


def test_a_list_of_firms_closed_by_an_approximate_count() -> None:
    """A、B、C等近30家企业, A、B等70余家企业: the count may be approximate."""
    assert {"华冶环保", "联盛球团", "锦江水泥"} <= _firms("冶金产业链聚集了华冶环保、联盛球团、锦江水泥等近30家企业，营业收入突破160亿元。")
    assert {"天华化工", "诺德化工"} <= _firms("化工产业链聚集了天华化工、诺德化工等20余家企业。")


def test_the_kinds_of_a_batch_listed_with_a_description() -> None:
    """项目盘子中，既有A、B等涵盖…领域的战略新兴产业项目，也有C、D等通过…的优势传统产业项目: each list names projects (the
    fields in the description are the projects', no items'), and the class of industries names no cluster."""
    g = news("项目盘子中，既有华芯测试探针营运总部、柳江汽车配件、百达年产25万吨功能性聚酯薄膜等涵盖新一代信息技术、新材料领域的"
             "战略新兴产业项目，也有满园机械微工业园、富华印染提升改造等通过“工改工”方式实现增产的优势传统产业项目。")
    assert {"华芯测试探针营运总部", "柳江汽车配件", "满园机械微工业园", "富华印染提升改造"} <= named(g, Label.PROJECT)
    assert not named(g, Label.CLUSTER) & {"战略新兴", "优势传统", "战略新兴产业", "优势传统产业"}


def test_kinds_of_a_batch_with_no_description_are_no_projects() -> None:
    """也有A、B等“兴城市”项目: no description before the kind, so the items are kinds."""
    got = _projects("此次开竣工项目既有强链补链的“强产业”项目，也有重大交通基础设施、社会民生补短板等“兴城市”项目。")
    assert not got & {"重大交通基础设施", "社会民生补短板"}


def test_what_projects_cover_when_deng_closes_the_clause() -> None:
    """重点项目涵盖A、B、C等。: the projects; 项目涵盖A、B等领域 / 涵盖A、B、C领域: fields."""
    got = _projects("签约10个项目，重点项目涵盖新疆远航储能调频电站、浙江商会北方不夜城、新加坡华瑞贸易镁建材等。")
    assert {"新疆远航储能调频电站", "浙江商会北方不夜城", "新加坡华瑞贸易镁建材"} <= got
    got = _projects("签约项目涵盖智能装备、生态环保、城市更新等领域。重点项目涵盖智能装备、生态环保、城市更新领域。")
    assert not got & {"智能装备", "生态环保", "城市更新", "城市更新领域"}
