"""Where a firm's or a project's name starts, written against the learning half of the fourth other-cities batch
(devset_other 144, 146, …, 182) and kept because it held on the held-out half: the verb of holding an event opens no
name (ingest/extract/names.py find_enterprises, find_projects), on sentences composed for the test (not copied from
any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import named, news, pairs


def test_the_verb_of_holding_an_event_opens_no_project_or_firm() -> None:
    g = news("随后，我市分别举行东岭公司高效单晶光伏组件项目、西江集团新能源装备产业基地项目开工仪式。")
    assert {"东岭公司高效单晶光伏组件项目", "西江集团新能源装备产业基地项目"} <= named(g, Label.PROJECT)
    assert not any("举行" in n for n in named(g, Label.PROJECT) | named(g, Label.ENTERPRISE))
    assert ("东岭公司高效单晶光伏组件项目", "东岭") in pairs(g, RelType.CARRIED_OUT_BY)


def test_the_verb_of_a_meeting_opens_no_project_or_firm() -> None:
    g = news("当天，县里召开华兴精工机械有限公司年产5万吨铸件项目推进会。")
    assert "华兴精工机械有限公司年产5万吨铸件项目" in named(g, Label.PROJECT)
    assert ("华兴精工机械有限公司年产5万吨铸件项目", "华兴精工机械") in pairs(g, RelType.CARRIED_OUT_BY)
    assert not any("召开" in n for n in named(g, Label.ENTERPRISE))
