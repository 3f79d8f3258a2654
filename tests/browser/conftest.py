"""Headless Chromium (Debian's /usr/bin/chromium, driven by Python Playwright) against the real app,
served by uvicorn on 127.0.0.1 over the corpus ingested through the real pipeline.

Every page records its requests; `assert_local` fails a test on any request that
leaves the app (or, for a saved file, the file itself).
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Iterator

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright

from api.main import create_app
from browserkit import ARTIFACTS, launch
from graph.store import GraphStore


@pytest.fixture(scope="session")
def live_url(falkordb_corpus: GraphStore) -> Iterator[str]:
    """The real app on a free 127.0.0.1 port, in a thread of this process."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store=falkordb_corpus), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page (1400×900, downloads on) whose every request URL is kept in page.requested."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    requested: list[str] = []
    context.on("request", lambda r: requested.append(r.url))  # popups too
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.requested = requested  # type: ignore[attr-defined]
    pg.js_errors = errors  # type: ignore[attr-defined]
    yield pg
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
