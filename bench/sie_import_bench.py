"""SIE import benchmark: a synthetic SIE 4E file with 1 000 000 #TRANS (12 months, 500
accounts) read with ``inspect``, imported into PostgreSQL, and, in the same run, the same rows
loaded by DuckDB from CSV as the reference.

    .venv/bin/python bench/sie_import_bench.py [--transactions 1000000] [--accounts 500] [--runs 3]

Each measurement runs in its own process (after Django has started, so start-up is not timed)
and reports its wall time and the process's peak memory (max RSS). The import runs into a fresh
PostgreSQL database that is dropped afterwards; the ledger is deleted between runs.
Targets from the issue: import ≤ 5 s and ≤ 3× DuckDB.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import harness

GENERATED = harness.ROOT / "var" / "bench"

READ = """
import json, resource, sys, time
from arshjul.finance.sie import inspect, read_sie
data = open(sys.argv[1], "rb").read()
start = time.perf_counter()
sie = read_sie(data, file_name="synthetic.se", strict=False)
report = inspect(sie)
seconds = time.perf_counter() - start
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "rss_mb": rss_mb,
                  "transactions": report["transactions"]}))
"""

IMPORT = """
import json, resource, sys, time
import django
django.setup()
from arshjul.finance.ledger import ledger_import
from arshjul.finance.models import LedgerImport
from arshjul.finance.services import finance_setup
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Organisation
org, created = Organisation.objects.get_or_create(slug="bench", defaults={"name": "Bench"})
if created:
    finance_setup(actor=SYSTEM, organisation=org)
LedgerImport.objects.filter(organisation=org).delete()
data = open(sys.argv[1], "rb").read()
start = time.perf_counter()
ledger = ledger_import(actor=SYSTEM, organisation=org, file_name="synthetic.se", data=data)
seconds = time.perf_counter() - start
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
from arshjul.finance import selectors
start = time.perf_counter()
selectors.ledger_result(ledger, selectors.ledger_account_sums(ledger))
report = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "rss_mb": rss_mb, "report": report,
                  "transactions": ledger.transactions}))
"""

CSV = """
import csv, sys
from arshjul.finance.sie import read_sie
sie = read_sie(open(sys.argv[1], "rb").read(), file_name="synthetic.se")
with open(sys.argv[2], "w", newline="") as out:
    writer = csv.writer(out)
    writer.writerow(["account", "date", "amount_ore", "cost_centre"])
    for _voucher, account, amount, date, centre in sie.transactions.rows():
        writer.writerow([account, date.isoformat(), amount, centre or ""])
print("{}")
"""

DUCKDB = """
import json, resource, sys, time
import duckdb
con = duckdb.connect()
start = time.perf_counter()
con.execute(f"CREATE TABLE t AS SELECT * FROM read_csv('{sys.argv[1]}', header=true)")
rows = con.execute("SELECT count(*) FROM t").fetchone()[0]
load = time.perf_counter() - start
con.execute("SELECT account, sum(amount_ore) FROM t GROUP BY account").fetchall()
print(json.dumps({"seconds": load, "with_group_by": time.perf_counter() - start,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "transactions": rows}))
"""


def run_snippet(code: str, *args: str, env: dict[str, str] | None = None) -> dict[str, float]:
    result = subprocess.run(
        [str(harness.BIN / "python"), "-c", code, *args],
        capture_output=True,
        text=True,
        env=env or os.environ | {"PYTHONPATH": str(harness.ROOT / "src")},
        timeout=900,
    )
    if result.returncode != 0:
        raise harness.BenchError(result.stderr.strip()[-2000:])
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def generate(transactions: int, accounts: int) -> Path:
    path = GENERATED / f"synthetic_{transactions}_{accounts}.se"
    if not path.exists():
        GENERATED.mkdir(parents=True, exist_ok=True)
        harness.log(f"generating {path.name}")
        subprocess.run(
            [
                str(harness.BIN / "python"),
                str(harness.ROOT / "bench" / "sie_generate.py"),
                "--transactions",
                str(transactions),
                "--accounts",
                str(accounts),
                "--output",
                str(path),
            ],
            check=True,
            capture_output=True,
        )
    return path


def median(results: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--transactions", type=int, default=1_000_000)
    parser.add_argument("--accounts", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    signal.signal(signal.SIGTERM, harness.on_sigterm)
    path = generate(options.transactions, options.accounts)
    csv_path = path.with_suffix(".csv")
    if not csv_path.exists():
        run_snippet(CSV, str(path), str(csv_path))
    db_name = f"arshjul_bench_sie_{os.getpid()}"
    version = harness.create_database(db_name)
    env = harness.server_env(db_name) | {"PYTHONPATH": str(harness.ROOT / "src")}
    try:
        harness.run_manage(env, "migrate", "--verbosity", "0")
        reads = [run_snippet(READ, str(path)) for _ in range(options.runs)]
        imports = [run_snippet(IMPORT, str(path), env=env) for _ in range(options.runs)]
        ducks = [run_snippet(DUCKDB, str(csv_path)) for _ in range(options.runs)]
    finally:
        harness.drop_database(db_name)
    size_mb = path.stat().st_size / 1e6
    imp, duck = median(imports, "seconds"), median(ducks, "seconds")
    print(
        f"file: {path.name}, {size_mb:.1f} MB, {int(imports[0]['transactions'])} #TRANS; "
        f"PostgreSQL {version}; {options.runs} runs, medians"
    )
    print(
        f"inspect (read + checks):  {median(reads, 'seconds'):6.2f} s   "
        f"peak {max(r['rss_mb'] for r in reads):6.0f} MB"
    )
    print(
        f"import into PostgreSQL:   {imp:6.2f} s   peak {max(r['rss_mb'] for r in imports):6.0f} MB"
    )
    print(
        f"result report of the ledger (SUM … GROUP BY account): {median(imports, 'report'):.2f} s"
    )
    print(
        f"DuckDB read_csv:          {duck:6.2f} s   peak {max(r['rss_mb'] for r in ducks):6.0f} MB"
        f"   (with GROUP BY {median(ducks, 'with_group_by'):.2f} s)"
    )
    print(f"import / DuckDB:          {imp / duck:6.1f}×   (targets: import ≤ 5 s, ≤ 3×)")


if __name__ == "__main__":
    started = time.perf_counter()
    try:
        main()
    except harness.BenchError as error:
        print(f"bench failed: {error}", file=sys.stderr)
        sys.exit(1)
    harness.log(f"done in {time.perf_counter() - started:.0f} s")
