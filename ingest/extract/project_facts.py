"""What a project is worth and where it stands: properties of Project nodes, with evidence.

Reads: the sentences where the document names a project (its MENTIONS evidence), from
the project's name to the next project named. Writes: Project props

    total_investment "64亿元", total_investment_yi 64.0 (RMB in 亿元, for sums),
    annual_investment, annual_investment_yi, annual_investment_year,
    capacity "年产120万吨双酚A" (unless the project rule set one), site_area, floor_area,
    status 签约|开工|在建|竣工|投产, status_date "2021-02-17" | "2021-02" | "2021",
    fact_evidence ["total_investment policy:<key>#<start>-<end>", …]

Patterns: data/rules/project_facts.yaml. A fact is stated once per project; the first
sentence that states it wins. Runs after the rules that find projects.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from graph.model import Label, RelType
from ingest.errors import LexiconError
from ingest.extract.builder import GraphBuilder
from ingest.extract.context import document_year
from ingest.rules import pattern, rule_data
from ingest.structure import Sentence

_KEYS = ("money", "facts", "facts_before", "bare_before", "before_gap", "before_start", "anaphora", "yuan_per_unit", "status", "not_yet",
         "date", "batch", "group_close", "of_word", "list_comma", "list_joiners")
_MONEY_FACTS = ("total_investment", "annual_investment")


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    d = rule_data("project_facts")
    missing = [k for k in _KEYS if k not in d]
    if missing:
        raise LexiconError(f"data/rules/project_facts.yaml: missing {', '.join(missing)}")
    money = d["money"]
    try:
        facts = {k: re.compile(p + (money if k in _MONEY_FACTS else "")) for k, p in d["facts"].items()}
        status = [(k, re.compile(p)) for k, p in d["status"].items()]
        before = {k: re.compile(p + money + d["before_gap"]) for k, p in d["facts_before"].items()}
        before["total_investment_bare"] = re.compile(d["bare_before"] + money + d["of_word"] + "?$")
        return {"facts": facts, "before": before, "status": status, "date": re.compile(d["date"]),
                "yuan": d["yuan_per_unit"], "anaphora": re.compile(d["anaphora"]), "not_yet": re.compile(d["not_yet"]),
                "before_start": re.compile(d["before_start"]), "money": re.compile(money), "group": re.compile(d["group_close"]),
                "batch": re.compile(d["batch"]), "of_word": d["of_word"], "list_comma": d["list_comma"],
                "list_marks": (d["list_comma"], *map(str, d["list_joiners"])), "before_any": re.compile("|".join(d["facts_before"].values()))}
    except re.error as e:
        raise LexiconError(f"data/rules/project_facts.yaml: a pattern does not compile: {e}") from None


def _mentions(b: GraphBuilder) -> dict[int, list[tuple[int, str, str]]]:
    """sentence start -> [(position in the sentence, project id, surface)], in text order."""
    out: dict[int, list[tuple[int, str, str]]] = {}
    for e in b.edges.values():
        if e.type != RelType.MENTIONS or not e.target.startswith("project:"):
            continue
        for ev in e.evidence:
            pos = ev.sentence.find(ev.surface) if ev.surface else -1
            if pos >= 0:
                out.setdefault(ev.start, []).append((pos, e.target, ev.surface))
    for v in out.values():
        v.sort()
    return out


def _date(R: dict[str, Any], text: str, year: int | None) -> str:
    found = list(R["date"].finditer(text))
    if not found:
        return str(year) if year else ""
    m = found[-1]
    y = m.group("y") or (str(year) if year else "")
    if not y:
        return ""
    return f"{y}-{int(m.group('m')):02d}" + (f"-{int(m.group('d')):02d}" if m.group("d") else "")


def _money(R: dict[str, Any], key: str, m: re.Match[str], year: int | None, facts: dict[str, Any]) -> None:
    facts[key] = f"{m.group('num')}{m.group('unit')}"
    per = R["yuan"].get(m.group("unit"))
    if per is not None:
        facts[f"{key}_yi"] = round(float(m.group("num")) * float(per), 6)
    if key == "annual_investment" and year:
        facts["annual_investment_year"] = year


def _facts(R: dict[str, Any], span: str, head: int, before: str, year: int | None, prefix: str = "") -> dict[str, Any]:
    """The facts a span states; `head` characters of it are the project's own name, `before`
    the clause before it, `prefix` the sentence before it (for a date)."""
    facts: dict[str, Any] = {}
    # a figure before the list mark that ends `before` may be the item's before it (A基地总投资16亿元、|B项目总投资12.2亿元):
    # the name's own figure after it comes first then (audit AF)
    own_first = before.endswith(R["list_comma"])
    if not own_first:
        _facts_before(R, before, year, facts)
    for key, rx in R["facts"].items():
        said = span[head:] if key != "capacity" else span
        m = rx.search(said)
        if not m:
            continue
        if key in _MONEY_FACTS:
            # the figure written before the name ("投资26亿元的B项目") is the project's; one before 的 is the next name's
            if key not in facts and not said.startswith(R["of_word"], m.end()):
                _money(R, key, m, year, facts)
        else:
            facts[key] = m.group("v")
    if own_first:
        _facts_before(R, before, year, facts)
    # the stage, and the date before it (2月17日上午，…项目…开工)
    stages = [(m.start(), k) for k, rx in R["status"] for m in rx.finditer(span[head:])]
    if stages:
        at, stage = max(stages)
        clause = (prefix[-40:] + span[:head + at])
        if not R["not_yet"].search(clause):
            facts["status"] = stage
            facts["status_date"] = _date(R, clause, year)
    return facts


def _facts_before(R: dict[str, Any], before: str, year: int | None, facts: dict[str, Any]) -> None:
    """The money facts written just before a project's name (投资26亿元的|B项目), where `facts` has none yet."""
    for key, rx in R["before"].items():
        m = rx.search(before)
        if m and key.removesuffix("_bare") not in facts:
            _money(R, key.removesuffix("_bare"), m, year, facts)


def rule_project_facts(b: GraphBuilder, sentences: list[Sentence]) -> None:
    R = _rules()
    mentions = _mentions(b)
    year = document_year(b.doc)
    last: str | None = None  # the project named last
    for sent in sentences:
        found = [(p, q, s) for p, q, s in mentions.get(sent.start, []) if q in b.nodes]
        text = sent.text
        if not found:
            said = R["anaphora"].search(text)
            if last and said:
                _set(b, last, _facts(R, text[said.start():], 0, "", year, text[:said.start()]), sent)
            continue
        for i, (pos, pid, surface) in enumerate(found):
            nxt = next((p for p, q, _ in found[i + 1:] if q != pid and p > pos), len(text))
            batch = R["batch"].search(text, pos + len(surface), nxt)  # "…项目，本次开工25个重点项目，总投资…"
            starts = [m.end() for m in R["before_start"].finditer(text, 0, pos)]
            start = starts[-1] if starts else 0  # the clause group before the name (its figure is anchored to the name)
            stop = pattern("prose", "clause_end").search(text, pos + len(surface))
            listed = R["batch"].search(text, pos + len(surface), stop.start() if stop else len(text))
            # "总投资375亿元的A、B等121个项目": the figure before a list's first item is the batch's, unless each item has its own
            # (…each item its own when the next one states its figure before its name, after words of its own too: "…签订
            # 总投资15亿元的A项目、与C公司签订总投资10亿元的B项目等8个项目": audit X)
            shared = listed and text.startswith(R["list_comma"], pos + len(surface)) \
                and not R["before_any"].search(text, pos + len(surface) + 1, nxt)
            # so before the first name of a list closed by 等…项目, or before one name alone so closed ("总投资80亿元的
            # A等6个项目", "总投资38亿元的A等项目": the group's, inv17); not before the last name of a list ("、投资2亿元的C等项目")
            group = R["group"].search(text, pos + len(surface), stop.start() if stop else len(text))
            opens = [c.end() for c in pattern("prose", "clause_end").finditer(text, start, pos)]
            if not shared and group is not None and R["list_comma"] not in text[opens[-1] if opens else start:pos] \
                    and text.startswith((R["list_comma"], group.group(0)[0]), pos + len(surface)):
                shared = not R["money"].search(text, pos + len(surface), group.start())  # not "A、240亿元的B等"
            prev = max([p + len(s) for p, q, s in found if q != pid and p + len(s) <= pos], default=-1)
            start = max(start, prev)  # the words before a name start after the name before it,
            before = "" if shared else text[start:pos]
            if start == prev and R["before_any"].match(before):
                before = ""  # and a figure right after that name is its own ("A项目总投资10亿元、B项目")
            facts = _facts(R, text[pos:batch.start() if batch else nxt], len(surface), before, year, text[:pos])
            if any(text.startswith(j, pos - len(j)) and any(p + len(s) == pos - len(j) for p, q, s in found if q != pid)
                   for j in R["list_marks"]):
                # "分别是A项目、B项目，总投资4.74亿元": a sum after a list's last name is the batch's (one before it stays);
                # so after a pair joined by 和 (A项目和B项目，投资总额达30亿元: audit W)
                facts = {k: v for k, v in facts.items() if not k.startswith(_MONEY_FACTS) or _before_money(R, before, k)}
            _set(b, pid, facts, sent)
        # the project named last, or the one the sentence opens with: its topic ("X项目主要建设A、B…。项目分三期…")
        last = found[0][1] if not text[:found[0][0]].strip() else found[-1][1]


def _before_money(R: dict[str, Any], before: str, key: str) -> bool:
    """Whether the clause before a name states that money fact itself (投资5000万元的|B项目)."""
    key = key.removesuffix("_yi").removesuffix("_year")
    return any(rx is not None and rx.search(before) is not None for rx in (R["before"].get(key), R["before"].get(f"{key}_bare")))


def _set(b: GraphBuilder, pid: str, facts: dict[str, Any], sent: Sentence) -> None:
    node = b.nodes[pid]
    evidence = list(node.props.get("fact_evidence") or [])  # type: ignore[arg-type]
    where = f"{b.policy_id}#{sent.start}-{sent.end}"
    for k, v in facts.items():
        if v in (None, "") or node.props.get(k) not in (None, ""):
            continue
        node.props[k] = v
        if not k.endswith(("_yi", "_year", "_date")):
            evidence.append(f"{k} {where}")
    if evidence:
        node.props["fact_evidence"] = evidence
