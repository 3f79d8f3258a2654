"""Launching Debian's Chromium for Playwright, and the no-network check: shared by tests and bench."""

from __future__ import annotations

import os
from pathlib import Path

from playwright.sync_api import Browser

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
# Schemes that never touch the network.
_INERT = ("data:", "blob:", "about:")


def launch(playwright) -> Browser:
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk (or `make browser`)")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def assert_local(requested: list[str], allowed_prefix: str) -> None:
    """Every request went to `allowed_prefix` (the app, or the saved file) or used an inert scheme."""
    assert requested, "no request was recorded at all: the recorder is broken"
    leaks = [u for u in requested if not u.startswith(allowed_prefix) and not u.startswith(_INERT)]
    assert not leaks, f"requests left {allowed_prefix}: {leaks}"
