"""Election-night load benchmark of issue 17: the site through the shipped nginx, straight from
gunicorn against a bare Django view, uncached against the Wagtail peer, and its query budgets.

Run it through `bash bench/run.sh` (`make bench`; `--quick` is the smoke test of `make test`);
docs/benchmark.md says what each scenario does. Everything the run starts or creates is recorded in
a state file and released at the end, also when it fails; run.sh releases a killed run's leftovers.
"""

import argparse
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench import databases, report, scenarios_gunicorn, scenarios_nginx
from bench.processes import (
    BENCH,
    CACHE_DIR,
    REDIS_URL,
    RESULTS_DIR,
    ROOT,
    Resources,
    http_get,
    log,
    nginx,
    release_one,
    run,
    server,
    site,
)
from bench.wrk import CONNECTIONS, THREADS

NGINX_WORKERS = 1  # with one wrk thread and gunicorn on two cores


class Context:
    def __init__(self, options, resources, tmp):
        self.quick, self.resources, self.tmp = options.quick, resources, tmp
        self.passes = 1 if options.quick else 3
        self.seconds = options.seconds or (2 if options.quick else 4)  # one round of wrk
        self.connections = CONNECTIONS
        self.storm_seconds = 8 if options.quick else 30
        self.stop_seconds = 20
        self.static_dir = None


def services_problem():
    problems = [databases.pg_tools_missing()]
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_timeout=3).ping()
    except Exception as error:
        problems.append(f"Redis at {REDIS_URL}: {error}")
    return "; ".join(problem for problem in problems if problem)


def measure(options, ctx, results):
    resources, tmp = ctx.resources, ctx.tmp
    cluster = databases.Cluster(resources)
    results["meta"]["versions"]["postgresql"] = cluster.version()
    static_root, media_root = CACHE_DIR / "static", tmp / "media"
    databases.collectstatic(databases.site_env("sqlite:///" + str(tmp / "unused.sqlite3"), static_root, media_root))
    ctx.static_dir = static_root / f"bench-{os.getpid()}"
    ctx.static_dir.mkdir(exist_ok=True)
    resources.add("directory", str(ctx.static_dir))
    counts = [1000] if ctx.quick else [1000, 10000]
    for count in counts:
        url = databases.create_database(resources, cluster.server_url, f"commission_{count}")
        env = databases.site_env(url, static_root, media_root, PAGE_CACHE_DEBUG_HEADER=1)
        dataset = databases.seed(env, f"PostgreSQL {count:,}", count)
        results["datasets"][f"postgresql-{count}"] = dataset
        results["queries"][dataset["label"]] = scenarios_gunicorn.query_budgets(env, dataset)
        if count != counts[-1]:
            resources.release("database", cluster.server_url, f"commission_{count}")
    urls = dataset["urls"]
    databases.flush_redis()
    with site(resources, env, ctx.logs, "site") as (site_base, site_pid, upstream):
        for path in urls.values():
            http_get(site_base, path)  # into the page cache
        results["direct"] = scenarios_gunicorn.warm_against_bare(ctx, env, site_base, site_pid, urls)
        with nginx(resources, upstream, tmp, static_root, media_root, NGINX_WORKERS) as (nginx_base, nginx_pid):
            results["nginx"] = scenarios_nginx.cached_pages(ctx, nginx_base, nginx_pid, urls)
            results["storm"] = scenarios_nginx.publishing_storm(ctx, env, nginx_base, urls["news_list"])
            if ctx.quick:
                results["skipped"]["pg_stop"] = "quick mode"
            else:
                results["pg_stop"] = scenarios_nginx.postgres_stopped(ctx, cluster, nginx_base, urls)
    resources.release("database", cluster.server_url, f"commission_{counts[-1]}")
    if ctx.quick:
        results["skipped"]["search_100000"] = "quick mode"
    else:
        url = databases.create_database(resources, cluster.server_url, "commission_100000")
        env = databases.site_env(url, static_root, media_root, page_cache_seconds=0)
        dataset = databases.seed(env, "PostgreSQL 100,000", 100000)
        databases.flush_redis()
        results["datasets"]["postgresql-100000"] = dataset
        results["search"] = scenarios_gunicorn.search_at_scale(ctx, env, dataset)
        resources.release("database", cluster.server_url, "commission_100000")
    if ctx.quick or not options.peer:
        results["peer"] = {"skipped": "quick mode" if ctx.quick else "--no-peer"}
        return
    url = "sqlite:///" + str(tmp / "site-10000.sqlite3")
    env = databases.site_env(url, static_root, media_root, page_cache_seconds=0)
    dataset = databases.seed(env, "SQLite 10,000", 10000)
    results["datasets"]["sqlite-10000"] = dataset
    results["peer"] = scenarios_gunicorn.against_peer(ctx, env, dataset)


def failed_requests(results):
    """Every measurement of our site with a failed request or a non-2xx answer."""
    found = []
    runs = {f"nginx {n}": s for n, s in results.get("nginx", {}).get("pages", {}).items()}
    if results.get("nginx"):
        runs["nginx static"] = results["nginx"]["static"]
    runs.update({f"gunicorn {n}": s for n, s in results.get("direct", {}).get("pages", {}).items()})
    if results.get("direct"):
        runs["gunicorn bare"] = results["direct"]["bare"]
    for key in ("storm", "pg_stop"):
        if results.get(key):
            runs[key] = results[key]["wrk"]
    runs.update({f"no cache {n}": s for n, s in results.get("peer", {}).get("ours", {}).items()})
    for name, stats in runs.items():
        if stats["errors"] or stats["non2xx"]:
            found.append(f"{name}: {stats['errors']} failed requests, {stats['non2xx']} non-2xx")
    for label, queries in results["queries"].items():
        found += [f"{label} {n}: HTTP {q['statuses']}" for n, q in queries.items() if set(q["statuses"]) != {200}]
    return found


def machine_info(options):
    def output(command):
        return run(command, capture=True, check=False).strip()

    import django
    import gunicorn
    import redis

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if "MemTotal" in line)
    nginx_version = subprocess.run([server.NGINX, "-v"], capture_output=True, text=True).stderr  # on stderr
    return {
        "started": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": output(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]) or "unknown",
        "mode": "quick" if options.quick else ("full" if options.peer else "partial (--no-peer)"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(int(memory) / 1024 / 1024, 1),
        "kernel": platform.release(),
        "load_at_start": [round(x, 2) for x in os.getloadavg()],
        "connections": CONNECTIONS,
        "wrk_threads": THREADS,
        "nginx_workers": NGINX_WORKERS,
        "versions": {
            "python": platform.python_version(),
            "django": django.__version__,
            "gunicorn": gunicorn.__version__,
            "redis": redis.Redis.from_url(REDIS_URL).info("server")["redis_version"],
            "wrk": output(["wrk", "--version"]).split(" [")[0],
            "nginx": nginx_version.strip().removeprefix("nginx version: ") or "nginx",
        },
    }


def write(results, verdicts, options):
    text = report.markdown(results, verdicts)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stem = f"{datetime.now(UTC):%Y-%m-%d-%H%M}-{results['meta']['commit']}-{results['meta']['mode'].split()[0]}"
    (RESULTS_DIR / f"{stem}.json").write_text(json.dumps({**results, "verdicts": verdicts}, indent=1))
    (RESULTS_DIR / f"{stem}.md").write_text(text)
    log(f"results: {RESULTS_DIR / stem}.md and .json")
    if results["meta"]["mode"] == "full":
        (BENCH / "results").mkdir(exist_ok=True)
        (BENCH / "results" / "LATEST.md").write_text(text)
        log("results: bench/results/LATEST.md")


def bench(options, resources):
    problem = services_problem()
    if problem:
        if options.quick and os.environ.get("CI", "").lower() not in ("1", "true"):
            log(f"Skipping the benchmark smoke test: {problem}")
            return 0
        raise RuntimeError(f"the benchmark needs Redis and PostgreSQL's cluster tools: {problem}")
    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="commission-bench-"))
    resources.add("directory", str(tmp))
    resources.add("redis", REDIS_URL)
    ctx = Context(options, resources, tmp)
    ctx.logs = RESULTS_DIR / "logs"  # the servers' logs of the latest run
    shutil.rmtree(ctx.logs, ignore_errors=True)
    ctx.logs.mkdir(parents=True)
    results = {"meta": machine_info(options), "datasets": {}, "queries": {}, "skipped": {}, "failures": []}
    results["meta"].update(round_seconds=ctx.seconds, passes=ctx.passes)
    log(f"{results['meta']['mode']} run; load average {results['meta']['load_at_start']}")
    if ctx.quick:
        log(
            "quick mode: PostgreSQL 1,000 articles, one 2 s round per URL, an 8 s storm; the PostgreSQL stop "
            "and the Wagtail peer are skipped, and the figures are not checked, only that every request succeeds"
        )
    measure(options, ctx, results)
    results["meta"]["load_at_end"] = [round(x, 2) for x in os.getloadavg()]
    results["meta"]["total_seconds"] = round(time.monotonic() - started)
    results["failures"] = failed_requests(results)
    verdicts = report.evaluate(results)
    title = "== Targets (issue 17)" + (": quick run, figures not checked" if ctx.quick else "")
    print("\n".join(["", title, *report.lines(verdicts), ""]), flush=True)
    write(results, verdicts, options)
    if results["failures"]:
        log("FAILED requests: " + "; ".join(results["failures"]))
        return 1
    if not ctx.quick and any(v["status"] == "FAIL" for v in verdicts):
        log("some targets FAIL (above)")
        return 1
    return 0


def parse(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help="The smoke test: 1,000 articles, 2 s rounds, no "
        "PostgreSQL stop, no peer; fails on a failed request, checks no figure.",
    )
    parser.add_argument("--no-peer", dest="peer", action="store_false", help="Skip the Wagtail peer (no LATEST.md).")
    parser.add_argument("--seconds", type=int, default=0, help="Seconds of one wrk round (default 4; 2 with --quick).")
    parser.add_argument("--state-file", help=argparse.SUPPRESS)
    parser.add_argument("--cleanup", metavar="STATE_FILE", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv):
    options = parse(argv)
    if options.cleanup:
        state = Path(options.cleanup)
        if state.exists():
            for kind, value in reversed(json.loads(state.read_text() or "[]")):
                release_one(kind, value)
            state.unlink()
        return 0

    def interrupted(signum, _frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, interrupted)
    signal.signal(signal.SIGHUP, interrupted)
    resources = Resources(options.state_file or tempfile.mktemp(prefix="commission-bench-state-"))
    try:
        return bench(options, resources)
    except Exception as error:
        log(f"FAILED: {type(error).__name__}: {error}")
        return 1
    finally:
        log("cleaning up servers, the PostgreSQL cluster, databases and temporary files")
        resources.release_all()
        Path(resources.state_file).unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
