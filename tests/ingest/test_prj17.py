"""Project names on new text (prj17): a lone item before a counted close, a list its last item closes as a project,
and a joining word that opens a second item; each on composed sentences through the real pipeline, with the shapes it
must leave alone."""

from __future__ import annotations

from graph.model import Label
from tests.ingest.test_other_cities import _news


def _projects(text: str) -> set[str]:
    return {n.name for n in _news(text).nodes if n.label == Label.PROJECT}


def test_one_item_before_a_counted_close_or_a_stage_is_a_project() -> None:
    found = _projects("工业经济稳中提质。总投资超30亿元的东岭钛材等18个产业化项目落户青松工业园区，宏岳新材料等9个项目建成投产。")
    assert {"东岭钛材", "宏岳新材料"} <= found
    assert "碳纤维制品" in _projects("北泉化工总投资12亿元的碳纤维制品等项目计划5月份开工。")
    # a kind, a place or a clause before the close names no project
    assert not _projects("我们引进了重点产业等12个项目。")
    assert not _projects("青松县等8个项目集中开工。")
    assert not {"城市更新"} & _projects("我们将继续关注城市更新等民生项目。")


def test_a_list_its_last_item_closes_as_a_project_names_projects() -> None:
    found = _projects("华岳盐化30万吨离子膜烧碱、8万吨氯乙酸、嘉禾保健二期、吉星发动机、中能光伏发电、昌达日电项目将加快建设进度。")
    assert {"华岳盐化30万吨离子膜烧碱", "吉星发动机", "中能光伏发电"} <= found
    # two items sharing one ending, or short kinds: no names of their own
    assert "光伏发电" not in _projects("推进光伏发电、风力发电项目建设。")
    assert not {"新能源汽车", "生物医药产业"} & _projects("推进新能源汽车、生物医药产业、农产品深加工项目建设。")


def test_a_joining_word_before_a_place_a_zone_or_a_firm_opens_a_second_item() -> None:
    found = _projects("签约的华能光伏、中船金马风电、万通固废循环利用、中医科学院中药饮片精深加工和日照静妍牧业养殖等五个项目全部过亿元。")
    assert {"中医科学院中药饮片精深加工", "日照静妍牧业养殖"} <= found
    found = _projects("集体开工的企业分别是新天地塑胶、易欣实业、诺亚印业、俊杰滤清器设备及园区经三路等5个项目。")
    assert {"俊杰滤清器设备", "园区经三路"} <= found
    found = _projects("考察团先后参观了青松稀土材料公司稀土永磁材料、冠华集团扩能完善提升工程及标准化厂房建设、"
                      "鲁达冷弯型钢以及中建材集团环保型建材等项目。")
    assert {"鲁达冷弯型钢", "中建材集团环保型建材"} <= found
    # the parts of one project, or a county's short form opening a plain word: one name
    found = _projects("推进西北片区污水管网工程及黑水体治理工程、东城路改造等项目建设。")
    assert "西北片区污水管网工程及黑水体治理工程" in found
    found = _projects("推进东露天矿精细化开采和生态修复、青松光伏及储能电站等项目建设。")
    assert "东露天矿精细化开采和生态修复" in found
