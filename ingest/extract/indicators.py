"""Indicator rules: target tables and values in prose -> SETS_TARGET / REPORTS."""

from __future__ import annotations

import re

from graph.model import RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.context import YEAR, document_year, period_for, section_year
from ingest.extract.names import after_last_mark
from ingest.extract.targets import period_year
from ingest.resolve import Resolved
from ingest.rules import alternation, pattern, rule_data, scan, words
from ingest.structure import Sentence, Table


_I = rule_data("indicators")
_CAPPED = re.compile(alternation("indicators", "comparator_capped"))
_BELOW = re.compile(alternation("indicators", "comparator_below"))
_STRICT = re.compile(alternation("indicators", "comparator_strict"))
_YEAR_CELL = pattern("indicators", "year_cell")
_PAREN_YEAR = pattern("indicators", "paren_year")
_YEAR_IN_TEXT = pattern("indicators", "year_in_text")
_BASE_YEAR = pattern("indicators", "base_year")
_SHARE_OF = pattern("indicators", "share_of")
_NAME_NOT_HEADS = tuple(_I["name_not_heads"])


def comparator_of(text: str) -> str:
    """How a stated target compares: a plan's figure is a floor (达到, 以上, 提高到) unless
    the words cap it (以下, 以内, 不超过, 控制在) or make it strict (超过, 突破, 高于 / 低于)."""
    if _CAPPED.search(text):
        return "<="
    if _BELOW.search(text):
        return "<"
    if _STRICT.search(text):
        return ">"
    return ">="


_NUMBER = re.compile(r"^(\d+(?:\.\d+)?)")


def rule_table(b: GraphBuilder, table: Table, sentences: dict[int, Sentence]) -> None:
    header = table.rows[0]
    years: dict[int, int] = {}
    for j, cell in enumerate(header):
        m = _YEAR_CELL.match(cell.text)
        if m:
            years[j] = int(m.group(1))
    if not years:
        return
    doc_year = document_year(b.doc)
    for row in table.rows[1:]:
        if len(row) < 3:
            continue
        sent = sentences[row[0].start]
        raw_name = row[0].text
        unit = row[1].text if row[1].text not in {"—", "-", "／", "/"} else ""
        ir = b.resolver.indicator(raw_name)
        if ir is None:
            continue
        name_surface = re.sub(r"^\s*\d+[、.．]\s*", "", raw_name)
        # every row names an indicator, also one whose targets are rates in words (年均提高…)
        iid: str | None = b.node(ir, name_surface, sent, "target_table", {"unit": unit})
        for j, year in years.items():
            if j >= len(row):
                continue
            cell = row[j].text
            m = _NUMBER.match(cell)
            if not m:
                continue
            value = float(m.group(1))
            paren = _PAREN_YEAR.search(cell)
            y = int(paren.group(1)) if paren else year
            comparator = comparator_of(cell)
            if iid is None:
                iid = b.node(ir, name_surface, sent, "target_table", {"unit": unit})
            if doc_year is not None and y < doc_year:
                b.edge(RelType.REPORTS, b.policy_id, iid, sent, "target_table", cell, ir.resolution, key=str(y),
                       props={"period": str(y), "year": y, "value": value, "unit": unit})
            else:
                b.edge(RelType.SETS_TARGET, b.policy_id, iid, sent, "target_table", cell, ir.resolution, key=str(y),
                       props={"year": y, "value": value, "unit": unit, "comparator": comparator})


_PARA_YEAR = pattern("indicators", "para_year")
_VALUE = pattern("indicators", "value")
_VERB_TAIL = pattern("indicators", "verb_tail")
_INDICATOR_SHAPE = pattern("indicators", "indicator_shape")
_PHRASE_LEAD = pattern("indicators", "phrase_lead")
_TARGET_WORDS = pattern("indicators", "target_words")
_GOAL_MET = pattern("targets", "goal_met")  # a goal met or a figure set against the expectation: no cue
_RESPECTIVELY = pattern("indicators", "respectively")
_SHARE_PHRASE = pattern("indicators", "share_phrase")
_SHARE_WORDS = words("indicators", "share_words")


def rule_respectively(b: GraphBuilder, sent: Sentence, year_ctx: int | None) -> None:
    """"A、B增加值…，占GDP比重分别达到x%、y%": one reported value per subject."""
    if sent.text.count("%") < 2:
        return  # the pattern needs two percentages; scanning for it costs more than this test
    doc_year = document_year(b.doc)
    for m in scan(_RESPECTIVELY, sent.text):
        subjects = re.findall(r"“([^”]+)”", m.group(1)) or m.group(1).split("、")
        values = re.findall(r"(\d+(?:\.\d+)?)%", m.group(4))
        if len(subjects) != len(values):
            continue
        before = sent.text[:m.start()]
        years = YEAR.findall(before)
        year = int(years[-1]) if years else (year_ctx or section_year(sent))
        if year is None or doc_year is None or year > doc_year:
            continue
        for subj, val in zip(subjects, values):
            name = subj + m.group(2) + m.group(3)
            ir = b.resolver.indicator(name)
            if ir is None:
                continue
            iid = b.node(ir, name, sent, "indicator_respectively", {"unit": "%"})
            period = period_for(b.doc, year)
            b.edge(RelType.REPORTS, b.policy_id, iid, sent, "indicator_respectively", f"{subj}…{val}%", ir.resolution,
                   key=period, props={"period": period, "year": year, "value": float(val), "unit": "%"})


def rule_indicator_text(b: GraphBuilder, sent: Sentence, year_ctx: int | None) -> None:
    text = sent.text
    doc_year = document_year(b.doc)
    # the phrase's regex tries up to 30 characters at every position: only where a share's word stands
    shares = _SHARE_PHRASE.finditer(text) if any(w in text for w in _SHARE_WORDS) else ()
    for m in shares:  # a known indicator named without a value here
        name = _PHRASE_LEAD.sub("", m.group(0))
        ir = b.resolver.indicator(name, create=False)
        if ir is not None:
            b.node(ir, name, sent, "indicator_text")
    rule_respectively(b, sent, year_ctx)
    last: tuple[Resolved, str] | None = None
    for m in scan(_VALUE, text):
        unit = m.group(2)
        if unit == _I["change_unit"]:
            continue  # a change, not a level
        left_start = after_last_mark(text, m.start(), "，。；：、—")
        phrase = text[left_start:m.start()]
        phrase = _PHRASE_LEAD.sub("", phrase.strip())
        written = _VERB_TAIL.sub("", phrase).strip()
        name = _SHARE_OF.sub("", written)  # 占地区生产总值的比重: 占地区生产总值比重 (the written form stays an alias)
        ir = None
        if not name and last is not None and _YEAR_IN_TEXT.search(text[left_start:m.start()]):
            ir, name = last  # "…达到2.4%，到2025年达到3%": the same indicator, another year
        elif not name or name.startswith(_NAME_NOT_HEADS) or re.search(r"\d", name) or len(name) > 30:
            continue
        else:
            ir = b.resolver.indicator(name, create=False)
        if ir is None:
            # an unlisted indicator must look like a share or rate, and then it is in %
            if unit != "%" or not _INDICATOR_SHAPE.search(name) or len(name) < 4:
                continue
            ir = b.resolver.indicator(name)
            if ir is None:
                continue
        if ir.entry is not None and ir.entry.unit and ir.entry.unit != unit:
            continue  # "高新技术企业…增长25%" is not a count of firms
        last = (ir, name)
        value = float(m.group(1))
        after = text[m.end(): m.end() + 12]
        paren = _PAREN_YEAR.match(after)
        before = text[:m.start()]
        years_before = YEAR.findall(_BASE_YEAR.sub("", before))  # not "在2020年的基础上"
        own_year = years_before[-1] if years_before else None
        # the indicator's own words are no cue (目标完成率达137.55%, 人均预期寿命达到78岁: audit Q), nor a goal met before
        # it (目标完成率达126.4%，资金到位率达…), as in targets/component.py
        says_target = bool(_TARGET_WORDS.search(_GOAL_MET.sub("", text[:left_start] + text[left_start:m.end()].replace(name, "", 1))))
        if paren:
            year: int | None = int(paren.group(1))
        elif own_year:
            year = int(own_year)
        elif (period := period_year(before)) is not None:  # "力争“十四五”期末，…制造业占GDP比重力争提高到30%"
            year = period
            says_target = True
        elif _I["this_year"] in before and doc_year is not None:
            year = doc_year
        elif _I["last_year"] in before and doc_year is not None:
            year = doc_year - 1
        else:
            # "2017年，…。…总数达到97家": a year opening an earlier sentence of the paragraph
            para_years = _PARA_YEAR.findall(b.doc.text[sent.para_start:sent.start])
            year = int(para_years[-1]) if para_years else (year_ctx or section_year(sent))
            # "到2025年" earlier in the section (year_ctx) sets the year its targets are for
            says_target = says_target or (not para_years and year_ctx is not None and year == year_ctx)
        if year is None:
            if b.doc.kind == "progress-report" and doc_year is not None:
                year = doc_year  # a progress report's figures are for its own period
            elif says_target and doc_year is not None and b.doc.kind != "plan":
                year = doc_year  # news and Q&A speak of "this year" without naming it
            else:
                continue
        comparator = comparator_of(phrase + after[:3])
        says_target = says_target and not (own_year and not re.search(_I["target_year"].format(year=year), text) and year <= (doc_year or year))
        is_target = not paren and (says_target or (doc_year is not None and year > doc_year))
        iid = b.node(ir, name, sent, "indicator_text", {"unit": unit})
        if written != name:
            b.node(ir, written, sent, "indicator_text")
        if is_target:
            b.edge(RelType.SETS_TARGET, b.policy_id, iid, sent, "indicator_text", m.group(0), ir.resolution,
                   key=str(year), props={"year": year, "value": value, "unit": unit, "comparator": comparator})
        else:
            period = period_for(b.doc, year)
            b.edge(RelType.REPORTS, b.policy_id, iid, sent, "indicator_text", m.group(0), ir.resolution,
                   key=period, props={"period": period, "year": year, "value": value, "unit": unit})
