"""GraphBuilder: collects one document's nodes and edges for the relation rules.

Repeated facts become one edge with several evidence entries; every node a rule
touches also gets a Policy-MENTIONS edge with the sentence that named it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property

from graph.model import DocumentGraph, EdgeRecord, Evidence, Label, NodeRecord, PropValue, RelType, make_id
from ingest.extract.names import park_own_name
from ingest.read import SourceDocument
from ingest.read.script import as_written
from ingest.lexicon import GENERIC_ALIASES
from ingest.rules import pattern, rule_confidence, words
from ingest.resolve import Resolved, Resolver
from ingest.structure import Sentence

# a new cluster's name says it is a cluster (…产业集群); any other new name is an industry
_CLUSTER_ENDINGS = words("clusters", "cluster_name_endings")


_ROLE_RANK = {"member": 1, "listed": 2, "leading": 3}


@dataclass
class GraphBuilder:
    doc: SourceDocument
    resolver: Resolver
    nodes: dict[str, NodeRecord] = field(default_factory=dict)
    edges: dict[tuple[str, str, str, str], EdgeRecord] = field(default_factory=dict)
    _ev_seen: dict[tuple, Evidence] = field(default_factory=dict)  # (edge key, start, surface) -> its evidence
    # box projects whose company no rule found: (project id, item text, sentence, cluster id)
    unowned: list[tuple[str, str, Sentence, str | None]] = field(default_factory=list)
    # sentence start -> surfaces of the figures (targets, reported values) read there, so a later
    # rule does not read one figure twice
    figures: dict[int, set[str]] = field(default_factory=dict)
    _keys_of: dict[str, list[tuple[str, str, str, str]]] = field(default_factory=dict)  # type -> edge keys made
    # type -> source -> how many of its edges of that type stand: `sources` copies the keys instead of walking every edge
    _sources_of: dict[str, dict[str, int]] = field(default_factory=dict)
    _listed: dict[str, set[int]] = field(default_factory=dict)  # node id -> lexicon entries whose aliases it has
    _of_label: dict[Label, list[NodeRecord]] = field(default_factory=dict)  # label -> its records as made (nodes_of)
    # a project name's every shorter ending -> the records ending so, as made: a project named again by its name's end
    # (projects.text_project) looks it up instead of walking every project (a long text names hundreds)
    _project_tails: dict[str, list[NodeRecord]] = field(default_factory=dict)
    home_named: bool | None = None  # whether the text names the home region (context.names_home), read once

    @cached_property
    def policy_id(self) -> str:  # asked for every MENTIONS edge
        return make_id(Label.POLICY, self.doc.key)

    def node(self, r: Resolved, surface: str, sent: Sentence | None, rule: str,
             props: dict[str, PropValue] | None = None) -> str:
        nid = r.id
        rec = self.nodes.get(nid)
        if rec is None:
            rec = NodeRecord(id=nid, label=r.label, name=r.name, props=self._default_props(r))
            self.nodes[nid] = rec
            self._listed[nid] = set()  # a new record (a dropped one's id may come back)
            self._of_label.setdefault(rec.label, []).append(rec)
            if rec.label == Label.PROJECT:
                for k in range(1, len(rec.name)):
                    self._project_tails.setdefault(rec.name[k:], []).append(rec)
            elif rec.label == Label.PARK and (own := park_own_name(rec.name)) is not None:
                rec.aliases.append(own)  # 惠农区红果子兰山工业园区 is also 红果子兰山工业园区 (pk18)
        if surface and surface != r.name and surface not in rec.aliases:
            rec.aliases.append(surface)
        if self.doc.script and surface and sent is not None:
            self._alias_as_written(rec, surface, sent)
        if r.label == Label.CLUSTER and r.entry is None and not (surface or r.name).endswith(_CLUSTER_ENDINGS):
            rec.props["level"] = "industry"  # a new name is an industry unless it says 集群
        listed = self._listed.setdefault(nid, set())
        if r.entry is not None and id(r.entry) not in listed:
            # names the lexicon lists are aliases too (DATA_MODEL: "seen or listed"); aliases are only ever
            # added to a record, so once an entry's are in, looking again adds none
            listed.add(id(r.entry))
            for a in (*r.entry.aliases, *r.entry.renamed_from):
                if a not in rec.aliases and a != r.name and a not in GENERIC_ALIASES:
                    rec.aliases.append(a)
        for k, v in (props or {}).items():
            if v not in (None, "") and k not in rec.props:
                rec.props[k] = v
        if sent is not None:
            self.edge(RelType.MENTIONS, self.policy_id, nid, sent, rule, surface, r.resolution)
        return nid

    def nodes_of(self, label: Label) -> list[NodeRecord]:
        """The nodes of one label, in the order `nodes` holds them: rules that look through one kind of node (a project
        named again, a park's brand) need not walk every node, most of which are of other kinds."""
        return [rec for rec in self._of_label.get(label, ()) if self.nodes.get(rec.id) is rec]  # (a node may be dropped)

    def project_ending(self, tail: str) -> NodeRecord | None:
        """The first project made whose name ends with `tail` and is longer (as a walk over `nodes_of` would find it)."""
        return next((rec for rec in self._project_tails.get(tail, ()) if self.nodes.get(rec.id) is rec), None)

    def _alias_as_written(self, rec: NodeRecord, surface: str, sent: Sentence) -> None:
        """A converted document's node also keeps its name and the surface as the page wrote them (魯西集團)."""
        d = self.doc
        for name in (surface, rec.name):
            at = sent.text.find(name)
            if at < 0:
                continue
            written = as_written(d.text, d.raw_text, d.offsets, sent.start + at, sent.start + at + len(name))
            if written != name and written != rec.name and written not in rec.aliases:
                rec.aliases.append(written)

    def _default_props(self, r: Resolved) -> dict[str, PropValue]:
        e = r.entry
        if r.label == Label.COUNTY:
            return {"kind": e.kind if e and e.kind else "county"}
        if r.label == Label.CLUSTER:
            return {"level": e.level if e and e.level else "cluster"}
        if r.label == Label.INDICATOR:
            return {"unit": e.unit} if e and e.unit else {}
        if r.label == Label.ENTERPRISE and e and e.county:
            return {"county": make_id(Label.COUNTY, e.county)}
        return {}

    def edge(self, rel: RelType, source: str, target: str, sent: Sentence, rule: str,
             surface: str = "", resolution: str = "", key: str = "",
             props: dict[str, PropValue] | None = None) -> None:
        if source == target:
            return
        kind = rel._value_  # rel.value: Enum's property costs a descriptor call, and every fact comes through here
        k = (kind, source, target, key)
        rec = self.edges.get(k)
        if rec is None:
            rec = EdgeRecord(type=rel, source=source, target=target, key=key, props=dict(props or {}))
            self.edges[k] = rec
            self._keys_of.setdefault(kind, []).append(k)
            counts = self._sources_of.setdefault(kind, {})
            counts[source] = counts.get(source, 0) + 1
        if rel in (RelType.SETS_TARGET, RelType.REPORTS):
            self.figures.setdefault(sent.start, set()).add(surface)
        role = (props or {}).get("role")
        if role and _ROLE_RANK.get(str(role), 0) > _ROLE_RANK.get(str(rec.props.get("role")), 0):
            rec.props["role"] = role  # one edge per pair: the strongest role stated wins
        # One evidence entry per sentence and surface: a second rule that finds the same
        # fact there is added to its rule ("leading+section_member"), not listed again.
        seen = (k, sent.start, surface)
        prior = self._ev_seen.get(seen)
        if prior is None:
            ev = Evidence(section=sent.section, sentence=sent.text, start=sent.start, end=sent.end,
                          rule=rule, surface=surface, resolution=resolution, confidence=rule_confidence(rule))
            self._ev_seen[seen] = ev
            rec.evidence.append(ev)
        elif rule not in prior.rule.split("+"):
            prior.rule = f"{prior.rule}+{rule}"
            prior.confidence = max(prior.confidence, rule_confidence(rule))

    def sources(self, rel: RelType) -> set[str]:
        """The nodes that already have an edge of this type (rules that fill in only what nothing nearer did).
        Kept as edges are made and dropped (`drop_edge`), not walked: a long text has hundreds of each type."""
        return set(self._sources_of.get(rel.value, ()))

    def drop_edge(self, k: tuple[str, str, str, str]) -> EdgeRecord:
        """Take an edge out of the graph (by its key, as `edges` holds it)."""
        rec = self.edges.pop(k)
        counts = self._sources_of[k[0]]
        counts[k[1]] -= 1
        if not counts[k[1]]:
            del counts[k[1]]
        return rec

    def targets(self, rel: RelType, source: str | None = None) -> set[str]:
        """The nodes an edge of this type already points to (the owners of projects, say), from `source` only when
        given; read as `sources` reads."""
        return {k[2] for k in self._keys_of.get(rel.value, ()) if k in self.edges and (source is None or k[1] == source)}

    def has_edge(self, rel: RelType, source: str, target: str, key: str = "") -> bool:
        return (rel.value, source, target, key) in self.edges

    def policy_node(self) -> NodeRecord:
        d = self.doc
        cites: list[str] = []
        for m in pattern("layout", "cited_title").finditer(d.text):
            if m.group(1) not in cites:
                cites.append(m.group(1))
        props: dict[str, PropValue] = {
            "title": d.title, "issuer": d.issuer, "date": d.date, "kind": d.kind, "period": d.period,
            "file": d.path.rsplit("/", 1)[-1], "text": d.text,
            "rev": hashlib.sha256(d.text.encode("utf-8")).hexdigest(), "cites": cites,
        }
        return NodeRecord(id=self.policy_id, label=Label.POLICY, name=d.title or d.key, props=props)

    def release(self) -> None:
        """Drop the document's working state once its graph is built. What refers back to the builder (the
        target rule's places, held by its TargetState) and what the builder holds would otherwise be freed
        only by a collection that walks everything the document made (graph/gc_pause.py); dropped, it goes
        by reference counting."""
        self.__dict__.clear()

    def graph(self) -> DocumentGraph:
        edges = [e if _one_each(e.evidence) else e.model_copy(update={"evidence": _one_per_sentence(e.evidence)})
                 for e in self.edges.values()]
        return DocumentGraph(policy=self.policy_node(), nodes=list(self.nodes.values()), edges=edges)


def _one_each(evidence: list[Evidence]) -> bool:
    return len(evidence) < 2 or len({ev.start for ev in evidence}) == len(evidence)


def _one_per_sentence(evidence: list[Evidence]) -> list[Evidence]:
    """An edge's evidence, one entry per sentence (its Sentence id lists each sentence once).

    While rules run, a sentence naming one end by two surfaces (新一代信息技术 and
    新一代信息技术产业) holds an entry per surface: later rules read them. In the graph the
    first surface stays, with every rule that found the fact there and the best confidence.
    """
    first: dict[tuple[int, int], Evidence] = {}
    for ev in evidence:
        kept = first.get((ev.start, ev.end))
        if kept is None:
            first[(ev.start, ev.end)] = ev.model_copy()
            continue
        rules = kept.rule.split("+")
        kept.rule = "+".join([*rules, *(r for r in ev.rule.split("+") if r not in rules)])
        kept.confidence = max(kept.confidence, ev.confidence)
    return list(first.values())
