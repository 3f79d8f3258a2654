"""Firm names on new text across eight batches (ent14): lists of firms whose close counts them with a measure word, and
the shapes each rule must leave alone. Every sentence is composed for the test."""

from __future__ import annotations

from graph.model import DocumentGraph, Label
from tests.ingest.test_other_cities import _news


def _firms(g: DocumentGraph) -> set[str]:
    return {n.name for n in g.nodes if n.label == Label.ENTERPRISE}


def test_firms_counted_by_hu_or_yu_close_a_list() -> None:
    # 户 counts firms as 家 does, and 余 may stand without a measure word (batches 10 and 12)
    g = _news("工业经济稳中有进\n今年，鑫达机械、恒安包装等6户企业获评省级专精特新企业。")
    assert {"鑫达机械", "恒安包装"} <= _firms(g)
    g = _news("招商推介会举行\n活动中，县政府与中德科技、瑞通集团等30余企业签订了合作协议。")
    assert "中德科技" in _firms(g)


def test_one_firm_before_a_counted_close_is_a_firm() -> None:
    # a single item before 等N户企业 / 等N家企业 (batch 10): the count says firms, as a list's items do
    g = _news("医药产业加快发展\n今年，康宁针剂等3户企业完成新版认证，文华胶囊等2户企业完成资产重组。")
    assert {"康宁针剂", "文华胶囊"} <= _firms(g)
    g = _news("产业园建设提速\n汽车零部件产业园已有全国最大的华明后视镜等16家企业入驻。")
    assert "华明后视镜" in _firms(g)


def test_a_single_item_without_a_count_or_naming_a_kind_is_no_firm() -> None:
    # no measure word: 等企业 after one item is a kind of firm's example, not a count (left to the other rules)
    g = _news("产业发展\n全县规模以上工业企业等50家企业实现产值增长。")
    assert not any("规模以上" in f for f in _firms(g))


def test_the_verb_before_a_lists_first_firm_is_cut() -> None:
    # "…产业园新增投产|A、B、C等10家企业" (batch 9): the first item's name starts after the clause's verb
    g = _news("园区建设\n力争今年环保产业园新增投产宏达漂染、永兴纺织、成达印染等10家企业。")
    firms = _firms(g)
    assert {"宏达漂染", "永兴纺织", "成达印染"} <= firms
    assert not any("投产" in f for f in firms)


def test_a_pages_publisher_in_its_chrome_is_no_firm() -> None:
    # a colophon's or a byline's word right after the name (batches 5, 6, 12): the page's publisher, no firm of the text
    g = _news("南方晨报传媒集团主办\n开发区签约三个项目\n近日，开发区与宏远新材料有限公司签约。\n"
              "南方晨报传媒集团全媒体记者 王某")
    firms = _firms(g)
    assert not any("传媒集团" in f for f in firms)
    assert any(f.startswith("宏远新材料") for f in firms)
    g = _news("北方日报报刊社 北方日报当代融媒体集团 出版\n开发区新签约宏远新材料有限公司。")
    assert not any("融媒体集团" in f for f in _firms(g))


def test_a_firm_hosting_an_event_in_prose_stays_a_firm() -> None:
    # 主办 inside a clause (…集团主办的招商会, 由…集团主办，) is what the firm does, no colophon
    g = _news("招商推介会举行\n由宏远实业集团主办的招商推介会昨日举行，宏远实业集团主办，县商务局承办。")
    assert "宏远实业集团" in _firms(g)


def test_a_date_before_a_firms_name_opens_the_clause() -> None:
    # batches 10, 11, 12: the year is the clause's, the name starts after it; 该/本 or nothing after it names no firm
    g = _news("牧场建设\n负责人介绍，2021年宏远牧业有限公司在县里流转土地3万亩。")
    firms = _firms(g)
    assert any(f.startswith("宏远牧业") for f in firms)
    assert not any("2021" in f for f in firms)
    g = _news("企业扩能\n随着需求增长，2019年该公司又决定追加投资6000万元。继2012年公司一期工程建成投产，二期开工。")
    assert not any("年" in f for f in _firms(g))


def test_a_name_holding_hundred_years_is_no_date() -> None:
    g = _news("企业发展\n百年康泰有限公司新建生产线一条。")
    assert any(f.startswith("百年康泰") for f in _firms(g))


def test_a_partys_role_before_a_firm_is_no_part_of_its_name() -> None:
    # batches 9, 11, 12: 实施方, 投资方, 施工单位 before the firm name its role in a project, no part of its name
    g = _news("科研中心建设\n“中心将建设研发用房。”项目实施方宏远实业有限公司副总经理王某介绍。投资方天信集团负责人说，"
              "工程进展顺利。施工单位中铁十六局建安公司作表态发言。")
    firms = _firms(g)
    assert any(f.startswith("宏远实业") for f in firms)
    assert "天信集团" in firms
    assert any(f.startswith("中铁十六局") for f in firms)
    assert not any(f.startswith(("方", "投资方", "施工单位")) for f in firms)


def test_a_firm_named_after_its_role_is_an_owner_and_not_placed_by_its_name() -> None:
    from graph.model import RelType
    from tests.ingest.test_other_cities import _rules
    # firm13 places a firm named after the report's county unless it owns a project: 项目实施方 names its owner
    g = _news("望奎县：科研中心开工\n望奎县科研中心开工建设。项目实施方望奎县宏达丝网制品有限公司副总经理王某介绍，中心年底建成。")
    assert "name_county_firm" not in _rules(g, RelType.LOCATED_IN)


def test_a_count_of_firms_before_a_company_word_names_a_kind() -> None:
    # batches 6, 11, 12: 设立6家|分公司, 与多家|境外公司, 培育10家以上|…产业集团 count firms of a kind, no name
    g = _news("央企落户\n今年，中国铁建在开发区设立6家分公司，并与多家境外公司达成合作意向。力争培育10家以上特色优势产业集团。")
    assert not any(("家" in f) or f.startswith(("分公司", "境外")) for f in _firms(g))
    # 百 before 家 is a word of a name, no count
    g = _news("纺织企业\n巴州百家惠纺织有限责任公司扩建生产线。")
    assert any(f.startswith(("巴州百家惠", "百家惠")) for f in _firms(g))
