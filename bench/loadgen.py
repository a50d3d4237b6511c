"""Load generators for the bench scripts: ``wrk`` (installed with apt-get when missing) or a
Python fallback of keep-alive ``http.client`` connections, one thread each. Both measure GETs
of one page with a session cookie and return a :class:`LoadResult`.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field

from harness import HOST, BenchError, log

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


def run_wrk(
    wrk: str, port: int, page: str, cookie: str, seconds: int, connections: int
) -> LoadResult:
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
            f"http://{HOST}:{port}{page}",
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


def run_python_load(
    port: int, page: str, cookie: str, seconds: int, connections: int
) -> LoadResult:
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
                conn.request("GET", page, headers=headers)
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
