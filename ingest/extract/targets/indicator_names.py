"""The indicator a figure is of: its name, read from the words around the figure.

Reads: a sentence's text around a figure, the names read before in it and the last one of its paragraph. Gives:
`indicator_name` (the words before the figure, a list it closes, the rate of the indicator just named, the words
after it, an anaphor), `clean_name` (a name without its lead and tail words), `respective_names` (A、B、C…分别达到x、y、z),
`graded_scale` (打造500亿级的新材料产业集群: the industry's scale).
"""

from __future__ import annotations

import re

from ingest.extract.names import after_last_mark
from ingest.extract.targets.patterns import Rules
from ingest.extract.targets.scope import Places
from ingest.rules import scan


def _name_right(R: Rules, text: str) -> str:
    """The indicator that follows a value: up to the next item or clause end."""
    m = R.p["right_name"].match(text)
    if m is None:
        return ""
    batch = R.p["right_batch_end"].match(m.group(1))
    return batch.group(1) if batch else m.group(1)


def clean_name(R: Rules, name: str) -> str:
    name = R.p["modal"].sub("", R.p["change_from"].sub("", R.p["money_qualifier"].sub("", name)))
    name = R.p["example_lead"].sub("", name)  # "香菇产业园等农业类项目": the batch is the kind after the example
    cue = R.p["after_cue"].match(name)  # the name after it, when a name follows (not "…总产值力争突破")
    if cue and len(R.p["tail"].sub("", R.p["lead"].sub("", name[cue.end():]))) >= R.data["min_name"]:
        name = name[cue.end():]
    name = R.p["count_tail"].sub("", R.p["inner_year"].sub("", name))  # "筛选确定了2010年重点建设项目共6大类"
    whole, prev = name, None
    while prev != name:
        prev = name
        name = R.p["lead"].sub("", name).strip()
        name = R.p["tail"].sub("", name).strip()
    name = R.p["verb_infix"].sub("", name)  # "规模以上工业实现增加值": 规模以上工业增加值 (audit AC)
    name = R.p["inner_period"].sub("", name)  # "低空产业全年产值": 低空产业产值
    name = R.p["month_span_lead"].sub("", name)  # "1-9月计划新开工项目": 计划新开工项目
    name = R.p["inner_words"].sub("", name)  # "未来5年累计营收", "规上工业预计产值", "企业成功入库" (tgt12)
    measure = R.p["measure_tail"].search(name)  # "企业总数达到": 企业总数; "GDP总量达", "经济总量达到": kept whole
    if measure and len(name[:measure.start()]) >= R.data["min_name"] and R.p["han"].search(name[:measure.start()]):
        name = R.p["tail"].sub("", name[:measure.start()]).strip()
    if name in R.data["project_endings"]:  # "重点建设项目", "全年实施项目": the lead words are the name's own
        name = R.p["tail"].sub("", whole).strip()
        said = R.p["batch_lead"].match(name)  # (not the words opening a batch: 今年, 其中建设项目100个)
        name = name[said.end():] if said and len(name) - said.end() >= R.data["min_name"] else name
    return name.strip("“”\"' ")


def indicator_name(R: Rules, text: str, start: int, end: int, item_start: int, clause_start: int, left_rest: str,
             comp_after: re.Match[str] | None, places: Places, memory: dict[int, str], para: int,
             read: list[str]) -> tuple[str, str | None, bool, bool] | None:
    """(name, rate word, stated, name after the figure) of the indicator a figure is of: the words before it, a list
    it closes, the rate of the indicator just named, the words after it ("重点建设3家绿色园区"), a name read before in
    the sentence, an anaphor (这一比例). None when the figure is of no indicator."""
    d = R.data
    hit = R.p["rate"].search(left_rest)
    rate = hit.group(1) if hit else None
    name = clean_name(R, left_rest[:hit.start()] if hit else left_rest)
    have = R.p["have_end"].search(name)  # "珠海共有69个投产项目", "还将有42个新建项目": the words only say there are so
    if have:  # many; the name follows, else it is the words before the verb
        name = name[:have.start()]
    # "…达到500家", "…增长8%", "新增…120家": the words state the figure as a value of the name
    stated = bool(rate) or bool(R.p["tail"].search(left_rest.rstrip())) or name.startswith(tuple(d["flow_words"])) \
        or bool(R.p["stated_lead"].match(left_rest.strip()))  # "实现地区生产总值153.35亿元" (audit Z)
    if rate and name in d["rate_qualifiers"]:
        name = ""  # "…完成3.6亿元，自然口径同比增长26.2%" (audit Z): a qualifier of the rate, no name
    right = False
    after = end + (comp_after.end() if comp_after else 0)
    if R.p["qualifies_noun"].match(text[after:]) and not (
            stated and len(name) >= d["min_name"] and not R.p["counted_class"].match(text, after)):
        return None  # "过50亿元的项目": the figure qualifies a noun (unless a name states it: 打造成为营业收入超500亿元的开发区)
    if R.p["list_end"].search(name) or (not name and R.p["list_end"].search(left_rest)):
        name = clean_name(R, places.leading(text[clause_start:start].strip())[1])
    if name in d["measure_tail"] and memory.get(para):  # "新增新能源并网400万千瓦、总量突破1800万千瓦": 新能源并网总量
        before = memory[para]
        flow = next((w for w in d["flow_words"] if before.startswith(w)), "")
        name, stated = before[len(flow):] + name, True
    if rate and not name:  # "…突破2000亿元，年均增速15%": the rate of the indicator just named
        # …that is, of the clause just before when it closes with its own figure ("其中第二产业增加值50.95亿元，增长7.2%",
        # "争取上级转移支付资金较2021年增加1.86亿元，增长15%": audit Z), else of the name the paragraph read last
        closed, name = _figure_item_name(R, text, item_start, places)
        if closed and not name:
            return None  # "…较2021年增加1.86亿元，增长15%": the rate of a figure that names no indicator
        name = name or memory.get(para, "")
        for said in d["rate_words"].values():
            name = name[: -len(said)] if name.endswith(said) else name
    # "重点建设3家绿色园区": the indicator follows the value; also after words that are no name
    # ("全力实施好137个…项目", "市级打造30个…产业链"), after a list the figure counts ("…、水产5个…产业链",
    # "冶金、化工等2个五千亿级产业链")
    place = name if not rate and R.p["place_end"].search(name) else ""  # "临港装备工业园将实现60亿元产值": a place, no name
    no_name = bool(have) or not name or bool(place) or R.p["list_end"].search(left_rest.rstrip()) or (not stated and not rate and (
        len(name) < d["min_name"] or R.p["action_end"].search(name) or item_start > clause_start))
    if no_name:
        rest = text[end + (comp_after.end() if comp_after else 0):]
        right_name = clean_name(R, _name_right(R, rest))
        head = R.p["shared_head"].match(rest, len(_name_right(R, rest)))
        if head and not right_name.endswith(head.group(1)):  # "形成2600万吨炼油、210万吨乙烯年产能": 炼油年产能
            right_name += head.group(1)
        if right_name in d["bare_measures"]:  # "临港装备工业园将实现60亿元产值，2020年实现200亿元产值": the park's
            said = place or next((n[:-len(right_name)] for n in reversed(read)
                                  if n.endswith(right_name) and len(n) > len(right_name)), "")
            right_name = said + right_name if said else right_name
        if not (R.p["right_name_not"].search(right_name) or len(right_name) < d["min_name"]):
            name, rate, right = right_name, None, True
        elif name and any(name in n for n in read):  # "…年底将落地30个": the name read before
            name = next(n[n.index(name):] for n in reversed(read) if name in n)
        elif not name and stated and clause_start > 0 and (prior_subject := _clause_subject(R, text, clause_start, places)):
            name = prior_subject  # "…增加值在2020年的基础上翻一番，突破1300亿元": the clause before's subject
        elif not name or len(name) < d["min_name"] or R.p["action_end"].search(name):
            return None
    if name in d["anaphora"]:
        name = memory.get(para, "")
    elif R.p["share_of_previous"].match(name) and memory.get(para):
        name = memory[para] + name  # "…增加值突破7600亿元,占全省工业的比重达90%": the share of that
    elif (share := R.p["share_written"].match(left_rest.strip())) and memory.get(para) \
            and not R.p["not_indicator"].search(share.group("whole")):  # (the name before was read as one already)
        return memory[para] + share.group(0)[:-1] + d["share_word"], rate, stated, right  # "…478亿元，占…的26.8%" (tgt18)
    checked = R.p["class_grade"].sub("", name)  # (投资超10亿元的项目: a class, tgt18)
    if rate:  # "制造业投资增长8%左右": an investment's rate is an area's measure, no project's (tgt19)
        checked = R.p["rate_investment"].sub("", checked)
    if not (d["min_name"] <= len(name) <= d["max_name"]) or not (R.p["han"].search(name) or name in d["acronyms"]) \
            or R.p["not_indicator"].search(checked):
        return None
    return name, rate, stated, right


def _figure_item_name(R: Rules, text: str, item_start: int, places: Places) -> tuple[bool, str]:
    """(closed, name): whether the item or clause just before an item closes with its own figure ("其中第二产业增加值
    50.95亿元，增长7.2%"), and the indicator its words before the figure name, cleaned ("" when none: …较2021年增加
    1.86亿元; a rate closing it leaves the name to the caller)."""
    if item_start <= 0:
        return False, ""
    marks = R.data["clause_end"] + R.data["item_end"]
    prev = text[after_last_mark(text, item_start - 1, marks):item_start - 1]
    last = None
    for m in scan(R.p["value"], prev):
        last = m
    if last is None or not R.p["figure_close"].fullmatch(prev[last.end():]):
        return False, ""
    if last.group(0).endswith(tuple(R.data["change_units"])) or R.p["rate"].search(prev[:last.start()].rstrip()):
        return False, ""  # "增长7%、…": a rate closes it; the caller's name holds
    said = places.leading(R.p["lead"].sub("", prev[:last.start()].strip()))[1]
    if not said.strip():
        return False, ""  # "…分别达到30000元、15000元，增长7%、9%": a bare figure of a list; the caller's name holds
    name = clean_name(R, said)
    if not (R.data["min_name"] <= len(name) <= R.data["max_name"]) or not R.p["han"].search(name) \
            or R.p["not_indicator"].search(name):
        return True, ""
    return True, name


def _clause_subject(R: Rules, text: str, clause_start: int, places: Places) -> str:
    """The indicator a clause before names as its subject, when a clause states only a verb and a figure ("规上工业增加值
    在2020年的基础上翻一番，突破1300亿元", "工业总产值年均增长10%，达到5000亿元"): the words before its predicate."""
    prev = text[after_last_mark(text, clause_start - 1, R.data["clause_end"]):clause_start - 1]
    m = R.p["clause_subject"].match(places.leading(R.p["lead"].sub("", prev.strip()))[1])
    return clean_name(R, m.group("name")) if m else ""


def respective_names(R: Rules, text: str,
                figures: list[tuple[int, int, float, str, str]]) -> dict[int, tuple[str | None, bool]]:
    """"电子信息、汽车零部件、生物医药产业产值分别达到152亿元、108亿元、37亿元": the figures after 分别, joined by 、
    or 和, each paired in order with an item of the list before it. The last item carries the shared head (产业产值,
    from its first head word on: targets.yaml `respective_heads`), which an item without a head word takes too; a
    one-character item (城、乡居民…) takes all of the last item after its first character.
    Returns {figure start: (indicator name or None when items and figures do not pair up, first of the run)}."""
    out: dict[int, tuple[str | None, bool]] = {}
    clause_end = R.data["clause_end"]
    last: tuple[int, list[str | None]] | None = None  # where the last paired run ends, and its names
    for i, (start, _end, _v, _u, _s) in enumerate(figures):
        cue = R.p["respectively"].search(text, 0, start)
        # "城、乡居民人均可支配收入分别为22694元、9527元，增长8.5%、11%": a run of rates right after a paired run pairs
        # with the same items (audit Y)
        rates = last is not None and bool(R.p["rate_run"].fullmatch(text, last[0], start))
        if start in out or not rates and (cue is None or text[cue.end():start].strip()):
            continue
        run = [start]
        for prev, nxt in zip(figures[i:], figures[i + 1:]):
            if not R.p["respective_joiner"].fullmatch(text, prev[1], nxt[0]):
                break
            run.append(nxt[0])
        if len(run) < 2:
            # "城镇、农村常住居民人均可支配收入分别达到30400元、1760 0元" (audit AE): items listed before 分别 but one figure
            # read after it: which item's it is cannot be told safely
            said = text[after_last_mark(text, cue.start(), clause_end):cue.start()] if cue is not None and not rates else ""
            if len([w for w in R.p["respective_split"].split(said) if w.strip()]) >= 2:
                out[start] = (None, True)
            continue
        names: list[str | None] = [None] * len(run)
        if rates and last is not None:
            names = last[1] if len(last[1]) == len(run) else names
        else:
            clause_start = after_last_mark(text, cue.start(), clause_end)
            said, own = text[clause_start:cue.start()], False
            if not said.strip() and clause_start > 0:
                # "总产值258.3亿元、…、一般公共预算收入7.3亿元，分别同比增长14.5%、…": the items, each with its own figure,
                # are the clause before (audit Y)
                said = R.p["value"].sub("", text[after_last_mark(text, clause_start - 1, clause_end):clause_start - 1])
                own = True  # each item is named whole, beside its figure: no head is shared
            items = [clean_name(R, w) for w in R.p["respective_split"].split(said)]
            pair = next((p for p in R.data["respective_pairs"] if len(items) == 1 and items[0].startswith(p)), "")
            if pair and len(run) == len(R.data["respective_pairs"][pair]):
                # "城乡居民人均可支配收入分别达到44607元、16996元" (audit Z): 城乡 is 城镇 and 农村, in that order
                items = [w + items[0][len(pair):] for w in R.data["respective_pairs"][pair]]
            head = R.p["respective_head"].search(items[-1]) if items else None
            if own and len(items) == len(run) and all(len(w) >= R.data["min_name"] for w in items):
                names = list(items)
            elif len(items) == len(run) and head and all(items):
                shared = items[-1][head.start():]
                # "城镇和农村居民人均可支配收入分别达…" (audit AE): a qualifier standing for its parallel one at the last item's
                # head shares all that follows that one (居民人均可支配收入), not the head word alone
                twin = next((q for q in R.data["parallel_qualifiers"] if items[-1].startswith(q)
                             and len(items[-1]) > len(q)), "")
                shared = items[-1][len(twin):] if twin and all(w in R.data["parallel_qualifiers"] for w in items[:-1]) \
                    else shared
                # a one-character item shares all of the last item but its first character (城、乡居民…: 城居民…)
                names = [w + items[-1][1:] if len(w) == 1 and R.p["han"].match(w) and len(items[-1]) > 1
                         else w if R.p["respective_head"].search(w) else w + shared for w in items]
        out.update({at: (n, k == 0) for k, (at, n) in enumerate(zip(run, names))})
        last = (figures[i + len(run) - 1][1], names)
    return out


def graded_scale(R: Rules, text: str, start: int, end: int, clause_start: int) -> str | None:
    """The scale of one industry a sum graded by 级 sets (打造500亿级的新材料产业集群: 新材料产业规模; 特色林果产业建成
    300亿级产业集群; 在电子信息产业上，…打造成100亿级产业规模), the industry named after the grade, else opening the
    figure's clause, else the topic the sentence opens with; None when a count grades things (形成6个500亿级产业集群) or
    no industry is named."""
    if R.p["graded_count"].search(text, max(0, start - 6), start) or R.p["range_before"].search(text, 0, start):
        return None
    after = R.p["graded_scale"].match(text, end)
    said = R.p["scale_subject"].match(R.p["lead"].sub("", text[clause_start:start].strip()))
    topic = R.p["scale_topic"].match(text)
    industry = next((m.group("ind") for m in (after, said, topic) if m and m.group("ind")), None)
    return industry + R.data["scale_word"] if industry else None
