"""The viz pages over HTTP (no browser): self-contained /viz files, the document view's spans, the static files."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from typing import Iterator

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.viz.graphdata import neighbourhood
from api.viz.pyvis_page import short_label
from graph.catalog import get_catalog
from graph.store import GraphStore

PLAN = "policy:001_96019a36a6392bfa"


class _Refs(HTMLParser):
    """Every URL a tag would load (src/href of script, link, img, iframe, …), and the ids and marks seen."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.marks: list[dict[str, str]] = []
        self.hl: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        for key in ("src", "href"):
            if key in a and tag in ("script", "link", "img", "iframe", "source", "embed", "video", "audio"):
                self.urls.append(a[key])
        if tag == "mark":
            self.marks.append(a)
        if a.get("id") == "hl":
            self.hl.append(a)


def _parse(html: str) -> _Refs:
    p = _Refs()
    p.feed(html)
    return p


@pytest.fixture
def client(corpus_store: GraphStore) -> Iterator[TestClient]:
    with TestClient(create_app(store=corpus_store)) as c:
        yield c


@pytest.mark.parametrize("kind,ref", [("entity", "鲁西集团"), ("cluster", "新材料"), ("county", "阳谷县"), ("graph", "")])
def test_viz_page_is_self_contained(client: TestClient, kind: str, ref: str) -> None:
    r = client.get(f"/viz/{kind}", params={"ref": ref} if ref else {})
    assert r.status_code == 200, r.text
    refs = _parse(r.text)
    remote = [u for u in refs.urls if u.lower().startswith(("http:", "https:", "//"))]
    assert not remote, remote
    assert "vis.Network" in r.text and "drawGraph" in r.text  # vis-network inlined and the graph drawn
    assert "cdn.jsdelivr.net" not in r.text and "cdnjs.cloudflare.com" not in r.text


def test_viz_cluster_page_holds_the_clusters_enterprises(client: TestClient) -> None:
    members = client.get("/api/v1/subgraph", params={"center": "cluster:新材料", "depth": 1, "limit": 500}).json()
    enterprises = {n["name"] for n in members["nodes"] if n["type"] == "Enterprise"
                   and any(e["source"] == n["id"] and e["target"] == "cluster:新材料" for e in members["edges"])}
    assert enterprises
    page = client.get("/viz/cluster", params={"ref": "新材料"}).text
    # pyvis writes the node list as ASCII JSON; labels are the shortened names
    missing = [name for name in enterprises if f'"label": {json.dumps(short_label(name))}' not in page]
    assert not missing, missing


def test_viz_unknown_ref_and_missing_ref(client: TestClient) -> None:
    r = client.get("/viz/cluster", params={"ref": "不存在的集群名称"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    assert client.get("/viz/entity").status_code == 422
    assert client.get("/viz/nonsense").status_code == 422


def test_document_view_highlights_the_span(client: TestClient) -> None:
    text = client.get(f"/api/v1/policies/{PLAN}/text").json()["text"]
    start = text.index("发挥鲁西集团技术优势")
    end = text.index("。", start) + 1
    r = client.get(f"/documents/{PLAN}", params={"start": start, "end": end})
    assert r.status_code == 200
    refs = _parse(r.text)
    assert refs.hl == [{**refs.hl[0], "data-start": str(start), "data-end": str(end)}]
    assert not [u for u in refs.urls if u.lower().startswith(("http:", "https:", "//"))]
    # entities marked by type, 鲁西集团 among them, with the document's words left as they are
    luxi = [m for m in refs.marks if m.get("data-id") == "enterprise:鲁西集团"]
    assert luxi and {m["data-type"] for m in refs.marks} >= {"Enterprise", "Cluster"}


def test_document_view_without_span_and_unknown(client: TestClient) -> None:
    r = client.get("/documents/001_96019a36a6392bfa")
    assert r.status_code == 200 and 'id="hl"' not in r.text and "本文抽取的事实" in r.text
    assert client.get("/documents/nope").status_code == 404
    bad = client.get(f"/documents/{PLAN}", params={"start": 10**7, "end": 10**7 + 5})
    assert bad.status_code == 200 and 'id="hl"' not in bad.text  # a span outside the text is ignored


def test_explore_page_and_assets_are_served_locally(client: TestClient) -> None:
    page = client.get("/explore")
    assert page.status_code == 200
    urls = _parse(page.text).urls
    assert "/vendor/graph.js" in urls and not [u for u in urls if u.startswith(("http", "//"))]
    for url in urls:
        if not url.startswith("data:"):
            assert client.get(url).status_code == 200, url
    js = client.get("/vendor/graph.js")
    assert js.headers["content-type"].startswith("text/javascript") and b"KGGraph" in js.content and len(js.content) > 100_000
    assert client.get("/static/../main.py").status_code == 404
    assert client.get("/vendor/other.js").status_code == 404


def test_county_view_stays_in_the_county(corpus_store: GraphStore) -> None:
    """The second ring goes from the county's things to their clusters, not on to the clusters' other members."""
    run = lambda name, params: get_catalog().run(corpus_store, name, params)  # noqa: E731
    county = "county:阳谷县"
    view = neighbourhood(run, county, "County", "county", 400)
    edges = list(view.edges.values())
    located = {e["source"] for e in edges if e["type"] == "LOCATED_IN" and e["target"] == county}
    assert located
    carriers = {e["target"] for e in edges if e["type"] == "CARRIED_OUT_BY" and e["source"] in located}
    for node in view.nodes.values():
        if node["type"] == "Project":
            assert node["id"] in located, node
        if node["type"] == "Enterprise":
            assert node["id"] in located | carriers, node
