"""`make bench`: build a realistic data set in PostgreSQL, serve it with gunicorn under the
production settings, drive it with wrk on loopback, and print a table per endpoint with its
ratio to a static file served by whitenoise (the ceiling).

    .venv/bin/python bench/run.py [--scale 0.1] [--seconds 10] [--connections 16] [--reuse]
"""

import argparse
import json
import os
import platform
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import wrk  # noqa: E402

PYTHON = sys.executable
RESULTS = ROOT / "bench" / "results"
PORT = 8799


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 10,000 members")
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per endpoint")
    parser.add_argument("--connections", type=int, default=16)
    # As the README deploys it: one worker per core, plus one to cover waits on the
    # database. Gunicorn's 2 × cores + 1 suits servers without PostgreSQL on the same
    # cores: here, in paired 10 s co-sign runs, 5 workers did 180 and 201 a second where 3
    # did 192 and 237 (each process costs more CPU per request when more of them compete).
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) + 1)
    parser.add_argument("--max-requests", type=int, default=200_000, help="per wrk thread")
    parser.add_argument("--reuse", action="store_true", help="keep the data of the last run")
    parser.add_argument("--database", default="coproduce_bench")
    return parser.parse_args()


def environment(args):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY", secrets.token_urlsafe(50)),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{args.database}",
        "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/13"),
        "SECURE_SSL_REDIRECT": "false",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "WARNING",
        # The named abuse limits would refuse a load test's co-signs from one address.
        "RATELIMIT_ENABLE": "false",
    }


def psql(sql, database="postgres"):
    """Run `sql` on the machine's PostgreSQL; returns what it printed, unaligned."""
    return subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-qtAc", sql],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def prepare(args, env):
    if not args.reuse:
        psql(f"DROP DATABASE IF EXISTS {args.database}")
        psql(f"CREATE DATABASE {args.database}")
    manage = [PYTHON, "manage.py"]
    subprocess.run([*manage, "migrate", "--no-input", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([*manage, "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True)
    targets = RESULTS / "targets.json"
    if not (args.reuse and targets.exists()):
        subprocess.run(
            [PYTHON, "bench/generate.py", "--scale", str(args.scale), "--out", str(targets)],
            cwd=ROOT,
            env=env,
            check=True,
        )
    # A live database has its statistics; a freshly loaded one needs them, or PostgreSQL
    # plans the first minutes of queries blind.
    psql("VACUUM ANALYZE", args.database)
    # Start from empty caches: the data set is new, and cached pages would flatter the figures.
    for db in ("13", "14"):
        subprocess.run(["redis-cli", "-n", db, "FLUSHDB"], check=False, capture_output=True)
    return json.loads(targets.read_text())


def start_server(args, env):
    server = subprocess.Popen(
        [
            str(Path(PYTHON).with_name("gunicorn")),
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/en/", timeout=2)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.5)
    stop_server(server)
    raise SystemExit("gunicorn did not answer within 60 seconds")


def stop_server(server):
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=30)


def endpoints(targets):
    base = f"http://127.0.0.1:{PORT}"
    member = {"BENCH_SESSION": targets["member_session"]}
    cosign = {"BENCH_COSIGN_FILE": targets["cosign_file"], "BENCH_THREADS": "2"}
    # Many members, each seeing their home for the first time: pages kept for a reader
    # (members_area.reader_cache) cannot help, so this is the cost of building the page.
    return [
        ("static file (ceiling)", base + targets["static_file"], None, None),
        ("home page", base + "/en/", None, None),
        ("policy index", base + "/en/policies/", None, None),
        ("policy index, by topic", base + targets["topic_index"], None, None),
        ("policy page", base + targets["policy"], None, None),
        ("policy page (ar)", base + targets["policy_ar"], None, None),
        ("search", base + "/en/search/?q=rent", None, None),
        ("members' home", base + "/members/", "member.lua", member),
        ("members' home, first view", base + "/members/", "member_many.lua", cosign),
        ("draft, 50 comments", base + targets["draft"], "member.lua", member),
        ("co-sign POST", base + "/", "cosign.lua", cosign),
    ]


def cosignatures(args):
    return int(psql("SELECT count(*) FROM policies_cosignature", args.database))


def measure(args, targets):
    rows = []
    for name, url, script, extra in endpoints(targets):
        env = {**(extra or {}), "BENCH_MAX_REQUESTS": str(args.max_requests)}
        if script not in ("cosign.lua", "member_many.lua"):
            # A short warm-up fills caches and connection pools, as on a live site. Not for
            # co-signing (each line of the co-sign file is a pair that may sign only once),
            # nor for first views (it would make them second views).
            wrk.run(url, seconds=2, connections=args.connections, script=script, env=env)
        before = cosignatures(args)
        result = wrk.run(
            url, seconds=args.seconds, connections=args.connections, script=script, env=env
        )
        # Co-signs count only if they happened: a redirect to the login page is a 302 too.
        result["added"] = cosignatures(args) - before
        rows.append({"endpoint": name, **result})
    ceiling = rows[0]["rps"] or 1
    for row in rows:
        row["ratio"] = row["rps"] / ceiling
    return rows


def cosign_row(rows):
    return next(row for row in rows if row["endpoint"] == "co-sign POST")


def repeats(rows, targets):
    """Rows that ran out of members: once every line of the co-sign file has been used,
    wrk starts again at the first, so later co-signs are refused as second ones and later
    first views are kept pages. At small scales those rows flatter."""
    members = len(Path(targets["cosign_file"]).read_text().splitlines())
    return [
        f"{row['endpoint']}: {row['requests']} requests for {members} members, so "
        f"{row['requests'] - members} repeated one; use a larger --scale for this row."
        for row in rows
        if row["endpoint"] in ("co-sign POST", "members' home, first view")
        and row["requests"] > members
    ]


def table(rows):
    lines = [
        "| endpoint | req/s | p50 ms | p95 ms | p99 ms | errors | × static |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['endpoint']} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p95']:.1f} "
            f"| {r['p99']:.1f} | {r['errors']} | {r['ratio']:.2f} |"
        )
    return "\n".join(lines)


def main():
    args = parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    env = environment(args)
    RESULTS.mkdir(parents=True, exist_ok=True)
    targets = prepare(args, env)
    server = start_server(args, env)
    try:
        rows = measure(args, targets)
    finally:
        stop_server(server)
    check = subprocess.run(
        [PYTHON, "manage.py", "reconcile_cosignatures"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    report = (
        f"# Benchmark {datetime.now(UTC):%Y-%m-%d %H:%M} UTC\n\n"
        f"scale {args.scale}, {args.connections} connections, {args.seconds}s per endpoint, "
        f"{args.workers} gunicorn workers; {machine}\n\n{table(rows)}\n\n"
        f"co-signatures added during the co-sign run: {cosign_row(rows)['added']}; "
        "co-signature counts checked against the rows after the run (reconcile_cosignatures): "
        f"{check.stdout.strip() or check.stderr.strip()}\n"
    )
    report += "".join(f"\nNote: {warning}\n" for warning in repeats(rows, targets))
    print(report)
    stamp = f"{datetime.now(UTC):%Y%m%d-%H%M%S}"
    (RESULTS / f"{stamp}.md").write_text(report)
    (RESULTS / f"{stamp}.json").write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
