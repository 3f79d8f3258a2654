"""The explorer (/explore) in headless Chromium: search, expand, evidence, document view, export, filters, bound."""

from __future__ import annotations

import json
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
    page.wait_for_function("window.kg.state.loads === 0 && window.kg.state.settled", timeout=30_000)


def _drawn(page: Page) -> list[str]:
    return page.evaluate("window.kg.nodeView.getIds()")


def _click_node(page: Page, node_id: str, double: bool = False) -> None:
    """A real mouse click on the node's position on the canvas."""
    xy = page.evaluate("id => window.kg.network.canvasToDOM(window.kg.network.getPositions([id])[id])", node_id)
    box = page.locator("#graph canvas").bounding_box()
    x, y = box["x"] + xy["x"], box["y"] + xy["y"]
    if double:
        page.mouse.dblclick(x, y)
    else:
        page.mouse.click(x, y)


def _pick_luxi(page: Page, live_url: str) -> None:
    _open(page, f"{live_url}/explore")
    page.locator("#search").press_sequentially("鲁西", delay=40)
    option = page.locator(f"#suggest li[data-id='{LUXI}']")
    option.wait_for(timeout=10_000)
    option.click()
    page.wait_for_function(f"window.kg.nodes.length > 1 && window.kg.nodes.get('{LUXI}')")
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

    # the 鲁西集团 -IN_CLUSTER-> 新材料 edge: its evidence in the side panel. vis-network draws edges on a
    # canvas with no DOM, and nodes crowd the midpoint, so the click is delivered through vis's own emitter.
    edge_id = page.evaluate(f"window.kg.edgeView.getIds().find(id => {{ const e = window.kg.all.edges.get(id); "
                            f"return e.source === '{LUXI}' && e.type === 'IN_CLUSTER' && e.target === '{XINCAILIAO}'; }})")
    assert edge_id
    # the subgraph carries only evidence counts: the click fetches /api/v1/edges/{id}/evidence
    with page.expect_response(lambda r: "/api/v1/edges/" in r.url and r.url.endswith("/evidence")):
        page.evaluate("id => window.kg.network.body.emitter.emit('click', {nodes: [], edges: [id]})", edge_id)
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
    types = page.evaluate("window.kg.nodeView.get().map(n => n.kgType)")
    assert "Project" in types and "Cluster" in types
    page.locator("#type-filter input[data-type='Project']").uncheck()
    assert "Project" not in page.evaluate("window.kg.nodeView.get().map(n => n.kgType)")
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
    shown = page.evaluate("window.kg.edgeView.get().map(e => e.kgPolicy)")
    assert shown and set(shown) == {policies[0]}
    assert_local(page.requested, live_url)


def test_double_click_focuses(page: Page, live_url: str) -> None:
    _pick_luxi(page, live_url)
    _click_node(page, XINCAILIAO)
    page.wait_for_function("window.kg.state.loads === 0")
    _settled(page)
    before = set(_drawn(page))
    _click_node(page, XINCAILIAO, double=True)
    page.wait_for_function(f"window.kg.state.loads === 0 && window.kg.nodes.get('{XINCAILIAO}') && window.kg.nodes.length > 1")
    _settled(page)
    after = set(_drawn(page))
    edges = page.evaluate("[...window.kg.all.edges.values()]")
    # only the focused node's neighbourhood is left
    assert all(e["source"] == XINCAILIAO or e["target"] == XINCAILIAO or
               {e["source"], e["target"]} <= after for e in edges)
    assert after != before
    assert_local(page.requested, live_url)


def test_node_bound_and_more_control(page: Page, live_url: str, artifacts: Path) -> None:
    _open(page, f"{live_url}/explore?synthetic=1000")
    _settled(page)
    bound = page.evaluate("window.kg.bound")
    assert page.evaluate("window.kg.nodes.length") == bound < 1000
    more = page.locator("#more")
    assert more.is_visible() and f"还有 {1000 - bound} 个节点未显示" in more.inner_text()
    page.screenshot(path=str(artifacts / "explore-bound.png"))
    page.click("#more-btn")
    _settled(page)
    assert page.evaluate("window.kg.nodes.length") == min(1000, 2 * bound)
    page.click("#more-all")
    _settled(page)
    assert page.evaluate("window.kg.nodes.length") == 1000 and not more.is_visible()
    assert_local(page.requested, live_url)


def test_keyboard_pick_and_focus_link(page: Page, live_url: str) -> None:
    # a county by its short name (an alias), picked with the keyboard
    county = _api(live_url, "/search", q="阳谷", type="County")["data"][0]
    _open(page, f"{live_url}/explore")
    page.locator("#search").press_sequentially("阳谷", delay=40)
    page.wait_for_selector("#suggest li[data-id]")
    first = page.locator("#suggest li[data-id]").first.get_attribute("data-id")
    page.locator("#search").press("Enter")
    page.wait_for_function("id => window.kg.nodes.get(id) && window.kg.nodes.length > 1", arg=first)
    assert first in {h["id"] for h in _api(live_url, "/search", q="阳谷", limit=12)["data"]}
    # a link that opens the explorer on one entity
    _open(page, f"{live_url}/explore?focus={county['id']}")
    page.wait_for_function("id => window.kg.nodes.get(id) && window.kg.nodes.length > 1", arg=county["id"])
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
    page.wait_for_function("window.kg.state.loads === 0 && window.kg.nodes.length > 1")
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
