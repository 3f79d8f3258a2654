"""The notebooks' one way to the data: the REST API.

KG_API_URL set (e.g. http://127.0.0.1:8000): talk to that server over HTTP.
Unset: start the app in this process (FastAPI's TestClient) on the store the
KG_* settings name, by default the embedded FalkorDB of ./var — so a notebook
needs no running server. Either way the notebooks only see /api/v1 JSON.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent


def client() -> httpx.Client:
    url = os.environ.get("KG_API_URL")
    if url:
        return httpx.Client(base_url=url.rstrip("/") + "/api/v1", timeout=120)
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from fastapi.testclient import TestClient

    from api.main import create_app

    c = TestClient(create_app(), base_url="http://kg/api/v1")
    c.__enter__()  # runs the app's lifespan: opens the store (and the embedded server if none runs)
    return c


def get(c: httpx.Client, path: str, **params: Any) -> Any:
    r = c.get(path, params={k: v for k, v in params.items() if v is not None})
    if r.status_code != 200:
        raise RuntimeError(f"GET {path} {params}: {r.status_code} {r.text[:300]}")
    return r.json()


def get_all(c: httpx.Client, path: str, page: int = 500, **params: Any) -> list[dict[str, Any]]:
    """Every item of a paged list (data, total)."""
    items: list[dict[str, Any]] = []
    while True:
        body = get(c, path, limit=page, offset=len(items), **params)
        items += body["data"]
        if not body["data"] or len(items) >= body.get("total", len(items)):
            return items


def use_cjk_font() -> str | None:
    """Point matplotlib at an installed CJK font (Debian: fonts-noto-cjk) so 聊城 is not drawn as boxes."""
    import matplotlib
    from matplotlib import font_manager

    names = sorted({f.name for f in font_manager.fontManager.ttflist
                    if any(k in f.name for k in ("CJK", "Hei", "WenQuanYi", "Source Han", "YaHei"))})
    if names:
        preferred = next((n for n in names if "SC" in n), names[0])
        matplotlib.rcParams["font.sans-serif"] = [preferred, *matplotlib.rcParams["font.sans-serif"]]
        matplotlib.rcParams["axes.unicode_minus"] = False
        return preferred
    return None
