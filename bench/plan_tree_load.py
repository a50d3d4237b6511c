"""Load benchmark of the plan-tree page on PostgreSQL behind gunicorn.

Usage: ``.venv/bin/python bench/plan_tree_load.py [--seconds 20] [--connections 16] [--workers N]``

The script does everything itself and always cleans up after itself:

1. creates a fresh PostgreSQL database ``arshjul_bench_<pid>`` on 127.0.0.1:5432 (user
   ``postgres``, trust auth), migrates it and loads the Servicenämnden demo;
2. starts gunicorn on a free port on 127.0.0.1 and waits until it answers;
3. logs in over HTTP as the demo reader (``lasare``, else ``controller``);
4. checks that one request for the page returns 200 with the plan tree in it, then loads the
   page with ``wrk`` (installed with apt-get when missing) or, failing that, with a Python load
   generator of keep-alive ``http.client`` connections;
5. prints requests/s, p50/p99 latency, non-2xx count and the page's SQL query count;
6. stops gunicorn and drops the database, whatever happened.

All traffic goes to 127.0.0.1 and every loop is bounded in time.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from types import FrameType
from typing import IO

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
PG_HOST = "127.0.0.1"
PG_PORT = 5432
PG_USER = "postgres"
HOST = "127.0.0.1"
PAGE = "/servicenamnden/2021/?period=helar"
MARKER = "Mål, strategier och uppdrag"
USERS = ("lasare", "controller")
WRK_THREADS = 2

# Counts every non-2xx status (wrk's own counter skips 3xx, and a 302 to the login page is
# exactly the failure we want to see), summed over wrk's threads in done().
WRK_LUA = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) non2xx = 0; first = "" end
function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if first == "" then first = tostring(status) end
  end
end
function done(summary, latency, requests)
  local total, status = 0, ""
  for _, t in ipairs(threads) do
    total = total + t:get("non2xx")
    if status == "" then status = t:get("first") end
  end
  io.write(string.format("BENCH non2xx=%d first=%s\\n", total, status))
end
"""

# Run in a subprocess against the benchmark database: how many SQL queries one request for
# the page costs (after one warm-up request, as in a gunicorn worker's steady state).
QUERY_COUNT_SNIPPET = """
import json, re, sys
import django
django.setup()
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

client = Client()
client.force_login(get_user_model().objects.get(username=sys.argv[1]))
client.get(sys.argv[2])
with CaptureQueriesContext(connection) as ctx:
    response = client.get(sys.argv[2])
shapes = {re.sub(r"\\b\\d+\\b", "?", q["sql"]) for q in ctx.captured_queries}
print(json.dumps({"status": response.status_code, "queries": len(ctx.captured_queries),
                  "distinct": len(shapes),
                  "sql_ms": sum(float(q["time"]) for q in ctx.captured_queries) * 1000}))
"""


class BenchError(RuntimeError):
    """A step failed; the message says which."""


@dataclass
class LoadResult:
    generator: str
    duration_s: float
    requests: int
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    non_2xx: int
    first_bad_status: str = ""
    errors: list[str] = field(default_factory=list)


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


# --- database -------------------------------------------------------------------------------


def _admin_connection() -> psycopg.Connection:
    return psycopg.connect(
        host=PG_HOST, port=PG_PORT, user=PG_USER, dbname="postgres", autocommit=True
    )


def create_database(name: str) -> str:
    with _admin_connection() as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        row = conn.execute("SHOW server_version").fetchone()
    return str(row[0]) if row else "?"


def drop_database(name: str) -> None:
    with _admin_connection() as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def run_manage(env: dict[str, str], *args: str, timeout: float = 600) -> str:
    done = subprocess.run(
        [str(BIN / "arshjul"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise BenchError(f"arshjul {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def demo_password(output: str) -> tuple[str, str]:
    """(username, password) of the first of USERS in demo_load's ``  user  role  pw`` lines."""
    found: dict[str, str] = {}
    for line in output.splitlines():
        parts = line.split()
        if line.startswith("  ") and len(parts) == 3:
            found[parts[0]] = parts[2]
    for username in USERS:
        if username in found:
            return username, found[username]
    raise BenchError(f"no password for {' or '.join(USERS)} in demo_load output:\n{output}")


def count_queries(env: dict[str, str], username: str) -> dict[str, float]:
    done = subprocess.run(
        [str(BIN / "python"), "-c", QUERY_COUNT_SNIPPET, username, PAGE],
        cwd=ROOT,
        env=env | {"ARSHJUL_ALLOWED_HOSTS": "testserver"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise BenchError(f"query count failed:\n{done.stderr}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- gunicorn -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def default_workers() -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(2 * (cores or 1) + 1, 5)


def start_gunicorn(
    env: dict[str, str], port: int, workers: int, logfile: IO[str]
) -> subprocess.Popen[str]:
    command = [
        str(BIN / "gunicorn"),
        "arshjul.wsgi",
        "-b",
        f"{HOST}:{port}",
        "-w",
        str(workers),
        "--threads",
        "1",
    ]
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=logfile,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def wait_until_up(proc: subprocess.Popen[str], port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise BenchError(f"gunicorn exited with {proc.returncode} before answering")
        try:
            status, _, _ = request(port, "GET", "/logga-in/", timeout=2)
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise BenchError(f"gunicorn did not answer on port {port} within {timeout:.0f} s")


def stop_gunicorn(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()  # the master stops its workers gracefully on SIGTERM
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the session start_gunicorn created
            proc.wait(timeout=5)


# --- HTTP -----------------------------------------------------------------------------------


def request(
    port: int,
    method: str,
    path: str,
    *,
    headers: dict[str, str] | None = None,
    body: str | None = None,
    timeout: float = 10,
) -> tuple[int, http.client.HTTPMessage, str]:
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.headers, response.read().decode("utf-8", "replace")
    finally:
        conn.close()


def _cookies(headers: http.client.HTTPMessage) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    for value in headers.get_all("Set-Cookie") or []:
        jar.load(value)
    return {name: morsel.value for name, morsel in jar.items()}


def login(port: int, username: str, password: str) -> str:
    """Log in through the login form; return the Cookie header value for the session."""
    status, headers, html = request(port, "GET", "/logga-in/")
    csrf_cookie = _cookies(headers).get("csrftoken")
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if status != 200 or not csrf_cookie or not match:
        raise BenchError(f"login page: status {status}, no csrftoken cookie or form token")
    form = urllib.parse.urlencode(
        {"username": username, "password": password, "csrfmiddlewaretoken": match.group(1)}
    )
    status, headers, _ = request(
        port,
        "POST",
        "/logga-in/",
        body=form,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={csrf_cookie}",
            "Referer": f"http://{HOST}:{port}/logga-in/",
        },
    )
    cookies = _cookies(headers)
    session = cookies.get("sessionid")
    if status != 302 or not session:
        raise BenchError(f"login as {username} failed: status {status}, cookies {sorted(cookies)}")
    return f"sessionid={session}; csrftoken={cookies.get('csrftoken', csrf_cookie)}"


def check_page(port: int, cookie: str) -> int:
    status, headers, html = request(port, "GET", PAGE, headers={"Cookie": cookie})
    if status != 200:
        raise BenchError(f"GET {PAGE}: status {status} (Location: {headers.get('Location')})")
    if MARKER not in html:
        raise BenchError(f"GET {PAGE}: 200 but no plan tree ({MARKER!r}) in the page")
    return len(html.encode())


# --- load generators ------------------------------------------------------------------------


def ensure_wrk() -> str | None:
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        log("wrk is missing and cannot be installed here (not root or no apt-get)")
        return None
    env = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", "wrk"]
    for attempt in ("install", "update + install"):
        log(f"installing wrk with apt-get ({attempt})")
        try:
            if attempt != "install":
                subprocess.run(
                    ["apt-get", "update", "-qq"],
                    env=env,
                    timeout=300,
                    check=False,
                    capture_output=True,
                )
            done = subprocess.run(install, env=env, timeout=300, check=False, capture_output=True)
        except subprocess.TimeoutExpired:
            continue
        if done.returncode == 0 and shutil.which("wrk"):
            return shutil.which("wrk")
    log("could not install wrk")
    return None


def _duration_ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text)
    if not match:
        raise BenchError(f"unparsable wrk duration {text!r}")
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
    return float(match.group(1)) * scale[match.group(2)]


def run_wrk(wrk: str, port: int, cookie: str, seconds: int, connections: int) -> LoadResult:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_LUA)
    try:
        command = [
            wrk,
            "-c",
            str(connections),
            "-t",
            str(min(WRK_THREADS, connections)),
            "-d",
            f"{seconds}s",
            "--timeout",
            "10s",
            "--latency",
            "-s",
            script.name,
            "-H",
            f"Cookie: {cookie}",
            f"http://{HOST}:{port}{PAGE}",
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60)
    finally:
        os.unlink(script.name)
    out = done.stdout
    if done.returncode != 0:
        raise BenchError(f"wrk failed ({done.returncode}):\n{out}{done.stderr}")

    def grab(pattern: str) -> re.Match[str]:
        match = re.search(pattern, out, re.MULTILINE)
        if not match:
            raise BenchError(f"wrk output has no match for {pattern!r}:\n{out}")
        return match

    total = grab(r"^\s*(\d+) requests in ([\d.]+\w+)")
    counted = grab(r"^BENCH non2xx=(\d+) first=(\S*)")
    errors = []
    socket_errors = re.search(r"Socket errors: (.*)$", out, re.MULTILINE)
    if socket_errors:
        errors.append(f"socket errors: {socket_errors.group(1)}")
    return LoadResult(
        generator="wrk",
        duration_s=_duration_ms(total.group(2)) / 1000,
        requests=int(total.group(1)),
        requests_per_s=float(grab(r"^Requests/sec:\s+([\d.]+)").group(1)),
        p50_ms=_duration_ms(grab(r"^\s+50%\s+(\S+)").group(1)),
        p99_ms=_duration_ms(grab(r"^\s+99%\s+(\S+)").group(1)),
        non_2xx=int(counted.group(1)),
        first_bad_status=counted.group(2),
        errors=errors,
    )


def _percentile(ordered: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not ordered:
        return float("nan")
    rank = max(1, round(fraction * len(ordered) + 0.5))
    return ordered[min(rank, len(ordered)) - 1]


def run_python_load(port: int, cookie: str, seconds: int, connections: int) -> LoadResult:
    latencies: list[list[float]] = [[] for _ in range(connections)]
    statuses: list[dict[int, int]] = [{} for _ in range(connections)]
    errors: list[str] = []
    start_gate = threading.Barrier(connections + 1)
    deadline = 0.0

    def worker(index: int) -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=10)
        headers = {"Cookie": cookie}
        start_gate.wait()
        while time.monotonic() < deadline:
            began = time.perf_counter()
            try:
                conn.request("GET", PAGE, headers=headers)
                response = conn.getresponse()
                response.read()  # drain so the connection can be reused (or reopened)
            except (OSError, http.client.HTTPException) as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
                conn.close()
                time.sleep(0.01)
                continue
            latencies[index].append((time.perf_counter() - began) * 1000)
            statuses[index][response.status] = statuses[index].get(response.status, 0) + 1
        conn.close()

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(connections)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + seconds
    began = time.monotonic()
    start_gate.wait()
    for thread in threads:
        thread.join(timeout=seconds + 30)
    elapsed = time.monotonic() - began
    ordered = sorted(x for per_thread in latencies for x in per_thread)
    merged: dict[int, int] = {}
    for per_thread in statuses:
        for status, n in per_thread.items():
            merged[status] = merged.get(status, 0) + n
    bad = {s: n for s, n in merged.items() if not 200 <= s <= 299}
    return LoadResult(
        generator="python (http.client threads)",
        duration_s=elapsed,
        requests=len(ordered),
        requests_per_s=len(ordered) / elapsed,
        p50_ms=_percentile(ordered, 0.50),
        p99_ms=_percentile(ordered, 0.99),
        non_2xx=sum(bad.values()),
        first_bad_status=",".join(str(s) for s in sorted(bad)),
        errors=[f"{len(errors)} connection errors, first: {errors[0]}"] if errors else [],
    )


# --- main -----------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=int, default=20, help="load duration (default 20)")
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections")
    parser.add_argument(
        "--workers", type=int, default=default_workers(), help="gunicorn workers (2*cores+1, ≤5)"
    )
    parser.add_argument(
        "--warmup",
        type=int,
        default=3,
        help="seconds of unmeasured load first, so every worker is warm (default 3)",
    )
    parser.add_argument(
        "--generator",
        choices=("auto", "wrk", "python"),
        default="auto",
        help="load generator: wrk if available (auto), or force one",
    )
    args = parser.parse_args()
    if args.seconds < 1 or args.connections < 1 or args.workers < 1 or args.warmup < 0:
        parser.error("--seconds, --connections and --workers must be at least 1")

    signal.signal(signal.SIGTERM, _on_sigterm)
    with tempfile.TemporaryFile("w+") as gunicorn_log:
        return bench(args, gunicorn_log)


def bench(args: argparse.Namespace, gunicorn_log: IO[str]) -> int:
    db_name = f"arshjul_bench_{os.getpid()}"
    db_created = False
    gunicorn: subprocess.Popen[str] | None = None
    try:
        log(f"creating database {db_name}")
        server_version = create_database(db_name)
        db_created = True
        env = os.environ | {
            "DATABASE_URL": f"postgres://{PG_USER}@{PG_HOST}:{PG_PORT}/{db_name}",
            "DJANGO_SETTINGS_MODULE": "arshjul.settings",
            "ARSHJUL_DEBUG": "0",
            "ARSHJUL_SECURE_COOKIES": "0",
            "ARSHJUL_ALLOWED_HOSTS": HOST,
            "ARSHJUL_LOG_LEVEL": "WARNING",
        }
        log("migrating")
        run_manage(env, "migrate", "--verbosity", "0")
        log("loading the demo")
        username, password = demo_password(run_manage(env, "demo_load"))

        port = free_port()
        log(f"starting gunicorn on {HOST}:{port} with {args.workers} workers")
        gunicorn = start_gunicorn(env, port, args.workers, gunicorn_log)
        wait_until_up(gunicorn, port)
        cookie = login(port, username, password)
        page_bytes = check_page(port, cookie)
        log(f"logged in as {username}; {PAGE} answers 200 ({page_bytes} bytes) with the tree")

        wrk = ensure_wrk() if args.generator in ("auto", "wrk") else None
        if args.generator == "wrk" and wrk is None:
            raise BenchError("--generator wrk, but wrk is not available")
        if args.warmup:
            log(f"warming up for {args.warmup} s (not measured)")
            warm = run_python_load(port, cookie, args.warmup, max(args.connections, args.workers))
            if warm.non_2xx or warm.errors:
                raise BenchError(
                    f"warm-up: {warm.non_2xx} non-2xx ({warm.first_bad_status}) {warm.errors}"
                )
        log(f"loading for {args.seconds} s with {args.connections} connections")
        if wrk:
            result = run_wrk(wrk, port, cookie, args.seconds, args.connections)
        else:
            result = run_python_load(port, cookie, args.seconds, args.connections)

        try:
            queries: dict[str, float] | None = count_queries(env, username)
        except (BenchError, subprocess.TimeoutExpired, ValueError) as exc:
            log(f"skipping the query count: {exc}")
            queries = None

        print()
        print(f"plan-tree load benchmark: GET {PAGE} as {username}")
        print(f"  database        PostgreSQL {server_version}, {db_name} on {PG_HOST}:{PG_PORT}")
        print(f"  server          gunicorn, {args.workers} sync workers × 1 thread, DEBUG off")
        print(f"  load generator  {result.generator}")
        print(f"  connections     {args.connections}")
        print(f"  duration        {result.duration_s:.1f} s (after {args.warmup} s warm-up)")
        print(f"  requests        {result.requests}")
        print(f"  requests/s      {result.requests_per_s:.1f}")
        print(f"  latency p50     {result.p50_ms:.1f} ms")
        print(f"  latency p99     {result.p99_ms:.1f} ms")
        bad = f" (status {result.first_bad_status})" if result.non_2xx else ""
        print(f"  non-2xx         {result.non_2xx}{bad}")
        for error in result.errors:
            print(f"  errors          {error}")
        if queries is not None:
            print(
                f"  SQL queries     {queries['queries']:.0f} per page "
                f"({queries['distinct']:.0f} distinct, {queries['sql_ms']:.1f} ms in SQL, "
                f"status {queries['status']:.0f})"
            )
        print(f"  page size       {page_bytes} bytes")

        if result.non_2xx:
            raise BenchError(f"{result.non_2xx} responses were not 2xx")
        if result.requests == 0:
            raise BenchError("no request completed")
        return 0
    except BenchError as exc:
        log(f"FAILED: {exc}")
        if gunicorn is not None:
            gunicorn_log.seek(0)
            tail = gunicorn_log.read()[-4000:]
            if tail.strip():
                log(f"gunicorn log (tail):\n{tail}")
        return 1
    finally:
        if gunicorn is not None:
            log("stopping gunicorn")
            stop_gunicorn(gunicorn)
        if db_created:
            log(f"dropping database {db_name}")
            drop_database(db_name)


if __name__ == "__main__":
    sys.exit(main())
