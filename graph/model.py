"""The graph's vocabulary and the contract between extraction and the store.

Labels and relationship types are an allow-list: nothing outside these sets is
ever written into Cypher text. Ingestion produces a `DocumentGraph`; the writer
turns it into batched UNWIND/MERGE rows. See docs/DATA_MODEL.md.
"""

from __future__ import annotations

import enum
import sys
from enum import Enum
from typing import Union

from pydantic import BaseModel, ConfigDict, Field


# Python 3.11's EnumType defines __getattr__ (Python 3.12 has none): with it, every read of a class attribute
# (Label.PROJECT, RelType.MENTIONS) calls type.__getattribute__ through a Python-level hook, three times the cost of a
# plain class's attribute; extraction reads them about 120 thousand times per corpus pass (2 per cent of its
# instructions: callgrind 3.249 -> 3.184 billion on the corpus, spd21). Every member stands in its class's dict since
# 3.11 (a member named like a property through a redirect that reads _member_map_), so the hook only ever answered a
# missing name, with the AttributeError type raises itself.
if sys.version_info < (3, 12) and "__getattr__" in vars(enum.EnumType):
    del enum.EnumType.__getattr__


class Label(str, Enum):
    POLICY = "Policy"
    CLUSTER = "Cluster"
    ENTERPRISE = "Enterprise"
    PARK = "Park"
    COUNTY = "County"
    PROJECT = "Project"
    INDICATOR = "Indicator"


class RelType(str, Enum):
    IN_CLUSTER = "IN_CLUSTER"          # (Enterprise|Project)->Cluster, props: role
    CARRIED_OUT_BY = "CARRIED_OUT_BY"  # Project->Enterprise
    LOCATED_IN = "LOCATED_IN"          # (Project|Enterprise|Park)->(County|Park)
    DEVELOPS = "DEVELOPS"              # (County|Park)->Cluster
    UPGRADES = "UPGRADES"              # (County|Park)->Cluster
    HAS_SUBINDUSTRY = "HAS_SUBINDUSTRY"  # Cluster->Cluster
    SETS_TARGET = "SETS_TARGET"        # Policy->Indicator, props: year, value, unit, comparator
    REPORTS = "REPORTS"                # Policy->Indicator, props: period, year, value, unit
    MENTIONS = "MENTIONS"              # Policy->any entity
    FOLLOWS = "FOLLOWS"                # later Policy->earlier Policy


LABELS: frozenset[str] = frozenset(m.value for m in Label)
REL_TYPES: frozenset[str] = frozenset(m.value for m in RelType)

# Stable id prefixes: id = f"{prefix}:{canonical name}" (Policy: f"policy:{doc key}").
ID_PREFIX: dict[Label, str] = {
    Label.POLICY: "policy",
    Label.CLUSTER: "cluster",
    Label.ENTERPRISE: "enterprise",
    Label.PARK: "park",
    Label.COUNTY: "county",
    Label.PROJECT: "project",
    Label.INDICATOR: "indicator",
}

Scalar = Union[str, int, float, bool, None]
PropValue = Union[Scalar, list[str], list[int], list[float]]

# Evidence is stored in two parts (see docs/DATA_MODEL.md, "Evidence"):
# - each sentence once, as a Sentence node {id, policy, start, end, section, text};
# - on each edge, parallel list properties, one entry per sentence stating it: the
#   sentence's id (ev_sid) and what is particular to this edge there (ev_rule, ev_surface,
#   ev_resolution, ev_confidence). Neo4j and FalkorDB properties cannot hold maps or lists of maps.
SENTENCE_FIELDS: tuple[str, ...] = ("section", "sentence", "start", "end")
EDGE_EVIDENCE_FIELDS: tuple[str, ...] = ("rule", "surface", "resolution", "confidence")
EVIDENCE_PROPS: dict[str, str] = {"sid": "ev_sid", **{f: f"ev_{f}" for f in EDGE_EVIDENCE_FIELDS}}


def sentence_id(policy: str, start: int, end: int) -> str:
    """A sentence's id: its document and its offsets in the document's text."""
    return f"{policy}@{start}-{end}"


def make_id(label: Label | str, name: str) -> str:
    """Our stable id for a node: the type prefix and the canonical name."""
    return f"{ID_PREFIX[Label(label)]}:{name}"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Strict):
    """Where a fact came from: one sentence of one document."""

    section: str = ""         # e.g. "第五章 > 第一节 新材料产业集群 > 专栏1"
    sentence: str             # the sentence text as in Policy.text[start:end]
    start: int                # character offsets into the cleaned Policy.text
    end: int
    rule: str                 # the extraction rule(s) that found the fact here, "+"-joined when several did
    surface: str = ""         # the text form found (e.g. 鲁西化工)
    resolution: str = ""      # how the surface became the canonical node, e.g. "alias:lexicon"
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)  # the rule's confidence (data/rules/confidence.yaml)


class NodeRecord(_Strict):
    id: str
    label: Label
    name: str
    aliases: list[str] = Field(default_factory=list)
    props: dict[str, PropValue] = Field(default_factory=dict)


class EdgeRecord(_Strict):
    type: RelType
    source: str               # node id
    target: str               # node id
    key: str = ""             # discriminator for several edges of one type per pair and policy (e.g. target year)
    props: dict[str, PropValue] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(default_factory=list)


class DocumentGraph(_Strict):
    """Everything one document contributes. The policy node carries the text."""

    policy: NodeRecord
    nodes: list[NodeRecord] = Field(default_factory=list)
    edges: list[EdgeRecord] = Field(default_factory=list)
