"""Mechanisms from audit U of raw real texts (tests/audit/docs/203-212, judged_u.yaml): verbs that open a firm's or an
industry's name or a heading's clause (促成, 发往, 培植, 催生), a firm's office in a place (深圳总公司), a firm's name
opening with 同 after a list mark, a count of units times a capacity opening a project's name (2×35万千瓦), and a place
or a span with 内 (县内, 两年内) that names no project, on sentences composed for the test (not copied from any set's
texts)."""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract.projects import well_formed_project
from tests.ingest.graphs import named, news, pairs


def test_a_verb_of_bringing_about_opens_no_firm_name() -> None:
    """促成|东林某某集团进驻: the firm is named after the verb."""
    firms = named(news("该县还促成东林远航集团进驻投资兴建东林医院。"), Label.ENTERPRISE)
    assert "东林远航集团" in firms
    assert not {f for f in firms if f.startswith("促成")}


def test_a_firms_head_office_in_a_place_is_no_name() -> None:
    """产品质检后发往|上海总公司: the firm's office in 上海, no firm; a firm named in full stays one."""
    firms = named(news("产品在车间完成组装、质检等程序后发往上海总公司。东林远航电子有限公司经理某某说。"), Label.ENTERPRISE)
    assert "东林远航电子" in firms or "东林远航电子有限公司" in firms
    assert not {f for f in firms if "上海" in f or "发往" in f}


def test_a_verb_of_fostering_opens_no_industry_name() -> None:
    """紧紧围绕培植|煤电、化工、纺织等主导产业: the first industry is 煤电."""
    g = news("平原县紧紧围绕培植煤电、化工、纺织、木材加工等主导产业，全力以赴在大项目建设上求突破。")
    industries = named(g, Label.CLUSTER)
    assert "煤电" in industries
    assert not {c for c in industries if "培植" in c}
    assert ("平原县", "煤电") in pairs(g, RelType.DEVELOPS)


def test_a_headings_cause_and_verb_name_no_project() -> None:
    """优质服务催生|项目建设“新高潮”: a clause over project building, no project."""
    assert not named(news("东林县讯 优质服务催生项目建设“新高潮”。"), Label.PROJECT)


def test_a_firm_name_opening_with_tong_after_a_list_mark_keeps_it() -> None:
    """…、同舟彩印生产线项目、…: 同 after 、 opens the firm's name, it joins nothing."""
    projects = named(news("本次开工的项目为远航塑胶制品生产线项目、同舟彩印生产线项目和东林物流基地项目。"), Label.PROJECT)
    assert "同舟彩印生产线项目" in projects
    assert "舟彩印生产线项目" not in projects


def test_units_times_a_capacity_open_a_project_name() -> None:
    """投资20亿元的2×30万千瓦热电联产项目开工: the name keeps 2×, and the investment is the project's."""
    g = news("东林县投资20亿元的2×30万千瓦热电联产项目开工奠基。")
    assert "2×30万千瓦热电联产项目" in named(g, Label.PROJECT)
    node = next(n for n in g.nodes if n.name == "2×30万千瓦热电联产项目")
    assert node.props.get("total_investment") == "20亿元"


def test_what_lies_within_a_place_or_a_span_is_no_project() -> None:
    """在农业大县内项目建设…; 预计三年内园区所有工程项目将完工: 内 closes a place or a span, no project's name;
    内部 stays inside one (园区内部道路工程)."""
    assert not named(news("在农业大县内项目建设所带起的发展热潮十分明显。"), Label.PROJECT)
    g = news("东林工业园厂房顺利竣工，预计三年内园区所有工程项目将完工投入使用。")
    assert not {p for p in named(g, Label.PROJECT) if "年内" in p}
    assert not {p for p in named(g, Label.PARK) if "年内" in p}
    assert not well_formed_project("农业大县内项目") and not well_formed_project("预计三年内园区所有工程项目")
    assert well_formed_project("东山产业园内部道路提升改造项目") and well_formed_project("内蒙古东林煤化工项目")


def test_a_kind_of_project_the_text_counts_is_no_project_anywhere() -> None:
    """共上报苏商回归项目18个 … 开发区的苏商回归项目也是喜讯连连: the counted kind is no project where it stands alone;
    without the count the phrase is read as a name."""
    alone = "其他乡镇、开发区的苏商回归项目也是喜讯连连。"
    assert "苏商回归项目" in named(news(alone), Label.PROJECT)
    assert "苏商回归项目" not in named(news("1至10月，我县共上报苏商回归项目18个。" + alone), Label.PROJECT)
