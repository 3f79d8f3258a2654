"""Enterprise and project names on new texts (ent13), read from the learning halves of seven batches (184-560) and kept
only where the wording stood in three or more: on sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from tests.ingest.graphs import extracted, named, pairs


def test_a_firms_name_before_a_bare_capacity_owns_the_project() -> None:
    """X新能源|80万吨焦化 (no 年产): a name ending as a firm's does, right before a capacity, is the project's firm."""
    g = extracted("今年以来，青川能源化工园区加快项目建设，宏远新能源80万吨焦化、城南污水处理厂等12个项目投产投用。"
                  "推动金岭铝业15万吨再生铝项目顺利开工。")
    assert {"宏远新能源", "金岭铝业"} <= named(g, Label.ENTERPRISE)
    owned = pairs(g, RelType.CARRIED_OUT_BY)
    assert ("宏远新能源80万吨焦化", "宏远新能源") in owned
    assert any(f == "金岭铝业" for _, f in owned)


def test_a_bare_brand_or_a_lone_trade_word_before_a_capacity_is_no_firm() -> None:
    """凤鸣|30万吨… (no firm's ending) and 光电|20万千瓦 (no brand before the trade word) name no firm."""
    g = extracted("推动凤鸣30万吨饲料加工项目顺利开工。县里还建成光电20万千瓦并网项目。")
    firms = named(g, Label.ENTERPRISE)
    assert "凤鸣" not in firms and "光电" not in firms


def test_a_verb_before_a_firms_full_name_is_no_part_of_it() -> None:
    """继续申报|X有限公司, 感谢|Y集团, 执掌|Z有限公司: the verb opens the object, the firm's name starts after it."""
    g = extracted("明年该乡将继续申报湖州远帆建材科技有限公司。县长专程到现场，感谢中冶华东建工集团的技术人员。"
                  "他从事养殖行业多年，执掌合肥丰禾农牧有限公司。")
    firms = named(g, Label.ENTERPRISE)
    assert not [f for f in firms if f.startswith(("继续", "申报", "感谢", "执掌"))]
    assert {"中冶华东建工集团"} <= firms


def test_a_verb_of_having_or_leaning_on_opens_no_projects_name() -> None:
    """拥有|X项目, 借力|Y物流园项目, 忙于|Z生产线项目: the project's name starts after the verb."""
    g = extracted("该县拥有西岭百万千瓦光伏发电项目。全区借力南站智慧物流园项目，发展现代物流。"
                  "公司副总经理一直忙于第2条铝箔生产线项目调试。")
    projects = named(g, Label.PROJECT)
    assert not [p for p in projects if any(v in p for v in ("拥有", "借力", "忙于"))]
    assert "西岭百万千瓦光伏发电项目" in projects
