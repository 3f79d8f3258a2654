"""Batches of projects: their money, their plans and their 其中 breakdowns, and the parts of a sentence about one project.

Reads: a sentence's items before a sum, the sentence before it in the paragraph. Gives: `batch_money` (the batch an
investment sum is of, and whether it is planned: 重点项目496个，总投资…，今年计划完成投资…), the batch the sentence
before counts, whether a sentence breaks down a batch planned just before (`breakdown_of_planned`: reads the
TargetState's `planned_batch`, which the component writes), whether the year's planned money follows a batch, and
where a sentence speaks of one project (`project_parts`: no area's figures there).
"""

from __future__ import annotations

from ingest.extract.builder import GraphBuilder
from ingest.extract.names import PROJECT_ANAPHOR
from ingest.extract.projects import well_formed_project
from ingest.extract.targets.patterns import Rules
from ingest.extract.targets.state import TargetState
from ingest.rules import rule_data, scan, search
from ingest.structure import Sentence


_PROJECT_WORD = rule_data("projects")["named_project_ending"]  # 项目 alone: the project named before


def batch_money(R: Rules, text: str, item_start: int, left: str,
                 previous_batch: str | None = None) -> tuple[str, bool, str] | None:
    """(indicator, planned, as written) when the words before a sum are an investment word (总投资, 年度投资, 今年计划完成投资)
    of a batch of projects: counted in the items before it (…项目N个, N个…项目), named before the word
    (当天开工的项目总投资…) or one project named (…为X项目、总投资…); other investment items between are skipped.
    The sum after a breakdown (其中A项目N个，B项目M个，总投资X) is the whole's. None for any other sum.
    Planned: the word holds a plan (年度投资, 计划完成投资) or the batch's name does (计划开工…项目, 确定…项目).
    A plan dated by its year (2012年计划投资, 今年计划完成投资) is the year's planned investment, 年度计划投资 (the
    wording as written is kept beside it). A sentence opening with its sums (项目总投资…，年度计划投资…) speaks of the
    batch counted in the sentence before it, `previous_batch` (batch_counted_before)."""
    word = R.p["batch_money"].search(left.strip())
    if word is None:
        return None
    said = word.group("word")
    dated = said in R.data["dated_plan_words"] and bool(R.p["dated_plan"].search(left.strip(), 0, word.start()))
    invest = R.data["annual_plan_word"] if dated else said
    subject, run = _project_words(R, left.strip()[:word.start()]), 0
    # (a 、 between two verbs of a batch, 此次集中签约、开工项目共73个, joins no items: one batch signed and started; audit Y)
    items = [R.p["money_qualifier"].sub("", i) for i in R.p["item_split"].split(
        R.p["verb_pair"].sub(r"\1", text[:item_start])) if i.strip()] \
        if subject is None else []
    for k in range(len(items) - 1, -1, -1):
        if R.p["comparison"].match(items[k].strip()):
            continue  # "…项目254个，比2020年增加42个，计划总投资…": a comparison between the batch and its money
        words = _strip_figure(R, items[k])
        money = R.p["batch_money"].search(words)
        if money and run:
            break  # "续建项目55个、总投资100.17亿元，新开工项目54个、总投资59.22亿元": an earlier sum is the batch before's
        if money:  # "…项目、总投资103亿元、年度投资40亿元": the items before share the project
            subject = _project_words(R, words[:money.start()]) or _priced_project(R, items[k])
            if subject is None:
                continue
            break
        named_end = items[k].endswith(tuple(R.data["project_endings"]))
        m = None if named_end else R.p["batch_counted"].search(items[k])
        bare = R.p["bare_counted"].search(items[k]) if named_end else None  # "淄川集中开工22个项目": 集中开工项目
        # "继续实施100个重点项目": the count before the batch's own name (a bare 项目 is named by the words before it)
        own = R.p["counted_name"].search(items[k]) if named_end and bare is None else None
        if own and not run:
            subject, run = own.group("name"), 1
            break
        if bare is None and named_end and not run:  # "集中开工了A、B等9个项目": 集中开工项目
            subject = _listed_batch(R, text[:item_start], items[k])
            if subject:
                run = 1
                break
        if m is None and bare is None:
            if not run:
                named = R.p["batch_named"].search(items[k])
                # (有A、B、C等县级重点项目，年度投资…: the batch is the kind after the example, audit AF)
                subject = _priced_project(R, items[k]) or (R.p["example_lead"].sub("", named.group(1)) if named else None)
            break
        if run and R.p["breakdown_intro"].search(items[k]):
            break  # "这34个重大项目包括：工业项目15个，总投资…": the sum after a part is the part's
        # ("共有15个项目": the words only say there are so many; "香菇产业园等农业类项目19个": the kind after the example)
        subject = R.p["have_end"].sub("", bare.group("words")) + bare.group("end") if bare \
            else R.p["example_lead"].sub("", m.group("a") or m.group("b"))
        run += 1
        if R.p["breakdown"].match(items[k]) and run > 1 and k > 0:
            subject = _counted(R, items[k - 1]) or subject
            break
    else:  # only sums before it: "…集中开工的重大项目共4个，分别是…。项目总投资8.3亿元，年度计划完成投资2.8亿元"
        if subject is None and previous_batch:
            subject, run = previous_batch, 1
    if not subject or not run and not R.p["annual_money"].search(invest):
        return None  # one project's total or planned investment is its own fact (project_facts.py)
    lead = R.p["batch_lead"].match(subject)  # "确定重点项目337项，总投资1156亿元": planned by a lead word dropped from its name
    planned_lead = bool(lead and R.p["batch_plan"].search(lead.group(0)))
    written = R.p["batch_lead"].sub("", subject)  # as written, with its 的 (新引进尚未开工的项目年度计划投资)
    subject = R.p["of_word"].sub("", written)
    plan = bool(R.p["plan_money"].search(invest) or R.p["batch_plan"].search(subject) or planned_lead)
    return subject + invest, plan, written + said


def batch_before(R: Rules, text: str, para_before: str) -> bool:
    """A bare 项目 opening the sentence after one that counts a batch speaks of that batch ("…重大项目共4个，分别是…。
    项目总投资8.3亿元，年度计划完成投资2.8亿元"), not of one project."""
    return bool(R.p["bare_project"].match(text.lstrip())) and batch_counted_before(R, para_before) is not None


def batch_counted_before(R: Rules, para_before: str) -> str | None:
    """The batch the paragraph's sentence before this one counts (…集中开工的重大项目共4个), None when it counts none or
    this sentence opens its paragraph."""
    last = next((s for s in reversed(R.p["sentence_split"].split(para_before)) if s.strip()), "")
    return _counted(R, R.p["money_qualifier"].sub("", last)) if last else None


def _counted(R: Rules, text: str) -> str | None:
    """The name of the batch a text counts (…项目N个, N个…项目: batch_counted), None when it counts none."""
    m = search(R.p["batch_counted"], text)
    return (m.group("a") or m.group("b")) if m else None


def _listed_batch(R: Rules, before: str, item: str) -> str | None:
    """A listed batch's name (集中开工了A、B等9个项目 -> 集中开工项目): the verb opening the clause whose list the
    item closes, and the list's ending; None when the item closes no counted list or no such verb opens it."""
    end = R.p["listed_count"].search(item)
    if end is None:
        return None
    clause = next((c for c in reversed(R.p["item_clause"].split(before))
                   if R.p["money_qualifier"].sub("", c).endswith(item)), "")
    verb = R.p["listed_verb"].search(clause)
    return verb.group(0) + end.group("end") if verb else None


def _project_words(R: Rules, words: str) -> str | None:
    """What the words before an investment word say: a project or batch ("当天开工的项目"), nothing said (None for
    "", "2010年", "项目": look before), or "" for anything else."""
    words = R.p["batch_lead"].sub("", words.strip("，、,；; "))
    if words in R.data["project_endings"] or not words:
        return None
    return words if words.endswith(tuple(R.data["project_endings"])) else ""


def _priced_project(R: Rules, item: str) -> str | None:
    """The project an item prices before naming it ("总投资3亿元的广汇产业园项目"), else None."""
    m = R.p["value"].search(item)
    name = item[m.end():] if m else ""
    of = R.p["of_word"].match(name)
    name = name[of.end():] if of else ""
    return name if len(name) > 2 and name.endswith(tuple(R.data["project_endings"])) else None


def _strip_figure(R: Rules, item: str) -> str:
    """An item's words before its figure: "总投资103亿元" -> "总投资"."""
    m = R.p["value"].search(item)
    return item[:m.start()] if m else item


def breakdown_of_planned(b: GraphBuilder, st: TargetState, R: Rules, sent: Sentence, earlier: str) -> bool:
    """Whether the full sentence a sentence (part) belongs to opens a breakdown (其中，…) of a batch of projects the full
    sentence right before it, in the same paragraph, counted as a target ("2018年，海林开发区开复工项目30个，…年度投资
    50亿。其中，新建项目11个、续建项目19个"): its batches are that plan's parts, planned too (tgt19)."""
    last = st.planned_batch
    opening = sent.start - len(earlier)  # where the full sentence starts
    return last is not None and last[0] == sent.para_start and last[1] <= opening \
        and not b.doc.text[last[1]:opening].strip() and bool(R.p["breakdown"].match(earlier + sent.text))


def year_plan_after(R: Rules, text: str, end: int, word: str = "invest_word") -> bool:
    """Whether the year's planned money follows in the same part of the sentence (…项目92个，总投资839.19亿元，年度计划
    投资271.50亿元): the batch counted and priced before it is that year's plan. `word` names the pattern of the money's
    words (year_plan_sum: a word and its sum)."""
    stop = min((i for i in (text.find(c, end) for c in "；;。") if i >= 0), default=len(text))
    return any(R.p["plan_money"].search(m.group(0)) for m in R.p[word].finditer(text, end, stop))


def project_parts(R: Rules, text: str) -> list[tuple[int, int]]:
    """Where a sentence speaks of one project: in each part up to ；or 。 that opens with one project's name
    (振展汽车新能源项目先行租赁…2100平方米厂房) or states one project's investment (…内陆港项目总投资20亿元，…，一期将建设
    6.8公里…; 整个项目初步预计投资90亿元，运营期年均销售收入…), from that name to the part's end. A batch is no
    project: a generic name (重点项目, 先进制造业项目254个: counted) or one counted before (此次10个重点产业项目总投资…)."""
    spans = []
    for part in scan(R.p["sentence_part"], text):
        m = R.p["part_project"].match(text, part.start(), part.end())
        if m is None or not _one_project(R, m.group("name")):
            m = next((x for x in R.p["project_money"].finditer(text, part.start(), part.end())
                      if _one_project(R, x.group("name"))), None)
        if m is None:  # "A有限公司总投资6500万元，…": the firm's project
            m = R.p["firm_part"].match(text, part.start(), part.end())
        if m is None and not R.p["project_count"].search(text, 0, part.end()):
            m = R.p["clause_project"].search(text, part.start(), part.end())
        if m is not None:
            spans.append((m.start("name"), part.end()))
    return spans


def _one_project(R: Rules, name: str) -> bool:
    """A name of one project: a project's anaphor (整个项目, or a bare 项目; not 当天开工的项目, a batch), or well formed (its words
    after the last 的: 新开工的|碚圣药业制药基地项目); not words of work on projects in general (推动项目建设)."""
    of = R.p["last_of"].search(name)
    bare = name.strip(" “”\"'")
    if R.p["project_work"].search(bare):
        return False  # "通过推动项目|建设，预计全年…": work on projects in general, no one project
    return PROJECT_ANAPHOR.fullmatch(bare) is not None or bare == _PROJECT_WORD or bare in R.data["project_anaphora"] \
        or well_formed_project(R.p["lead"].sub("", name[of.end():] if of else name).strip())
