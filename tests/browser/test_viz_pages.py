"""Each /viz page saved to disk and opened as file:// in headless Chromium: it draws, settles, and asks the network for nothing."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page

from browserkit import assert_local

pytestmark = pytest.mark.browser

VIEWS = [("entity", "鲁西集团"), ("cluster", "新材料"), ("county", "阳谷县"), ("graph", "")]


@pytest.mark.parametrize("kind,ref", VIEWS)
def test_saved_page_works_offline(page: Page, live_url: str, artifacts: Path, kind: str, ref: str) -> None:
    r = httpx.get(f"{live_url}/viz/{kind}", params={"ref": ref, "download": "true"} if ref else {"download": "true"}, timeout=60)
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    saved = artifacts / f"viz-{kind}.html"
    saved.write_bytes(r.content)

    url = saved.resolve().as_uri()
    page.goto(url)
    page.wait_for_selector("body[data-settled='1']", timeout=30_000)
    drawn = page.evaluate("network.body.data.nodes.getIds()")
    assert len(drawn) >= 3
    if ref:  # the centre is drawn, under its canonical name
        assert any(page.evaluate("ids => ids.map(id => network.body.data.nodes.get(id).title)", drawn)[i].startswith(ref)
                   for i in range(len(drawn)))
    assert page.evaluate("network.physics.options.enabled") is False, "the layout was not frozen after settling"
    # pyvis fades its progress bar out (over 100 nodes) after stabilising
    page.wait_for_function("!document.getElementById('loadingBar') || "
                           "getComputedStyle(document.getElementById('loadingBar')).display === 'none'", timeout=10_000)
    page.screenshot(path=str(artifacts / f"viz-{kind}.png"))
    assert not page.js_errors, page.js_errors
    # nothing but the file itself: no CDN, not even the app that produced it
    assert_local(page.requested, url)
