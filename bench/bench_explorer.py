"""How fast /explore becomes interactive and its layout settles, at 100, 500 and 2,000 nodes, in headless Chromium.

Synthetic graphs (`/explore?synthetic=N`, generated in the page) so the sizes are exact; each size is
measured with every node drawn (`bound=0`) and with the explorer's default bound (300 drawn, the rest
behind "N more not shown"). Fluidity: the time to draw one frame (vis-network's redraw), i.e. what every pan/zoom step costs.
Writes bench/results/explorer.json and explorer.md. Run: .venv/bin/python bench/bench_explorer.py
"""

from __future__ import annotations

import json
import os
import platform
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "browser")]

from api.main import create_app  # noqa: E402
from browserkit import launch  # noqa: E402
from graph.settings import GraphSettings  # noqa: E402
from graph.store import open_store  # noqa: E402

SIZES = [100, 500, 2000]
REPEATS = 3
FLUID_FRAME_MS = 33  # a frame slower than this (under 30 fps) makes panning and zooming stutter
RESULTS = ROOT / "bench" / "results"

# The cost of one frame (what panning and zooming pay per frame): vis-network's own synchronous redraw, averaged.
_FRAME_MS = """() => {
  const r = window.kg.network.renderer;
  r._redraw(false);
  const t0 = performance.now();
  for (let i = 0; i < 10; i++) r._redraw(false);
  return (performance.now() - t0) / 10;
}"""


def serve(store) -> tuple[uvicorn.Server, str]:
    # /explore, /static and /vendor never touch the store; the synthetic graph lives in the page
    app = create_app(store=store)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{sock.getsockname()[1]}"


def measure(browser, base: str, n: int, bound: int | None) -> dict:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    url = f"{base}/explore?synthetic={n}" + ("" if bound is None else f"&bound={bound}")
    page.goto(url)
    page.wait_for_selector("body[data-interactive='1']", timeout=120_000)
    interactive = page.evaluate("performance.now()")
    page.wait_for_function("window.kg.state.settled", timeout=300_000, polling=50)
    settled = page.evaluate("performance.now()")
    row = {
        "interactive_ms": round(interactive),
        "settled_ms": round(settled),
        "layout_ms": round(page.evaluate("window.kg.state.settleMs")),
        "drawn": page.evaluate("window.kg.nodes.length"),
        "edges_drawn": page.evaluate("window.kg.edges.length"),
        "frame_ms": round(page.evaluate(_FRAME_MS), 1),
    }
    context.close()
    return row


def main() -> int:
    runs: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="kgbx") as tmp, sync_playwright() as p:
        # opened (and closed below) on this thread, so its embedded server stops with the benchmark
        store = open_store(GraphSettings(graph_uri=None, data_dir=Path(tmp), graph_name="bench"))
        server, base = serve(store)
        browser = launch(p)
        try:
            for n in SIZES:
                for bound in (0, None):
                    samples = [measure(browser, base, n, bound) for _ in range(REPEATS)]
                    med = {k: statistics.median(s[k] for s in samples) for k in samples[0]}
                    row = {"nodes": n, "bound": "none" if bound == 0 else "default (300)", **med, "repeats": REPEATS}
                    runs.append(row)
                    print(json.dumps(row, ensure_ascii=False), flush=True)
        finally:
            browser.close()
            server.should_exit = True
            store.close()
    RESULTS.mkdir(parents=True, exist_ok=True)
    meta = {"machine": f"{platform.machine()}, {platform.processor() or ''} python {platform.python_version()}",
            "browser": "Debian chromium, headless, --disable-gpu (software rendering)", "fluid_frame_ms": FLUID_FRAME_MS,
            "load_average": [round(x, 2) for x in os.getloadavg()], "cpus": os.cpu_count(),
            "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    fluid = [r["nodes"] for r in runs if r["bound"] == "none" and r["frame_ms"] <= FLUID_FRAME_MS]
    meta["fluid_up_to_nodes_unbounded"] = max(fluid) if fluid else None
    (RESULTS / "explorer.json").write_text(json.dumps({"meta": meta, "runs": runs}, ensure_ascii=False, indent=2) + "\n")
    lines = ["# Explorer benchmark (/explore in headless Chromium)", "",
             f"{meta['browser']}; {meta['date']}; median of {REPEATS} runs. Times from navigation start.", "",
             f"Load average {meta['load_average']} on {meta['cpus']} CPUs (a shared machine: times are noisy).", "",
             "| nodes loaded | bound | drawn | edges drawn | interactive (ms) | settled (ms) | layout (ms) | frame (ms) |",
             "|---:|---|---:|---:|---:|---:|---:|---:|"]
    lines += [f"| {r['nodes']} | {r['bound']} | {r['drawn']:.0f} | {r['edges_drawn']:.0f} | {r['interactive_ms']:.0f} | "
              f"{r['settled_ms']:.0f} | {r['layout_ms']:.0f} | {r['frame_ms']} |" for r in runs]
    lines += ["", f"Fluid (a frame in ≤ {FLUID_FRAME_MS} ms) with every node drawn up to: "
              f"{meta['fluid_up_to_nodes_unbounded'] or 'none of the sizes'} nodes. Beyond the bound (300 nodes), "
              "the explorer draws 300 and shows \"还有 N 个节点未显示\" with buttons to draw the next 300 or all.", ""]
    (RESULTS / "explorer.md").write_text("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
