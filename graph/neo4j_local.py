"""A local Neo4j 5 server without Docker: builds and runs the launcher in tools/neo4j.

`start(folder, password)` builds the launcher if needed (`mvn -q package`), runs
it with a modest heap, waits for the `neo4j://127.0.0.1:PORT` line it prints when
ready, and returns a handle whose `stop()` sends SIGTERM (the launcher's shutdown
hook closes the databases cleanly). The server also gets SIGTERM when the process
that started it dies, even by SIGKILL, so tests never leave one behind.

`python -m graph.neo4j_local` (what `make neo4j` runs) serves one in the foreground.
"""

from __future__ import annotations

import argparse
import os
import selectors
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from graph.embedded import _SPAWNER, _die_with_parent
from graph.errors import Neo4jLaunchError

TOOL = Path(__file__).resolve().parent.parent / "tools" / "neo4j"
JAR = TOOL / "target" / "neo4j-launcher.jar"
CLASSPATH = TOOL / "target" / "classpath.txt"
MAIN = "kg.neo4j.Launcher"
LOG_FILE = "launcher.log"  # the JVM's own output; Neo4j's logs are in <folder>/logs/


def _sources() -> list[Path]:
    return [TOOL / "pom.xml", *sorted((TOOL / "src").rglob("*.java"))]


def build() -> None:
    """`mvn -q package` unless the jar and the classpath file are newer than every source."""
    if JAR.exists() and CLASSPATH.exists():
        built = min(JAR.stat().st_mtime, CLASSPATH.stat().st_mtime)
        if all(p.stat().st_mtime <= built for p in _sources()):
            return
    if not shutil.which("mvn") or not shutil.which("java"):
        raise Neo4jLaunchError("the local Neo4j needs Java 17 and Maven: apt-get install openjdk-17-jdk-headless maven")
    done = subprocess.run(["mvn", "-q", "-B", "package"], cwd=TOOL, capture_output=True, text=True)
    if done.returncode != 0:
        raise Neo4jLaunchError(f"building tools/neo4j failed (mvn -q package):\n{(done.stdout + done.stderr)[-3000:]}")


@dataclass
class LocalNeo4j:
    uri: str
    user: str
    password: str
    folder: Path
    process: subprocess.Popen

    def stop(self, timeout: float = 120.0) -> None:
        """SIGTERM and wait for the clean shutdown; SIGKILL only if it hangs past `timeout`."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout:
            self.process.stdout.close()


def launch(folder: Path, password: str, *, port: int = 0, heap: str = "768m", pagecache_mb: int = 256,
           owned: bool = True) -> subprocess.Popen:
    """Start the launcher (after building it) and return at once; `wait_ready` reads its URI."""
    build()
    folder = folder.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    classpath = f"{JAR}:{CLASSPATH.read_text().strip()}"
    command = ["java", f"-Xms{heap}", f"-Xmx{heap}", "-XX:+UseG1GC", "-Dfile.encoding=UTF-8", "-cp", classpath, MAIN,
               "--data", str(folder), "--password", password, "--port", str(port), "--pagecache", str(pagecache_mb)]
    with open(folder / LOG_FILE, "ab") as log:
        # Spawned from embedded's long-lived thread: PR_SET_PDEATHSIG follows the forking thread.
        return _SPAWNER.submit(
            subprocess.Popen, command, stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL, cwd=folder,
            start_new_session=True, preexec_fn=_die_with_parent if owned else None,
        ).result()


def wait_ready(process: subprocess.Popen, folder: Path, password: str, *, timeout: float = 300.0) -> LocalNeo4j:
    """Wait for the `neo4j://` line (a cold JVM on a busy 2-core machine needs up to a minute)."""
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as sel:
        sel.register(process.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if sel.select(timeout=1.0):
                line = process.stdout.readline().decode().strip()
                if line.startswith("neo4j://"):
                    return LocalNeo4j(line, "neo4j", password, folder.resolve(), process)
                if not line and process.poll() is not None:
                    break
            elif process.poll() is not None:
                break
    if process.poll() is None:
        process.kill()
        process.wait()
        why = f"no URI within {timeout:.0f} s"
    else:
        why = f"the launcher exited with code {process.returncode}"
    log = (folder / LOG_FILE).read_text(errors="replace")[-2000:]
    raise Neo4jLaunchError(f"the local Neo4j did not start ({why}); {folder / LOG_FILE}:\n{log}")


def start(folder: Path, password: str, **options) -> LocalNeo4j:
    """Build if needed, start, and wait until the server answers on its URI."""
    process = launch(folder, password, **options)
    return wait_ready(process, folder, password)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m graph.neo4j_local",
                                     description="Serve a local Neo4j 5 community server until Ctrl-C or SIGTERM.")
    parser.add_argument("--data", type=Path, default=Path("var/neo4j"), help="the server's folder (default var/neo4j)")
    parser.add_argument("--port", type=int, default=7687, help="Bolt port on 127.0.0.1 (0: a free one; default 7687)")
    parser.add_argument("--heap", default="1g", help="JVM heap (default 1g)")
    parser.add_argument("--build-only", action="store_true", help="build tools/neo4j if needed, then exit")
    args = parser.parse_args(argv)
    if args.build_only:
        build()
        return 0
    password = os.environ.get("NEO4J_PASSWORD", "")
    if len(password) < 8:
        parser.error("set NEO4J_PASSWORD (8+ characters) for the neo4j user, as for docker compose")
    server = start(args.data, password, port=args.port, heap=args.heap)
    print(f"Neo4j is ready: {server.uri} (data in {server.folder}); in another shell:\n"
          f"  KG_GRAPH_URI={server.uri} KG_GRAPH_PASSWORD=$NEO4J_PASSWORD .venv/bin/kg serve", flush=True)
    # Only forward the signal: the launcher's shutdown hook stops Neo4j and the wait below returns.
    # (Waiting inside the handler would deadlock on the wait it interrupted.)
    forward = lambda *_: server.process.send_signal(signal.SIGTERM)  # noqa: E731
    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    server.process.wait()
    return 0 if server.process.returncode in (0, 143, -signal.SIGTERM) else server.process.returncode


if __name__ == "__main__":
    sys.exit(main())
