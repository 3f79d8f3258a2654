"""The year and period a figure is of.

Reads: a sentence's words, the paragraph before it, the document's headings and date. Gives: the last year a text
names (`year_of`: 到2025年, 2023—2025年, 十四五末, 今年…), a plan period's end (`period_year`), the year a heading, a
plan paragraph or a paragraph before names, the year a plan's to-year carries to the paragraphs after it
(`carried_year`), the document's month, where its estimates begin, and the figures that are no year's
(`no_years_figure`). Writes: the TargetState's `carry`, `heads` and `estimate_below`.
"""

from __future__ import annotations

import bisect

from ingest.extract.builder import GraphBuilder
from ingest.extract.targets.patterns import Rules, clauses_without, rules
from ingest.extract.targets.state import TargetState
from ingest.rules import scan
from ingest.structure import Sentence


# (text, doc_year) -> year_of (R is always rules()): headings, titles and paragraphs are asked again and again
_YEARS: dict[tuple[str, int | None], int | None] = {}


def year_of(R: Rules, text: str, doc_year: int | None) -> int | None:
    """The last year named in a text (None when it names none); 全年/年底 right after a stated year is that year's
    ("2012年全年实现…": 2012, not the document's year; audit N)."""
    try:
        return _YEARS[text, doc_year]
    except KeyError:
        if len(_YEARS) >= 20000:
            _YEARS.clear()
        found = _YEARS[text, doc_year] = _last_year(R, text, doc_year)
        return found


def _last_year(R: Rules, text: str, doc_year: int | None) -> int | None:
    found: int | None = None
    stated_end = -1  # where the last stated year ("2012年") ends
    # (扣除2022年…支出外): a year inside an aside qualifying a measure sets no year; blanked, so positions hold
    text = R.p["measure_aside"].sub(lambda m: " " * len(m.group(0)), text)
    # "赣榆区2025年工作报告显示，该区预计实现…" (audit Z): the report of a year shows the year before it, reviewed
    shown = {m.start() for m in R.p["report_shows"].finditer(text)}
    for m in scan(R.p["year"], text):
        if m.group("this") and m.start() == stated_end:
            continue
        if m.group("within") or m.group("coming"):
            # "5年内", "未来5年": so many years after the document's; "今后五年", a term's words in a work report: the five
            # years from the document's own (of January 2023: 2023-2027)
            n = m.group("within") or m.group("coming")
            span = int(R.data["chinese_digits"].get(n, n)) if n.isdigit() or n in R.data["chinese_digits"] else None
            found = doc_year + span - (1 if m.group("coming") else 0) if doc_year and span else found
        elif m.group("end"):
            found = int(m.group("end"))
        elif m.group("plain"):
            found = int(m.group("plain")) - (1 if m.start() in shown else 0)
            stated_end = m.end()
        elif m.group("period"):
            found = int(R.data["plan_periods"][m.group("period")])
        elif m.group("this") and m.group("this") in R.data["that_year"]:
            # "当年计划投资…": that year, the calendar year named before it ("在2013年6月份前建成…，当年实现利税…"), else the
            # paragraph's (audit Y), not the document's
            named = R.p["calendar_year"].findall(text, 0, m.start())
            if named:
                found = int(named[-1])
            continue
        elif m.group("this") and doc_year:
            found = doc_year
        elif m.group("last") and doc_year:
            found = doc_year - 1
    return found


def period_year(text: str) -> int | None:
    """The year the last plan period's end a text names stands for (“十四五”期末 -> 2025), None when it names none."""
    found = [m.group("period") for m in rules().p["year"].finditer(text) if m.group("period")]
    return int(rules().data["plan_periods"][found[-1]]) if found else None


def paragraph_year(R: Rules, para_before: str, text: str, this_year: int | None) -> tuple[int | None, bool]:
    """The year the paragraph before a sentence names, and whether target words of the same full sentence stand
    before it (they carry over to the sentence's figures that name no year of their own)."""
    para = R.p["inline_bullet"].split(para_before)[-1]  # (from the last bullet run into the line on)
    # ("到“十四五”末，…；规模以上…在675亿元以上"; no milestone year of one figure: 在2014年突破…)
    year = year_of(R, R.p["milestone_year"].sub(lambda m: " " * len(m.group(0)), para), this_year)
    same = para[para.rfind("。") + 1:]
    if R.p["continuation"].match(text):  # "…提出了2024年新的预期目标，…。此外，…增长6%": the sentence before's
        same = para[para.rfind("。", 0, len(para.rstrip()) - 1) + 1:]
    # …not a target word of a yearly effect ("…预计年产值186.7亿元；投产项目22个"): that is its own figure's
    same = clauses_without(R, same, "yearly_effect")
    # …not a plan word naming an earlier part's money ("今年计划投资82.6亿元；竣工项目51个"): that is its own figure's
    return year, bool(R.p["target_cue"].search(R.p["invest_word"].sub("", same)))


def plan_paragraph(R: Rules, doc_text: str, para_start: int, this_year: int | None) -> tuple[int | None, str]:
    """(year, verb) of a paragraph opening with a year and a plan's verb ("2025年，该区将紧扣…", "今年，全县要…"): its
    figures of that year are the plan's, also in sentences with no target word of their own; (None, "") for any other."""
    m = R.p["plan_opening"].match(doc_text, para_start)
    return (year_of(R, m.group("year"), this_year), m.group("verb")) if m else (None, "")


def part_over(b: GraphBuilder, R: Rules, words: str) -> bool:
    """Whether the part of the year the words name (一季度, 上半年, 1-9月) ended before the document's month: its plans
    are then estimates of what was done (预计一季度…增速达20% in April). False when the month or the part is unknown."""
    part = R.p["sub_year"].search(words)
    month = document_month(b)
    if part is None or month <= 0:
        return False
    span = R.p["part_month"].search(part.group(0))
    end = int(span.group(1)) if span else int(R.data["part_end_month"].get(part.group(0), 12))
    return month > end


def document_month(b: GraphBuilder) -> int:
    """The month of the document's date (0 when it states none)."""
    m = rules().p["date_month"].match(b.doc.date or "")
    return int(m.group(1)) if m else 0


def estimate_below(b: GraphBuilder, st: TargetState, R: Rules) -> int:
    """Where a report first says its figures from there on are estimates (预计（下同）), -1 when it never does."""
    if st.estimate_below is None:
        m = R.p["estimate_below"].search(b.doc.text)
        st.estimate_below = m.start() if m else -1
    return st.estimate_below


def heading_year(b: GraphBuilder, st: TargetState, R: Rules, at: int, review: bool = False) -> int | None:
    """The year named by the last heading line before a position ("2022年工作回顾" over a work report's review;
    a year and a few words on a line of its own), None when no such line names one; `review`: only a heading whose
    words review that year (targets.yaml review_heading: 2022年工作回顾), else None."""
    heads = st.heads
    if heads is None:
        heads = [(m.start(), int(m.group("year")), bool(R.p["review_heading"].search(m.group("words"))))
                 for m in R.p["year_heading"].finditer(b.doc.text)]
        # a line introducing a review or an outlook ("…以下是2023年工作回顾：", "展望2024年，…": audit Z) heads the lines
        # after it too
        # (and a numbered review heading run into a line, "…提出意见。 一、2017年工作回顾 一年来，…": audit AE)
        text = b.doc.text
        heads = sorted(heads + [(text.rfind("\n", 0, m.start()) + 1, int(m.group("year")), True)
                                for m in R.p["review_intro"].finditer(text)]  # (the line the year closes)
                       + [(m.start(), int(m.group("year")), True) for m in R.p["review_inline"].finditer(text)]
                       + [(m.start(), int(m.group("year")), False) for m in R.p["outlook_intro"].finditer(text)])
        st.heads = heads
    k = bisect.bisect_right(heads, (at, 10_000, True)) - 1
    return heads[k][1] if k >= 0 and (heads[k][2] or not review) else None


def no_years_figure(R: Rules, text: str, start: int, end: int, name: str, clause_before: str,
                     planned_part: bool = False) -> bool:
    """A figure that is no year's target or value: a project's effect after its completion (建成后，预计年产值…), a
    rank (进入全省10个…园区行列), a yearly capacity without a stated year (计划年生产电动自行车6万辆), a part of a
    year (二季度完成投资…, 上半年…) unless its clause plans it (`planned_part`: 力争三季度…增长10.8%, 一季度预计完成投资35亿元:
    the year's target for that part), a capacity after 年产/可容纳 without a year stated before it."""
    return bool(R.p["completion"].search(text, 0, start) or R.p["rank_after"].match(text, end)
                or R.p["annual_capacity"].match(name) and not year_of(R, R.p["this_or_last"].sub("", text[:start]), None)
                or R.p["sub_year"].search(clause_before) and not planned_part
                or R.p["capacity_before"].search(text, max(0, start - 8), start) and year_of(R, text[:start], None) is None)


_GAP = 8  # at most this many characters (line breaks, spaces) between a paragraph and the one it continues


def carried_year(b: GraphBuilder, st: TargetState, R: Rules, sent: Sentence, doc_year: int | None,
           has_figures: bool) -> int | None:
    """The target year a sentence inherits: "主要目标为到2025年，…" sets it for the paragraphs that follow it
    directly, each opening with a list mark or a figure ("——优质主体不断壮大。累计培育…300家", "新材料产业累计完成
    投资500亿元，…"); a paragraph that does not ends it."""
    state = st.carry
    carried = state[0] if state and sent.para_start - state[1] <= _GAP and not b.doc.text[state[1]:sent.para_start].strip() and (
        sent.para_start <= state[1] or R.p["carry_opening"].match(b.doc.text, sent.para_start)) else None
    own = [m for m in R.p["to_year"].finditer(sent.text)]
    year = year_of(R, own[-1].group(0), doc_year) if own else None
    if year is not None:
        st.carry = (year, sent.end)
    elif carried is not None and has_figures:
        st.carry = (carried, sent.end)
    return carried
