"""PDF benchmark: the 2021 annual report (Verksamhetsberättelse, helår) of the demo rendered as
a tagged PDF/UA-1 by Typst (``reports.renderers.pdf``) and, for comparison, its HTML rendered
by WeasyPrint with ``pdf_variant="pdf/ua-1"``; plus the HTML renderer's own time.

    .venv/bin/python bench/report_pdf_bench.py [--runs 5] [--no-subprocess]

Uses the database named by ``ARSHJUL_DATA_DIR`` (or ``ARSHJUL_SQLITE``, ``DATABASE_URL``), which
must hold the demo; with none of them set it migrates a temporary SQLite database and loads
the demo (not timed). The document is built once; each engine renders it once for the memory
figures (also the warm-up: Typst's first compile loads the fonts) and then ``--runs`` times,
timed by the wall clock and by the process's CPU time (which a busy machine does not inflate).
Memory: the tracemalloc peak (Python allocations only: Typst allocates in Rust) and the growth
of the process's peak RSS during that first render; with subprocesses (the default) each
engine also renders once in a fresh process that reports its peak RSS before and after, the
clean figure. Finally it counts the structure elements of both PDFs: one /Table per logical
table is the requirement.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET_TYPST_S = 2.0
TARGET_RATIO = 5.0
TARGET_HTML_MS = 300.0


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_rss_mb() -> float:
    """This process's own peak RSS: VmHWM on Linux (ru_maxrss survives exec, so a child started
    by a big parent would report the parent's peak), else ru_maxrss."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return maxrss_mb()
    line = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "arshjul.settings")
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()


def demo_ready() -> bool:
    from django.db import DatabaseError

    from arshjul.planning.models import PlanYear

    try:
        return PlanYear.objects.filter(board__slug="servicenamnden", year=2021).exists()
    except DatabaseError:
        return False


def build() -> Any:
    from arshjul.organisations.access import SYSTEM
    from arshjul.reports.services import build_document

    return build_document(
        user=SYSTEM,
        type_key="verksamhetsberattelse",
        board_slug="servicenamnden",
        year=2021,
        period_key="helar",
    )


def weasyprint_pdf(document: Any) -> bytes:
    import logging

    from weasyprint import HTML

    from arshjul.reports.renderers.html import render_html

    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # CSS it ignores (overflow-x)
    html = render_html(document).decode("utf-8")
    return HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")  # type: ignore[no-any-return]


def engines() -> dict[str, Callable[[Any], bytes]]:
    from arshjul.reports.renderers.pdf import render_pdf

    return {"typst": render_pdf, "weasyprint": weasyprint_pdf}


def timed(function: Callable[[], Any], runs: int) -> tuple[list[float], list[float], Any]:
    """Wall-clock and CPU seconds (all threads of the process) of each run, and the result.
    On a busy machine the wall time grows and the CPU time does not."""
    times, cpu, result = [], [], None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = function()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return times, cpu, result


def memory_in_process(render: Callable[[], bytes]) -> dict[str, float]:
    before = maxrss_mb()
    tracemalloc.start()
    render()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"tracemalloc_peak_mb": peak / 2**20, "maxrss_growth_mb": maxrss_mb() - before}


def structure(pdf_bytes: bytes) -> dict[str, int]:
    """Counts of the structure elements that matter: tables, header cells with a scope,
    figures with alternative text, headings."""
    import pikepdf

    counts: Counter[str] = Counter()
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        counts["pages"] = len(pdf.pages)
        stack = [pdf.Root.StructTreeRoot] if "/StructTreeRoot" in pdf.Root else []
        while stack:
            element = stack.pop()
            kind = str(element.get("/S", ""))
            counts[kind] += 1
            if kind == "/TH" and _has_scope(element):
                counts["/TH with /Scope"] += 1
            if kind == "/Figure" and "/Alt" in element:
                counts["/Figure with /Alt"] += 1
            k = element.get("/K")
            kids: list[Any] = list(k) if isinstance(k, pikepdf.Array) else [k]
            stack.extend(k for k in kids if isinstance(k, pikepdf.Dictionary) and "/S" in k)
        counts["PDF/UA-1"] = int("pdfuaid" in str(pdf.open_metadata()))
    return dict(counts)


def _has_scope(element: Any) -> bool:
    import pikepdf

    attributes = element.get("/A")
    found = list(attributes) if isinstance(attributes, pikepdf.Array) else [attributes]
    return any(isinstance(a, pikepdf.Dictionary) and "/Scope" in a for a in found)


def child(engine: str) -> None:
    """One render in a fresh process: its peak RSS before (Django and the built document) and
    after."""
    setup_django()
    document = build()
    render = engines()[engine]
    before = peak_rss_mb()
    render(document)
    print(json.dumps({"before_mb": before, "after_mb": peak_rss_mb()}))


def fresh_process(engine: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", engine],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ.copy(),
        timeout=600,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def measure(runs: int, subprocesses: bool) -> dict[str, Any]:
    from arshjul.reports.model import Table
    from arshjul.reports.reconcile import tables_of
    from arshjul.reports.renderers.html import render_html

    start = time.perf_counter()
    document = build()
    built_s = time.perf_counter() - start
    html_times, _, _ = timed(lambda: render_html(document), runs)
    render = engines()
    memory = {name: memory_in_process(partial(r, document)) for name, r in render.items()}
    result: dict[str, Any] = {"build_s": built_s, "html_s": html_times, "memory": memory}
    for name, engine in render.items():
        times, cpu, pdf = timed(partial(engine, document), runs)
        result[name] = {"times": times, "cpu": cpu, "bytes": len(pdf), "structure": structure(pdf)}
        if subprocesses:
            result[name]["fresh"] = fresh_process(name)
    model_tables = sum(isinstance(t, Table) for t in tables_of(document.sections))
    result["model_tables"] = model_tables + (1 if document.discrepancies else 0)
    return result


def report(result: dict[str, Any], runs: int) -> None:
    typst_times, weasy_times = result["typst"]["times"], result["weasyprint"]["times"]
    typst_median, weasy_median = statistics.median(typst_times), statistics.median(weasy_times)
    html_ms = statistics.median(result["html_s"]) * 1000
    print(f"PDF benchmark: Verksamhetsberättelse 2021 helår, median of {runs} runs")
    print(f"  load average    {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"  build document  {result['build_s']:.2f} s (once)")
    print(f"  HTML render     {html_ms:.0f} ms (target ≤ {TARGET_HTML_MS:.0f} ms)")
    for name, times in (("typst", typst_times), ("weasyprint", weasy_times)):
        data = result[name]
        print(
            f"  {name:<14}  median {statistics.median(times):.2f} s, min {min(times):.2f} s, "
            f"max {max(times):.2f} s; {data['structure']['pages']} pages, "
            f"{data['structure']['pages'] / statistics.median(times):.1f} pages/s, "
            f"{data['bytes'] / 1024:.0f} kB; CPU median {statistics.median(data['cpu']):.2f} s"
        )
    print(f"  WeasyPrint/Typst {weasy_median / typst_median:.1f}× (target ≥ {TARGET_RATIO:.0f}×)")
    typst_cpu = statistics.median(result["typst"]["cpu"])
    verdict = "met" if typst_median <= TARGET_TYPST_S else "missed"
    print(f"  Typst target    ≤ {TARGET_TYPST_S:.0f} s wall: {verdict} (CPU {typst_cpu:.2f} s)")
    for name in ("typst", "weasyprint"):
        memory = result["memory"][name]
        line = (
            f"  memory {name:<10} tracemalloc peak {memory['tracemalloc_peak_mb']:.1f} MB, "
            f"peak RSS growth {memory['maxrss_growth_mb']:.1f} MB"
        )
        if "fresh" in result[name]:
            fresh = result[name]["fresh"]
            line += (
                f"; fresh process {fresh['before_mb']:.0f} → {fresh['after_mb']:.0f} MB "
                f"(+{fresh['after_mb'] - fresh['before_mb']:.0f})"
            )
        print(line)
    print(f"  tables in the model {result['model_tables']} (incl. the discrepancy table)")
    keys = ["/Table", "/TR", "/TH", "/TH with /Scope", "/Figure", "/Figure with /Alt"]
    keys += ["/H1", "/H2", "/H3", "/H4", "PDF/UA-1"]
    print(f"  {'structure':<18}{'typst':>8}{'weasyprint':>12}")
    for key in keys:
        ours, theirs = result["typst"]["structure"], result["weasyprint"]["structure"]
        print(f"  {key:<18}{ours.get(key, 0):>8}{theirs.get(key, 0):>12}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-subprocess", action="store_true")
    parser.add_argument("--child", choices=["typst", "weasyprint"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    named = any(os.environ.get(k) for k in ("ARSHJUL_DATA_DIR", "ARSHJUL_SQLITE", "DATABASE_URL"))
    with tempfile.TemporaryDirectory(prefix="arshjul-bench-") as tmp:
        if not named:
            os.environ["ARSHJUL_DATA_DIR"] = tmp  # the child processes use it too
        setup_django()
        if not named:
            from django.core.management import call_command

            from arshjul.demo.loader import load_demo

            call_command("migrate", verbosity=0)
            load_demo()
        elif not demo_ready():
            raise SystemExit("The database has no demo: run `arshjul demo_load` first.")
        report(measure(args.runs, not args.no_subprocess), args.runs)


if __name__ == "__main__":
    main()
