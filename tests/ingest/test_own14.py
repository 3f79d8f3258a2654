"""A project's owner named across the sentence boundary (own14): a firm's head speaking in a passage about one project
(据A总经理B介绍, ”A董事长B说, 项目实施方A…介绍; rule speaker_owner), and 该公司/该集团 opening a paragraph after the
sentence that named its one firm (rule subject_owner), on sentences composed for the test (not copied from any set)."""

from __future__ import annotations

from graph.model import RelType
from tests.ingest.graphs import news, pairs


def _owners(text: str) -> set[tuple[str, str]]:
    return pairs(news(text), RelType.CARRIED_OUT_BY)


def _rules(text: str) -> set[str]:
    g = news(text)
    return {ev.rule for e in g.edges if e.type == RelType.CARRIED_OUT_BY for ev in e.evidence}


def test_a_firms_head_speaking_after_the_one_project_named_speaks_for_its_owner() -> None:
    """在A项目建设现场…。项目总投资…。据B公司总经理C介绍，…: B owns A."""
    text = ("在开发区的东湖光电产业园项目建设现场，各种施工设备忙个不停。\n项目总占地面积12公顷，总投资5.8亿元。\n"
            "据汇成开发建设有限公司总经理刘明介绍，目前一期已完成内外部装修。")
    assert ("东湖光电产业园项目", "汇成开发建设") in _owners(text)
    assert "speaker_owner" in _rules(text)


def test_a_quote_closed_by_a_firms_head_after_one_project() -> None:
    """A项目也是本次开工项目之一。…。B有限公司董事长C表示：“…”: B owns A."""
    text = ("碧湾海洋牧场项目也是本次活动的开工项目之一。\n这是一个集养殖、加工、文旅于一体的综合体项目。\n"
            "青禾海洋科技发展有限公司董事长林海表示：“选择这里，是因为营商环境好。”")
    assert ("碧湾海洋牧场项目", "青禾海洋科技发展") in _owners(text)


def test_no_owner_when_the_passage_names_two_projects() -> None:
    """A项目和B项目…。据C公司总经理介绍: which one is C's is not said."""
    text = ("东湖光电产业园项目和西山物流园项目同日开工。\n"
            "据汇成开发建设有限公司总经理刘明介绍，目前一期已完成内外部装修。")
    assert not {p for p, f in _owners(text) if f == "汇成开发建设"}


def test_no_owner_from_a_builders_project_manager() -> None:
    """…项目建设现场。据A集团有限公司项目经理B介绍: the builder, no owner."""
    text = ("在开发区的东湖光电产业园项目建设现场，各种施工设备忙个不停。\n"
            "据华路建工集团有限公司项目经理刘明介绍，目前主体已封顶。")
    assert not {p for p, f in _owners(text) if f.startswith("华路建工")}


def test_no_owner_when_a_firm_is_named_between() -> None:
    """A项目…。B公司为其供应设备。据C公司董事长D介绍: C may speak of anything."""
    text = ("东湖光电产业园项目今日开工。\n远达机械有限公司为其供应主要设备。\n"
            "据汇成开发建设有限公司董事长刘明介绍，园区将引进30家企业。")
    assert not {p for p, f in _owners(text) if f == "汇成开发建设"}


def test_no_owner_from_a_head_presenting_the_batch() -> None:
    """A项目作为主会场项目…。B公司董事长C介绍开工项目情况: the head presents the ceremony's projects."""
    text = ("某县举行集中开工活动，东湖电气城二期项目作为主会场项目。\n"
            "汇成电气有限公司董事长刘明介绍开工项目情况")
    assert not {p for p, f in _owners(text) if f == "汇成电气"}


def test_the_group_opening_a_paragraph_after_the_sentence_naming_it() -> None:
    """…B集团是此次签约的重头戏。\\n据悉，该集团将投资10亿元，新建A产业园: B owns A (subject_owner)."""
    text = ("其中，金门集团是此次签约的重头戏。\n"
            "据悉，该集团将投资10亿元，新建年产200万樘安全门的西部门业工业园。")
    assert ("西部门业工业园", "金门集团") in _owners(text)


def test_the_firms_head_saying_it_will_carry_a_project_out() -> None:
    """…A有限公司的车间里…。\\n该公司总经理B介绍，今年将实施C项目: A owns C."""
    text = ("在某某工业园区，华鑫新材料有限公司的车间里，工人们正在忙碌。\n"
            "该公司总经理王峰介绍，今年将实施年产5000吨中间体项目，预计5月份投产。")
    assert ("年产5000吨中间体项目", "华鑫新材料") in _owners(text)


def test_a_bare_gongsi_does_not_reach_across_a_paragraph() -> None:
    """A有限公司…。\\n公司将投资…建设B项目 (no 该, a new paragraph): no owner from the paragraph before."""
    text = ("在某某工业园区，华鑫新材料有限公司的车间里，工人们正在忙碌。\n"
            "公司将投资5亿元，新建年产5000吨中间体项目。")
    assert ("年产5000吨中间体项目", "华鑫新材料") not in _owners(text)


def test_no_owner_when_the_speakers_firm_heads_another_project_of_the_paragraph() -> None:
    """…A公司B项目…；C项目…。A公司副总裁D说: A's head speaks after a list where A owns B, not C."""
    text = ("本次签约的恒远锂业股份有限公司盐湖锂资源综合利用产业集群项目，将推动盐湖产业转型升级；"
            "天成航材新材料项目将完善新材料产业链条。\n恒远锂业股份有限公司副总裁欧阳明说，这里资源丰富，绿色能源充足。")
    assert ("天成航材新材料项目", "恒远锂业") not in _owners(text)


def test_a_quote_on_the_firms_project_closed_by_its_head_after_its_county() -> None:
    """“…我们公司投资5亿元实施A项目…”B县C有限公司董事长D告诉记者: C owns A (the county before the firm)."""
    text = ("优势产业打造升级版。\n“目前我们公司投资5亿元实施年产3000台工业机器人项目，生产线具有自主知识产权。\n"
            "”冠县华昊机械有限公司董事长李儒强告诉记者。")
    assert ("年产3000台工业机器人项目", "华昊机械") in _owners(text)
