"""Time ``read_sie`` and ``inspect`` on one SIE file and print seconds and peak memory.

    .venv/bin/python bench/sie_inspect_bench.py var/bench/synthetic.se [--repeat 3] [--lenient]

Each run reads the file's bytes from memory (the disk read is timed apart). Times are the
best of ``--repeat`` runs, as the least disturbed by the rest of the machine. The peak memory
is measured in a separate run under ``tracemalloc`` (which slows Python down, so it is not
timed), above the file's own bytes; the process's maximum resident size is printed too.
"""

from __future__ import annotations

import argparse
import gc
import resource
import time
import tracemalloc
from pathlib import Path

from arshjul.finance.sie import inspect, read_sie


def timed_run(data: bytes, name: str, strict: bool) -> tuple[float, float, int, int]:
    """(seconds to read, seconds to inspect, vouchers, transactions) of one run."""
    gc.collect()
    started = time.perf_counter()
    sie = read_sie(data, file_name=name, strict=strict)
    read = time.perf_counter() - started
    started = time.perf_counter()
    summary = inspect(sie)
    inspected = time.perf_counter() - started
    return read, inspected, summary["vouchers"], summary["transactions"]


def peak_megabytes(data: bytes, name: str, strict: bool) -> float:
    gc.collect()
    tracemalloc.start()
    sie = read_sie(data, file_name=name, strict=strict)
    inspect(sie)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1_048_576


def main() -> None:
    parser = argparse.ArgumentParser(description="Mät read_sie + inspect på en SIE-fil.")
    parser.add_argument("file", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lenient", action="store_true", help="strict=False (som inspect)")
    args = parser.parse_args()
    started = time.perf_counter()
    data = args.file.read_bytes()
    loading = time.perf_counter() - started
    runs = [timed_run(data, args.file.name, not args.lenient) for _ in range(args.repeat)]
    best_read = min(run[0] for run in runs)
    best_inspect = min(run[1] for run in runs)
    peak = peak_megabytes(data, args.file.name, not args.lenient)
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"file            {args.file} ({len(data) / 1_048_576:.1f} MiB, read in {loading:.2f} s)")
    print(f"vouchers        {runs[0][2]}")
    print(f"transactions    {runs[0][3]}")
    print(f"read_sie        {best_read:.2f} s (best of {args.repeat}, strict={not args.lenient})")
    print(f"inspect         {best_inspect:.2f} s")
    print(f"total           {best_read + best_inspect:.2f} s")
    print(f"peak memory     {peak:.0f} MiB (tracemalloc, beyond the file's bytes)")
    print(f"max RSS         {maxrss:.0f} MiB (whole process)")


if __name__ == "__main__":
    main()
