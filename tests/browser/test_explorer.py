"""The explorer (/explore) in headless Chromium: overview, search, expand, evidence, document view, export, filters, bound."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page

from browserkit import assert_local

pytestmark = pytest.mark.browser

LUXI = "enterprise:鲁西集团"
XINCAILIAO = "cluster:新材料"


def _open(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-interactive='1']", timeout=15_000)


def _settled(page: Page) -> None:
    page.wait_for_function("window.kg.state.loads === 0 && window.kg.layout.settled", timeout=30_000)


def _drawn(page: Page) -> list[str]:
    return page.evaluate("window.kg.visibleNodes()")


def _drawn_types(page: Page) -> list[str]:
    return page.evaluate("window.kg.visibleNodes().map(id => window.kg.all.nodes.get(id).type)")


def _still(page: Page) -> None:
    """Wait until the camera stops moving and the last changes are drawn (sigma draws on the next frame)."""
    page.wait_for_function("!window.kg.renderer.getCamera().isAnimated()")
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")


def _click_node(page: Page, node_id: str, double: bool = False) -> None:
    """A real mouse click on the node's position on the canvas."""
    _still(page)
    xy = page.evaluate("id => window.kg.canvas.viewportOf(id)", node_id)
    box = page.locator("#graph").bounding_box()
    x, y = box["x"] + xy["x"], box["y"] + xy["y"]
    if double:
        page.mouse.dblclick(x, y)
    else:
        page.mouse.click(x, y)


def _click_edge(page: Page, edge_id: str) -> None:
    """A real mouse click on the middle of an edge, after zooming in on it so that no node covers it."""
    _still(page)
    page.evaluate("""id => new Promise(done => {
        const kg = window.kg, cam = kg.renderer.getCamera(), [s, t] = kg.graph.extremities(id);
        const a = kg.canvas.viewportOf(s), b = kg.canvas.viewportOf(t);
        const da = kg.renderer.getNodeDisplayData(s), db = kg.renderer.getNodeDisplayData(t);
        cam.setState({ x: (da.x + db.x) / 2, y: (da.y + db.y) / 2, ratio: cam.ratio * Math.hypot(a.x - b.x, a.y - b.y) / 400 });
        requestAnimationFrame(() => requestAnimationFrame(done));
    })""", edge_id)
    # The point of the edge farthest from every other drawn edge and node: its middle may lie on another
    # edge of the same node (a county's two DEVELOPS edges) or under a node, and the click would open that.
    mid = page.evaluate("""id => { const kg = window.kg, [s, t] = kg.graph.extremities(id);
        const at = n => kg.canvas.viewportOf(n), a = at(s), b = at(t);
        const dist = (p, u, v) => { const dx = v.x - u.x, dy = v.y - u.y, l = dx * dx + dy * dy || 1;
            const k = Math.max(0, Math.min(1, ((p.x - u.x) * dx + (p.y - u.y) * dy) / l));
            return Math.hypot(p.x - u.x - k * dx, p.y - u.y - k * dy); };
        const others = kg.visibleEdges().filter(e => e !== id).map(e => kg.graph.extremities(e).map(at));
        const nodes = kg.graph.filterNodes(n => n !== s && n !== t && !kg.graph.getNodeAttribute(n, "hidden")).map(at);
        let best = null, clear = -1;
        for (let i = 3; i <= 7; i++) {
            const p = { x: a.x + (b.x - a.x) * i / 10, y: a.y + (b.y - a.y) * i / 10 };
            const d = Math.min(Infinity, ...others.map(([u, v]) => dist(p, u, v)),
                               ...nodes.map(n => Math.hypot(p.x - n.x, p.y - n.y) / 2));  // a node covers more than a line
            if (d > clear) { clear = d; best = p; }
        }
        return best; }""", edge_id)
    box = page.locator("#graph").bounding_box()
    page.mouse.move(box["x"] + mid["x"], box["y"] + mid["y"])
    page.mouse.click(box["x"] + mid["x"], box["y"] + mid["y"])


def _pick_luxi(page: Page, live_url: str) -> None:
    _open(page, f"{live_url}/explore")
    page.locator("#search").press_sequentially("鲁西", delay=40)
    option = page.locator(f"#suggest li[data-id='{LUXI}']")
    option.wait_for(timeout=10_000)
    option.click()
    page.wait_for_function(f"window.kg.graph.order > 1 && window.kg.graph.hasNode('{LUXI}')")
    _settled(page)


def _api(live_url: str, path: str, **params) -> dict:
    r = httpx.get(f"{live_url}/api/v1{path}", params=params, timeout=30)
    r.raise_for_status()
    return r.json()


def _in_cluster(graph: dict, cluster: str, node_type: str) -> set[str]:
    types = {n["id"]: n["type"] for n in graph["nodes"]}
    return {e["source"] for e in graph["edges"]
            if e["type"] == "IN_CLUSTER" and e["target"] == cluster and types.get(e["source"]) == node_type}


def test_search_pick_expand_evidence_document(page: Page, live_url: str, artifacts: Path) -> None:
    _pick_luxi(page, live_url)
    # its clusters are on the canvas: the ones the API states for 鲁西集团
    expected = {e["target"] for e in _api(live_url, "/subgraph", center=LUXI, depth=1, limit=200)["edges"]
                if e["source"] == LUXI and e["type"] == "IN_CLUSTER"}
    assert XINCAILIAO in expected
    drawn = set(_drawn(page))
    assert expected <= drawn, f"clusters of 鲁西集团 not drawn: {expected - drawn}"
    assert page.locator("#panel-title").inner_text() == "鲁西集团"
    page.screenshot(path=str(artifacts / "explore-luxi.png"))

    # click 新材料 on the canvas: its enterprises appear
    _click_node(page, XINCAILIAO)
    page.wait_for_function("window.kg.state.loads === 0")
    _settled(page)
    members = _in_cluster(_api(live_url, "/subgraph", center=XINCAILIAO, depth=1, limit=200), XINCAILIAO, "Enterprise")
    assert len(members) >= 3
    drawn = set(_drawn(page))
    assert members <= drawn, f"enterprises of 新材料 not drawn: {members - drawn}"
    assert page.locator("#panel-title").inner_text() == "新材料"
    page.screenshot(path=str(artifacts / "explore-xincailiao.png"))

    # the 鲁西集团 -IN_CLUSTER-> 新材料 edge, clicked on the canvas: its evidence in the side panel
    edge_id = page.evaluate(f"""window.kg.visibleEdges().find(id => {{ const e = window.kg.all.edges.get(id);
        return e.source === '{LUXI}' && e.type === 'IN_CLUSTER' && e.target === '{XINCAILIAO}'; }})""")
    assert edge_id
    _click_edge(page, edge_id)
    link = page.locator("#evidence a.ev-link").first
    link.wait_for()
    sentence = link.inner_text()
    assert "鲁西" in sentence
    page.screenshot(path=str(artifacts / "explore-evidence.png"))

    with page.context.expect_page() as popup:
        link.click()
    doc = popup.value
    doc.wait_for_selector("body[data-ready='1']")
    hl = doc.locator("#hl")
    assert hl.inner_text() == sentence
    box, view = hl.bounding_box(), doc.viewport_size
    assert box is not None and box["y"] + box["height"] > 0 and box["y"] < view["height"], "the highlighted sentence is not scrolled into view"
    assert doc.locator("#hl mark.ent").count() >= 1, "no entity marked inside the evidence sentence"
    doc.screenshot(path=str(artifacts / "document-highlight.png"))
    assert not page.js_errors, page.js_errors
    assert_local(page.requested, live_url)


def test_export_png_json_graphml(page: Page, live_url: str, artifacts: Path) -> None:
    _pick_luxi(page, live_url)
    with page.expect_download() as dl:
        page.click("#export-png")
    png = artifacts / "export.png"
    dl.value.save_as(png)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 1000

    with page.expect_download() as dl:
        page.click("#export-json")
    view = json.loads(Path(dl.value.path()).read_text(encoding="utf-8"))
    drawn = set(_drawn(page))
    assert {n["id"] for n in view["nodes"]} == drawn
    assert all(e["source"] in drawn and e["target"] in drawn for e in view["edges"]) and view["edges"]

    with page.expect_download() as dl:
        page.click("#export-graphml")
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(dl.value.path()).getroot()
    assert {n.get("id") for n in root.iterfind(".//g:node", ns)} == drawn
    assert len(root.findall(".//g:edge", ns)) == len(view["edges"])
    assert_local(page.requested, live_url)


def test_filters_by_type_cluster_and_policy(page: Page, live_url: str) -> None:
    _pick_luxi(page, live_url)
    types = _drawn_types(page)
    assert "Project" in types and "Cluster" in types
    page.locator("#type-filter input[data-type='Project']").uncheck()
    assert "Project" not in _drawn_types(page)
    page.locator("#type-filter input[data-type='Project']").check()

    page.select_option("#f-cluster", XINCAILIAO)
    kept = set(_drawn(page))
    edges = page.evaluate("[...window.kg.all.edges.values()]")
    near = {XINCAILIAO} | {e["source"] for e in edges if e["target"] == XINCAILIAO} | {e["target"] for e in edges if e["source"] == XINCAILIAO}
    assert kept and kept <= near and LUXI in kept
    page.select_option("#f-cluster", "")

    policies = page.evaluate("[...document.querySelectorAll('#f-policy option')].map(o => o.value).filter(Boolean)")
    assert policies
    page.select_option("#f-policy", policies[0])
    shown = page.evaluate("window.kg.visibleEdges().map(id => window.kg.all.edges.get(id).policy)")
    assert shown and set(shown) == {policies[0]}
    assert_local(page.requested, live_url)


def test_double_click_focuses(page: Page, live_url: str) -> None:
    _pick_luxi(page, live_url)
    _click_node(page, XINCAILIAO)
    page.wait_for_function("window.kg.state.loads === 0")
    _settled(page)
    before = set(_drawn(page))
    _click_node(page, XINCAILIAO, double=True)
    page.wait_for_function(f"window.kg.state.loads === 0 && window.kg.graph.hasNode('{XINCAILIAO}') && window.kg.graph.order > 1")
    _settled(page)
    after = set(_drawn(page))
    edges = page.evaluate("[...window.kg.all.edges.values()]")
    # only the focused node's neighbourhood is left
    assert all(e["source"] == XINCAILIAO or e["target"] == XINCAILIAO or
               {e["source"], e["target"]} <= after for e in edges)
    assert after != before
    assert_local(page.requested, live_url)


def test_node_bound_and_more_control(page: Page, live_url: str, artifacts: Path) -> None:
    total = 2500
    _open(page, f"{live_url}/explore?synthetic={total}")
    _settled(page)
    bound = page.evaluate("window.kg.bound")
    assert page.evaluate("window.kg.graph.order") == bound < total
    more = page.locator("#more")
    assert more.is_visible() and f"还有 {total - bound} 个节点未显示" in more.inner_text()
    page.screenshot(path=str(artifacts / "explore-bound.png"))
    page.click("#more-btn")
    _settled(page)
    assert page.evaluate("window.kg.graph.order") == min(total, 2 * bound)
    page.click("#more-all")
    _settled(page)
    assert page.evaluate("window.kg.graph.order") == total and not more.is_visible()
    assert_local(page.requested, live_url)


def test_keyboard_pick_and_focus_link(page: Page, live_url: str) -> None:
    # a county by its short name (an alias), picked with the keyboard
    county = _api(live_url, "/search", q="阳谷", type="County")["data"][0]
    _open(page, f"{live_url}/explore")
    page.locator("#search").press_sequentially("阳谷", delay=40)
    page.wait_for_selector("#suggest li[data-id]")
    first = page.locator("#suggest li[data-id]").first.get_attribute("data-id")
    page.locator("#search").press("Enter")
    page.wait_for_function("id => window.kg.graph.hasNode(id) && window.kg.graph.order > 1", arg=first)
    assert first in {h["id"] for h in _api(live_url, "/search", q="阳谷", limit=12)["data"]}
    # a link that opens the explorer on one entity
    _open(page, f"{live_url}/explore?focus={county['id']}")
    page.wait_for_function("id => window.kg.graph.hasNode(id) && window.kg.graph.order > 1", arg=county["id"])
    _settled(page)
    assert page.locator("#panel-title").inner_text() == county["name"]
    assert_local(page.requested, live_url)


def test_expansion_cut_by_the_server_can_be_loaded_whole(page: Page, live_url: str) -> None:
    # a document mentions hundreds of entities: more than one click fetches
    doc = max(_api(live_url, "/policies")["data"], key=lambda p: p["relationships"].get("MENTIONS", 0))
    every_type = ["IN_CLUSTER", "CARRIED_OUT_BY", "LOCATED_IN", "DEVELOPS", "UPGRADES", "HAS_SUBINDUSTRY",
                  "SETS_TARGET", "REPORTS", "MENTIONS", "FOLLOWS"]  # what the explorer asks for around a document
    full = _api(live_url, "/subgraph", center=doc["id"], depth=1, limit=2000, types=every_type)
    _open(page, f"{live_url}/explore?focus={doc['id']}&bound=0")
    page.wait_for_function("window.kg.state.loads === 0 && window.kg.graph.order > 1")
    _settled(page)
    loaded = page.evaluate("window.kg.all.nodes.size")
    if full["total"] <= loaded:
        pytest.fail(f"{doc['id']} has only {full['total']} neighbours: no cut to test")
    more = page.locator("#more")
    assert more.is_visible() and "个邻居未载入" in more.inner_text()
    page.click("#more-load")
    page.wait_for_function("n => window.kg.state.loads === 0 && window.kg.all.nodes.size > n", arg=loaded)
    _settled(page)
    assert page.evaluate("window.kg.all.nodes.size") >= full["total"]
    assert not page.locator("#more-load").is_visible()
    assert_local(page.requested, live_url)


RAW_ID = re.compile(r"\b(policy|cluster|enterprise|park|county|project|indicator):")


def test_overview_on_load_then_a_cluster_expands(page: Page, live_url: str, artifacts: Path) -> None:
    overview = _api(live_url, "/graph/overview")
    _open(page, f"{live_url}/explore")
    _settled(page)
    # the first screen is the overview: clusters, counties and zones, documents, and their links
    assert page.evaluate("window.kg.state.view") == "overview"
    assert set(_drawn(page)) == {n["id"] for n in overview["nodes"]}
    assert {"Cluster", "County", "Policy"} <= set(_drawn_types(page))
    assert page.evaluate("window.kg.visibleEdges().length") == overview["count_edges"] > 0
    # clusters sized by their members
    clusters = sorted((n for n in overview["nodes"] if n["type"] == "Cluster"), key=lambda n: n["members"])
    small, big = clusters[0], clusters[-1]
    assert big["members"] > small["members"]
    sizes = page.evaluate("ids => ids.map(id => window.kg.graph.getNodeAttribute(id, 'size'))", [small["id"], big["id"]])
    assert sizes[1] > sizes[0]
    # edge labels only on hover, selection or zoom: none at the overview's zoom
    assert page.evaluate("window.kg.graph.filterEdges(e => window.kg.renderer.getEdgeDisplayData(e).label).length") == 0
    # the toolbar holds one line, long titles cut short with the full title in the tooltip
    assert page.locator("#bar").bounding_box()["height"] < 50
    titles = {p["id"]: p["title"] for p in _api(live_url, "/policies")["data"]}
    offered = page.evaluate("[...document.querySelectorAll('#f-policy option')].map(o => o.value).filter(Boolean)")
    longest = max(offered, key=lambda p: len(titles[p]))
    option = page.locator(f"#f-policy option[value='{longest}']")
    assert option.get_attribute("title") == titles[longest] and len(option.inner_text()) < len(titles[longest])
    page.select_option("#f-policy", longest)
    assert page.locator("#f-policy").get_attribute("title") == titles[longest]
    assert page.locator("#bar").bounding_box()["height"] < 50
    page.select_option("#f-policy", "")
    page.screenshot(path=str(artifacts / "explore-overview.png"))

    # one click opens a cluster: its member enterprises are drawn, its edges labelled
    _click_node(page, XINCAILIAO)
    page.wait_for_function("window.kg.state.loads === 0")
    _settled(page)
    members = _in_cluster(_api(live_url, "/subgraph", center=XINCAILIAO, depth=1, limit=200), XINCAILIAO, "Enterprise")
    assert len(members) >= 3
    drawn = set(_drawn(page))
    assert members <= drawn, f"enterprises of 新材料 not drawn: {members - drawn}"
    assert page.locator("#panel-title").inner_text() == "新材料"
    # a selected hub's edges are labelled once zoomed in on it
    page.evaluate("window.kg.renderer.getCamera().setState({ratio: 0.3})")
    _still(page)
    labelled = page.evaluate(f"window.kg.graph.filterEdges(e => window.kg.renderer.getEdgeDisplayData(e).label && "
                             f"window.kg.graph.extremities(e).includes('{XINCAILIAO}')).length")
    assert labelled > 0
    assert not RAW_ID.search(page.locator("#panel").inner_text()), page.locator("#panel").inner_text()
    page.screenshot(path=str(artifacts / "explore-cluster.png"))
    assert not page.js_errors, page.js_errors
    assert_local(page.requested, live_url)


def test_edge_click_fetches_its_evidence(page: Page, live_url: str, artifacts: Path) -> None:
    _open(page, f"{live_url}/explore")
    _settled(page)
    # a county developing a cluster: overview edges come without their evidence
    edge = page.evaluate("""(() => { const kg = window.kg;
        const id = kg.visibleEdges().find(id => kg.all.edges.get(id).type === 'DEVELOPS');
        return kg.all.edges.get(id); })()""")
    assert edge and not edge.get("evidence")
    before = len(page.requested)
    _click_edge(page, edge["id"])
    mark = page.locator("#evidence mark.ev-sentence").first
    mark.wait_for(timeout=10_000)
    fetched = page.requested[before:]
    assert any("/api/v1/edges/" in u and u.endswith("/evidence") for u in fetched), fetched
    # The edge the click selected: on a loaded machine the layout may still put a sibling edge of the same
    # node (a county's other DEVELOPS edge) nearest the pointer, and the panel then rightly shows that one.
    shown = page.evaluate("window.kg.canvas.ui.selectedEdge")
    shown_edge = page.evaluate("id => window.kg.all.edges.get(id)", shown)
    assert shown_edge["type"] == edge["type"] and edge["source"] in (shown_edge["source"], shown_edge["target"]), shown_edge
    # the sentence shown is one the API states for the selected edge, the two ends' names marked in it
    stated = {e["id"]: e for e in _api(live_url, "/subgraph", center=edge["source"], depth=1, limit=2000, evidence="full",
                                        types=[edge["type"]])["edges"]}
    sentences = {ev["sentence"] for ev in stated[shown]["evidence"]}
    assert mark.inner_text() in sentences
    assert page.locator("#evidence mark.ev-sentence b").count() >= 1
    panel = page.locator("#panel").inner_text()
    assert not RAW_ID.search(panel), panel
    page.screenshot(path=str(artifacts / "explore-edge-evidence.png"))
    assert not page.js_errors, page.js_errors
    assert_local(page.requested, live_url)
