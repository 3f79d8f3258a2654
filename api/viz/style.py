"""How each node type and relationship type looks, shared by the explorer and the pyvis pages.

One table, so a 鲁西集团 is the same orange box on every page and the legend
cannot drift from the drawing.
"""

from __future__ import annotations

from graph.model import Label, RelType

# colour, vis-network shape, Chinese name for the legend
NODE_STYLE: dict[str, dict[str, str]] = {
    Label.CLUSTER.value: {"color": "#e15759", "shape": "hexagon", "zh": "产业集群"},
    Label.ENTERPRISE.value: {"color": "#f28e2b", "shape": "box", "zh": "企业"},
    Label.PROJECT.value: {"color": "#4e79a7", "shape": "dot", "zh": "项目"},
    Label.PARK.value: {"color": "#59a14f", "shape": "diamond", "zh": "园区"},
    Label.COUNTY.value: {"color": "#76b7b2", "shape": "triangle", "zh": "县市区"},
    Label.INDICATOR.value: {"color": "#b07aa1", "shape": "star", "zh": "指标"},
    Label.POLICY.value: {"color": "#9c755f", "shape": "square", "zh": "政策文件"},
}
DEFAULT_NODE = {"color": "#bab0ac", "shape": "ellipse", "zh": "实体"}

REL_LABEL: dict[str, str] = {
    RelType.IN_CLUSTER.value: "属于集群",
    RelType.LOCATED_IN.value: "位于",
    RelType.CARRIED_OUT_BY.value: "承担企业",
    RelType.DEVELOPS.value: "发展",
    RelType.UPGRADES.value: "改造提升",
    RelType.HAS_SUBINDUSTRY.value: "细分产业",
    RelType.SETS_TARGET.value: "设定目标",
    RelType.REPORTS.value: "报告数值",
    RelType.MENTIONS.value: "提及",
    RelType.FOLLOWS.value: "承接",
}


# IN_CLUSTER role, shown after the label: planners ask who *leads* a cluster
ROLE_LABEL: dict[str, str] = {"leading": "龙头", "member": "成员", "listed": "专栏"}


def edge_label(rel_type: str, props: dict | None = None) -> str:
    role = (props or {}).get("role")
    return rel_label(rel_type) + (f"·{ROLE_LABEL[role]}" if role in ROLE_LABEL else "")


def node_style(node_type: str) -> dict[str, str]:
    return NODE_STYLE.get(node_type, DEFAULT_NODE)


def rel_label(rel_type: str) -> str:
    return REL_LABEL.get(rel_type, rel_type)


def style_table() -> dict[str, dict]:
    """What the explorer's script needs to draw and label (served inside the page)."""
    return {"nodes": NODE_STYLE, "default": DEFAULT_NODE, "rels": REL_LABEL, "roles": ROLE_LABEL}
