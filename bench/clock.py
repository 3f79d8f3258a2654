"""Wall time and CPU seconds (this process and the embedded server) around a call.

The machine is shared: wall time grows with the load average, CPU seconds much less,
so benchmarks report both.
"""

from __future__ import annotations

import time
from pathlib import Path

import psutil

from graph import embedded


class CpuClock:
    """Wall seconds, and CPU seconds of this process and of the embedded server, around a call."""

    def __init__(self, data_dir: Path):
        self.server = psutil.Process(embedded.read_state(data_dir.resolve()).pid)

    def _server_cpu(self) -> float:
        t = self.server.cpu_times()
        return t.user + t.system

    def run(self, fn) -> tuple[dict, object]:
        s0, c0, t0 = self._server_cpu(), time.process_time(), time.perf_counter()
        out = fn()
        wall, client, server = time.perf_counter() - t0, time.process_time() - c0, self._server_cpu() - s0
        return {"seconds": round(wall, 3), "client_cpu": round(client, 3), "server_cpu": round(server, 3)}, out
