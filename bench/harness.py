"""Shared harness for the bench scripts.

The pieces a benchmark needs around its measurement: a fresh PostgreSQL database (created and
dropped over a psycopg admin connection), the demo data loaded into it with ``arshjul``,
gunicorn on a free port on 127.0.0.1, and a logged-in session to request pages with. Bench
scripts run as ``.venv/bin/python bench/<script>.py`` import it as ``harness``.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Sequence
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


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def on_sigterm(signum: int, frame: FrameType | None) -> None:
    """SIGTERM handler: turn the signal into KeyboardInterrupt so ``finally`` blocks run."""
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


def server_env(db_name: str) -> dict[str, str]:
    """Environment for ``arshjul`` commands and gunicorn on database ``db_name``, DEBUG off."""
    return os.environ | {
        "DATABASE_URL": f"postgres://{PG_USER}@{PG_HOST}:{PG_PORT}/{db_name}",
        "DJANGO_SETTINGS_MODULE": "arshjul.settings",
        "ARSHJUL_DEBUG": "0",
        "ARSHJUL_SECURE_COOKIES": "0",
        "ARSHJUL_ALLOWED_HOSTS": HOST,
        "ARSHJUL_LOG_LEVEL": "WARNING",
    }


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


def demo_password(output: str, users: Sequence[str]) -> tuple[str, str]:
    """(username, password) of the first of ``users`` in demo_load's ``  user  role  pw`` lines."""
    found: dict[str, str] = {}
    for line in output.splitlines():
        parts = line.split()
        if line.startswith("  ") and len(parts) == 3:
            found[parts[0]] = parts[2]
    for username in users:
        if username in found:
            return username, found[username]
    raise BenchError(f"no password for {' or '.join(users)} in demo_load output:\n{output}")


def count_queries(env: dict[str, str], username: str, page: str) -> dict[str, float]:
    """Status, SQL query count, distinct query shapes and SQL ms of one GET of ``page``."""
    done = subprocess.run(
        [str(BIN / "python"), "-c", QUERY_COUNT_SNIPPET, username, page],
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


def check_page(port: int, cookie: str, page: str, marker: str, *, content: str) -> int:
    """GET ``page`` with the session cookie; its size in bytes.

    Fails unless it answers 200 with ``marker`` in it; ``content`` names what the marker stands
    for in the error message (e.g. "plan tree").
    """
    status, headers, html = request(port, "GET", page, headers={"Cookie": cookie})
    if status != 200:
        raise BenchError(f"GET {page}: status {status} (Location: {headers.get('Location')})")
    if marker not in html:
        raise BenchError(f"GET {page}: 200 but no {content} ({marker!r}) in the page")
    return len(html.encode())
