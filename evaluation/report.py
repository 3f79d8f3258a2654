"""Precision and recall of extraction against the hand-made gold set (tests/gold).

    python -m evaluation.report [--corpus data/corpus] [--gold tests/gold] [--details]

Entity types are scored entity-level, relation types fact-level; each only over
the documents and sections its gold covers (tests/gold/README.md says which), so
that a correct fact the gold does not cover is never a false positive. Names
are matched by evaluation/names.py.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Hashable, Iterable

from graph.model import DocumentGraph, EdgeRecord, Evidence, Label, NodeRecord, RelType
from evaluation.gold import Gold, GoldProject, GoldValue, load_gold
from evaluation.names import Resolver, corpus_gold_rules, key, match_projects, node_names, normalize, union_nodes

DEFAULT_GOLD = Path("tests/gold")
DEFAULT_CORPUS = Path("data/corpus")
VALUE_TOLERANCE = 1e-6


@dataclass
class Score:
    name: str
    gold: int = 0          # gold items
    tp: int = 0            # gold items found
    matched: int = 0       # predicted items that match a gold item
    fp: int = 0            # predicted items that match none (ignored ones excluded)
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)

    @property
    def fn(self) -> int:
        return self.gold - self.tp

    @property
    def precision(self) -> float:
        den = self.matched + self.fp
        return self.matched / den if den else (1.0 if self.gold == 0 else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvaluationReport:
    entities: dict[str, Score]
    relations: dict[str, Score]
    details: bool = False
    title: str = ""
    targets: dict[str, Score] = field(default_factory=dict)
    rules: dict[str, Score] = field(default_factory=dict)   # per extraction rule: its edges right (matched) or not (fp)

    def score(self, name: str) -> Score:
        return self.entities.get(name) or self.relations.get(name) or self.targets[name]

    def rows(self) -> list[dict[str, object]]:
        """One plain dict per score (for tables, notebooks, JSON)."""
        return [{"kind": kind, "type": s.name, "gold": s.gold, "pred": s.matched + s.fp, "tp": s.tp, "fp": s.fp,
                 "fn": s.fn, "precision": s.precision, "recall": s.recall, "f1": s.f1}
                for kind, scores in (("entity", self.entities), ("relation", self.relations), ("target", self.targets))
                for s in scores.values()]


# ----------------------------------------------------------------- regions

_HEAD = r"^[ \t\u3000]*(?:\[bookmark:[^\]]*\]\s*)*"
_G = corpus_gold_rules()
_BOX = re.compile(_HEAD + _G["box"], re.M)
_BOX_IN_LABEL = re.compile(_G["box"])
_CHAPTER = re.compile(_HEAD + _G["chapter"], re.M)
_TABLE = re.compile(re.escape(_G["target_table"]))


def regions(text: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of the cleaned policy text: box:<n> (专栏n), chapter5 (第五章), table (目标表)."""
    heads = sorted([(m.start(), "box", m.group(1)) for m in _BOX.finditer(text)]
                   + [(m.start(), m.group(2), m.group(1)) for m in _CHAPTER.finditer(text)])
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, (start, kind, num) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        if kind == "box":
            out[f"box:{int(num)}"].append((start, end))
        if kind == _G["chapter_word"] and num == _G["clusters_chapter"]:
            nxt = next((h[0] for h in heads[i + 1:] if h[1] == _G["chapter_word"]), len(text))
            out["chapter5"].append((start, nxt))
    t = _TABLE.search(text)
    if t:
        nxt = next((h[0] for h in heads if h[0] > t.start() and h[1] == _G["chapter_word"]), len(text))
        out["table"].append((t.start(), nxt))
    return out


class Locator:
    """Where an edge's evidence lies: by offset in the policy text, else by section label."""

    def __init__(self, text: str) -> None:
        self.spans = regions(text)

    def _in(self, ev: Evidence, region: str) -> bool:
        if region == "all":
            return True
        if any(s <= ev.start < e for s, e in self.spans.get(region, [])):
            return True
        if region.startswith("box:"):
            return any(int(n) == int(region[4:]) for n in _BOX_IN_LABEL.findall(ev.section))
        if region == "chapter5":
            return _G["clusters_chapter_label"] in ev.section
        return region == "table" and _G["target_table_label"] in ev.section

    def edge_in(self, edge: EdgeRecord, regions_: Iterable[str], outside: Iterable[str] = ()) -> bool:
        """Some evidence of the edge lies in one of `regions_` and in none of `outside`."""
        rs, out = list(regions_), list(outside)
        return any(any(self._in(ev, r) for r in rs) and not any(self._in(ev, o) for o in out) for ev in edge.evidence)


CLUSTER_BOXES = [f"box:{n}" for n in range(1, 10)]   # 专栏1–9: the clusters' key projects
ALL_BOXES = [f"box:{n}" for n in range(1, 15)]      # 专栏10–14: standards, brands, green, infrastructure, new factors


# ----------------------------------------------------------------- scoring

Fact = Hashable


def _score(name: str, gold: list[tuple[str, Callable[[Fact], bool]]], pred: dict[Fact, str],
           ignore: Callable[[Fact], bool] = lambda f: False) -> Score:
    s = Score(name, gold=len(gold))
    hit: set[Fact] = set()
    for label, match in gold:
        found = [f for f in pred if match(f)]
        hit.update(found)
        if found:
            s.tp += 1
        else:
            s.false_negatives.append(label)
    for f, label in pred.items():
        if f in hit:
            s.matched += 1
        elif not ignore(f):
            s.fp += 1
            s.false_positives.append(label)
    return s


def _pair(a: set[str], b: set[str]) -> Callable[[Fact], bool]:
    return lambda f: f[0] in a and f[1] in b  # type: ignore[index]


def _unit(u: object) -> str:
    return normalize(str(u or "")).replace("％", "%")


def _value_match(v: GoldValue, ind: set[str], policy: str | None = None) -> Callable[[Fact], bool]:
    def match(f: Fact) -> bool:
        pol, target, year, value, unit = f  # type: ignore[misc]
        return (target in ind and (v.year is None or year == v.year)
                and value is not None and abs(value - v.value) <= VALUE_TOLERANCE
                and (not v.unit or _unit(unit) == _unit(v.unit))
                and (policy is None or pol == policy))
    return match


def _num(x: object) -> float | None:
    try:
        return float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _year(x: object) -> int | None:
    v = _num(x)
    return int(v) if v is not None else None


def _any_pair(pairs: list[tuple[set[str], set[str]]]) -> Callable[[Fact], bool]:
    return lambda f: any(f[0] in a and f[1] in b for a, b in pairs)  # type: ignore[index]


class _Context:
    """The graphs, the gold, the resolver, and the scopes every score shares."""

    def __init__(self, graphs: list[DocumentGraph], gold: Gold) -> None:
        self.gold = gold
        self.nodes = union_nodes(graphs)
        groups: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for g in gold.same:
            groups[g.type].append(g.names)
        self.r = Resolver(self.nodes, groups, graphs)
        plan = next((g for g in graphs if g.policy.id == f"policy:{gold.document}"), None)
        self.text = str(plan.policy.props.get("text", "")) if plan else ""
        self.loc = Locator(self.text)
        self.plan_edges = plan.edges if plan else []
        self.all_edges = [e for g in graphs for e in g.edges]
        # scopes
        self.ch5_edges = [e for e in self.plan_edges if self.loc.edge_in(e, ["chapter5"])]
        self.box_projects = self.touched(Label.PROJECT, (e for e in self.plan_edges if self.loc.edge_in(e, ALL_BOXES)))
        cluster_box_projects = self.touched(
            Label.PROJECT, (e for e in self.plan_edges if self.loc.edge_in(e, CLUSTER_BOXES)))
        self.proj_ids = match_projects([_project_spellings(p) for p in gold.projects],
                                       {i: self.nodes[i] for i in self.box_projects})
        self.prose_projects = self.touched(
            Label.PROJECT, (e for e in self.plan_edges if self.loc.edge_in(e, ["chapter5"], outside=ALL_BOXES)))
        self.prose_ids = match_projects([p.name for p in gold.prose_projects],
                                        {i: self.nodes[i] for i in self.prose_projects})
        plan_ids = {id(e) for e in self.plan_edges}
        self.elsewhere_projects = self.touched(Label.PROJECT, (
            e for e in self.all_edges
            if id(e) not in plan_ids or self.loc.edge_in(e, ["all"], outside=[*ALL_BOXES, "chapter5"])))
        from_box = [e for e in self.plan_edges if e.source in self.box_projects]
        self.box_in_cluster = [e for e in from_box if e.type == RelType.IN_CLUSTER and e.source in cluster_box_projects]
        self.box_carried_out_by = [e for e in from_box if e.type == RelType.CARRIED_OUT_BY]

    def label(self, nid: str) -> str:
        n = self.nodes.get(nid)
        return n.label.value if n else ""

    def name(self, nid: str) -> str:
        n = self.nodes.get(nid)
        return n.name if n else nid

    def of_label(self, label: Label) -> dict[str, str]:
        return {n.id: n.name for n in self.nodes.values() if n.label == label}

    def touched(self, label: Label, edges: Iterable[EdgeRecord]) -> set[str]:
        return {nid for e in edges for nid in (e.source, e.target) if self.label(nid) == label.value}

    def pairs(self, edges: Iterable[EdgeRecord]) -> dict[Fact, str]:
        return {(e.source, e.target): f"{self.name(e.source)} → {self.name(e.target)}" for e in edges}

    def park_ignored(self) -> set[str]:
        """Parks never scored: ambiguous names, aspirational bases ("打造…基地"), names inside a box's items."""
        boxes = [self.text[s:e] for k, v in self.loc.spans.items() if k.startswith("box:") for s, e in v]
        return self.r.ids("Park", self.gold.ambiguous_parks) | {
            i for i, nm in self.of_label(Label.PARK).items()
            if normalize(nm).endswith(_G["unscored_park_ending"]) or any(nm in b for b in boxes)}


# ----------------------------------------------------------------- evaluate

def evaluate(graphs: list[DocumentGraph], gold_dir: Path = DEFAULT_GOLD) -> EvaluationReport:
    c = _Context(graphs, load_gold(gold_dir))
    rels = {**_project_relations(c), **_place_relations(c), **_enterprise_cluster(c), **_subindustries(c),
            **_value_scores(c)}
    rels["alias merges"] = _alias_score(c)
    return EvaluationReport(_entity_scores(c), rels, targets=_prose_targets(graphs, Path(gold_dir)))


def _prose_targets(graphs: list[DocumentGraph], gold_dir: Path) -> dict[str, Score]:
    """tests/gold/prose_targets.yaml: targets in the prose of the other documents, scored
    like the development set's (evaluation/docset.py)."""
    from evaluation.docset import load_docset, score_targets

    if not (gold_dir / "prose_targets.yaml").is_file():
        return {}
    docs = load_docset(gold_dir, "prose_targets.yaml")
    by_file = {str(g.policy.props.get("file", "")): g for g in graphs}

    def nothing(file: str) -> DocumentGraph:  # a document not extracted states nothing
        return DocumentGraph(policy=NodeRecord(id=f"policy:{file}", label=Label.POLICY, name=file))

    return score_targets(docs, {d.file: by_file.get(d.file) or nothing(d.file) for d in docs}, "prose ")


def _entity_scores(c: _Context) -> dict[str, Score]:
    gold, r = c.gold, c.r

    def by_name(label: str, names: Iterable[tuple[str, tuple[str, ...]]]) -> list[tuple[str, Callable[[Fact], bool]]]:
        return [(n, (lambda f, ids=r.ids(label, v): f in ids)) for n, v in names]

    ents = {"Project": _score(  # the box items
        "Project", [(p.name, (lambda f, ids=ids: f in ids)) for p, ids in zip(gold.projects, c.proj_ids)],
        {i: c.name(i) for i in c.box_projects})}
    prose_ignore = r.ids("Project", gold.prose_projects_maybe)
    ents["Project (prose)"] = _score(  # named in 第五章's running text
        "Project (prose)", [(p.name[0], (lambda f, ids=ids: f in ids)) for p, ids in zip(gold.prose_projects, c.prose_ids)],
        {i: c.name(i) for i in c.prose_projects}, lambda f: f in prose_ignore)
    ents["Project (prose, elsewhere)"] = _elsewhere_projects(c)
    # Enterprise, Park, County: the whole corpus
    ent_names = _dedupe(c.r, "Enterprise", [e for e, _ in gold.enterprise_cluster]
                        + [p.enterprise for p in gold.projects if p.enterprise] + gold.enterprises_also)
    ent_ignore = r.ids("Enterprise", gold.not_enterprises + gold.enterprises_maybe
                       + [n for p in gold.projects for n in p.enterprise_maybe])
    ents["Enterprise"] = _score("Enterprise", by_name("Enterprise", ent_names), c.of_label(Label.ENTERPRISE),
                                lambda f: f in ent_ignore)
    park_ignore = c.park_ignored()
    ents["Park"] = _score("Park", by_name("Park", ((p.name, (p.name,)) for p in gold.parks)), c.of_label(Label.PARK),
                          lambda f: f in park_ignore)
    county_ignore = r.ids("County", gold.ambiguous_counties)
    ents["County"] = _score("County", by_name("County", ((n, (n,)) for n in gold.counties)), c.of_label(Label.COUNTY),
                            lambda f: f in county_ignore)
    # Cluster: the nine (not sub-industries) named in 第五章
    nine = dict.fromkeys(p.cluster for p in gold.projects if p.cluster)
    # (new industries the text names, level "industry", are not clusters of the plan either)
    ch5_clusters = {i for i in c.touched(Label.CLUSTER, c.ch5_edges)
                    if c.nodes[i].props.get("level") not in ("subindustry", "industry")}
    ents["Cluster"] = _score("Cluster", by_name("Cluster", ((n, (n,)) for n in nine)), {i: c.name(i) for i in ch5_clusters})
    # Indicator: the rows of the target table
    table_ind = c.touched(Label.INDICATOR, (e for e in c.plan_edges if c.loc.edge_in(e, ["table"])))
    ents["Indicator"] = _score("Indicator", by_name("Indicator", ((n, (n,)) for n in gold.indicators)),
                               {i: c.name(i) for i in table_ind})
    return ents


def _elsewhere_projects(c: _Context) -> Score:
    """Projects named in running text outside 第五章: exact names and gold aliases first,
    then the containment rule among the nodes left."""
    gold, r = c.gold, c.r
    scope = {i: c.nodes[i] for i in c.elsewhere_projects}
    entities = _dedupe(r, "Project", [p.name for p in gold.prose_elsewhere])
    found = [r.ids("Project", v) & scope.keys() for _, v in entities]
    claimed = set().union(*found)
    rest = match_projects([v for _, v in entities], {i: n for i, n in scope.items() if i not in claimed})
    found = [f or g for f, g in zip(found, rest)]
    maybe = {key("Project", m) for m in gold.prose_elsewhere_maybe}
    ignore = {i for i, n in scope.items() if any(m in key("Project", x) for x in node_names(n) for m in maybe)}
    return _score("Project (prose, elsewhere)", [(n, (lambda f, ids=ids: f in ids)) for (n, _), ids in zip(entities, found)],
                  {i: n.name for i, n in scope.items()}, lambda f: f in ignore)


def _project_relations(c: _Context) -> dict[str, Score]:
    gold, r, projects = c.gold, c.r, list(zip(c.gold.projects, c.proj_ids))
    return {
        "project→cluster": _score(
            "project→cluster",
            [(f"{p.name} → {p.cluster}", _pair(ids, r.cluster_ids(p.cluster))) for p, ids in projects if p.cluster],
            c.pairs(c.box_in_cluster)),
        "project→enterprise": _score(
            "project→enterprise",
            [(f"{p.name} → {p.enterprise[0]}", _pair(ids, r.ids("Enterprise", p.enterprise))) for p, ids in projects
             if p.enterprise],
            c.pairs(c.box_carried_out_by), _any_pair([(ids, r.ids("Enterprise", p.enterprise_maybe)) for p, ids in projects])),
        "project→enterprise (prose)": _score(
            "project→enterprise (prose)",
            [(f"{p.name[0]} → {p.enterprise[0]}", _pair(ids, r.ids("Enterprise", p.enterprise)))
             for p, ids in zip(gold.prose_projects, c.prose_ids) if p.enterprise],
            c.pairs(e for e in c.plan_edges if e.type == RelType.CARRIED_OUT_BY and e.source in c.prose_projects
                    and e.source not in c.box_projects)),
        "project→county": _score(
            "project→county",
            [(f"{p.name} → {p.county[0]}", _pair(ids, r.ids("County", p.county))) for p, ids in projects if p.county],
            _located_counties(c, c.box_projects), _any_pair([(ids, r.ids("County", p.county_maybe)) for p, ids in projects])),
    }


def _place_relations(c: _Context) -> dict[str, Score]:
    """county→park (Park LOCATED_IN County) and county→industry, whole corpus."""
    gold, r = c.gold, c.r
    located = [e for e in c.all_edges if e.type == RelType.LOCATED_IN
               and c.label(e.source) == "Park" and c.label(e.target) == "County"]
    park_ignore = c.park_ignored()
    maybe = _any_pair([(r.ids("Park", p.name), r.ids("County", p.county_maybe)) for p in gold.parks if p.county_maybe])
    out = {"county→park": _score(
        "county→park",
        [(f"{p.county[0]} → {p.name}", _pair(r.ids("Park", p.name), r.ids("County", p.county)))
         for p in gold.parks if p.county],
        {f: f"{c.name(f[1])} → {c.name(f[0])}" for f in c.pairs(located)},  # type: ignore[index]
        lambda f: f[0] in park_ignore or maybe(f))}  # type: ignore[index]
    for rel, facts, title in ((RelType.DEVELOPS, gold.develops, "county→industry develops"),
                              (RelType.UPGRADES, gold.upgrades, "county→industry upgrades")):
        edges = [e for e in c.all_edges if e.type == rel and c.label(e.source) == "County"]
        out[title] = _score(title, [(f"{a} → {b}", _pair(r.ids("County", a), r.ids("Cluster", b))) for a, b in facts],
                            c.pairs(edges))
    return out


def _enterprise_cluster(c: _Context) -> dict[str, Score]:
    """Prose and boxes, whole corpus; the graph may state it directly or through a box project."""
    gold, r = c.gold, c.r
    direct = [e for e in c.all_edges if e.type == RelType.IN_CLUSTER and c.label(e.source) == "Enterprise"]
    pred = c.pairs(direct)
    clusters_of: dict[str, set[str]] = defaultdict(set)
    for e in c.box_in_cluster:
        clusters_of[e.source].add(e.target)
    for e in c.box_carried_out_by:
        for cl in clusters_of.get(e.source, ()):
            pred.setdefault((e.target, cl), f"{c.name(e.target)} → {c.name(cl)} (via {c.name(e.source)})")
    maybe = [(r.ids("Enterprise", e), r.cluster_ids(cl)) for e, cl in gold.enterprise_cluster_maybe] + [
        (r.ids("Enterprise", p.enterprise_maybe), r.cluster_ids(p.cluster)) for p in gold.projects if p.enterprise_maybe]
    return {"enterprise→cluster": _score(
        "enterprise→cluster",
        [(f"{e[0]} → {cl}", _pair(r.ids("Enterprise", e), r.cluster_ids(cl)))
         for e, cl in _dedupe_pairs(r, gold.enterprise_cluster + gold.box_enterprise_cluster())],
        pred, _any_pair(maybe))}


def _subindustries(c: _Context) -> dict[str, Score]:
    """Cluster HAS_SUBINDUSTRY Cluster stated by the plan (第五章's paragraph topics)."""
    gold, r = c.gold, c.r
    edges = [e for e in c.plan_edges if e.type == RelType.HAS_SUBINDUSTRY]
    maybe = _any_pair([(r.ids("Cluster", a), r.ids("Cluster", b)) for a, b in gold.subindustries_maybe])
    return {"cluster→subindustry": _score(
        "cluster→subindustry", [(f"{a} → {b}", _pair(r.ids("Cluster", a), r.ids("Cluster", b))) for a, b in gold.subindustries],
        c.pairs(edges), maybe)}


def _value_scores(c: _Context) -> dict[str, Score]:
    gold, r = c.gold, c.r
    ind_ids = {n: r.ids("Indicator", n) for n in {v.indicator for v in gold.values + gold.maybe_reported} | set(gold.indicators)}
    all_ind = set().union(*ind_ids.values())
    rate_ids = r.ids("Indicator", gold.rate_indicators)

    def facts(edges: Iterable[EdgeRecord]) -> dict[Fact, str]:
        out: dict[Fact, str] = {}
        for e in edges:
            f = (e.source, e.target, _year(e.props.get("year")), _num(e.props.get("value")), e.props.get("unit", ""))
            out[f] = f"{c.name(e.target)} {f[2]}: {f[3]} {f[4]} ({e.source.split(':')[-1][:3]})"
        return out

    def gold_facts(sources: tuple[str, ...], by_doc: bool = False) -> list[tuple[str, Callable[[Fact], bool]]]:
        return [(f"{v.indicator} {v.year}: {v.value:g} {v.unit} ({v.document[:3]})",
                 _value_match(v, ind_ids[v.indicator], f"policy:{v.document}" if by_doc else None))
                for v in gold.values if v.source in sources]

    targets = [e for e in c.plan_edges if e.type == RelType.SETS_TARGET]
    # a rate-only row of the table ("年均提高0.7万元") is not compared numerically
    rate_cells = set(facts(e for e in targets if e.target in rate_ids and c.loc.edge_in(e, ["table"])))
    reported = [e for e in c.all_edges if e.type == RelType.REPORTS and e.target in all_ind]
    maybe = [_value_match(v, ind_ids[v.indicator], f"policy:{v.document}") for v in gold.maybe_reported]
    return {
        "target values (table)": _score(
            "target values (table)", gold_facts(("table",)),
            facts(e for e in targets if c.loc.edge_in(e, ["table"])), lambda f: f in rate_cells),
        "target values (all)": _score(
            "target values (all)", gold_facts(("table", "prose")),
            facts(e for e in targets if e.target in all_ind or c.loc.edge_in(e, ["table"])),
            lambda f: f in rate_cells),
        "reported values": _score(
            "reported values", gold_facts(("reported",), by_doc=True), facts(reported), lambda f: any(m(f) for m in maybe)),
    }


def _project_spellings(p: GoldProject) -> tuple[str, ...]:
    """The name, and the name without the enterprise or county it starts with: a graph may
    write the project with the canonical enterprise ("鲁西集团年产100万吨尼龙66项目")."""
    out = [p.name]
    for prefix in (*p.enterprise, *p.county):
        if p.name.startswith(prefix) and len(p.name) > len(prefix):
            out.append(p.name[len(prefix):])
    return tuple(out)


def _dedupe(r: Resolver, label: str, names: list[tuple[str, ...]]) -> list[tuple[str, tuple[str, ...]]]:
    """Gold spellings -> one (display, spellings) per entity (a gold alias group is one entity)."""
    out: dict[frozenset[str], tuple[str, tuple[str, ...]]] = {}
    for v in names:
        k = frozenset(r.expand(label, v[:1]))
        old = out.get(k)
        out[k] = (old[0], tuple(dict.fromkeys(old[1] + v))) if old else (v[0], v)
    return list(out.values())


def _dedupe_pairs(r: Resolver, pairs: list[tuple[tuple[str, ...], str]]) -> list[tuple[tuple[str, ...], str]]:
    """One (enterprise spellings, cluster) per enterprise entity and cluster."""
    out: dict[tuple[frozenset[str], str], tuple[tuple[str, ...], str]] = {}
    for v, cl in pairs:
        k = (frozenset(r.expand("Enterprise", v[:1])), key("Cluster", cl))
        old = out.get(k)
        out[k] = (tuple(dict.fromkeys(old[0] + v)), cl) if old else (v, cl)
    return list(out.values())


def _located_counties(c: _Context, projects: set[str]) -> dict[Fact, str]:
    """Project -> County: LOCATED_IN a county directly, or a park LOCATED_IN a county."""
    loc: dict[str, set[str]] = defaultdict(set)
    for e in c.all_edges:
        if e.type == RelType.LOCATED_IN:
            loc[e.source].add(e.target)
    out: dict[Fact, str] = {}
    for p in projects:
        for t in loc.get(p, ()):
            targets = [t] if c.label(t) == "County" else [u for u in loc.get(t, ()) if c.label(u) == "County"]
            for u in targets:
                out[(p, u)] = f"{c.name(p)} → {c.name(u)}"
    return out


def _alias_score(c: _Context) -> Score:
    """Each gold alias group on one node (recall, per alias); no node carrying a name of another
    group or a distinct look-alike (precision, per name a node carries)."""
    gold, nodes = c.gold, c.nodes
    s = Score("alias merges")
    group_of: dict[tuple[str, str], int] = {}
    for i, g in enumerate(gold.same):
        for nm in g.names:
            group_of[(g.type, key(g.type, nm))] = i
    # recall: every alias of a group on the node that carries its first name
    carriers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for n in nodes.values():
        for x in node_names(n):
            carriers[(n.label.value, key(n.label.value, x))].add(n.id)
    for g in gold.same:
        holders = [carriers.get((g.type, key(g.type, nm)), set()) for nm in g.names]
        for nm, h in zip(g.names[1:], holders[1:]):
            s.gold += 1
            if holders[0] & h:
                s.tp += 1
            else:
                s.false_negatives.append(f"{g.names[0]} = {nm}")
    # precision: every gold-known name a node carries besides its head (its first name
    # in a gold group) must be of the head's group; a distinct look-alike is checked on
    # nodes of any label; names of one `uncertain` group are neither right nor wrong
    known = {k for k in group_of} | {(t.value, key(t.value, n)) for _, a, b in gold.distinct for n in (a, b) for t in Label}
    apart = {frozenset({(t.value, key(t.value, a)), (t.value, key(t.value, b))}) for _, a, b in gold.distinct for t in Label}
    open_ = [{key(t.value, n) for n in u for t in Label} for u in gold.uncertain]
    for n in nodes.values():
        label = n.label.value
        ks = [k for k in dict.fromkeys((label, key(label, x)) for x in node_names(n)) if k in known]
        if len(ks) < 2:
            continue
        head = next((k for k in ks if k in group_of), ks[0])
        for k in ks:
            if k == head or any(k[1] in u and head[1] in u for u in open_):
                continue
            if head in group_of and group_of.get(k) == group_of[head] and frozenset({head, k}) not in apart:
                s.matched += 1
            else:
                s.fp += 1
                s.false_positives.append(f"{n.id}: {head[1]} ≠ {k[1]}")
    return s


# ----------------------------------------------------------------- report

def rule_table(rules: dict[str, Score]):  # -> rich.table.Table
    """Each rule's stated confidence beside the precision its scored edges reach."""
    from rich import box
    from rich.table import Table

    from ingest.rules import rule_confidence

    t = Table(title="Rules (relation and target edges; an edge counts for every rule of its evidence)",
              title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for col in ("rule", "confidence", "edges", "right", "wrong", "P"):
        t.add_column(col, justify="left" if col == "rule" else "right")
    for s in sorted(rules.values(), key=lambda s: (-(s.matched + s.fp), s.name)):
        t.add_row(s.name, f"{rule_confidence(s.name):.2f}", str(s.matched + s.fp), str(s.matched), str(s.fp),
                  f"{s.precision:.3f}")
    return t


def format_report(report: EvaluationReport, details: bool | None = None, by_rule: bool = False) -> str:
    """The scores as text tables (Rich); with `by_rule` each rule's precision beside its confidence,
    with `details` the false positives and negatives."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    details = report.details if details is None else details
    buf = io.StringIO()
    con = Console(file=buf, width=120, color_system=None, force_terminal=False)
    if report.title:
        con.print(f"== {report.title}", markup=False, highlight=False)
    for title, scores in (("Entities", report.entities), ("Relations", report.relations), ("Targets", report.targets)):
        if not scores:
            continue
        t = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)  # fits 80 columns
        for col in ("type", "gold", "pred", "tp", "fp", "fn", "P", "R", "F1"):
            t.add_column(col, justify="left" if col == "type" else "right")
        for row in (r for r in report.rows() if r["type"] in scores):
            t.add_row(*(str(row[k]) for k in ("type", "gold", "pred", "tp", "fp", "fn")),
                      *(f"{row[k]:.3f}" for k in ("precision", "recall", "f1")))
        con.print(t)
    if by_rule and report.rules:
        con.print(rule_table(report.rules))
    if details:
        for s in [*report.entities.values(), *report.relations.values(), *report.targets.values()]:
            if s.false_positives or s.false_negatives:
                con.print(f"\n== {s.name}", markup=False)
                for x in s.false_negatives:
                    con.print(f"  FN  {x}", markup=False, highlight=False)
                for x in s.false_positives:
                    con.print(f"  FP  {x}", markup=False, highlight=False)
    return "\n".join(line.rstrip() for line in buf.getvalue().splitlines()) + "\n"


def run_eval(corpus_dir: Path = DEFAULT_CORPUS, gold_dir: Path = DEFAULT_GOLD, details: bool = False) -> EvaluationReport:
    """Load the corpus, extract every document, evaluate against the gold set."""
    from ingest.extract import extract_document
    from ingest.read import load_corpus

    graphs = [extract_document(doc) for doc in load_corpus(corpus_dir)]
    report = evaluate(graphs, gold_dir)
    report.details = details
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.report", description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--details", action="store_true", help="list false positives and negatives")
    args = ap.parse_args(argv)
    sys.stdout.write(format_report(run_eval(args.corpus, args.gold, args.details)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
