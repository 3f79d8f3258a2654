"""Cluster rules: leading firms (依托/支持/发挥/鼓励/以…为龙头), members, sub-industries."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.context import NOT_COMPANY, cluster_of_section, split_list
from ingest.extract.names import PARK_SUFFIXES
from ingest.resolve import Resolved
from ingest.rules import alternation, pattern, rule_data
from ingest.structure import Sentence



_C = rule_data("clusters")
_LISTED_FIRMS = pattern("clusters", "listed_firms")
_VERB_AFTER_NAME = re.compile(f"({alternation('clusters', 'verbs_after_name')})")

_COMPANY_SHAPE = re.compile(f"({alternation('clusters', 'company_shape_endings')})$")


def _enterprise_names(b: GraphBuilder, clause: str) -> list[tuple[str, bool]]:
    """Names a cue opens: "A、B等企业" (trusted), or "A、B" up to a verb (checked)."""
    listed = _LISTED_FIRMS.search(clause)
    if listed:
        return [(n, True) for n in split_list(listed.group(1))]
    stop = _VERB_AFTER_NAME.search(clause)
    head = clause[: stop.start()] if stop else clause
    head = head.split(_C["list_closer"])[0]
    names = split_list(head)
    # a single short name followed directly by a verb ("支持奥克特加强…") is a company name
    short_ok = len(names) == 1 and stop is not None and stop.start() == len(head) and 2 <= len(head) <= 5
    return [(n, short_ok) for n in names]


_INDUSTRY_TOPIC = pattern("clusters", "industry_topic")
_YI_CLOSING = pattern("clusters", "yi_cue_closing")


def rule_leading(b: GraphBuilder, sent: Sentence, sdoc: Doc) -> None:
    """Firms a cue word (nlp.py `policy_cues`: 依托/支持/发挥/鼓励/以…为龙头) opens, in a
    cluster's section or an industry's paragraph: IN_CLUSTER {role: leading}."""
    cname = cluster_of_section(sent)
    if not cname and sent.lead:  # a paragraph on one industry: "发展节能环保产业。…以泉林、祥光…等企业为重点"
        topic = _INDUSTRY_TOPIC.match(sent.lead)
        cname = topic.group(1) if topic else None
    if not cname or sent.block != "para":
        return
    cluster = b.resolver.cluster(cname)
    if cluster is None:
        return
    text = sent.text
    for cue in sdoc.spans.get("cues", ()):
        after = cue.end_char
        clause_end = re.search(r"[，。；]", text[after:])
        clause = text[after: after + clause_end.start()] if clause_end else text[after:]
        if cue.label_ == _C["yi_cue"] and not _YI_CLOSING.search(clause):
            continue
        for name, trusted in _enterprise_names(b, clause):
            name = name.strip()
            if not (2 <= len(name) <= 20):
                continue
            if name.endswith(PARK_SUFFIXES):
                pr = b.resolver.park(name, None)
                if pr is not None and pr.label == Label.PARK:
                    pid = b.node(pr, name, sent, "park_cluster")
                    clid = b.node(cluster, cname, sent, "park_cluster")
                    b.edge(RelType.DEVELOPS, pid, clid, sent, "park_cluster", name, pr.resolution)
                continue
            in_lex = b.resolver.lex.lookup(Label.ENTERPRISE, name) is not None
            if not in_lex and (NOT_COMPANY.search(name) or b.resolver.county(name) is not None):
                continue
            if not (trusted or in_lex or _COMPANY_SHAPE.search(name)):
                continue
            er = b.resolver.enterprise(name)
            if er is None:
                continue
            eid = b.node(er, name, sent, "leading")
            clid = b.node(cluster, cname, sent, "leading")
            b.edge(RelType.IN_CLUSTER, eid, clid, sent, "leading", name, er.resolution, props={"role": "leading"})


_SUB_VERB = re.compile(f"^({alternation('clusters', 'subindustry_not_heads')})")

_SUB_TAIL = re.compile(f"({alternation('clusters', 'subindustry_endings')})$")


def rule_subindustry(b: GraphBuilder, sent: Sentence) -> None:
    cname = cluster_of_section(sent)
    if not cname or not sent.lead or sent.start != sent.para_start:
        return
    if not sent.text.startswith(sent.lead + "。") or _SUB_VERB.match(sent.lead) or not _SUB_TAIL.search(sent.lead):
        return
    parent = b.resolver.cluster(cname)
    sub = b.resolver.cluster(sent.lead)
    if parent is None or sub is None or sub.id == parent.id:
        return
    if sub.entry is None or not sub.entry.level:
        sub = Resolved(Label.CLUSTER, sub.name, sub.resolution, None)
    pid = b.node(parent, cname, sent, "subindustry")
    sid = b.node(sub, sent.lead, sent, "subindustry")
    b.nodes[sid].props["level"] = "subindustry"
    b.edge(RelType.HAS_SUBINDUSTRY, pid, sid, sent, "subindustry", sent.lead, sub.resolution)


def section_member(b: GraphBuilder, sent: Sentence, r: Resolved, surface: str) -> None:
    """An enterprise named in a cluster's section without a cue word is still its member."""
    cname = cluster_of_section(sent)
    if not cname or sent.block != "para" or r.label != Label.ENTERPRISE:
        return
    cluster = b.resolver.cluster(cname)
    if cluster is None:
        return
    clid = b.node(cluster, cname, sent, "section_member")
    b.edge(RelType.IN_CLUSTER, r.id, clid, sent, "section_member", surface, r.resolution, props={"role": "member"})
