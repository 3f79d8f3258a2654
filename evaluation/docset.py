"""Precision and recall against a document-set gold: tests/devset/, tests/devset_other/ and tests/unseen/.

A document set is a folder with docs/NN.txt, sources.yaml (title, date, kind of each)
and gold.yaml (per file: entities, relations, targets; format in tests/devset/README.md).
Every text goes through the same reading and extraction code as `ingest` (read_document,
extract_document), one document at a time, and is scored on its own gold:

* entities per gold type: a gold entity is found when a node of an allowed label
  (data/evaluation/type_map.yaml) carries one of its names; a predicted node that
  matches no gold entity of the document is a false positive, except prefecture
  cities and provinces, which the gold never annotates (`unscored`);
* relations per gold type: the graph's edge types mapped by the same file; a gold
  LOCATED_IN is also found through a chain of LOCATED_IN edges;
* targets: (indicator name, year, value within rounding, unit); only SETS_TARGET
  edges are predictions (the gold holds no reported values); indicator and scope names and
  units are compared in simplified characters (the gold of a traditional page writes them as the page
  does, the graph in simplified, as reading converts it);
* project investment: the stated total investment on the matching Project node;
* per rule (`kg eval --by-rule`): every scored relation and target edge counted right or
  wrong under each rule of its evidence, beside the confidence data/rules/confidence.yaml
  gives the rule, so a confidence can be checked against what the rule achieves.

Names match after NFKC, lower case, no whitespace or punctuation, with an optional
ending per type (项目; 产业集群); generic zone words (开发区) match only a node's own
name, never one of its aliases, so a bare 开发区 resolved to the wrong zone stays wrong.
A gold name copied with a mirror's pinyin glosses (蒙山乳業(yè)一期) also matches without
them, as reading drops them from the text (`unglossed`; the gold of later batches gives
the clean form as an alias).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

from evaluation.report import EvaluationReport, Score
from graph.model import DocumentGraph, EdgeRecord, NodeRecord, RelType
from ingest.gazetteer import default_gazetteer
from ingest.read.clean import drop_pinyin_glosses
from ingest.read.script import to_simplified

TYPE_MAP = Path(__file__).resolve().parent.parent / "data" / "evaluation" / "type_map.yaml"
DEVSET = Path("tests/devset")
OTHER = Path("tests/devset_other")
UNSEEN = Path("tests/unseen")


# ----------------------------------------------------------------- the type map

@dataclass(frozen=True)
class TypeMap:
    entities: dict[str, list[dict[str, Any]]]
    predicted_as: dict[str, dict[str, Any]]
    unscored: dict[str, dict[str, list[str]]]
    relations: dict[str, list[dict[str, Any]]]
    endings: dict[str, list[str]]
    generic: frozenset[str]
    targets: dict[str, Any]

    @cached_property
    def indicator_same(self) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        """targets.indicator_same as one regex, longest spelling first, and its map (built once, asked per name)."""
        same = self.targets.get("indicator_same", {})
        return (re.compile("|".join(sorted(map(re.escape, same), key=len, reverse=True))) if same else None), same

    @cached_property
    def indicator_grade(self) -> re.Pattern[str] | None:
        """targets.indicator_grade compiled once: a money grade inside a batch's name (亿元以上)."""
        grade = self.targets.get("indicator_grade")
        return re.compile(grade) if grade else None

    @cached_property
    def indicator_joiners(self) -> frozenset[str]:
        return frozenset(self.targets.get("indicator_joiners", ()))

    def accepts(self, gold_type: str, node: NodeRecord) -> bool:
        return any(node.label.value == a["label"] for a in self.entities.get(gold_type, []))

    def counted_as(self, node: NodeRecord) -> str:
        rule = self.predicted_as[node.label.value]
        by = rule.get("level", {})
        return str(by.get(node.props.get("level"), rule["default"]))

    def is_unscored(self, node: NodeRecord) -> bool:
        rule = self.unscored.get(node.label.value)
        return bool(rule) and any(node.props.get(k) in v for k, v in rule.items())

    def gold_relation(self, edge: EdgeRecord, nodes: dict[str, NodeRecord]) -> str | None:
        src = nodes.get(edge.source)
        for rel, rules in self.relations.items():
            for r in rules:
                if edge.type.value != r["type"]:
                    continue
                if "source" in r and (src is None or src.label.value not in r["source"]):
                    continue
                if str(edge.props.get("role", "")) in r.get("not_role", []):
                    continue
                return rel
        return None


@lru_cache(maxsize=1)
def type_map(path: Path = TYPE_MAP) -> TypeMap:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    rel_types = {t.value for t in RelType}
    for rel, rules in data["relations"].items():
        for r in rules:
            if r["type"] not in rel_types:
                raise ValueError(f"{path}: relation {rel} maps to unknown edge type {r['type']}")
    return TypeMap(entities=data["entities"], predicted_as=data["predicted_as"], unscored=data.get("unscored", {}),
                   relations=data["relations"], endings=data.get("optional_endings", {}),
                   generic=frozenset(norm(g) for g in data.get("generic_names", [])), targets=data["targets"])


# ----------------------------------------------------------------- names

def norm(name: str) -> str:
    """NFKC, lower case, no whitespace, no punctuation (brackets, quotes, dashes, dots)."""
    s = unicodedata.normalize("NFKC", str(name)).lower()
    return "".join(ch for ch in s if not ch.isspace() and not unicodedata.category(ch).startswith("P"))


def name_keys(names: Iterable[str], kind: str, tm: TypeMap) -> set[str]:
    """The comparison keys of some names: each normalised, and without an optional ending."""
    out: set[str] = set()
    for nm in names:
        k = norm(nm)
        if not k:
            continue
        out.add(k)
        for end in tm.endings.get(kind, []):
            if k.endswith(end) and len(k) - len(end) >= 2:
                out.add(k[: -len(end)])
    return out


def unglossed(names: Iterable[str]) -> tuple[str, ...]:
    """Gold names, each also without the pinyin glosses a reposted page wrote after its characters (蒙山乳業(yè)一期 is
    also 蒙山乳業一期): reading drops them from the text (clean.drop_pinyin_glosses), so no node's name holds them; the
    gold of such a page copies them (prj19: 24 Project names of learn5to17, batches 9-17), as it does in a scope (sco16)."""
    names = tuple(names)
    return names + tuple(dict.fromkeys(u for n in names if (u := drop_pinyin_glosses(n)) != n))


def gold_name_keys(names: Iterable[str], kind: str, tm: TypeMap) -> set[str]:
    """The comparison keys of a gold entity's names (`name_keys` of its names with and without glosses)."""
    return name_keys(unglossed(names), kind, tm)


def node_keys(node: NodeRecord, tm: TypeMap) -> set[str]:
    """A node's keys: its name, and its aliases that are not bare generic words (开发区)."""
    kind = node.label.value
    aliases = [a for a in node.aliases if norm(a) not in tm.generic]
    return name_keys([node.name], kind, tm) | name_keys(aliases, kind, tm)


# ----------------------------------------------------------------- the gold

@dataclass(frozen=True)
class GoldEntity:
    name: str
    type: str
    names: tuple[str, ...]
    investment: str = ""


@dataclass
class GoldDoc:
    file: str
    entities: list[GoldEntity]
    relations: list[tuple[str, str, str]]            # (from, rel, to)
    targets: list[dict[str, Any]]
    meta: dict[str, Any] = field(default_factory=dict)

    def entity(self, name: str) -> GoldEntity | None:
        return next((e for e in self.entities if e.name == name), None) or next(
            (e for e in self.entities if name in e.names), None)


def load_docset(folder: Path, gold_file: str = "gold.yaml") -> list[GoldDoc]:
    gold = yaml.safe_load((folder / gold_file).read_text(encoding="utf-8")) or []
    src_path = folder / "sources.yaml"
    sources = {s["file"]: s for s in (yaml.safe_load(src_path.read_text(encoding="utf-8")) or [])} \
        if src_path.is_file() else {}
    docs = []
    for d in gold:
        ents = [GoldEntity(e["name"], e["type"], (e["name"], *[str(a) for a in e.get("aliases") or []]),
                           str(e.get("investment") or "")) for e in d.get("entities") or []]
        rels = [(r["from"], r["rel"], r["to"]) for r in d.get("relations") or []]
        docs.append(GoldDoc(d["file"], ents, rels, list(d.get("targets") or []), sources.get(d["file"], {})))
    return docs


def document_meta(src: dict[str, Any]) -> dict[str, Any]:
    """The manifest fields a source entry gives (title, date, kind; its `site` is the publisher), as `kg ingest`
    takes them."""
    meta = {k: src[k] for k in ("title", "date", "kind", "issuer", "publisher") if src.get(k)}
    if src.get("site") and "publisher" not in meta:
        meta["publisher"] = src["site"]
    return meta


def extract_docset(folder: Path, docs: list[GoldDoc]) -> dict[str, DocumentGraph]:
    """Each gold file read and extracted exactly as `ingest` does it."""
    from ingest.extract import extract_document
    from ingest.read import read_document

    return {d.file: extract_document(read_document(folder / "docs" / d.file, document_meta(d.meta))) for d in docs}


# ----------------------------------------------------------------- numbers

_AMOUNT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(.*?)\s*$")


def _unit_scale(unit: str, tm: TypeMap) -> tuple[float, str]:
    """'万个' -> (10000, '个'); '亿元' -> (1e8, '元'); '%' -> (1, '%'), with same_units merged."""
    u = norm(to_simplified(unit)) if unit not in ("%", "％") else "%"  # (億元 is 亿元)
    factor = 1.0
    mags = tm.targets["magnitudes"]
    for m in sorted(mags, key=len, reverse=True):
        if u.startswith(m) and len(u) > len(m):
            factor, u = float(mags[m]), u[len(m):]
            break
    for group in tm.targets["same_units"]:
        if u in {norm(x) if x not in ("%", "％") else "%" for x in group}:
            u = norm(group[0]) if group[0] not in ("%", "％") else "%"
            break
    return factor, u


def same_amount(v1: float, u1: str, v2: float, u2: str, tm: TypeMap) -> bool:
    f1, b1 = _unit_scale(u1, tm)
    f2, b2 = _unit_scale(u2, tm)
    a, b = v1 * f1, v2 * f2
    return b1 == b2 and abs(a - b) <= tm.targets["value_tolerance"] * max(abs(a), abs(b), 1e-9)


def parse_amount(text: str) -> tuple[float, str] | None:
    """'64亿元' -> (64.0, '亿元'); hedge words around the figure (data/evaluation/type_map.yaml
    `targets.hedges`: about, over, more than) are dropped, so a hedged amount is its figure."""
    for w in type_map().targets.get("hedges", []):
        text = str(text).replace(w, "")
    m = _AMOUNT.match(str(text))
    return (float(m.group(1)), m.group(2)) if m else None


def _num(x: object) -> float | None:
    try:
        return float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _core(name: str) -> str:
    """An indicator name without a parenthesised qualifier, normalised, in simplified characters; one spelling for
    the variants of a measure (type_map targets.indicator_same: 规上 is 规模以上) and without a whole division's word
    opening it (全省工业总产值 is 工业总产值)."""
    s = norm(re.sub(r"[（(][^（()）]*[)）]", "", unicodedata.normalize("NFKC", to_simplified(name))))
    tm = type_map()
    variants, same = tm.indicator_same
    if variants is not None:
        s = variants.sub(lambda m: same[m.group(0)], s)
    lead = next((w for w in tm.targets.get("indicator_scope_lead", ()) if s.startswith(w)), "")
    return s[len(lead):] if len(s) > len(lead) + 1 else s


def _scope_keys(scope: str, tm: TypeMap) -> set[str]:
    """A target's scope as compared: its keys in simplified characters (茌平縣 is 茌平县), also without the places
    that locate it (六安金安经济开发区 is 金安经济开发区, 兴文县太平工业园区 is 太平工业园区: the gold writes a zone with
    or without its city as the text happens to, sco15), unless what is left is a bare zone word (聊城高新区 is no 高新区);
    a division's full name is also its short forms (_short_forms); a pinyin gloss a reposted page wrote after a
    character (長春九臺經濟開發(fā)區(qū)) is dropped as reading drops it from the text (sco16)."""
    s = to_simplified(drop_pinyin_glosses(scope))
    names = [s]
    while (rest := _place_dropped(names[-1])) and norm(rest) not in tm.generic:
        names.append(rest)
    # a zone written with its zone word abbreviated is the zone written in full (临空港经开区 is 临空港经济技术开发区;
    # data/rules/zones.yaml canonical), with one zone word's own name left whole (tgt18)
    names += [n[:-len(short)] + full for n in names for short, full in _zone_forms()
              if n.endswith(short) and len(n) > len(short) + 1]
    return name_keys(names + [f for n in names for f in _short_forms(n)], "Scope", tm)


@lru_cache(maxsize=1)
def _zone_forms() -> tuple[tuple[str, str], ...]:
    """A zone word's abbreviations and the full form each stands for (经开区: 经济技术开发区, 高新区: 高新技术产业开发区),
    longest first; a word its full form ends with (开发区 of 经济开发区) is no abbreviation of it."""
    from ingest.rules import rule_data

    forms = rule_data("zones")["canonical"].items()
    return tuple(sorted(((k, v) for k, v in forms if k != v and not v.endswith(k)), key=lambda kv: -len(kv[0])))


def _short_forms(name: str) -> tuple[str, ...]:
    """A division's short forms (data/places) when `name` is its full name: 西双版纳傣族自治州 is 西双版纳 (and, by the
    Scope ending 州, 西双版纳州), 化隆回族自治县 is 化隆 (sco15)."""
    units = default_gazetteer().full.get(name, [])
    return units[0].shorts if len(units) == 1 else ()


def _place_dropped(name: str) -> str:
    """A name without the province, city or county (full or short name, data/places) it opens with, when at least
    three characters are left; "" when it opens with none, or is a division's own full name (西双版纳|傣族自治州)."""
    gaz = default_gazetteer()
    if name in gaz.full:
        return ""
    for n in range(len(name) - 3, 1, -1):  # the longest place first (四川省 before 四川)
        if name[:n] in gaz.full or name[:n] in gaz.short:
            return name[n:]
    return ""


def _cores(name: str, tm: TypeMap) -> tuple[str, ...]:
    """An indicator's core (_core), and the core without the money grade a batch's name may carry
    (计划实施超千万元以上项目总投资 is 计划实施项目总投资: type_map targets.indicator_grade; the gold writes a batch with its
    grade in some texts and without in others, tgt17)."""
    core = _core(name)
    bare = tm.indicator_grade.sub("", core) if tm.indicator_grade is not None else core
    return (core, bare) if bare and bare != core else (core,)


def _joined_part(longer: str, shorter: str, tm: TypeMap) -> bool:
    """`shorter` is in `longer` without one part a joiner opens (新能源产业产值 in 酒泉市新能源及其装备制造产业产值 with
    及其装备制造 dropped; type_map targets.indicator_joiners), across the cut: the gold names an indicator with or
    without the industry or measure joined to it (tgt17). The part after it alone is matched by containment."""
    if len(shorter) < tm.targets["indicator_min_chars"]:
        return False
    for i, ch in enumerate(longer):
        if ch not in tm.indicator_joiners or i == 0:
            continue
        for j in range(i + 2, len(longer)):
            kept = longer[:i] + longer[j:]
            at = kept.find(shorter)
            if at != -1 and at < i < at + len(shorter):
                return True
    return False


def indicator_match(gold: str, names: Iterable[str], tm: TypeMap) -> bool:
    least = tm.targets["indicator_min_chars"]
    golds = _cores(gold, tm)
    for nm in names:
        for p in _cores(nm, tm):
            for g in golds:
                if p and (p == g or (min(len(p), len(g)) >= least and (p in g or g in p))
                          or _joined_part(p, g, tm) or _joined_part(g, p, tm)):
                    return True
    return False


def _doubling(value: float, unit: str, names: list[str], gold: dict[str, Any], tm: TypeMap) -> bool:
    """A figure n 倍 of its base is growth of (n − 1) × 100 % (翻一番: the gold writes 2 倍 in most batches, 增长 100 %
    in some, tgt17): the two match when the percentage's indicator names the growth (type_map targets.times_growth)
    and the names match without it."""
    times = tm.targets["times_growth"]
    growth = tuple(times["growth_words"])
    gv, gu, gname = float(gold["value"]), str(gold.get("unit", "")), str(gold["indicator"])
    if unit == times["unit"] and _unit_scale(gu, tm)[1] == "%" and _core(gname).endswith(growth):
        return same_amount((value - 1) * 100, "%", gv, gu, tm) and indicator_match(_strip_end(gname, growth), names, tm)
    if gu == times["unit"] and _unit_scale(unit, tm)[1] == "%":
        grown = [_strip_end(n, growth) for n in names if _core(n).endswith(growth)]
        return bool(grown) and same_amount(value, unit, (gv - 1) * 100, "%", tm) and indicator_match(gname, grown, tm)
    return False


def _strip_end(name: str, words: tuple[str, ...]) -> str:
    core = _core(name)
    return next((core[:-len(w)] for w in sorted(words, key=len, reverse=True) if core.endswith(w)), core)


def target_found(gold: dict[str, Any], e: EdgeRecord, n: NodeRecord, tm: TypeMap) -> bool:
    """A predicted target edge (to indicator `n`) is the gold target: the same year, the same amount (or a doubling
    written the other way: _doubling) and a matching indicator name."""
    if _num(e.props.get("year")) != float(gold["year"]) or _num(e.props.get("value")) is None:
        return False
    value, unit, names = float(e.props["value"]), str(e.props.get("unit", "")), [n.name, *n.aliases]
    if same_amount(value, unit, float(gold["value"]), str(gold.get("unit", "")), tm):
        return indicator_match(str(gold["indicator"]), names, tm)
    return _doubling(value, unit, names, gold, tm)


# ----------------------------------------------------------------- scoring

@dataclass
class _Doc:
    """One document's graph seen through the type map."""

    gold: GoldDoc
    graph: DocumentGraph
    tm: TypeMap

    def __post_init__(self) -> None:
        self.nodes = {n.id: n for n in self.graph.nodes}
        self.scored = {i: n for i, n in self.nodes.items()
                       if n.label.value in self.tm.predicted_as and not self.tm.is_unscored(n)}
        self.keys = {i: node_keys(n, self.tm) for i, n in self.nodes.items()}

    def gold_keys(self, name: str) -> tuple[set[str], str]:
        e = self.gold.entity(name)
        kind = e.type if e else "Project"
        return gold_name_keys(e.names if e else (name,), kind, self.tm), kind

    def nodes_for(self, name: str) -> set[str]:
        keys, _ = self.gold_keys(name)
        return {i for i in self.scored if self.keys[i] & keys}

    def label(self, nid: str) -> str:
        n = self.nodes.get(nid)
        return n.name if n else nid


def _entities(d: _Doc, scores: dict[str, Score]) -> None:
    matched: set[str] = set()
    for e in d.gold.entities:
        s = scores.setdefault(e.type, Score(e.type))
        s.gold += 1
        keys = gold_name_keys(e.names, e.type, d.tm)
        hits = {i for i, n in d.scored.items() if d.tm.accepts(e.type, n) and d.keys[i] & keys}
        if hits:
            s.tp += 1
            for i in hits - matched:
                s.matched += 1
            matched |= hits
        else:
            s.false_negatives.append(f"{d.gold.file} {e.name}")
    for i, n in d.scored.items():
        if i not in matched:
            s = scores.setdefault(d.tm.counted_as(n), Score(d.tm.counted_as(n)))
            s.fp += 1
            s.false_positives.append(f"{d.gold.file} {n.name} ({n.label.value})")


def _rules_of(e: EdgeRecord) -> set[str]:
    """Every rule an edge's evidence names ("a+b" is two)."""
    return {part for ev in e.evidence for part in ev.rule.split("+") if part}


def _count_rules(by_rule: dict[str, Score], e: EdgeRecord, right: bool) -> None:
    for rule in _rules_of(e):
        s = by_rule.setdefault(rule, Score(rule))
        s.matched += right
        s.fp += not right


def reaches(located: dict[str, set[str]], a: str, targets: set[str]) -> bool:
    """Whether node `a` lies in one of `targets` through a chain of LOCATED_IN edges (`located`: source -> targets): a
    project in a park that lies in the county is in the county."""
    seen, todo = {a}, [a]
    while todo:
        for t in located.get(todo.pop(), ()):
            if t in targets:
                return True
            if t not in seen:
                seen.add(t)
                todo.append(t)
    return False


def _relations(d: _Doc, scores: dict[str, Score], by_rule: dict[str, Score]) -> None:
    pred: dict[str, list[EdgeRecord]] = defaultdict(list)
    located: dict[str, set[str]] = defaultdict(set)
    for e in d.graph.edges:
        if e.type == RelType.LOCATED_IN:
            located[e.source].add(e.target)
        rel = d.tm.gold_relation(e, d.nodes)
        if rel and e.source in d.scored and e.target in d.scored:
            pred[rel].append(e)

    hit: set[int] = set()
    for src, rel, dst in d.gold.relations:
        s = scores.setdefault(rel, Score(rel))
        s.gold += 1
        a, b = d.nodes_for(src), d.nodes_for(dst)
        found = [e for e in pred.get(rel, []) if e.source in a and e.target in b]
        hit.update(id(e) for e in found)
        if found or (rel == "LOCATED_IN" and any(reaches(located, x, b) for x in a)):
            s.tp += 1
        else:
            s.false_negatives.append(f"{d.gold.file} {src} -{rel}-> {dst}")
    for rel, edges in pred.items():
        s = scores.setdefault(rel, Score(rel))
        for e in edges:
            _count_rules(by_rule, e, id(e) in hit)
            if id(e) in hit:
                s.matched += 1
            else:
                s.fp += 1
                s.false_positives.append(f"{d.gold.file} {d.label(e.source)} -{rel}-> {d.label(e.target)}"
                                         f" ({e.type.value}, {e.evidence[0].rule if e.evidence else ''})")


def _target_facts(d: _Doc) -> list[tuple[EdgeRecord, NodeRecord]]:
    return [(e, d.nodes[e.target]) for e in d.graph.edges
            if e.type == RelType.SETS_TARGET and e.target in d.nodes]


def _targets(d: _Doc, scores: dict[str, Score], by_rule: dict[str, Score]) -> None:
    """(indicator, year, value, unit); "targets with scope" also wants the gold's scope."""
    s = scores.setdefault("targets", Score("targets"))
    scoped = scores.setdefault("targets with scope", Score("targets with scope"))
    facts = _target_facts(d)
    hit: set[int] = set()
    hit_scoped: set[int] = set()
    for t in d.gold.targets:
        s.gold += 1
        scoped.gold += 1
        found = [(e, n) for e, n in facts if target_found(t, e, n, d.tm)]
        scope = _scope_keys(str(t.get("scope", "")), d.tm)
        in_scope = [e for e, n in found
                    if _scope_keys(str(e.props.get("scope") or n.props.get("scope") or ""), d.tm) & scope]
        hit.update(id(e) for e, _ in found)
        hit_scoped.update(id(e) for e in in_scope)
        text = f"{d.gold.file} {t['indicator']} {t['year']}: {t['value']:g} {t.get('unit', '')}"
        s.tp += bool(found)
        scoped.tp += bool(in_scope)
        if not found:
            s.false_negatives.append(text)
        if not in_scope:
            scoped.false_negatives.append(f"{text} @ {t.get('scope', '')}")
    for e, n in facts:
        _count_rules(by_rule, e, id(e) in hit)
        text = f"{d.gold.file} {n.name} {e.props.get('year')}: {e.props.get('value')} {e.props.get('unit', '')}"
        for score, hits in ((s, hit), (scoped, hit_scoped)):
            if id(e) in hits:
                score.matched += 1
            else:
                score.fp += 1
                score.false_positives.append(text if score is s else f"{text} @ {e.props.get('scope', '')}")


def _investments(d: _Doc, scores: dict[str, Score]) -> None:
    """Total investment on Project nodes against the gold entities' `investment`."""
    s = scores.setdefault("project investment", Score("project investment"))
    checked: set[str] = set()
    for e in d.gold.entities:
        if e.type != "Project":
            continue
        keys = gold_name_keys(e.names, "Project", d.tm)
        ids = {i for i in d.scored if d.nodes[i].label.value == "Project" and d.keys[i] & keys}
        stated = {i: parse_amount(str(d.nodes[i].props.get("total_investment", ""))) for i in ids}
        stated = {i: a for i, a in stated.items() if a}
        gold = parse_amount(e.investment) if e.investment else None
        if gold:
            s.gold += 1
            good = {i for i, a in stated.items() if same_amount(a[0], a[1], gold[0], gold[1], d.tm)}
            if good:
                s.tp += 1
            else:
                s.false_negatives.append(f"{d.gold.file} {e.name}: {e.investment}")
        else:
            good = set()
        for i, a in stated.items():
            if i in checked:
                continue
            checked.add(i)
            if i in good:
                s.matched += 1
            else:
                s.fp += 1
                s.false_positives.append(f"{d.gold.file} {d.nodes[i].name}: {a[0]:g}{a[1]}")


def score_targets(docs: list[GoldDoc], graphs: dict[str, DocumentGraph], prefix: str = "") -> dict[str, Score]:
    """Targets only, for gold documents that state no entities (the corpus's prose targets)."""
    tm = type_map()
    scores: dict[str, Score] = {}
    for g in docs:
        _targets(_Doc(g, graphs[g.file], tm), scores, {})
    return {f"{prefix}{k}": Score(f"{prefix}{k}", v.gold, v.tp, v.matched, v.fp, v.false_positives, v.false_negatives)
            for k, v in scores.items()}


def micro(scores: dict[str, Score], name: str = "micro") -> Score:
    """The scores summed (each gold item and each prediction counted once)."""
    out = Score(name)
    for s in scores.values():
        out.gold += s.gold
        out.tp += s.tp
        out.matched += s.matched
        out.fp += s.fp
    return out


def evaluate_docset(folder: Path, graphs: dict[str, DocumentGraph] | None = None,
                    title: str = "") -> EvaluationReport:
    """Score the extraction of every document of a document set against its gold."""
    tm = type_map()
    docs = load_docset(folder)
    graphs = graphs if graphs is not None else extract_docset(folder, docs)
    ents: dict[str, Score] = {}
    rels: dict[str, Score] = {}
    vals: dict[str, Score] = {}
    by_rule: dict[str, Score] = {}
    for g in docs:
        d = _Doc(g, graphs[g.file], tm)
        _entities(d, ents)
        _relations(d, rels, by_rule)
        _targets(d, vals, by_rule)
        _investments(d, vals)
    ents = dict(sorted(ents.items()))
    rels = dict(sorted(rels.items()))
    ents["all entities"] = micro(ents, "all entities")
    rels["all relations"] = micro(rels, "all relations")
    return EvaluationReport(ents, rels, title=title or f"{folder} ({len(docs)} documents)", targets=vals,
                            rules=dict(sorted(by_rule.items())))
