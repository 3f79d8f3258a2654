"""FOLLOWS: a later document follows an earlier one of the same programme, whatever the ingest order."""

from __future__ import annotations

from graph.model import Label, NodeRecord, RelType
from ingest.extract.follows import follow_links, shared_programme
from ingest.lexicon import default_lexicon

PLAN = "聊城市人民政府关于印发《聊城市新旧动能转换重大工程实施规划（2018-2022年）》的通知"
REPORT = "关于2020年上半年全市新旧动能转换重大工程推进情况的通报"


def policy(key: str, title: str, date: str, cites: list[str] | None = None, text: str = "") -> NodeRecord:
    return NodeRecord(id=f"policy:{key}", label=Label.POLICY, name=title,
                      props={"date": date, "cites": cites or [], "text": text or title})


def test_the_shared_programme_leaves_out_regions_years_and_punctuation() -> None:
    lex = default_lexicon()
    assert shared_programme(REPORT, PLAN, lex) == "新旧动能转换重大工程"
    assert shared_programme("聊城市2023年工作要点", "聊城市2020年工作要点", lex) == "工作要点"  # too short to count


def test_a_later_report_follows_the_plan_in_either_order() -> None:
    plan = policy("plan", PLAN, "2018-04-04")
    report = policy("report", REPORT, "2020-09-07", text="通报\n上半年新旧动能转换重大工程推进顺利。\n")
    stored_plan = {"id": plan.id, "name": PLAN, "date": "2018-04-04", "cites": []}
    stored_report = {"id": report.id, "name": REPORT, "date": "2020-09-07", "cites": []}

    forward = follow_links(report, [stored_plan])  # the report written after the plan
    backward = follow_links(plan, [stored_report])  # the plan written after the report
    for edges in (forward, backward):
        assert [(e.type, e.source, e.target) for e in edges] == [(RelType.FOLLOWS, report.id, plan.id)]
        assert edges[0].props["programme"] == "新旧动能转换重大工程"
    ev = forward[0].evidence[0]
    assert report.props["text"][ev.start:ev.end] == ev.sentence == "上半年新旧动能转换重大工程推进顺利。"


def test_a_cited_title_counts_and_unrelated_documents_stay_apart() -> None:
    news = policy("news", "聊城召开制造业大会", "2023-01-05", cites=["聊城市新旧动能转换重大工程2020年工作要点"])
    assert [e.target for e in follow_links(news, [{"id": "policy:plan", "name": PLAN, "date": "2018-04-04"}])] == ["policy:plan"]
    other = policy("other", "关于做好春季农业生产的通知", "2023-03-01")
    assert follow_links(other, [{"id": "policy:plan", "name": PLAN, "date": "2018-04-04"}]) == []
    same_day = policy("same", REPORT, "2018-04-04")
    assert follow_links(same_day, [{"id": "policy:plan", "name": PLAN, "date": "2018-04-04"}]) == []
