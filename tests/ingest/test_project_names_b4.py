"""Where a firm's or a project's name starts, and whose project it is, written against the learning half of the
fourth other-cities batch (devset_other 144, 146, …, 182), on sentences composed for the test (not copied from any
set's texts): a clause's subject unit opens no name, a disposal's 将 opens no list item, and a short owner is the
firm the text names in full (ingest/extract/names.py, project_lists.py, projects.py)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_a_subject_unit_and_its_verb_open_no_name() -> None:
    g = news("随后，我市分别举行华盛公司高效光伏组件项目、北海集团(东江)新能源装备基地项目开工仪式。")
    assert "华盛公司高效光伏组件项目" in named(g, Label.PROJECT)
    assert not any(n.startswith("我市") for n in named(g, Label.PROJECT) | named(g, Label.ENTERPRISE))
    assert ("华盛公司高效光伏组件项目", "华盛") in pairs(g, RelType.CARRIED_OUT_BY)


def test_a_subject_unit_opens_no_list_item() -> None:
    g = news("近日，省里下达了重点项目名单。本市西岭化学有限公司对二甲苯项目、东湖炼化有限公司环氧丙烷项目等2个项目成功入选。")
    assert "西岭化学有限公司对二甲苯项目" in named(g, Label.PROJECT)
    assert not any(n.startswith("本市") for n in named(g, Label.PROJECT) | named(g, Label.ENTERPRISE))


def test_a_disposal_marker_opens_no_list_item() -> None:
    g = news("他们按照择优原则，将总投资15亿元的南岭未来科技发展有限公司轴承科技园、7.5亿元的东川市特种轴承产业园等12个项目确定为市级重点项目。")
    assert not any(n.startswith("将") for n in named(g, Label.PROJECT) | named(g, Label.ENTERPRISE))
    assert "南岭未来科技发展" in named(g, Label.ENTERPRISE)


def test_a_short_owner_is_the_firm_named_in_full() -> None:
    g = news("今年开工的项目包括澄感科技项目等。北京澄感科技有限责任公司副总裁表示，澄感科技将与上游厂商合作。")
    assert ("澄感科技项目", "北京澄感科技") in pairs(g, RelType.CARRIED_OUT_BY)
    assert ("澄感科技项目", "澄感科技") not in pairs(g, RelType.CARRIED_OUT_BY)
