"""Run wrk against one URL and read its latency distribution and throughput."""

import os
import re
import subprocess
from pathlib import Path

LUA = Path(__file__).with_name("lua")
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def run(url, *, seconds, connections, threads=2, script=None, env=None):
    """One bounded wrk run. Returns requests/s, p50/p95/p99 (ms), requests and errors.

    The p95 comes from wrk's own report: `done` in the Lua script prints it, because wrk's
    --latency table stops at 50/75/90/99."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    command += ["-s", str(LUA / (script or "report.lua"))]
    command.append(url)
    env = {**os.environ, **(env or {}), "BENCH_LUA_DIR": str(LUA)}
    output = subprocess.run(
        command, capture_output=True, text=True, timeout=seconds + 30, env=env, check=True
    ).stdout
    stats = dict(re.findall(r"^STAT (\w+) ([\d.]+)$", output, re.M))
    requests = int(stats["requests"])
    errors = sum(int(stats.get(k, 0)) for k in ("connect", "read", "write", "timeout", "status"))
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": float(stats["p50"]) / 1000,
        "p95": float(stats["p95"]) / 1000,
        "p99": float(stats["p99"]) / 1000,
        "requests": requests,
        "errors": errors,
    }
