"""Whether a name may be an industry, and whether a place is above a county (shared tests of names).

    industry_name       no clause inside, no generic word (优势产业), 2 to 14 characters without its ending
    industry_item       an industry_name that is no generic word and no place: a name a rule may make a new industry
    node_above_county   a prefecture, province or region (by its node's kind or the gazetteer): it develops no list here
                        (prose's above_county asks the found place's kind only)
    known_industry      锂电 (in 以A为龙头的锂电企业) where the document names it an industry: a cluster node of the document,
                        an official name (data/industries), or a name the text writes as X产业/X产业链 elsewhere

Reads: a name, the document's nodes and text, the gazetteer, data/industries. Writes: known_industry makes the cluster
node of a name the document vouches for; the others nothing. Patterns: prose.yaml `place_industry`.
"""

from __future__ import annotations

import re

from graph.model import Label, NodeRecord
from ingest.extract.builder import GraphBuilder
from ingest.extract.industries.shared import place_patterns
from ingest.extract.industry_vocabulary import in_vocabulary
from ingest.extract.names import is_place_word
from ingest.extract.prose import ABOVE_COUNTY, Found, NOT_INDUSTRY_NAMES, generic_industry
from ingest.gazetteer import default_gazetteer
from ingest.resolve import Resolved
from ingest.structure import Sentence


def node_above_county(node: NodeRecord) -> bool:
    """A prefecture, province or region (by its node's kind, or a gazetteer name of no county): no zone or county."""
    if node.props.get("kind") in ABOVE_COUNTY:
        return True
    units = default_gazetteer().full.get(node.name, ())
    return bool(units) and all(u.level != "county" for u in units)


def industry_name(name: str, joined: bool = False) -> bool:
    """A name an industry may have: no clause inside, no generic word (优势产业); `joined`: a name read whole may
    join two industries (新能源及装备制造业)."""
    P = place_patterns()
    core = P["industry_ending"].sub("", name)
    inside = P["name_joiners"].sub("", core) if joined else core
    return 2 <= len(core) <= 14 and core not in NOT_INDUSTRY_NAMES and not P["not_in_name"].search(inside)


def industry_item(name: str, core: str | None = None) -> bool:
    """A name a rule may make a new industry: an industry's name (`industry_name`), no generic word (checked on
    `core`, the name without its ending, where the rule gives one) and no place."""
    return industry_name(name) and not generic_industry(name if core is None else core) and not is_place_word(name)


def known_industry(b: GraphBuilder, sent: Sentence, name: str, at: int) -> Found | None:
    """The industry `name` (written at sent.text[at:]) where the document names it as one: a cluster node of this
    document, an official name (data/industries), or a name the text writes as an industry elsewhere (锂电产业,
    锂电全产业链); else None (a kind of firm, 骨干企业, names none)."""
    r = b.resolver.cluster(name, create=False)
    if not document_cluster(b, r) and not in_vocabulary(name) and not named_as_industry(b, name):
        return None
    r = r or b.resolver.cluster(name)
    return Found(at, at + len(name), Label.CLUSTER, b.node(r, name, sent, "cluster_of_firms"), name) if r else None


def document_cluster(b: GraphBuilder, r: Resolved | None) -> bool:
    """Whether a resolved cluster is a cluster node this document already made."""
    return r is not None and r.id in b.nodes and b.nodes[r.id].label == Label.CLUSTER


def named_as_industry(b: GraphBuilder, name: str) -> bool:
    """Whether the document writes `name` as an industry somewhere (锂电产业, 锂电全产业链: prose.yaml
    industry_named_after), so a kind of firm named by it (锂电企业) names that industry."""
    return re.search(re.escape(name) + place_patterns()["industry_named_after"].pattern, b.doc.text) is not None
