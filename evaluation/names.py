"""Name matching for the evaluator: normalisation and gold-name -> graph-node resolution.

Deliberately independent of the extraction's own name rules (ingest/extract/names.py,
ingest/resolve.py), so the evaluator does not inherit their mistakes. Rules
(documented in tests/gold/README.md):

* every name: NFKC (full width -> half width), no whitespace or quotes, one kind
  of bracket, ASCII lower case;
* Cluster: the suffix 产业集群/新兴产业/产业/集群 is dropped ("新材料产业集群" = "新材料"),
  then a final 业 when 2+ characters remain ("现代服务业" = "现代服务");
* Indicator: a leading row number ("8、") is dropped;
* Project: a trailing 项目/建设项目 is dropped;
* Enterprise, besides the exact match: equal once company-form suffixes (有限公司 …)
  and a leading place (山东, 聊城, a county) are dropped on both sides;
* a gold name resolves to every node whose name or one of whose aliases equals it
  or a name of its gold alias group (aliases.yaml).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import yaml

from graph.model import DocumentGraph, NodeRecord, RelType


@lru_cache(maxsize=1)
def corpus_gold_rules() -> dict:
    """data/evaluation/corpus_gold.yaml: how the corpus gold meets the output (read once)."""
    path = Path(__file__).resolve().parent.parent / "data" / "evaluation" / "corpus_gold.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))

_QUOTES = re.compile(r"[\s\"'“”‘’「」『』《》〈〉]")
_OPEN = str.maketrans({"【": "(", "〔": "(", "［": "(", "[": "(", "】": ")", "〕": ")", "］": ")", "]": ")"})
_G = corpus_gold_rules()
_CLUSTER_SUFFIX = re.compile(_G["cluster_suffix"])
_ROW_NUMBER = re.compile(r"^\d{1,2}[、.]")
_PROJECT_SUFFIX = re.compile(_G["project_suffix"])
_COMPANY_SUFFIX = re.compile(_G["company_suffix"])
_PLACES = tuple(map(str, _G["company_places"]))


def normalize(name: str) -> str:
    s = unicodedata.normalize("NFKC", name)
    s = _QUOTES.sub("", s).translate(_OPEN)
    return s.lower()


def key(label: str, name: str) -> str:
    """The comparison key of a name of a node of type `label`."""
    s = normalize(name)
    if label == "Cluster":
        s = _CLUSTER_SUFFIX.sub("", s) or s
        if s.endswith(_G["industry_char"]) and len(s) >= 3:  # 现代服务业 = 现代服务, 纺织业 = 纺织 (but 农业 stays)
            s = s[:-1]
    elif label == "Indicator":
        s = _ROW_NUMBER.sub("", s)
    elif label == "Project":
        s = _PROJECT_SUFFIX.sub("", s)
    return s


def enterprise_core(name: str) -> str:
    """Lenient enterprise key: no company form, no leading place (kept if <3 chars remain)."""
    s = _COMPANY_SUFFIX.sub("", normalize(name))
    changed = True
    while changed:
        changed = False
        for p in _PLACES:
            if s.startswith(p) and len(s) - len(p) >= 3:
                s, changed = s[len(p):], True
                break
    return s


def project_key(name: str) -> str:
    """Project key: normalised, without a trailing 项目/建设项目."""
    return key("Project", name)


def node_names(node: NodeRecord) -> list[str]:
    return [node.name, *node.aliases]


def union_nodes(graphs: Iterable[DocumentGraph]) -> dict[str, NodeRecord]:
    """All nodes by id across documents, aliases unioned (as the store merges them)."""
    out: dict[str, NodeRecord] = {}
    for g in graphs:
        for n in [g.policy, *g.nodes]:
            if n.id in out:
                old = out[n.id]
                extra = [a for a in [n.name, *n.aliases] if a not in node_names(old)]
                if extra:
                    out[n.id] = old.model_copy(update={"aliases": [*old.aliases, *extra]})
            else:
                out[n.id] = n
    return out


class Resolver:
    """Gold names -> sets of graph node ids, per label."""

    def __init__(self, nodes: dict[str, NodeRecord], groups: dict[str, list[tuple[str, ...]]],
                 graphs: Iterable[DocumentGraph] = ()) -> None:
        self.nodes = nodes
        self._index: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._core: dict[str, set[str]] = defaultdict(set)
        for n in nodes.values():
            label = n.label.value
            for nm in node_names(n):
                self._index[(label, key(label, nm))].add(n.id)
                if label == "Enterprise":
                    self._core[enterprise_core(nm)].add(n.id)
        # gold alias groups: label -> key -> keys of the whole group
        self._group: dict[tuple[str, str], set[str]] = {}
        for label, gs in groups.items():
            for names in gs:
                keys = {key(label, nm) for nm in names}
                for k in keys:
                    self._group.setdefault((label, k), set()).update(keys)
        self.children: dict[str, set[str]] = defaultdict(set)
        for g in graphs:
            for e in g.edges:
                if e.type == RelType.HAS_SUBINDUSTRY:
                    self.children[e.source].add(e.target)

    def expand(self, label: str, names: Iterable[str]) -> set[str]:
        """Keys of the names and of every gold alias of theirs."""
        out: set[str] = set()
        for nm in names:
            k = key(label, nm)
            out |= self._group.get((label, k), {k})
        return out

    def ids(self, label: str, names: Iterable[str] | str) -> set[str]:
        names = [names] if isinstance(names, str) else list(names)
        keys = self.expand(label, names)
        found: set[str] = set()
        for k in keys:
            found |= self._index.get((label, k), set())
        if label == "Enterprise":  # duplicates of one company are all that company
            for k in keys:
                found |= self._core.get(enterprise_core(k), set())
        return found

    def cluster_ids(self, names: Iterable[str] | str) -> set[str]:
        """A cluster and its sub-industries (HAS_SUBINDUSTRY, transitively)."""
        todo = list(self.ids("Cluster", names))
        seen: set[str] = set()
        while todo:
            c = todo.pop()
            if c not in seen:
                seen.add(c)
                todo.extend(self.children.get(c, ()))
        return seen


def match_projects(gold: list[tuple[str, ...]], candidates: dict[str, NodeRecord],
                   min_len: int = 6, min_ratio: float = 0.5) -> list[set[str]]:
    """Gold project names -> node ids among `candidates` (the projects in scope).

    Exact first (project_key of a name or alias). Then, one to one and best first,
    containment: one key contains the other, the shorter has at least `min_len`
    characters and at least `min_ratio` of the longer's length (a box item's name
    may keep or drop the enterprise it inherits: "年产60万吨MTO项目" vs
    "鲁西化工集团年产60万吨MTO项目").
    """
    keys = {nid: {project_key(nm) for nm in node_names(n)} for nid, n in candidates.items()}
    out: list[set[str]] = []
    for names in gold:
        gk = {project_key(nm) for nm in names}
        out.append({nid for nid, ks in keys.items() if ks & gk})
    used = set().union(*out) if out else set()
    pairs: list[tuple[float, int, str]] = []
    for i, names in enumerate(gold):
        if out[i]:
            continue
        for nid, ks in keys.items():
            if nid in used:
                continue
            best = 0.0
            for g in (project_key(nm) for nm in names):
                for k in ks:
                    short, long_ = sorted((g, k), key=len)
                    if len(short) >= min_len and short in long_ and len(short) / len(long_) >= min_ratio:
                        best = max(best, len(short) / len(long_))
            if best:
                pairs.append((best, i, nid))
    for _, i, nid in sorted(pairs, key=lambda t: -t[0]):
        if not out[i] and nid not in used:
            out[i] = {nid}
            used.add(nid)
    return out
