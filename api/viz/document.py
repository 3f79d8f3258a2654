"""The document view: a policy's text with recognised entities marked by type (displaCy's
"ent" style) and, per sentence, the facts drawn from it; one span can be highlighted.

Offsets are into Policy.text, the same text the evidence points into, and the
text is rendered with white-space: pre-wrap, so no offset is ever re-counted.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from api.viz.style import node_style, rel_label


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def sentence_facts(edges: list[dict[str, Any]], nodes: dict[str, dict[str, Any]]) -> dict[Span, list[str]]:
    """Each evidence sentence and the facts (as short Chinese lines) it states."""
    out: dict[Span, list[str]] = {}
    for e in edges:
        # the document itself is "本文"; a mention is just the thing mentioned
        src = "本文" if nodes[e["source"]]["type"] == "Policy" else nodes[e["source"]]["name"]
        if e["type"] == "MENTIONS":
            line = f"提及 {nodes[e['target']]['name']}"
        else:
            line = f"{src} —{rel_label(e['type'])}→ {nodes[e['target']]['name']}"
        extra = [f"{k}={v}" for k, v in e["props"].items() if v not in (None, "")]
        if extra:
            line += f" ({', '.join(extra)})"
        for ev in e["evidence"]:
            if isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int) and ev["end"] > ev["start"]:
                facts = out.setdefault(Span(ev["start"], ev["end"]), [])
                if line not in facts:
                    facts.append(line)
    return out


def _entity_pattern(nodes: dict[str, dict[str, Any]], edges: list[dict[str, Any]]) -> tuple[re.Pattern | None, dict[str, dict]]:
    """One alternation of every name, alias and evidence surface, longest first (leftmost-longest marks)."""
    by_form: dict[str, dict[str, Any]] = {}
    for node in nodes.values():
        if node["type"] == "Policy":
            continue
        for form in [node["name"], *node.get("aliases", [])]:
            if len(form) >= 2:
                by_form.setdefault(form, node)
    for e in edges:
        for ev in e["evidence"]:
            surface = ev.get("surface") or ""
            for end in (e["source"], e["target"]):
                node = nodes[end]
                if node["type"] != "Policy" and len(surface) >= 2 and surface not in by_form and (
                        surface in node["name"] or node["name"] in surface or surface in node.get("aliases", [])):
                    by_form[surface] = node
    if not by_form:
        return None, by_form
    forms = sorted(by_form, key=len, reverse=True)
    return re.compile("|".join(re.escape(f) for f in forms)), by_form


def _marked(text: str, pattern: re.Pattern | None, by_form: dict[str, dict]) -> str:
    if pattern is None:
        return html.escape(text)
    out, pos = [], 0
    for m in pattern.finditer(text):
        node = by_form[m.group(0)]
        st = node_style(node["type"])
        out.append(html.escape(text[pos:m.start()]))
        # the type name is drawn by CSS (::after) from data-label, so the text itself stays the document's text
        out.append(f'<mark class="ent" data-id="{html.escape(node["id"])}" data-type="{node["type"]}" data-label="{st["zh"]}" '
                   f'style="--c:{st["color"]}" title="{html.escape(node["id"])}">{html.escape(m.group(0))}</mark>')
        pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _outer_spans(facts: dict[Span, list[str]], highlight: Span | None, n: int) -> list[tuple[Span, list[str], bool]]:
    """Non-overlapping sentence spans, in order; the highlight wins over the sentences it overlaps."""
    spans: list[tuple[Span, list[str], bool]] = []
    if highlight is not None:
        hl_facts = [f for s, fs in facts.items() if s.start < highlight.end and highlight.start < s.end for f in fs]
        spans.append((highlight, list(dict.fromkeys(hl_facts)), True))
    for span in sorted(facts, key=lambda s: (s.start, -s.end)):
        if span.end > n or any(span.start < o.end and o.start < span.end for o, _, _ in spans):
            continue
        spans.append((span, facts[span], False))
    return sorted(spans, key=lambda t: t[0].start)


def render_text(text: str, graph: dict[str, Any], highlight: Span | None = None) -> str:
    """The body of the document view: marked entities, fact sentences, the highlighted span (id="hl")."""
    nodes = {n["id"]: n for n in graph["nodes"]}
    edges = graph["edges"]
    facts = sentence_facts(edges, nodes)
    pattern, by_form = _entity_pattern(nodes, edges)
    if highlight is not None and not (0 <= highlight.start < highlight.end <= len(text)):
        highlight = None
    out, pos = [], 0
    for span, lines, is_hl in _outer_spans(facts, highlight, len(text)):
        out.append(_marked(text[pos:span.start], pattern, by_form))
        attrs = f'class="sent{" hl" if is_hl else ""}{" fact" if lines else ""}" data-start="{span.start}" data-end="{span.end}"'
        attrs += ' id="hl"' if is_hl else f' id="s-{span.start}-{span.end}"'
        if lines:
            attrs += f' title="{html.escape(chr(10).join(lines))}"'
        badge = f'<sup class="nfacts">{len(lines)}</sup>' if lines else ""
        out.append(f"<span {attrs}>{_marked(text[span.start:span.end], pattern, by_form)}</span>{badge}")
        pos = span.end
    out.append(_marked(text[pos:], pattern, by_form))
    return "".join(out)


def fact_list(text: str, graph: dict[str, Any]) -> list[dict[str, Any]]:
    """The facts by sentence, in text order, for the side list."""
    nodes = {n["id"]: n for n in graph["nodes"]}
    facts = sentence_facts(graph["edges"], nodes)
    return [{"start": s.start, "end": s.end, "sentence": text[s.start:s.end], "facts": lines}
            for s, lines in sorted(facts.items(), key=lambda kv: kv[0].start)]
