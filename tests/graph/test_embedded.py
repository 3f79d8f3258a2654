"""The embedded FalkorDB server's lifecycle, with real processes.

Each test has its own data folder (so its own server), not the session's one.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Iterator

import pytest

from graph import embedded
from graph.errors import EmbeddedServerError
from graph.settings import GraphSettings
from graph.store import open_store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def folder() -> Iterator[Path]:
    """A short, fresh data folder; any server left in it is stopped at the end."""
    d = Path(tempfile.mkdtemp(prefix="kge"))
    try:
        yield d / "data"
    finally:
        if (d / "data").is_dir():
            embedded.stop_server(d / "data")
        shutil.rmtree(d, ignore_errors=True)


def settings(folder: Path, graph: str = "g") -> GraphSettings:
    return GraphSettings(graph_uri=None, data_dir=folder, graph_name=graph)


def gone(pid: int, within: float = 15.0) -> bool:
    """Poll (bounded) until the pid no longer names a live process."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not embedded._pid_alive(pid):
            return True
        time.sleep(0.05)
    return False


def python(code: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def test_start_status_stop(folder: Path) -> None:
    assert embedded.status(folder) == ("stopped", None)
    info, started = embedded.ensure_server(folder)
    assert started and info.mode == "owned" and info.parent_pid == os.getpid()
    state, seen = embedded.status(folder)
    assert state == "running" and seen == info
    assert embedded._answers(info.socket)

    stopped = embedded.stop_server(folder)
    assert stopped == info
    assert gone(info.pid)
    assert embedded.status(folder) == ("stopped", None)
    assert embedded.stop_server(folder) is None  # stopping twice is fine


def test_a_second_store_reuses_the_server(folder: Path) -> None:
    first = open_store(settings(folder, "one"))
    try:
        info = embedded.read_state(folder.resolve())
        again, started = embedded.ensure_server(folder)
        assert not started and again.pid == info.pid
        second = open_store(settings(folder, "two"))
        second.write("CREATE (:Entity {id: 'x'})")
        second.close()  # it did not start the server: closing it leaves the server up
        assert embedded.status(folder)[0] == "running"
        assert first.read("RETURN 1 AS one") == [{"one": 1}]
    finally:
        first.close()  # the starter stops its owned server
    assert gone(info.pid)
    assert embedded.status(folder) == ("stopped", None)


def test_data_survives_a_clean_restart(folder: Path) -> None:
    store = open_store(settings(folder))
    store.write("CREATE (:Entity:County {id: 'county:茌平区', aliases: ['茌平县']})")
    pid = embedded.read_state(folder.resolve()).pid
    store.close()
    assert gone(pid)

    store = open_store(settings(folder))
    try:
        assert embedded.read_state(folder.resolve()).pid != pid  # a new server …
        rows = store.read("MATCH (n:County) RETURN n.id AS id, n.aliases AS aliases")
        assert rows == [{"id": "county:茌平区", "aliases": ["茌平县"]}]  # … with the data
    finally:
        store.close()


def test_a_file_in_place_of_the_folder(folder: Path) -> None:
    folder.write_text("not a folder")
    with pytest.raises(EmbeddedServerError, match="data folder"):
        embedded.ensure_server(folder)
    with pytest.raises(EmbeddedServerError, match="data folder"):
        embedded.ensure_server(folder / "below")


def test_a_read_only_folder(folder: Path) -> None:
    folder.mkdir()
    folder.chmod(0o555)
    immutable = os.geteuid() == 0  # root writes through modes: make the folder immutable then
    if immutable:
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True)
        assert done.returncode == 0, f"as root this test needs `chattr +i` (e2fsprogs, CAP_LINUX_IMMUTABLE): {done.stderr}"
    try:
        with pytest.raises(EmbeddedServerError, match="not writable"):
            embedded.ensure_server(folder)
        assert not (folder / embedded.STATE_FILE).exists()
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


OWNED_THEN_WAIT = """
    import sys, time
    from graph import embedded
    from graph.settings import GraphSettings
    from graph.store import open_store
    store = open_store(GraphSettings(graph_uri=None, data_dir={folder!r}, graph_name="g"))
    store.write("CREATE (:Entity {{id: 'x'}})")
    print(embedded.read_state(embedded.Path({folder!r}).resolve()).pid, flush=True)
    time.sleep(120)
    """


def test_sigkill_of_the_owner_leaves_no_server(folder: Path) -> None:
    proc = python(OWNED_THEN_WAIT.format(folder=str(folder)))
    try:
        line = proc.stdout.readline()
        assert line.strip().isdigit(), (line, proc.stderr.read() if proc.poll() is not None else "")
        server_pid = int(line)
        assert embedded.status(folder)[0] == "running"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        assert gone(server_pid), f"redis-server {server_pid} outlived its SIGKILLed owner"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    # What remains is a stale state file, which the next start replaces.
    assert embedded.status(folder)[0] == "stale"
    store = open_store(settings(folder))
    try:
        assert store.read("MATCH (n:Entity) RETURN n.id AS id") == [{"id": "x"}]  # SIGTERM saved it
    finally:
        store.close()


def test_a_detached_server_survives_its_starter(folder: Path) -> None:
    proc = python(f"""
        from pathlib import Path
        from graph.embedded import ensure_server
        info, started = ensure_server(Path({str(folder)!r}), detached=True)
        print(info.pid, started)
        """)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    pid, started = out.split()
    assert started == "True"
    time.sleep(0.5)  # the starter is gone; give a wrongly tied server time to die
    state, info = embedded.status(folder)
    assert state == "running" and info.pid == int(pid) and info.mode == "detached"
    assert info.parent_pid != os.getpid()

    store = open_store(settings(folder))  # reuses it, does not own it
    store.write("CREATE (:Entity {id: 'kept'})")
    store.close()
    assert embedded.status(folder)[0] == "running"

    embedded.stop_server(folder)
    assert gone(int(pid))
    assert embedded.status(folder) == ("stopped", None)


def test_sigterm_stops_a_server_whose_folder_was_deleted(folder: Path) -> None:
    """Redis refuses to exit when its shutdown save fails; ours must exit anyway, or it is orphaned."""
    info, _ = embedded.ensure_server(folder, detached=True)
    store = open_store(settings(folder))
    store.write("CREATE (:Entity {id: 'doomed'})")
    store.close()
    shutil.rmtree(folder)
    os.kill(info.pid, signal.SIGTERM)
    assert gone(info.pid), f"server {info.pid} outlived SIGTERM after its folder was deleted"


def dead_pid() -> int:
    p = subprocess.Popen(["true"])
    p.wait()
    return p.pid


def write_state(folder: Path, pid: int) -> embedded.ServerInfo:
    folder.mkdir(parents=True, exist_ok=True)
    info = embedded.ServerInfo(pid=pid, socket=str(embedded.socket_path(folder.resolve())), data_dir=str(folder.resolve()),
                               mode="detached", parent_pid=1, started_at=time.time() - 3600)
    (folder / embedded.STATE_FILE).write_text(json.dumps(info.__dict__))
    return info


def test_a_stale_state_file_is_reported_and_replaced(folder: Path) -> None:
    stale = write_state(folder, dead_pid())
    state, info = embedded.status(folder)
    assert state == "stale" and info == stale

    info, started = embedded.ensure_server(folder)
    assert started and info.pid != stale.pid
    assert embedded.status(folder) == ("running", info)
    assert embedded.read_state(folder.resolve()) == info
    embedded.stop_server(folder)
    assert gone(info.pid)


def test_a_stale_state_file_never_kills_an_unrelated_process(folder: Path) -> None:
    # The pid in a stale state file may belong to another process by now.
    bystander = subprocess.Popen(["sleep", "60"])
    try:
        write_state(folder, bystander.pid)
        assert embedded.status(folder)[0] == "stale"
        info, started = embedded.ensure_server(folder)
        assert started and info.pid != bystander.pid
        embedded.stop_server(folder)
        write_state(folder, bystander.pid)
        embedded.stop_server(folder)  # stopping a stale state only removes the file
        assert not (folder / embedded.STATE_FILE).exists()
        time.sleep(0.2)
        assert bystander.poll() is None, "the bystander was killed"
    finally:
        bystander.kill()
        bystander.wait()


@pytest.mark.parametrize("name", ["x" * 90, "新旧动能转换" * 8], ids=["ascii", "chinese"])
def test_a_long_folder_path_gets_a_short_socket(folder: Path, name: str) -> None:
    # AF_UNIX paths are limited to 107 bytes, not characters: 48 Chinese characters are 144 bytes.
    deep = folder / name
    sock = embedded.socket_path(deep.resolve())
    assert len(str(sock).encode()) <= 107 and sock != deep.resolve() / "falkordb.sock"
    info, _ = embedded.ensure_server(deep)
    try:
        assert embedded.status(deep)[0] == "running" and info.socket == str(sock)
    finally:
        embedded.stop_server(deep)
    assert gone(info.pid)


def test_a_clean_stop_folds_the_write_log_into_a_snapshot(folder: Path) -> None:
    store = open_store(settings(folder))
    store.write("UNWIND range(1, 500) AS i CREATE (:Entity {id: toString(i)})")
    store.close()
    logs = list((folder / "appendonlydir").glob("*.incr.aof"))
    assert logs and all(p.stat().st_size == 0 for p in logs), "the next start would replay every write query"
    store = open_store(settings(folder))
    try:
        assert store.read("MATCH (n:Entity) RETURN count(n) AS n") == [{"n": 500}]
    finally:
        store.close()


def test_a_server_loading_its_data_is_waited_for(folder: Path) -> None:
    # A crash leaves the writes in the AOF log: the next start replays them, which takes
    # time. The start must wait for that (not kill it at its `timeout` and fail).
    info, _ = embedded.ensure_server(folder, detached=True)
    store = open_store(settings(folder))
    store.write("UNWIND range(1, 1500) AS i CREATE (:X {id: i})")
    store.write("MATCH (a:X), (b:X) WHERE a.id * b.id = 1500 CREATE (:Y)")  # slow to replay: 2M pairs
    store.close()
    time.sleep(1.5)  # appendfsync everysec
    os.kill(info.pid, signal.SIGKILL)
    assert gone(info.pid)

    began = time.monotonic()
    info, started = embedded.ensure_server(folder, timeout=0.2)
    assert started
    store = open_store(settings(folder))
    try:
        divisors = sum(1500 % a == 0 for a in range(1, 1501))
        assert store.read("MATCH (y:Y) RETURN count(y) AS n") == [{"n": divisors}]
    finally:
        store.close()
    assert time.monotonic() - began > 0.2, "the replay was too quick to test the wait"
