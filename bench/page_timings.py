"""Single-request timings of the board's heavier pages and documents, on PostgreSQL with the
demo loaded: median wall time of ``--runs`` requests (after one warm-up), response size and SQL
queries per request, as ``django.test.Client`` sees them (no web server, so this is the time
the app itself spends; the load test is ``plan_tree_load.py``).

    .venv/bin/python bench/page_timings.py [--runs 5] [--user controller]

Creates ``arshjul_bench_pages_<pid>``, migrates, loads the demo, measures in a subprocess and
drops the database whatever happens.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import time

import harness

PAGES = [
    "/servicenamnden/2021/rapporter/verksamhetsberattelse/?period=helar&format=json",
    "/servicenamnden/2021/rapporter/verksamhetsberattelse/?period=helar",
    "/servicenamnden/2025/rapporter/verksamhetsplan/",
    "/servicenamnden/2024/rapporter/verksamhetsplan/",
    "/servicenamnden/2021/rapporter/delarsrapport/?period=delar2",
    "/servicenamnden/2021/rapporter/upphandlingsrapport/?period=helar",
    "/servicenamnden/2024/rapporter/handlingsplan/",
    "/servicenamnden/2021/rapporter/medborgarversion/?period=helar",
    "/servicenamnden/2021/rapporter/verksamhetsberattelse/disposition/",
    "/servicenamnden/2021/rapporter/arkiv/",
    "/servicenamnden/2021/?period=helar",
    "/servicenamnden/ekonomi/2021/?period=helar",
    "/servicenamnden/personal/2021/",
    "/servicenamnden/nyckeltal/2021/",
    "/servicenamnden/internkontroll/2021/?period=helar",
    "/servicenamnden/upphandling/2021/",
]

MEASURE = """
import json, statistics, sys, time
import django
django.setup()
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
user, runs, pages = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
client = Client(HTTP_HOST="127.0.0.1")  # the allowed host of the bench settings
client.force_login(get_user_model().objects.get(username=user))
out = []
for page in pages:
    client.get(page)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(page)
        times.append(time.perf_counter() - start)
    with CaptureQueriesContext(connection) as queries:
        client.get(page)
    out.append({"page": page, "ms": statistics.median(times) * 1000, "status": response.status_code,
                "kb": len(response.content) / 1024, "queries": len(queries.captured_queries)})
print(json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--user", default="controller")
    options = parser.parse_args()
    signal.signal(signal.SIGTERM, harness.on_sigterm)
    db_name = f"arshjul_bench_pages_{os.getpid()}"
    version = harness.create_database(db_name)
    env = harness.server_env(db_name) | {"PYTHONPATH": str(harness.ROOT / "src")}
    try:
        harness.run_manage(env, "migrate", "--verbosity", "0")
        harness.run_manage(env, "demo_load")
        result = subprocess.run(
            [
                str(harness.BIN / "python"),
                "-c",
                MEASURE,
                options.user,
                str(options.runs),
                json.dumps(PAGES),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        if result.returncode != 0:
            raise harness.BenchError(result.stderr.strip()[-2000:])
        rows = json.loads(result.stdout.strip().splitlines()[-1])
    finally:
        harness.drop_database(db_name)
    print(f"PostgreSQL {version}; {options.user}; median of {options.runs} requests")
    print(f"{'ms':>8} {'kB':>7} {'SQL':>4}  page")
    for r in rows:
        flag = "" if r["status"] == 200 else f"  (status {r['status']})"
        print(f"{r['ms']:8.1f} {r['kb']:7.0f} {r['queries']:4d}  {r['page']}{flag}")


if __name__ == "__main__":
    started = time.perf_counter()
    try:
        main()
    except harness.BenchError as error:
        harness.log(f"failed: {error}")
        raise SystemExit(1) from error
    harness.log(f"done in {time.perf_counter() - started:.0f} s")
