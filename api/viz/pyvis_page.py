"""Shareable single-file HTML views drawn with pyvis, with every asset inlined.

pyvis 0.3.2 still links Bootstrap from cdn.jsdelivr.net in every mode, and its
`local`/`remote` modes link vis-network from cdnjs (pyvis issues #228, #229).
We render with cdn_resources="in_line" (vis-network and its CSS inlined from
the package) and then drop every remaining remote <link>/<script src>: the page
uses none of Bootstrap beyond two class names, styled below. `remote_refs`
is the check the tests run on the saved file.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from pyvis.network import Network

from api.viz.style import NODE_STYLE, edge_label, node_style, rel_label

_REMOTE_TAG = re.compile(
    r"<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//[^>]*>"
    r"|<script\b[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//[^>]*>\s*</script>",
    re.IGNORECASE | re.DOTALL,
)
_REMOTE_ATTR = re.compile(r"<(?:script|link|img|iframe|source|embed)\b[^>]*\b(?:src|href)\s*=\s*[\"']?((?:https?:)?//[^\"'\s>]+)",
                          re.IGNORECASE)

_PAGE_CSS = """
body { margin: 0; font-family: "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif; }
.card { border: 0; }
.kg-head { padding: 8px 14px; border-bottom: 1px solid #ddd; }
.kg-head h1 { font-size: 18px; margin: 0 0 4px 0; }
.kg-legend span { display: inline-block; margin-right: 12px; font-size: 13px; }
.kg-legend i { display: inline-block; width: 11px; height: 11px; margin-right: 4px; border-radius: 2px; vertical-align: -1px; }
.kg-note { font-size: 12px; color: #666; }
"""

# Settle the layout once, then freeze it: a shared page must not keep moving.
_FREEZE = """
<script type="text/javascript">
  // the first stabilisation may already have run inside drawGraph(), so also take "stabilized" or a deadline
  (function () {
    var done = false;
    function freeze() {
      if (done) return;
      done = true;
      network.setOptions({physics: false});
      document.body.setAttribute("data-settled", "1");
    }
    network.once("stabilizationIterationsDone", freeze);
    network.once("stabilized", freeze);
    setTimeout(freeze, 3000);
  })();
</script>
"""

_OPTIONS = {
    "physics": {"solver": "forceAtlas2Based", "stabilization": {"enabled": True, "iterations": 300, "fit": True},
                "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120, "avoidOverlap": 0.4}},
    "layout": {"improvedLayout": True},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "font": {"size": 11, "align": "middle"},
              "color": {"color": "#999", "highlight": "#333"}, "smooth": {"type": "continuous"}},
    # size and label grow with degree, so the hubs stay readable when the whole graph is zoomed out
    "nodes": {"font": {"size": 14}, "scaling": {"min": 10, "max": 40, "label": {"enabled": True, "min": 14, "max": 40, "drawThreshold": 5}}},
    "interaction": {"hover": True, "navigationButtons": False},
}


def short_label(name: str, width: int = 14) -> str:
    """Project names run to 40 characters; the full name is in the tooltip."""
    return name if len(name) <= width else name[:width - 1] + "…"


def _tooltip(node: dict[str, Any]) -> str:
    lines = [f"{node['name']} · {node_style(node['type'])['zh']}", node["id"]]
    if node.get("aliases"):
        lines.append("别名: " + "、".join(node["aliases"][:8]))
    return "\n".join(lines)


def _edge_tooltip(edge: dict[str, Any]) -> str:
    lines = [f"{rel_label(edge['type'])} ({edge['type']})", f"来源: {edge.get('policy') or ''}"]
    lines += [f"{k}: {v}" for k, v in (edge.get("props") or {}).items()]
    lines += [f"“{ev['sentence'][:80]}”" for ev in edge.get("evidence", [])[:2] if ev.get("sentence")]
    return "\n".join(lines)


def render(graph: dict[str, Any], title: str, note: str = "") -> str:
    """A complete HTML page with no network reference left, for a graph in the subgraph shape."""
    net = Network(height="calc(100vh - 90px)", width="100%", directed=True, cdn_resources="in_line", heading="")
    degree: dict[str, int] = {n["id"]: 0 for n in graph["nodes"]}
    for e in graph["edges"]:
        degree[e["source"]] = degree.get(e["source"], 0) + 1
        degree[e["target"]] = degree.get(e["target"], 0) + 1
    for node in graph["nodes"]:
        st = node_style(node["type"])
        # no `group`: vis-network's group palette would override our colours
        net.add_node(node["id"], label=short_label(node["name"]), title=_tooltip(node), color=st["color"],
                     shape=st["shape"], value=1 + degree.get(node["id"], 0))
    for edge in graph["edges"]:
        leading = (edge.get("props") or {}).get("role") == "leading"
        net.add_edge(edge["source"], edge["target"], label=edge_label(edge["type"], edge.get("props")),
                     title=_edge_tooltip(edge), width=3 if leading else 1)
    net.set_options(json.dumps(_OPTIONS))
    page = net.generate_html(notebook=False)
    page = _REMOTE_TAG.sub("", page)
    page = page.replace("<center>\n<h1></h1>\n</center>", "").replace("<center>\n          <h1></h1>\n        </center>", "")
    head = ('<div class="kg-head"><h1>' + html.escape(title) + '</h1><div class="kg-legend">'
            + "".join(f'<span><i style="background:{s["color"]}"></i>{s["zh"]}</span>' for s in NODE_STYLE.values())
            + "</div>" + (f'<div class="kg-note">{html.escape(note)}</div>' if note else "") + "</div>")
    page = page.replace("<head>", '<head>\n<meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">'
                        f"<title>{html.escape(title)}</title><style>{_PAGE_CSS}</style>", 1)
    page = page.replace("<body>", "<body>\n" + head, 1)
    page = page.replace("</body>", _FREEZE + "</body>", 1)
    leftover = remote_refs(page)
    if leftover:  # a pyvis upgrade that adds a new remote asset must fail loudly, not leak
        raise RuntimeError(f"pyvis page still references remote assets: {leftover}")
    return page


def remote_refs(page: str) -> list[str]:
    """Every http(s) or protocol-relative URL a tag in the page would fetch."""
    return _REMOTE_ATTR.findall(page)
