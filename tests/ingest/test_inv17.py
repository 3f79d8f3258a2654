"""inv17: a figure written before a list closed by 等 and a word of projects, or before one name alone so closed (prj17's
lone items), is the group's, not its first name's; a list's later names keep the figures written before them, and a
name after a figure with no 等 keeps it. Sentences composed for the test (not copied from any set's texts)."""

from __future__ import annotations

from graph.model import Label
from ingest.extract.project_facts import _rules
from tests.ingest.graphs import news


def _invested(text: str) -> dict[str, object]:
    g = news(text)
    return {n.name: n.props.get("total_investment") for n in g.nodes if n.label == Label.PROJECT}


def test_a_figure_before_a_lone_name_closed_by_deng_is_the_groups() -> None:
    """总投资60亿元的A等5个项目集中开工: the 60亿元 is the five projects'; A's own 20亿元 stated later is its figure."""
    invested = _invested("上午，全市第二批重点项目集中开工仪式在开发区举行。总投资60亿元的瑞丰精密轴承等5个项目集中开工。"
                         "现场，投资20亿元的瑞丰精密轴承、投资15亿元的汽车铝压铸件等五大项目正式开工。")
    assert "瑞丰精密轴承" in invested
    assert invested["瑞丰精密轴承"] == "20亿元"
    # no count after 等 (北方化工总投资28亿元的碳纤维材料等项目计划5月份开工): still the group's
    uncounted = _invested("北方化工总投资28亿元的碳纤维材料等项目计划5月份开工。")
    assert uncounted.get("碳纤维材料") in (None, "")


def test_a_figure_before_a_lists_first_name_closed_by_deng_is_the_groups() -> None:
    """总投资50亿元的A、B等项目力争开工: neither A nor B is worth 50亿元."""
    invested = _invested("今年，总投资50亿元的焦化装置升级改造、煤焦油深加工等项目力争开工。")
    assert "焦化装置升级改造" in invested
    assert invested["焦化装置升级改造"] in (None, "")


def test_the_figures_each_name_states_stay_its_own() -> None:
    """投资24亿元的A、投资10亿元的B、投资2亿元的C等项目: each its own figure; 总投资8亿元的A项目 (no 等) keeps it."""
    invested = _invested("今年将引进投资24亿元的恒通光电产业园项目、投资10亿元的宏远新材料项目、"
                         "投资2亿元的华康食品加工项目等项目。")
    assert invested.get("恒通光电产业园项目") == "24亿元"
    assert invested.get("宏远新材料项目") == "10亿元"
    assert invested.get("华康食品加工项目") == "2亿元"
    alone = _invested("总投资8亿元的永泰智能仓储物流项目3月份开工。")
    assert alone.get("永泰智能仓储物流项目") == "8亿元"


def test_the_group_close_reads_a_word_of_projects_after_deng() -> None:
    R = _rules()
    assert R["group"].match("等6个项目")
    assert R["group"].match("等16个重点工程")
    assert not R["group"].match("等领域")
    assert not R["group"].match("等一大批产业项目")


def test_an_open_batch_or_figures_of_the_later_names_leave_the_first_its_figure() -> None:
    """总投资6亿元的A等一批项目: an open batch, the figure A's; 总投资300亿元的A、120亿元的B等项目: each its own."""
    batch = _invested("今年，宏达牧业总投资6亿元的肉牛屠宰加工等一大批项目开复工建设。")
    assert batch.get("肉牛屠宰加工") == "6亿元"
    each = _invested("今年将重点推动总投资300亿元的滨河文旅新城、120亿元的临空经济产业园等一批项目加快建设。")
    assert each.get("滨河文旅新城") == "300亿元"
    own = _invested("今年将重点推动总投资300亿元的滨河文旅新城、120亿元的临空经济产业园等项目加快建设。")
    assert own.get("滨河文旅新城") == "300亿元"
