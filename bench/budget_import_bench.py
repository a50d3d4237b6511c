"""Budget import benchmark: a generated CSV of N rows (units × accounts × 12 months of the
demo's Servicenämnden) imported with ``budget_import`` into a fresh SQLite database.

    .venv/bin/python bench/budget_import_bench.py [--rows 100000] [--runs 3]

The database is a temporary file (migrated and loaded with the demo once, not timed); each run
imports a file with a different first amount (so it is a new file, not a refused duplicate)
into its own revision. Prints the parse time (reading and checking the file, no writes) and the
whole import (check + version + batch + entries + audit) per run, with the peak memory (RSS).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def generate(rows: int, seed: int) -> bytes:
    units = ["it", "fastigheter", "forsorjning", "mt", "stab", "gemensamt", "iu", "ssc", ""]
    accounts = [str(3000 + i * 7) for i in range(200)] + [str(4000 + i * 13) for i in range(300)]
    lines = ["Enhet;Konto;Rad;År;Månad;Belopp"]
    for n in range(rows):
        unit = units[n % len(units)]
        account = accounts[(n // len(units)) % len(accounts)]
        month = n % 12 + 1
        sign = "" if account < "4000" else "−"
        amount = f"{sign}{(n * 7919 + seed) % 1_000_000} {n % 1000:03d},{n % 100:02d}"
        lines.append(f"{unit};{account};;2026;{month};{amount}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="arshjul-bench-") as tmp:
        os.environ.pop("DATABASE_URL", None)
        os.environ["ARSHJUL_DATA_DIR"] = tmp
        os.environ["ARSHJUL_SQLITE"] = str(Path(tmp) / "bench.sqlite3")
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "arshjul.settings")
        sys.path.insert(0, str(ROOT / "src"))
        results = run(args.rows, args.runs)
    print(json.dumps(results, ensure_ascii=False, indent=2))


def run(rows: int, runs: int) -> dict[str, object]:
    import django

    django.setup()
    from django.core.management import call_command

    from arshjul.demo.loader import load_demo
    from arshjul.finance.budget_import import budget_import, parse_budget_file
    from arshjul.organisations.access import SYSTEM
    from arshjul.organisations.models import Board

    call_command("migrate", verbosity=0)
    load_demo()
    board = Board.objects.get(slug="servicenamnden")
    parse_s, import_s = [], []
    for index in range(runs):
        data = generate(rows, seed=index)
        start = time.perf_counter()
        parse_budget_file(data, file_name="bench.csv", board=board, year=2026)
        parse_s.append(time.perf_counter() - start)
        start = time.perf_counter()
        result = budget_import(
            actor=SYSTEM,
            board=board,
            year=2026,
            kind="budget",
            file_name="bench.csv",
            data=data,
            revision=index + 1,
        )
        import_s.append(time.perf_counter() - start)
        assert result.rows == rows
    return {
        "rows": rows,
        "file_mb": round(len(generate(rows, 0)) / 1e6, 1),
        "parse_s": [round(s, 2) for s in parse_s],
        "import_s": [round(s, 2) for s in import_s],
        "import_median_s": round(statistics.median(import_s), 2),
        "rows_per_s": round(rows / statistics.median(import_s)),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


if __name__ == "__main__":
    main()
