"""The fault suite: a hung store, crashes mid-ingest, bad input, a soak under wrk. One command:

    .venv/bin/python bench/faults.py [--soak-seconds 30]

Everything runs on loopback, on temporary data folders, with real processes:
`kg serve` (uvicorn) and its embedded redis-server, `kg ingest`, `wrk`.
Writes bench/results/faults.json and bench/results/faults.md.

Cases:
* hung store: SIGSTOP of the redis-server under `kg serve`; time to the first
  answer (503 expected), time until requests are 200 again, zombie check.
* crash mid-ingest: kill -9 of `kg ingest` and, separately, of its redis-server
  halfway through a 30-document corpus; ingest again; the export's hash must
  equal a clean run's.
* bad input: one file per kind (empty, binary, text-less PDF, GBK, GB18030,
  Big5, BOMs, UTF-16, NUL past 4 KB, an injection-shaped name), each through
  `kg ingest`: the outcome (loaded, or failed with its reason), no U+FFFD.
* soak: wrk, 32 connections, a mix of read routes, in rounds until at least
  --soak-requests (50,000) are answered, while `kg ingest --force` loads a
  20-document corpus again and again; non-2xx count and latency percentiles.
* schemathesis: every check (`st run --checks all`), a bounded number of
  examples per operation, against `kg serve` with an API key (uploads on);
  server errors counted by schemathesis and in the server's access log.
"""

from __future__ import annotations

import argparse
import codecs
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
RESULTS = ROOT / "bench" / "results"
PY = sys.executable


def env_for(data: Path) -> dict[str, str]:
    env = {**os.environ, "KG_DATA_DIR": str(data), "COLUMNS": "200", "PYTHONPATH": str(ROOT)}
    env.pop("KG_GRAPH_URI", None)
    return env


def kg(data: Path, *args: str, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "-m", "kg_cli", *args], cwd=ROOT, env=env_for(data), capture_output=True,
                          text=True, timeout=timeout)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_pid(data: Path) -> int:
    return json.loads((data / "server.json").read_text())["pid"]


def state(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0]
    except OSError:
        return "gone"


class Serve:
    def __init__(self, data: Path, ingest: bool = True, env: dict[str, str] | None = None, log: Path | None = None):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        args = [PY, "-m", "kg_cli", "serve", "--port", str(self.port)] + ([] if ingest else ["--no-ingest"])
        out = open(log, "w") if log else subprocess.DEVNULL
        self.proc = subprocess.Popen(args, cwd=ROOT, env={**env_for(data), **(env or {})}, stdout=out,
                                     stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.base + "/health/ready", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.3)
        raise RuntimeError("kg serve did not become ready")

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def hung_store(tmp: Path) -> dict:
    data = tmp / "hung"
    serve = Serve(data)
    try:
        before = httpx.get(serve.base + "/api/v1/stats", timeout=30).json()
        pid = server_pid(data)
        os.kill(pid, signal.SIGSTOP)
        began = time.monotonic()
        first = httpx.get(serve.base + "/api/v1/stats", timeout=120)
        answered = time.monotonic() - began
        while True:
            r = httpx.get(serve.base + "/api/v1/stats", timeout=120)
            if r.status_code == 200:
                break
            time.sleep(0.05)
        recovered = time.monotonic() - began
        time.sleep(0.5)
        return {"first_status": first.status_code, "retry_after": first.headers.get("retry-after"),
                "seconds_to_first_answer": round(answered, 2), "seconds_to_200_again": round(recovered, 2),
                "same_data_after": r.json() == before, "old_server_state": state(pid),
                "zombie": state(pid) == "Z"}
    finally:
        try:
            os.kill(pid, signal.SIGCONT)
        except (ProcessLookupError, UnboundLocalError):
            pass
        serve.stop()


def export_hash(data: Path) -> str:
    out = kg(data, "export", "-f", "json")
    doc = json.loads(out.stdout)
    return hashlib.sha256(json.dumps(doc, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def big_corpus(folder: Path, copies: int = 6) -> Path:
    """The corpus, each document `copies` times under new keys (30 documents)."""
    folder.mkdir(parents=True)
    for f in sorted(CORPUS.glob("*.txt")):
        for i in range(copies):
            shutil.copy(f, folder / f"{f.stem}_{i}.txt")
    return folder


def crash_mid_ingest(tmp: Path, victim: str) -> dict:
    corpus = big_corpus(tmp / f"corpus_{victim}")
    clean = tmp / f"clean_{victim}"
    kg(clean, "ingest", str(corpus))
    want = export_hash(clean)
    data = tmp / f"crash_{victim}"
    proc = subprocess.Popen([PY, "-m", "kg_cli", "ingest", str(corpus)], cwd=ROOT, env=env_for(data),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    documents = len(list(corpus.iterdir()))
    stored = wait_for_documents(data, documents // 3, proc)  # kill once a third are written
    running = proc.poll() is None
    pid = server_pid(data) if victim == "store" else proc.pid
    os.kill(pid, signal.SIGKILL)
    proc.wait(timeout=600)  # killing the store: the ingest's store comes back (watchdog) and it goes on
    began = time.monotonic()
    first_left = left = leftovers(data)
    while left and time.monotonic() - began < 120:
        left = leftovers(data)  # workers, a server outliving a killed `kg ingest`
        time.sleep(0.5)
    gone_after = round(time.monotonic() - began, 1)
    again = kg(data, "ingest", str(corpus))
    got = export_hash(data)
    return {"killed": victim, "ingest_running_when_killed": running, "documents_stored_at_kill": stored,
            "documents": documents, "ingest_exit_after_kill": proc.returncode,
            "left_right_after": first_left, "left_after_120_s": left,
            "seconds_until_none_left": gone_after if not left else None,
            "reingest_exit": again.returncode, "clean_hash": want, "after_crash_hash": got, "identical": want == got}


def wait_for_documents(data: Path, count: int, proc: subprocess.Popen, timeout: float = 900) -> int:
    """Policies stored by a running `kg ingest`, polled on its own embedded server, until `count`."""
    sys.path.insert(0, str(ROOT))
    from graph.catalog import get_catalog
    from graph.settings import GraphSettings
    from graph.store import open_store

    deadline = time.monotonic() + timeout
    while not (data / "server.json").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    store = open_store(GraphSettings(graph_uri=None, data_dir=data))  # attaches to the running server
    try:
        stored = 0
        while stored < count and proc.poll() is None and time.monotonic() < deadline:
            stored = len(get_catalog().run(store, "policy_titles"))
            time.sleep(0.2)
        return stored
    finally:
        store.close()


def leftovers(data: Path) -> list[str]:
    """Names of the processes still running with this data folder in their environment (workers, servers)."""
    import psutil

    names = []
    for p in psutil.process_iter():
        try:
            if p.environ().get("KG_DATA_DIR") == str(data) and p.status() != psutil.STATUS_ZOMBIE:
                names.append(p.name())
        except psutil.Error:
            pass
    return names


def pdf_without_text() -> bytes:
    from pypdf import PdfWriter
    import io

    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def bad_inputs(tmp: Path) -> list[dict]:
    text = (CORPUS / "000_b99d51a1da965aef.txt").read_text(encoding="utf-8")
    rare = "\n人名：𠮷 䶮 㐀。"
    cases = {
        "empty.txt": b"",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00" + os.urandom(4000),
        "textless.pdf": pdf_without_text(),
        "gbk.txt": text.encode("gbk"),
        "gb18030.txt": (text + rare).encode("gb18030"),
        "big5.txt": text.encode("big5", errors="ignore"),
        "utf8_bom.txt": codecs.BOM_UTF8 + text.encode(),
        "utf16le_bom.txt": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "utf16be_bom.txt": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "utf16_no_bom.txt": text.encode("utf-16-le"),
        "nul_late.txt": (text[:3000] + "\x00" + text[3000:]).encode(),
        "injection.txt": ("关于推进化工产业发展的通知\n\n化工产业集群重点企业包括X') MATCH (n) DETACH DELETE n //有限公司、"
                          "鲁西集团等。\n聊城市人民政府\n2021年3月5日\n").encode(),
    }
    out = []
    for name, data in cases.items():
        folder = tmp / "bad" / name.replace(".", "_")
        folder.mkdir(parents=True)
        (folder / name).write_bytes(data)
        db = tmp / "bad_db" / name.replace(".", "_")
        run = kg(db, "ingest", str(folder / name))
        outcome = {"file": name, "bytes": len(data), "exit": run.returncode}
        if run.returncode == 0:
            exported = json.loads(kg(db, "export", "-f", "json").stdout)
            blob = json.dumps(exported, ensure_ascii=False)
            names = [n.get("name") or n.get("properties", {}).get("name") for n in exported.get("nodes", [])]
            outcome.update(outcome="loaded", replacement_chars=blob.count("\ufffd"),
                           injection_name_stored=any("MATCH" in str(n) for n in names),
                           has_expected_text="上半年" in blob or "鲁西集团" in blob)
        else:
            lines = [ln for ln in run.stderr.splitlines() if "failed:" in ln or "error:" in ln]
            outcome.update(outcome="refused", message=lines[0] if lines else run.stderr.strip()[-200:])
        kg(db, "db", "stop")
        out.append(outcome)
    return out


WRK_SCRIPT = """
local paths = {"/api/v1/search?q=%E9%B2%81%E8%A5%BF", "/api/v1/stats", "/api/v1/clusters",
  "/api/v1/enterprises/%E9%B2%81%E8%A5%BF%E9%9B%86%E5%9B%A2/clusters", "/health", "/health/ready",
  "/api/v1/subgraph?center=%E9%B2%81%E8%A5%BF%E9%9B%86%E5%9B%A2&depth=1&limit=50"}
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
local non2xx = 0
response = function(status, headers, body) if status < 200 or status > 299 then non2xx = non2xx + 1 end end
done = function(summary, latency, requests)
  io.write(string.format("JSON {\\"requests\\": %d, \\"errors_connect\\": %d, \\"errors_read\\": %d, \\"errors_timeout\\": %d, \\"errors_status\\": %d, \\"p50_ms\\": %.2f, \\"p99_ms\\": %.2f, \\"max_ms\\": %.2f}\\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.timeout, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def soak(tmp: Path, seconds: int, want_requests: int, max_rounds: int = 45) -> dict:
    """wrk rounds of `seconds` until `want_requests` are answered (at most `max_rounds`), an ingest always running."""
    data = tmp / "soak"
    serve = Serve(data)
    script = tmp / "mix.lua"
    script.write_text(WRK_SCRIPT)
    corpus = big_corpus(tmp / "soak_corpus", 4)
    ingest_cmd = [PY, "-m", "kg_cli", "ingest", "--force", str(corpus)]
    rounds: list[dict] = []
    ingests: list[int] = []
    ingest = subprocess.Popen(ingest_cmd, cwd=ROOT, env=env_for(data), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while sum(r["requests"] for r in rounds) < want_requests and len(rounds) < max_rounds:
            if ingest.poll() is not None:  # the ingest finished: start it again, so every round overlaps one
                ingests.append(ingest.returncode)
                ingest = subprocess.Popen(ingest_cmd, cwd=ROOT, env=env_for(data), stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL)
            run = subprocess.run(["wrk", "-t2", "-c32", f"-d{seconds}s", "--latency", "--timeout", "10s", "-s", str(script),
                                  serve.base],
                                 capture_output=True, text=True, timeout=seconds + 120)
            line = next(ln for ln in run.stdout.splitlines() if ln.startswith("JSON "))
            rounds.append({**json.loads(line[5:]), "ingest_running": ingest.poll() is None})
        ingests.append(ingest.wait(timeout=900))
    finally:
        if ingest.poll() is None:
            ingest.kill()
        serve.stop()
    total = sum(r["requests"] for r in rounds)
    return {"requests": total, "rounds": len(rounds), "seconds": seconds * len(rounds), "connections": 32,
            "non_2xx": sum(r["errors_status"] for r in rounds),
            "errors_connect": sum(r["errors_connect"] for r in rounds),
            "errors_read": sum(r["errors_read"] for r in rounds),
            "errors_timeout": sum(r["errors_timeout"] for r in rounds),
            # p99 over all requests is not derivable from per-round percentiles: the worst round's is quoted
            "p50_ms": round(sum(r["p50_ms"] * r["requests"] for r in rounds) / max(total, 1), 2),
            "p99_ms": max(r["p99_ms"] for r in rounds), "max_ms": max(r["max_ms"] for r in rounds),
            "rounds_with_ingest_running": sum(r["ingest_running"] for r in rounds),
            "ingests_completed": len(ingests), "ingest_exits": sorted(set(ingests)),
            "load_avg": round(os.getloadavg()[0], 1), "per_round": rounds}


def fuzz(tmp: Path, max_examples: int) -> dict:
    """schemathesis, every check, against `kg serve` with uploads on (an API key); 5xx counted twice."""
    key = "fault-suite-" + os.urandom(8).hex()
    log = tmp / "fuzz_serve.log"
    serve = Serve(tmp / "fuzz", env={"KG_API_KEY": key}, log=log)
    began = time.monotonic()
    try:
        run = subprocess.run([str(Path(PY).parent / "st"), "run", serve.base + "/openapi.json", "--checks", "all",
                              "--max-examples", str(max_examples), "-H", f"X-API-Key: {key}", "--no-color",
                              "--seed", "1"], cwd=tmp, capture_output=True, text=True, timeout=1800)
    finally:
        serve.stop()
    out = run.stdout
    cases = re.search(r"(\d+) generated", out)
    failures = dict(re.findall(r"❌ (ST\d+ [^:\n]+): (\d+)", out))
    server_errors_logged = len(re.findall(r'HTTP/1\.1" 5\d\d ', log.read_text(errors="replace")))
    return {"cases": int(cases.group(1)) if cases else None, "seconds": round(time.monotonic() - began),
            "max_examples_per_operation": max_examples, "exit": run.returncode,
            "server_errors": int(failures.get("ST101 Server error", 0)), "server_errors_in_access_log": server_errors_logged,
            "other_failures": {k: int(v) for k, v in failures.items() if not k.startswith("ST101")},
            "summary": out[out.rfind("Failures:") if "Failures:" in out else max(0, len(out) - 1500):][:1500],
            "load_avg": round(os.getloadavg()[0], 1)}


def write(results: dict) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "faults.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    h = results.get("hung_store", {})
    lines = ["# Fault suite (bench/faults.py)", "",
             f"Run {results['when']} on {results['machine']} (load average {os.getloadavg()[0]:.1f}): "
             f"{', '.join(results.get('ran', []))}; the other cases' figures are from the previous run.", ""]
    if h:
        lines += ["## Hung store (SIGSTOP of redis-server under `kg serve`)", "",
                  f"* first answer: **{h['first_status']}** after **{h['seconds_to_first_answer']} s** "
                  f"(Retry-After: {h['retry_after']})",
                  f"* 200 again after **{h['seconds_to_200_again']} s** (server killed and restarted; same data: {h['same_data_after']})",
                  f"* the stopped server afterwards: {h['old_server_state']} (zombie: {h['zombie']})", ""]
    if results.get("crash"):
        lines += ["## kill -9 mid-ingest, then `kg ingest` again (30 documents, `--jobs` = cores)", ""]
    for c in results.get("crash", []):
        lines.append(f"* kill -9 of {c['killed']} with {c['documents_stored_at_kill']} of {c['documents']} documents "
                     f"stored (ingest running: {c['ingest_running_when_killed']}; its exit code then "
                     f"{c['ingest_exit_after_kill']}; its processes left when it ended: "
                     f"{', '.join(c['left_right_after']) or 'none'}, "
                     + (f"all gone after {c['seconds_until_none_left']} s), " if c["seconds_until_none_left"] is not None
                        else f"still there after 120 s: {', '.join(c['left_after_120_s'])}), ")
                     + 
                     f"ingest again: export hash {c['after_crash_hash']} vs clean {c['clean_hash']}: "
                     f"**{'identical' if c['identical'] else 'DIFFERENT'}**")
    if results.get("bad_inputs"):
        lines += ["", "## Bad input (`kg ingest FILE`)", "", "| file | outcome | detail |", "|---|---|---|"]
        for b in results["bad_inputs"]:
            detail = b.get("message", "") if b["outcome"] == "refused" else \
                f"U+FFFD: {b['replacement_chars']}, text found: {b['has_expected_text']}, injection name stored: {b['injection_name_stored']}"
            lines.append(f"| {b['file']} | {b['outcome']} | {detail.replace('|', '/')} |")
    s = results.get("soak")
    if s:
        lines += ["", "## Soak (wrk, mixed reads, while `kg ingest --force` runs)", "",
                  f"* {s['requests']:,} requests in {s['seconds']} s ({s['rounds']} wrk rounds) at {s['connections']} "
                  f"connections: **{s['non_2xx']} non-2xx**, socket errors "
                  f"{s['errors_connect'] + s['errors_read'] + s['errors_timeout']}",
                  f"* latency p50 {s['p50_ms']} ms (request-weighted), **p99 {s['p99_ms']} ms** (worst round), "
                  f"max {s['max_ms']} ms; load average {s['load_avg']}",
                  f"* an ingest of 20 documents ran during {s['rounds_with_ingest_running']} of {s['rounds']} rounds; "
                  f"{s['ingests_completed']} ingests, exit codes {s['ingest_exits']}"]
    z = results.get("schemathesis")
    if z:
        lines += ["", "## schemathesis, all checks (`st run --checks all`, uploads on)", "",
                  f"* {z['cases']} cases ({z['max_examples_per_operation']} examples per operation and phase) in "
                  f"{z['seconds']} s: **{z['server_errors']} server errors** (5xx in the access log: "
                  f"{z['server_errors_in_access_log']}); load average {z['load_avg']}",
                  f"* other findings: {z['other_failures'] or 'none'}"]
    (RESULTS / "faults.md").write_text("\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--soak-seconds", type=int, default=20, help="one wrk round")
    parser.add_argument("--soak-requests", type=int, default=50_000)
    parser.add_argument("--fuzz-examples", type=int, default=20)
    parser.add_argument("--only", nargs="*", default=["hung", "crash", "bad", "soak", "fuzz"])
    args = parser.parse_args()
    # cases not run this time keep their last figures (each says when it ran)
    previous = json.loads((RESULTS / "faults.json").read_text()) if (RESULTS / "faults.json").exists() else {}
    results: dict = {**previous, "when": time.strftime("%Y-%m-%d %H:%M"), "machine": f"{os.cpu_count()} cores",
                     "ran": args.only}
    with tempfile.TemporaryDirectory(prefix="kgf") as d:
        tmp = Path(d)
        try:
            if "hung" in args.only:
                results["hung_store"] = hung_store(tmp)
            if "bad" in args.only:
                results["bad_inputs"] = bad_inputs(tmp)
            if "crash" in args.only:
                results["crash"] = [crash_mid_ingest(tmp, "kg"), crash_mid_ingest(tmp, "store")]
            if "soak" in args.only:
                results["soak"] = soak(tmp, args.soak_seconds, args.soak_requests)
            if "fuzz" in args.only:
                results["schemathesis"] = fuzz(tmp, args.fuzz_examples)
        finally:
            for sub in tmp.rglob("server.json"):
                kg(sub.parent, "db", "stop")
    write(results)
    print((RESULTS / "faults.md").read_text())


if __name__ == "__main__":
    main()
