"""Pages for people: the explorer (/explore), shareable pyvis pages (/viz/{kind}), the document view
(/documents/{ref}), and the static files they load.

Nothing here is fetched from a CDN: the explorer's graph libraries (sigma.js, graphology, pinned in
package.json) are one committed bundle, api/static/vendor/graph.js (`npm run build:explorer`).
"""

from __future__ import annotations

import html
import json
import re
from enum import Enum
from pathlib import Path
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse, HTMLResponse

from api.deps import ReaderDep
from api.errors import ApiError
from api.resolve import resolve
from api.services.evidence import sentences_for
from api.viz.document import Span, fact_list, render_text
from api.viz.graphdata import ViewGraph, neighbourhood, whole_graph
from api.viz.pyvis_page import render
from api.viz.style import NODE_STYLE, style_table
from api.viz.templating import fill

router = APIRouter(tags=["viz"], include_in_schema=False)

STATIC = Path(__file__).resolve().parent.parent / "static"
VENDOR = {"graph.js": STATIC / "vendor" / "graph.js"}
_FILE_NAME = re.compile(r"^[\w-]+(\.[\w-]+)*$", re.ASCII)
_MEDIA = {".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".html": "text/html"}


class VizKind(str, Enum):
    entity = "entity"
    cluster = "cluster"
    county = "county"
    graph = "graph"


GRAPH_NODES = 200  # the whole graph's best-connected nodes: beyond this, labels no longer fit a screen
VIEW_EDGES = 400
_KIND_TYPE = {VizKind.cluster: "Cluster", VizKind.county: "County", VizKind.entity: ""}
_KIND_TITLE = {VizKind.entity: "{name} 的关系", VizKind.cluster: "{name} 产业集群：企业、项目、园区与县市区",
               VizKind.county: "{name} 概况：项目、企业、园区与产业"}


def _legend() -> str:
    return "".join(f'<span><i style="background:{s["color"]}"></i>{s["zh"]}</span>' for s in NODE_STYLE.values())


@router.get("/vendor/{name}")
def vendor(name: str) -> FileResponse:
    if name not in VENDOR:
        raise ApiError(404, f"no vendored file {name!r}")
    return FileResponse(VENDOR[name], media_type=_MEDIA[Path(name).suffix], headers={"Cache-Control": "max-age=86400"})


@router.get("/static/{name}")
def static(name: str) -> FileResponse:
    if not _FILE_NAME.match(name):  # also keeps NUL out of the path (it made resolve() raise: a 500)
        raise ApiError(404, f"no static file {name!r}")
    path = (STATIC / name).resolve()
    if path.parent != STATIC or not path.is_file() or path.suffix not in _MEDIA:
        raise ApiError(404, f"no static file {name!r}")
    return FileResponse(path, media_type=_MEDIA[path.suffix])


@router.get("/explore", response_class=HTMLResponse)
def explore() -> HTMLResponse:
    """The graph explorer; its scripts read /api/v1/graph/overview, /search, /subgraph, /entities and edge evidence."""
    return HTMLResponse(fill("explore.html", style=html.escape(json.dumps(style_table(), ensure_ascii=False), quote=True)))


@router.get("/viz/{kind}", response_class=HTMLResponse)
def viz_page(kind: VizKind, reader: ReaderDep,
             ref: Annotated[str, Query(max_length=200, description="id, name or alias of the centre (not for graph)")] = "",
             limit: Annotated[int | None, Query(ge=10, le=2000, description="most relationships drawn (for graph: most nodes)")] = None,
             download: Annotated[bool, Query(description="send as an attachment to save")] = False) -> HTMLResponse:
    """A single self-contained HTML file (no network needed) of a fixed view."""
    run = reader.run
    if kind is VizKind.graph:
        view = whole_graph(run, limit_nodes=limit or GRAPH_NODES)
        title = "聊城市新旧动能转换产业图谱（全图）"
        name = "graph"
    else:
        if not ref:
            raise ApiError(422, "ref is required for this view", code="invalid_parameter",
                           details={"fields": [{"field": "ref", "in": "query", "message": "required"}]})
        centre = resolve(reader, ref, _KIND_TYPE[kind] or None)
        view = neighbourhood(run, centre.id, centre.type, kind.value, limit or VIEW_EDGES)
        view.nodes.setdefault(centre.id, centre.model_dump())  # drawn even when it has no relationship
        title = _KIND_TITLE[kind].format(name=centre.name)
        name = centre.name
    note = f"{len(view.nodes)} 个节点，{len(view.edges)} 条关系" + ("（已截断，调大 limit 可显示更多）" if view.truncated else "")
    headers = {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(f'kg-{kind.value}-{name}.html', safe='')}"} if download else {}
    return HTMLResponse(render(view.as_json(sentences_for(reader, view.stored.values())), title, note), headers=headers)


@router.get("/documents/{ref:path}", response_class=HTMLResponse)
def document(ref: str, reader: ReaderDep,
             start: Annotated[int | None, Query(ge=0, description="highlight from this offset")] = None,
             end: Annotated[int | None, Query(ge=0, description="highlight up to this offset")] = None) -> HTMLResponse:
    """The policy text with entities marked by type and facts per sentence; ?start=&end= highlights a span."""
    doc = reader.run("viz_policy", {"id": resolve(reader, ref, "Policy", "document").id})[0]
    text = doc["text"] or ""
    view = ViewGraph()
    for row in reader.run("viz_policy_facts", {"id": doc["id"]}):
        view.add_row(row)
    graph = view.as_json(sentences_for(reader, view.stored.values()))
    highlight = Span(start, end) if start is not None and end is not None else None
    items = []
    for f in fact_list(text, graph):
        facts = "".join(f'<span class="f">{html.escape(line)}</span>' for line in f["facts"])
        items.append(f'<li><a href="?start={f["start"]}&amp;end={f["end"]}#hl">{html.escape(f["sentence"][:60])}…</a>{facts}</li>')
    meta = " · ".join(html.escape(str(doc[k])) for k in ("issuer", "date", "kind", "period") if doc.get(k))
    return HTMLResponse(fill("document.html", title=html.escape(doc["title"] or doc["id"]), meta=meta, legend=_legend(),
                             body=render_text(text, graph, highlight), facts="".join(items), nfacts=str(len(items))))
