"""The target component: every figure of a prose sentence, a target or a reported value, written to the graph.

Reads: a prose sentence, the paragraph before it, the document's date, kind and title, the TargetState (the year
carried, the headings' years, the last indicator per paragraph…). Writes: Indicator nodes and Policy SETS_TARGET /
REPORTS edges (`rule_prose_targets`, rule `prose_target` or `prose_target_<how>`); at the end of the document, the
scope of every target and reported value that has none and the headline targets the body restates dropped
(`fill_scopes`). The TargetState's `memory`, `places`, `whole_scopes` and `planned_batch` are written here.
"""

from __future__ import annotations

from graph.model import EdgeRecord, Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.context import document_year, period_for
from ingest.extract.names import after_last_mark
from ingest.extract.targets.batches import (batch_before, batch_counted_before, batch_money, breakdown_of_planned,
                                            project_parts, year_plan_after)
from ingest.extract.targets.indicator_names import clean_name, graded_scale, indicator_name, respective_names
from ingest.extract.targets.patterns import LEXICON_RULE, RULE, Rules, clauses_without, rules
from ingest.extract.targets.scope import Places, bare_zone, opens_with, paragraph_whole, speaker_scope
from ingest.extract.targets.state import TargetState
from ingest.extract.targets.values import figures_in
from ingest.extract.targets.years import (carried_year, document_month, estimate_below, heading_year, no_years_figure,
                                          paragraph_year, part_over, plan_paragraph, year_of)
from ingest.resolve import Resolved
from ingest.rules import search
from ingest.structure import Sentence


_EVENT_OPENING = 400  # characters of a news text's opening that report its event (…重大项目集中开工，共计有232个项目)


def rule_prose_targets(b: GraphBuilder, sent: Sentence, st: TargetState) -> None:
    """Every figure with a year in a prose sentence: a target or a reported value.
    `st` is the rule's state over the document (TargetState: the last indicator named per paragraph, for 这一比例…)."""
    R = rules()
    d = R.data
    text = sent.text
    doc_year = document_year(b.doc)
    memory = st.memory
    places = st.places
    if places is None:
        places = st.places = Places(b)
    para_before = b.doc.text[sent.para_start:sent.start]
    if R.p["project_subject"].match(text) and not batch_before(R, text, para_before):
        return  # "该项目…将建设6台套…", "这些项目全部建成后…贡献税收300亿元": a project's facts, no area's indicator
    figures = figures_in(R, text)
    # "2022年工作回顾": a heading line naming a year is the year its section's 今年/全年/年内 speak of
    this_year = heading_year(b, st, R, sent.start) or doc_year
    reviewing = heading_year(b, st, R, sent.start, review=True)  # the year a review heading above the sentence names
    # "2023年以来，…。据统计，该区全年新签约…" (of 2024-01-15): a paragraph opening with a year and 以来 reviews that year
    since = R.p["since_year"].match(b.doc.text, sent.para_start)
    this_year = int(since.group(1)) if since else this_year
    this_year = places.intro_year(sent.para_start) or this_year  # "2025年，开发区将…。" over "一是…全年产值过10亿"
    carried = carried_year(b, st, R, sent, this_year, bool(figures))
    if not figures:
        return  # most sentences state no figure: they only set or end the year the paragraphs after carry (carried_year)
    previous_batch = batch_counted_before(R, para_before)  # for sums opening the sentence (batch_money)
    taken = set(b.figures.get(sent.start, ()))  # what the lexicon rule read (a copy: this rule adds to it)
    plan_heads = [part for part in sent.path if any(w in part for w in d["plan_sections"])]
    plan_part = bool(plan_heads)
    # "二、2025年政府工作目标任务" over "（一）…": the year a plan section's heading names is its yearless figures' year
    plan_year = next((y for y in (year_of(R, h, None) for h in reversed(plan_heads)) if y is not None), None)
    clause_end, item_end = d["clause_end"], d["clause_end"] + d["item_end"]
    topic = R.p["topic"].match(b.doc.text, sent.para_start)  # match() anchors at para_start
    # an undated text whose title announces targets ("…产业链招商目标明确"): its figures with a year are targets
    # …or a title naming a plan of the document's own year ("宿迁市2021年重大产业项目投资计划" of 2021-02-04); a title read
    # off a first line that is a paragraph (with sentence punctuation) is no headline and announces nothing
    title_cue = bool(R.p["target_cue"].search(b.doc.title or "")) and (doc_year is None or bool(
        R.p["plan_title"].search(b.doc.title or "")) and year_of(R, b.doc.title or "", None) == doc_year) \
        and not R.p["not_headline"].search(b.doc.title or "")
    # a multi-year plan's title ("…三年行动计划(2023—2025年)"): its end year, for the yearless targets of a cue
    span = R.p["plan_span_title"].search(b.doc.title or "")
    span_year = int(span.group("end")) if span and (doc_year is None or int(span.group("end")) > doc_year) else None
    respective = respective_names(R, text, figures) if any(w in text for w in d["respective_cue"]) else {}
    first_rate: str | None = None  # the rate word of a respective list's first figure, shared by the others
    projects = project_parts(R, text)
    # "一季度，…", "1—10月份，…": a sentence opening with a part of a year speaks of that part; only its plans (拟…,
    # 年度计划投资) are the year's
    # …also a later ；-part of that sentence ("今年一季度，全区地区生产总值完成9.09亿元，增长15%；规上工业总产值…": audit Y)
    earlier = _earlier_parts(para_before)
    opening_clause = R.p["opening_clause"].match((earlier + text).lstrip())
    part_of_year = bool(opening_clause and R.p["sub_year"].search(opening_clause.group(0)))
    # …and when that opening clause plans it (力争三季度全县GDP增长10.8%以上，规上工业…), the clauses after it plan too (tgt13)
    planned_opening = part_of_year and bool(R.p["target_cue"].search(opening_clause.group(0))) \
        and not part_over(b, R, opening_clause.group(0))
    subject: str | None = None
    read: list[str] = []  # the names read in this sentence, for "现已落地X项目14个，年底将落地30个"
    prev_end = 0
    planned_batches: list[str] = []  # batches of projects this sentence plans ("计划开工重点项目496个")
    # "…开复工项目30个，…年度投资50亿。其中，新建项目11个、续建项目19个": the parts of a batch the sentence before planned
    parts_planned = breakdown_of_planned(b, st, R, sent, earlier)
    # the place a clause of the sentence opened with: its later clauses speak of it too; first the sentence's own
    # (past 今年，…: 今年，郴州经开区…; past the news's day or source: 5月11日下午，西双版纳傣族自治州在…, 据了解，…: sco15)
    # (a lead word is no zone's part: 据了解，今年开发区共谋划… opens with 开发区, tried before the lead words go)
    news = R.p["news_lead"].sub("", text, count=1)
    opening = (places.opening(news) if news != text else "") or places.opening(R.p["opening_lead"].sub("", news))
    sent_scope = opening
    counted, counted_at = "", 0  # the name of the sentence's last count (…工业集中区8个) and where it ends
    paragraph: tuple[int | None, bool] | None = None  # paragraph_year, read at the first figure that needs it
    for start, end, value, unit, surface in figures:
        if unit in d["change_units"]:
            continue  # a change, not a level
        if any(a <= start < z for a, z in projects):
            continue  # "…内陆港项目总投资20亿元，…一期将建设6.8公里铁路专用线": that project's facts
        if R.p["range_after"].match(text[end:end + 1]):
            continue  # the low end of a range is read with its high end
        low = R.p["range_low"].search(text, 0, start) if R.p["range_before"].search(text[:start]) else None
        if low:  # "争取建成3至5个…": a target of at least the low end
            value *= float(low.group(1)) / float(R.p["number"].match(surface).group(0))
            start = low.start()
        item_start = after_last_mark(text, start, item_end)
        joined = R.p["joiner_after"].match(text, prev_end) if prev_end else None
        if joined and joined.end() <= start:  # "…单项冠军300家和专精特新“小巨人”企业1500家": 和 after a figure ends an item
            item_start = max(item_start, joined.end())
        prev_end = end
        clause_start = after_last_mark(text, start, clause_end)
        left = text[item_start:start]
        if R.p["list_size"].match(text, start) or R.p["list_fields"].match(text, start) and "、" in text[clause_start:start]:
            continue  # "…等10个方面", "A、B、C6个领域": how many items a list holds
        if R.p["goal_frame"].match(text, clause_start):
            continue  # "围绕2025年全市锂电产业营收超过千亿元，《规划》…": a goal as the frame of what follows, stated elsewhere
        if R.p["per_item"].search(text, clause_start, start):
            continue  # "每个平台…适配2至5条产业链": a norm for each, no total
        if text[item_start - 1:item_start] == "、" and R.p["listed_firms"].match(left):
            continue  # "培育小松、现代、华润、新阳等企业超百亿": each listed firm's goal
        scale = None
        if R.p["money_class"].match(text, end):
            scale = graded_scale(R, text, start, end, clause_start) if unit in d["money_units"] else None
            if scale is None:
                continue  # "产值过10亿元企业突破10家" (audit Y): a sum naming a class of firms or projects that are counted
        if unit in d["money_units"] and R.p["graded_count"].search(text, max(0, start - 6), start):
            continue  # "形成6个500亿元重点产业集群" (audit AD): a sum grading the things a count counts
        priced = R.p["priced_count"].match(text, end) if unit in d["money_units"] else None
        if unit not in d["count_units"] and R.p["project_capacity"].match(text, end) and not priced \
                or unit in d["goods_units"] and R.p["item_capacity"].match(text, end):
            continue  # "年产100吨纳米粉体材料项目", "3万吨A、2万吨B项目": a project's capacity, no area's indicator
        if (R.p["not_a_value"].search(left) and not R.p["priced_before"].search(left)
                and not R.p["share_written"].match(left.strip())) or R.p["change_base"].search(left) \
                or R.p["comparison"].search(left):
            continue  # "由5100亿元提高到5500亿元": the base of a change; "年度计划的131.4%": a ratio
        scope, left_rest = places.leading(left.strip())
        park = places.park_lead(left.strip())  # "灵宝市产业集聚区超过200亿元": the park's figure, not the county's
        scope = park if park and scope and park.startswith(scope) else scope  # (its name stays the indicator's, as before)
        year_lead = R.p["year_lead"].match(left.strip()) if not scope else None
        if year_lead:  # "2024年团风县实现地区生产总值…" (audit Z): the place after the year is the scope
            after_year = places.leading(left.strip()[year_lead.end():])
            scope, left_rest = after_year if after_year[0] else (scope, left_rest)
        if unit in d["money_units"] and R.p["founded_before"].search(left_rest.rstrip()):
            continue  # "组建20亿元母基金" (audit Z): the size of a thing set up, no area's indicator
        zone = None if scope else R.p["zone_subject"].match(R.p["lead"].sub("", left_rest))
        if named_zone := places.named_zone(zone):  # "2022年江北一体发展区计划开复工项目140个"
            scope, left_rest = named_zone, R.p["lead"].sub("", left_rest)[zone.end():]  # type: ignore[union-attr]
        scope = scope or park  # "至2015年，临港装备工业园将实现60亿元产值": a park no zone ending closes (tgt14)
        sent_scope = scope or sent_scope
        comp_after = R.p["comparator_after"].match(text[end:end + 4])
        batch = batch_money(R, text, item_start, left_rest, previous_batch) if unit in d["money_units"] else None
        word = R.p["invest_end"].search(left_rest.strip()) if priced and batch is None else None
        if priced and word:  # "总投资1200亿元的160个重点项目": the money of the batch counted after it
            said = R.p["batch_lead"].sub("", priced.group("name")) + word.group("word")
            batch = (said, bool(R.p["plan_money"].search(word.group("word"))), said)
        # a year-to-date tally ("今年共开工建设重点项目102个，…年度计划投资348亿元") reports, it plans nothing
        tallied = bool(R.p["year_tally"].search(text, 0, start))
        tally = bool(batch) and tallied
        # "实施…重点项目121个，总投资203亿元": a batch of key projects put in hand is the year's plan
        in_hand = bool(R.p["batch_in_hand"].search(text, 0, start)) and not tallied
        plan = bool(batch and (batch[1] or in_hand)) and not tally
        if batch:  # "重点项目496个，总投资3957.5亿元，今年计划完成投资631.5亿元": the batch's money
            name, rate, stated, right = batch[0], None, True, False
            named_at, name = places.leading(name)  # "巴林左旗实施…重点项目121个，总投资203亿元": the batch's place
            scope = scope or named_at
            batch = (name, batch[1], batch[2][len(batch[0]) - len(name):])  # the written form without the place too
            zone = None if scope else R.p["zone_subject"].match(name)
            if named_zone := places.named_zone(zone):  # 徐圩新区丙烷产业链项目…: the project's zone
                scope, name = named_zone, name[zone.end():]  # type: ignore[union-attr]
        elif unit in d["money_units"] and R.p["batch_money"].search(left_rest.strip()) \
                and R.p["priced_subject"].search(text, 0, item_start):
            continue  # "其中计划投资40亿元的中金集团…改扩建，年度计划完成投资1.6亿元": that one project's own plan
        elif scale:  # "打造500亿级的新材料产业集群": the industry's scale (fig14)
            name, rate, stated, right = scale, None, True, True
        elif start in respective:  # "A、B、C产业产值分别达到x、y、z": the k-th figure is the k-th item's
            own, first = respective[start]
            if own is None:
                continue  # items and figures do not pair up: no name is safe
            if first:
                named = indicator_name(R, text, start, end, item_start, clause_start, left_rest, comp_after, places,
                                 memory, sent.para_start, read)
                first_rate = named[1] if named else None
            name, rate, stated, right = own, first_rate, True, False
        else:
            if R.p["priced_before"].search(left_rest):
                left_rest = ""  # "总投资1200亿元的160个重点项目": the count's name follows it
            named = indicator_name(R, text, start, end, item_start, clause_start, left_rest, comp_after, places, memory,
                             sent.para_start, read)
            measure = clean_name(R, left_rest) if named is None and counted \
                and R.p["count_then"].fullmatch(text, counted_at, clause_start) else ""
            if measure in d["bare_measures"] and not R.p["not_indicator"].search(measure):
                # "建成州级工业集中区8个，产值50亿元以上": the things counted in the clause just before
                named = (counted + measure, None, True, False)
            if named is None:
                continue
            name, rate, stated, right = named
        if rate:
            name += d["rate_words"][rate]
        batch_said = next((n for n in reversed(read) if n.endswith(tuple(d["project_endings"]))), "")
        if batch_said and R.p["bare_project"].match(name):  # "…重点建设项目62项，项目在建总规模1980亿元"
            name = batch_said + name[R.p["bare_project"].match(name).end():]
        memory[sent.para_start] = name
        # the things a count just named, whose bare measure may follow in the next clause (…集中区8个，产值50亿元)
        counted, counted_at = (name, end) if unit in d["count_units"] and not rate else ("", 0)
        read.append(name)
        if topic and topic.group(1) not in name:
            name = topic.group(1) + name
        said = R.p["subject"].match(name)
        if said and subject is None and not R.p["lead"].sub("", text[:item_start].strip("，, ")):
            subject = said.group(1)  # "新材料产业累计完成投资500亿元，规上工业产值达到1200亿元": the sentence's subject
        elif subject and not said and not right and subject not in name:
            name = subject + name
        if surface in taken:
            continue
        before = text[:start]
        # the words around the figure, without the indicator's own name ("招商目标企业")
        at = text.rfind(name, 0, start) if name in before else start
        words = before[:at] + before[at + len(name):] if at >= 0 else before
        if batch:  # the investment word is the batch's, no plan of the year: "…项目26个，计划总投资54亿元"
            words = before[:item_start] + R.p["batch_money"].sub("", left_rest.strip())
        clause_before = text[clause_start:start]
        clause_words = clause_before.replace(name, "", 1)  # the clause's words without the indicator's name
        if batch:
            clause_words = R.p["batch_money"].sub("", clause_words)  # 计划投资额 is the batch's, no plan of the year
        # a batch planned by its name ("计划开工重点项目496个", "确定重点项目337项")
        # (a count before the batch's name, 今年继续实施100个重点项目: the name after it completes the words put in hand)
        in_hand_named = in_hand or right and not tallied and bool(R.p["batch_in_hand"].search(text[:start] + name))
        planned = name.endswith(tuple(d["project_endings"])) and (bool(R.p["batch_plan"].search(clause_before))
                                                                 or in_hand_named) \
            or any(name.startswith(p) for p in planned_batches) \
            or bool(planned_batches) and name.endswith(tuple(d["project_endings"])) \
            and bool(R.p["breakdown_after"].search(text, 0, start)) \
            or parts_planned and name.endswith(tuple(d["project_endings"]))
        # ("共编排…项目338个，其中，新引进…项目178个"; "…项目30个，…。其中，新建项目11个": breakdown_of_planned)
        if planned:
            planned_batches.append(name)
        bullet = max((m.end() for m in R.p["inline_bullet"].finditer(text, 0, start)), default=0)
        if bullet:  # "…的发展目标 [1][14] 产业发展 - 地区生产总值…：2024年达…": a bullet run into the line starts anew
            words, before = R.p["inline_bullet"].split(words)[-1], before[bullet:]
        words = R.p["past_effort"].sub("", words)  # "经过不懈努力，…提高到90%以上": an effort made, no target
        words = R.p["goal_met"].sub("", words)  # "…完成全年目标任务、…外贸进出口同比增长44.6%": a goal met, no target
        actual = bool(R.p["actual_clause"].match(clause_before))  # "…，实际建成项目11个": what was done, set against a plan
        cue = plan or planned or low is not None or bool(R.p["target_cue"].search(words)) or bool(R.p["weak_cue"].search(clause_words)) or plan_part \
            or title_cue or bool(R.p["actual_after"].match(text, end)) \
            or bool(R.p["goal_after"].match(text, end))  # "新开工项目56个，实际…62个": 56 was the plan; "…增长10%以上的目标": a goal
        year = year_of(R, before, this_year) or year_of(R, text[end:end + 8] if text[end:end + 1] in "(（" else "",
                                                           this_year)
        year_from = ""  # how the year was found when the figure's own words do not say it: the edge's rule says so
        if year is None and not bullet:  # the paragraph's year; target words of the same full sentence carry over
            if paragraph is None:  # (the same for every figure of the sentence: the paragraph before it is read once)
                paragraph = paragraph_year(R, para_before, text, this_year)
            year, paragraph_cue = paragraph
            year_from = "paragraph" if year is not None else ""
            cue = cue or (year is not None and paragraph_cue)
            if year is not None and reviewing is not None and year > reviewing \
                    and not R.p["to_year"].search(para_before + text[:start]):
                # "一、2024年工作回顾 … 2024年，是实现“十四五”规划目标任务的关键一年。一年来，…实现地区生产总值130亿元":
                # a review's figure stating no year of its own is the reviewed year's, not that of a plan the
                # paragraph names in passing (tgt16)
                year = reviewing
        if rate and rate.startswith(d["average_rate"]):
            # "“十五五”重大项目计划投资年均增长10%左右，支撑固定资产投资年均增长8%以上": over the period, to its end
            period = [m for m in R.p["bare_period"].finditer(text, 0, start) if not R.p["year"].search(text, m.end(), start)]
            year, year_from = (int(d["plan_periods"][period[-1].group(1)]), "") if period else (year, year_from)
        # (a part of a year planned in the figure's own clause is the year's target: 力争三季度全县GDP增长10.8%以上, tgt13)
        planned_part = (plan or planned or bool(R.p["target_cue"].search(clause_words) or R.p["weak_cue"].search(clause_words))) \
            and not part_over(b, R, clause_before)
        if planned_part and R.p["sub_year"].search(clause_before):
            planned_opening = True  # (…落实责任，力争三季度全县GDP增长10.8%以上，规上工业…: the clauses after it too)
        if no_years_figure(R, text, start, end, name, clause_before, planned_part):
            continue
        last_year = list(R.p["year"].finditer(before))[-1:]
        if last_year and last_year[0].group("within") and not cue:
            continue  # "使得园区企业三年内新增发明专利57项": N年内 counts forward only in a plan's words
        # (a batch a part of the year plans by its name is that part's plan: "三季度，我区计划签约项目22个，总投资62亿元；
        # 计划开工项目50个，总投资93.66亿元"; an opening clause planning the part plans the clauses after it too:
        # 力争三季度全县GDP增长10.8%以上，规上工业增加值增长11.8%以上)
        if part_of_year and not (batch and R.p["batch_plan"].search(R.p["batch_money"].sub("", batch[2]))) \
                and not (batch and R.p["annual_money"].search(batch[2])) and not (
                R.p["target_cue"].search(clause_words) or R.p["weak_cue"].search(clause_words) or planned_opening):
            continue  # "1—10月份，…签约项目101个，计划投资额430亿元": a tally of part of a year, no year's figure
        if year is None and plan:
            year, year_from = this_year, "plan"  # a year's planned investment (年度投资, 今年计划完成投资) is for the document's year
        if year is None and not tallied and (batch or name.endswith(tuple(d["project_endings"]))) \
                and year_plan_after(R, text, end) and search(R.p["prose_end"], text) \
                and not R.p["batch_event"].search(b.doc.text[:_EVENT_OPENING] + para_before + text[:start]):
            year, cue, year_from = this_year, True, "batch"  # "续建项目92个，总投资839.19亿元，年度计划投资271.50亿元": the year's batch
        if year is None and carried is not None:
            year, cue, year_from = carried, True, "carried"  # a paragraph continuing the one that set the year ("——创新能力大幅提升。…")
        if year is None and plan_year is not None and not bullet:
            year, year_from = plan_year, "heading"  # "力争全区规上企业研发经费增长20%以上" under "二、2025年政府工作目标任务"
        if year is None and cue and span_year is not None and not bullet:
            year, year_from = span_year, "heading"  # "…三年行动计划(2023—2025年)": the plan's end
        if year is None and cue and doc_year is not None and 0 < document_month(b) <= d["early_month"] \
                and R.p["outcome_estimate"].search(clause_before):
            year, year_from = doc_year - 1, "estimate"  # "预计实现工业开票798亿元" in January (audit R): the year just closed, estimated
        if year is None and cue and doc_year is not None and b.doc.kind in d["this_year_kinds"] \
                and not R.p["recurring"].search(clause_before) and not R.p["structures_counted"].match(text, end) \
                and (plan or planned or low is not None or bool(R.p["target_cue"].search(clause_words))
                     or bool(R.p["weak_cue"].search(clause_words)) or planned_opening
                     or bool(R.p["target_cue"].search(clauses_without(R, text[:clause_start], "value")))):
            # "每年引导…300亿元": yearly, no year's target; and the target word in the figure's clause or one stating no
            # figure ("实施…梯度培育计划，新增高新技术企业100家"), not another figure's ("年计划投资22亿元，其中：…百大项目2个")
            # (not clusters or chains counted, 打造…2个千亿级产业集群, 确定…12条产业链: a plan's shape, built over years)
            year, year_from = this_year, "this_year"  # news speaks of "this year" without naming it: 力争新增城镇就业4万人
        if year is None:
            continue
        if year == doc_year and 0 < document_month(b) <= d["early_month"] and R.p["year_estimate"].search(clause_before) \
                and not any(m.group("plain") for m in R.p["year"].finditer(text, 0, start)):
            year, year_from = year - 1, "estimate"  # "●预计全年地区生产总值361亿元" in January: the year just closed (tgt16)
        planned_year, plan_verb = plan_paragraph(R, b.doc.text, sent.para_start, this_year)
        if not cue and year == planned_year and plan_verb not in name \
                and not R.p["lead_date"].match((earlier + text).lstrip()) \
                and (batch or name.endswith(tuple(d["project_endings"])) or not any(
                    w in text[:start] for w in d["project_endings"])):
            # "2025年，株洲经开区将紧扣…。…。全年新增规模工业企业7家以上" (audit Y): the paragraph plans its year (not the
            # event a sentence dated by its day reports: "4月7日，集中开工重点项目290个"; nor a project's measure in a
            # sentence naming a project: "其中A风电项目位于…，总装机容量1万千瓦"; nor a name that swallowed the opening's
            # subject and verb: "2023年，揭阳金属生态城计划拍地落户企业8家", the name unsafe)
            cue = True
        if not cue and year == this_year and not tallied and (batch or name.endswith(tuple(d["project_endings"]))) \
                and (0 < document_month(b) < d["late_month"] or not any(m.group("plain") for m in R.p["year"].finditer(text, 0, start))) \
                and year_plan_after(R, text, end, "year_plan_sum") \
                and not R.p["batch_event"].search(b.doc.text[:_EVENT_OPENING] + para_before + text[:start]):
            cue = True  # "今年，…铺排重点项目112个，总投资过千亿元，年度计划投资221.7亿元": the year's batch, as planned
            # (a stated year is left to the plan's title in a text of the year's late months, "2021年全市共编排…" may
            # review the year as well as plan it; before them, "2019年，…安排政府投资项目185个，…年度计划投资27.7亿元" plans: tgt15)
        # a reported cue says the past, unless the year is a plan's ("到2025年，新能源产业累计完成投资1000亿元")
        # …and a cue of the present state reports even under a plan's year an earlier sentence carries ("…计划到2024年，
        # 争取…。目前，园区已入驻…等2家肉牛龙头企业")
        present = bool(R.p["present_cue"].search(clause_before)) or _past_before(R, text, clause_start, start, "present_cue")
        planned_year = (carried is not None and not present) or bool(R.p["to_year"].search(text[:start]))
        # (a batch's planned money of a past year is still that year's plan: "2021年…共启动106个实施类项目建设，…年度计划投资
        # 189.8亿元" in a review of January 2022)
        # a figure of the year a review heading names ("2022年工作回顾" … 全年实施重点项目83个) reports that year
        reviewed = year == reviewing and not planned_year
        reported = tally or reviewed or actual or bool(R.p["progress_after"].match(text, end)) \
            or bool(R.p["reported_cue"].search(text, max(clause_start, start - 3), start)) \
            or bool(R.p["reported_cue"].search(clause_before) and not planned_year) \
            or (doc_year is not None and year < doc_year and not (batch and (
                R.p["annual_money"].search(batch[2]) or R.p["this_dated"].search(left_rest.strip())))) \
            or _past_before(R, text, clause_start, start) and not planned_year \
            or year == doc_year and document_month(b) >= d["late_month"] and (bool(R.p["year_estimate"].search(earlier + text[:start]))
                                                                      or bool(R.p["clause_estimate"].search(text, 0, start))
                                                                      or 0 <= estimate_below(b, st, R) < sent.start + start)
        # a document of the year's first month speaks of its own year's figures as plans (a review names the past year)
        early = year == doc_year and 0 < document_month(b) <= d["early_month"] and b.doc.kind == "report"
        target = not reported and (cue or early or (doc_year is not None and year > doc_year))
        if not target and (right or not stated):
            continue  # a past figure is a reported value only when stated as one: "…增长1.5%", "…达到97家"
        comparator = d["comparator_after"][comp_after.group(0)] if comp_after else ""
        cb = R.p["comparator_before"].search(R.p["comparator_verbs"].sub("", left))
        comparator = ">=" if low else comparator or (d["comparator_before"][cb.group(0)] if cb else ">=" if target else "")
        made = R.p["made_into"].search(text, 0, start)  # "把杨林工业园区打造成为主营业收入超500亿元…的开发区": the park's
        # "全州GDP总量达2500亿元", "今年，全省共确定了110个省重点项目，其中建设项目100个": the division so named
        whole = ([None] + list(R.p["whole_division"].finditer(text, 0, start)))[-1]
        whole_scope = places.whole(sent.start + start, whole.group(1)) if whole and not scope and not made else ""
        if whole_scope:  # the paragraph's later sentences may go on speaking of it
            st.whole_scopes[sent.para_start] = (whole_scope, sent.start + end)
        scope = places.written_in_full(scope or (made.group("place") if made else "") or whole_scope
                                       or places.find(clause_before, last=True)
                                       or bare_zone(b, R, places, name, sent.start + start) or sent_scope
                                       or speaker_scope(R, places, text, end)
                                       or places.intro_scope(sent.para_start)
                                       or places.opening(R.p["opening_lead"].sub("", para_before))
                                       or paragraph_whole(b, st, sent) or places.heading(sent.start)) or places.doc_scope
        if target and unit in d["count_units"] and name.endswith(tuple(d["project_endings"])):
            st.planned_batch = (sent.para_start, sent.end)  # (breakdown_of_planned)
        dated = R.p["this_dated"].search(left_rest.strip()) if batch else None
        _write(b, sent, name, scope, places.home, value, unit, year, target, comparator, surface, bool(rate),
               f"{RULE}_{year_from}" if year_from else RULE,
               written=name[:len(name) - len(batch[0])] + batch[2] if batch and name.endswith(batch[0]) else name,
               dated=batch[2][:len(batch[2]) - len(dated.group("word"))] + dated.group(0) if dated and batch[2].endswith(dated.group("word")) else "")


def _earlier_parts(para_before: str) -> str:
    """The earlier ；-parts of the full sentence a sentence part continues (the paragraph's text after its last full stop;
    "" when the part opens a sentence): their opening (今年一季度，…; 全年预计实现…) speaks for the later parts too."""
    return para_before[max(para_before.rfind(c) for c in "。！？!?\n") + 1:]


def _past_before(R: Rules, text: str, clause_start: int, start: int, cue: str = "reported_cue") -> bool:
    """A reported cue in an earlier clause of the same part of the sentence, with no target word or year between it and
    the figure (现已开工31个，开工率达81.6%): the later clauses report too. `cue` names the pattern of the cues looked
    for (present_cue: only those of the present state)."""
    part = max(text.rfind("；", 0, clause_start), text.rfind(";", 0, clause_start)) + 1
    past = list(R.p[cue].finditer(text, part, clause_start))
    if not past:
        return False
    between = text[past[-1].end():start]
    return not (R.p["target_cue"].search(between) or R.p["weak_cue"].search(between) or R.p["year"].search(between))


def _write(b: GraphBuilder, sent: Sentence, name: str, scope: str, home: str, value: float, unit: str, year: int,
           target: bool, comparator: str, surface: str, rate: bool, rule: str, written: str = "", dated: str = "") -> None:
    """One figure: its indicator node (named by `name`; `written` the text's own wording when the name is
    another: 续建项目计划投资 of 续建项目年度计划投资) and the SETS_TARGET or REPORTS edge, under `rule` (prose_target,
    or prose_target_<how> when the year is not in the figure's own words: carried, heading, this_year…)."""
    base = b.resolver.indicator(name)
    if base is None:
        return
    if not scope and not home:  # a text naming no place: an indicator of its own, apart from the home city's
        r = Resolved(Label.INDICATOR, base.name + rules().data["unknown_scope"], base.resolution, None)
    elif scope in ("", home) or opens_with(b, base.name, scope):
        r = base
    else:
        r = Resolved(Label.INDICATOR, f"{scope}{base.name}", base.resolution, None)
    iid = b.node(r, name, sent, RULE, {"unit": unit, "scope": scope or home, "measure": "rate" if rate else "level"})
    aliases = b.nodes[iid].aliases
    for w in (written, dated):
        if w and w != name and w not in aliases:
            aliases.append(w)
    if target:
        b.edge(RelType.SETS_TARGET, b.policy_id, iid, sent, rule, surface, r.resolution, key=str(year),
               props={"year": year, "value": value, "unit": unit, "comparator": comparator, "scope": scope or home})
    else:
        period = period_for(b.doc, year)
        b.edge(RelType.REPORTS, b.policy_id, iid, sent, rule, surface, r.resolution, key=period,
               props={"period": period, "year": year, "value": value, "unit": unit, "scope": scope or home})


def fill_scopes(b: GraphBuilder, st: TargetState) -> None:
    """Give every target and reported value without a scope (the table and lexicon rules
    write none) the place its sentence opens with, else the document's; drop a headline's
    target the body restates (drop_restated_headlines)."""
    drop_restated_headlines(b)
    places = st.places or Places(b)
    for e in b.edges.values():
        if e.type in (RelType.SETS_TARGET, RelType.REPORTS) and not e.props.get("scope"):
            sent = e.evidence[0].sentence if e.evidence else ""
            e.props["scope"] = places.leading(sent)[0] or places.doc_scope


_HEADLINE_MAX = 60  # a headline is a line of one sentence at most this long


def drop_restated_headlines(b: GraphBuilder) -> None:
    """A headline's target that the body restates (same value and unit) is read from the body only, which
    names it in full: "（原标题：云南：到2025年培育打造10个千亿园区）" beside "…培育打造10个主营业务收入增量超千亿元的
    重点园区"."""
    def headline(e: EdgeRecord) -> bool:
        ev = e.evidence[0]
        line_start = b.doc.text.rfind("\n", 0, ev.start) + 1
        line_end = b.doc.text.find("\n", ev.end)
        line = b.doc.text[line_start:line_end if line_end >= 0 else len(b.doc.text)]
        return len(line.strip()) <= _HEADLINE_MAX and line.strip() == ev.sentence.strip() \
            and not R.p["sentence_end"].search(line.strip())  # a headline ends without a full stop

    def fact(e: EdgeRecord) -> tuple[object, ...]:
        return e.props.get("value"), e.props.get("unit")  # a headline rarely states the year (it got the date's)

    R = rules()
    targets = {k: e for k, e in b.edges.items() if e.type == RelType.SETS_TARGET and e.evidence}
    heads = {k for k, e in targets.items()
             if (e.evidence[0].rule.startswith(RULE) or e.evidence[0].rule == LEXICON_RULE) and headline(e)}
    body = {fact(e) for k, e in targets.items() if k not in heads}
    for k in heads:
        if fact(targets[k]) in body:
            node = b.drop_edge(k).target
            if not any(e.target == node or e.source == node for e in b.edges.values()):
                b.nodes.pop(node, None)
