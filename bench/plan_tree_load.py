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
import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from typing import IO

from harness import (
    HOST,
    PG_HOST,
    PG_PORT,
    BenchError,
    check_page,
    count_queries,
    create_database,
    default_workers,
    demo_password,
    drop_database,
    free_port,
    log,
    login,
    on_sigterm,
    run_manage,
    server_env,
    start_gunicorn,
    stop_gunicorn,
    wait_until_up,
)
from loadgen import LoadResult, ensure_wrk, run_python_load, run_wrk

PAGE = "/servicenamnden/2021/?period=helar"
MARKER = "Mål, strategier och uppdrag"
USERS = ("lasare", "controller")


@dataclass
class Resources:
    """What bench() has created so far, so that clean_up() removes exactly that."""

    db_name: str
    db_created: bool = False
    gunicorn: subprocess.Popen[str] | None = None


@dataclass
class Session:
    """The running server, logged in as ``username``, with the page checked."""

    env: dict[str, str]
    server_version: str
    username: str
    port: int
    cookie: str
    page_bytes: int


def parse_args() -> argparse.Namespace:
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
    return args


def main() -> int:
    args = parse_args()
    signal.signal(signal.SIGTERM, on_sigterm)
    with tempfile.TemporaryFile("w+") as gunicorn_log:
        return bench(args, gunicorn_log)


def bench(args: argparse.Namespace, gunicorn_log: IO[str]) -> int:
    made = Resources(db_name=f"arshjul_bench_{os.getpid()}")
    try:
        session = set_up(args, made, gunicorn_log)
        result = run_load(args, session.port, session.cookie)
        queries = query_count(session.env, session.username)
        print_result(args, made.db_name, session, result, queries)
        if result.non_2xx:
            raise BenchError(f"{result.non_2xx} responses were not 2xx")
        if result.requests == 0:
            raise BenchError("no request completed")
        return 0
    except BenchError as exc:
        report_failure(exc, made, gunicorn_log)
        return 1
    finally:
        clean_up(made)


def set_up(args: argparse.Namespace, made: Resources, gunicorn_log: IO[str]) -> Session:
    """Fresh database with the demo, gunicorn answering, logged in, page checked."""
    log(f"creating database {made.db_name}")
    server_version = create_database(made.db_name)
    made.db_created = True
    env = server_env(made.db_name)
    log("migrating")
    run_manage(env, "migrate", "--verbosity", "0")
    log("loading the demo")
    username, password = demo_password(run_manage(env, "demo_load"), USERS)

    port = free_port()
    log(f"starting gunicorn on {HOST}:{port} with {args.workers} workers")
    made.gunicorn = start_gunicorn(env, port, args.workers, gunicorn_log)
    wait_until_up(made.gunicorn, port)
    cookie = login(port, username, password)
    page_bytes = check_page(port, cookie, PAGE, MARKER, content="plan tree")
    log(f"logged in as {username}; {PAGE} answers 200 ({page_bytes} bytes) with the tree")
    return Session(env, server_version, username, port, cookie, page_bytes)


def run_load(args: argparse.Namespace, port: int, cookie: str) -> LoadResult:
    """Unmeasured warm-up with the Python generator, then the measured load."""
    wrk = ensure_wrk() if args.generator in ("auto", "wrk") else None
    if args.generator == "wrk" and wrk is None:
        raise BenchError("--generator wrk, but wrk is not available")
    if args.warmup:
        log(f"warming up for {args.warmup} s (not measured)")
        warm_connections = max(args.connections, args.workers)
        warm = run_python_load(port, PAGE, cookie, args.warmup, warm_connections)
        if warm.non_2xx or warm.errors:
            raise BenchError(
                f"warm-up: {warm.non_2xx} non-2xx ({warm.first_bad_status}) {warm.errors}"
            )
    log(f"loading for {args.seconds} s with {args.connections} connections")
    if wrk:
        return run_wrk(wrk, port, PAGE, cookie, args.seconds, args.connections)
    return run_python_load(port, PAGE, cookie, args.seconds, args.connections)


def query_count(env: dict[str, str], username: str) -> dict[str, float] | None:
    """The page's SQL query count, or None (logged) if it could not be taken."""
    try:
        return count_queries(env, username, PAGE)
    except (BenchError, subprocess.TimeoutExpired, ValueError) as exc:
        log(f"skipping the query count: {exc}")
        return None


def print_result(
    args: argparse.Namespace,
    db_name: str,
    session: Session,
    result: LoadResult,
    queries: dict[str, float] | None,
) -> None:
    print()
    print(f"plan-tree load benchmark: GET {PAGE} as {session.username}")
    where = f"{db_name} on {PG_HOST}:{PG_PORT}"
    print(f"  database        PostgreSQL {session.server_version}, {where}")
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
    print(f"  page size       {session.page_bytes} bytes")


def report_failure(exc: BenchError, made: Resources, gunicorn_log: IO[str]) -> None:
    log(f"FAILED: {exc}")
    if made.gunicorn is not None:
        gunicorn_log.seek(0)
        tail = gunicorn_log.read()[-4000:]
        if tail.strip():
            log(f"gunicorn log (tail):\n{tail}")


def clean_up(made: Resources) -> None:
    """Stop gunicorn and drop the database, whichever of them bench() got to."""
    if made.gunicorn is not None:
        log("stopping gunicorn")
        stop_gunicorn(made.gunicorn)
    if made.db_created:
        log(f"dropping database {made.db_name}")
        drop_database(made.db_name)


if __name__ == "__main__":
    sys.exit(main())
