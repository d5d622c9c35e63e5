"""Election-night load benchmark: seed, serve with gunicorn, drive with wrk, compare with floors and a peer.

Run it through `bash bench/run.sh` (`make bench`, `make bench-quick`); docs/benchmark.md explains
what it measures. Everything it starts or creates (servers, databases, folders) is recorded in a
state file and released at the end, also when it fails; run.sh releases leftovers of a killed run.
"""

import argparse
import hashlib
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
VENV = ROOT / ".venv" / "bin"
CACHE_DIR = Path(os.environ.get("BENCH_CACHE_DIR", "/tmp/commission-bench"))
PEER_SOURCE = Path(os.environ.get("PEER_SOURCE", ROOT.parent / "shared" / "peers" / "wagtail"))
PEER_PYTHON = os.environ.get("PEER_PYTHON", "/root/.pyenv/versions/3.13.0/bin/python3.13")
PG_SERVER = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
CONNECTIONS = 16
WRK_THREADS = 1  # one wrk thread does far more than 4,000 requests/s and leaves a core to the servers
WORKERS = 2
PEER_PER_PAGE = 12
# Side by side with the peer, each URL is measured in rounds that alternate between the two servers
# (ours, peer, peer, ours, ours, peer), so that a change of speed of the machine during the run falls
# on both alike; a round is half the usual duration.
PAIRED_ORDER = ("ours", "peer", "peer", "ours", "ours", "peer")
# A server's floors and pages are measured in passes: each pass runs every URL for a part of the
# duration (see Bench.measure_in_passes); the quick run makes one pass.
PASSES = 3
PUBLIC = ["home", "news_list", "news_deep", "category", "article", "page", "search", "rss"]


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


class Resources:
    """What the run started or created, released in reverse order even when the run fails."""

    def __init__(self, state_file):
        self.state_file = Path(state_file)
        self.items = []

    def add(self, kind, value):
        self.items.append([kind, value])
        self.state_file.write_text(json.dumps(self.items))

    def release(self, kind, value):
        release_one(kind, value)
        if [kind, value] in self.items:
            self.items.remove([kind, value])
        self.state_file.write_text(json.dumps(self.items))

    def release_all(self):
        while self.items:
            self.release(*self.items[-1])


def release_one(kind, value):
    try:
        if kind == "process":
            stop_process_group(int(value))
        elif kind == "database":
            drop_database(value)
        elif kind == "directory":
            shutil.rmtree(value, ignore_errors=True)
        elif kind == "redis":
            flush_redis()
    except Exception as error:  # keep releasing the rest
        log(f"could not release {kind} {value}: {error}")


def stop_process_group(pid):
    """Stop a server this run started (its own session: the process group id is its pid)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return
    if "gunicorn" not in cmdline:
        return  # not ours any more
    for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 5)):
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                done, _status = os.waitpid(pid, os.WNOHANG)
                if done:
                    return
            except ChildProcessError:
                if not Path(f"/proc/{pid}").exists():
                    return
            time.sleep(0.1)


def pg_connect(database="postgres"):
    import psycopg

    return psycopg.connect(f"{PG_SERVER}/{database}", autocommit=True, connect_timeout=5)


def drop_database(name):
    with pg_connect() as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def flush_redis():
    import redis

    redis.Redis.from_url(REDIS_URL, socket_timeout=5).flushdb()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(command, env=None, cwd=ROOT, timeout=900, capture=False):
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=capture,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        detail = (result.stderr or "")[-3000:] if capture else ""
        raise RuntimeError(f"command failed ({result.returncode}): {' '.join(map(str, command))}\n{detail}")
    return result.stdout if capture else ""


def http_get(url, timeout=10):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), b""


class Bench:
    def __init__(self, options):
        self.options = options
        self.quick = options.quick
        self.duration = options.duration or (2 if self.quick else 10)
        self.tmp = Path(tempfile.mkdtemp(prefix="commission-bench-"))
        self.resources = Resources(options.state_file or self.tmp / "state.json")
        self.resources.add("directory", str(self.tmp))
        self.resources.add("redis", REDIS_URL)
        self.secret = secrets.token_urlsafe(50)
        self.static_root = CACHE_DIR / "static"
        self.results = {"scenarios": [], "datasets": {}, "peer": None, "profiles": {}, "failures": []}

    # ---- the site -------------------------------------------------------------------------

    def site_env(self, database_url, cache_seconds=300, port=0):
        env = {key: os.environ[key] for key in ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR") if key in os.environ}
        env.update(
            DJANGO_SETTINGS_MODULE="bench.settings",
            DEBUG="0",
            SECRET_KEY=self.secret,
            DATABASE_URL=database_url,
            REDIS_URL=REDIS_URL,
            PAGE_CACHE_SECONDS=str(cache_seconds),
            ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
            SECURE_SSL_REDIRECT="0",
            SECURE_COOKIES="0",
            STATIC_ROOT=str(self.static_root),
            MEDIA_ROOT=str(self.tmp / "media"),
            LOG_LEVEL="WARNING",
            GUNICORN_WORKERS=str(WORKERS),
            GUNICORN_BIND=f"127.0.0.1:{port}",
            GUNICORN_ACCESS_LOG="/dev/null",
            GUNICORN_MAX_REQUESTS="0",  # no recycling: the RSS after the run covers every request of it
            PYTHONDONTWRITEBYTECODE="1",
        )
        return env

    def manage(self, env, *args, capture=False, timeout=900):
        return run([VENV / "python", "manage.py", *args], env=env, capture=capture, timeout=timeout)

    def collectstatic(self):
        log(f"collectstatic (cached in {self.static_root})")
        env = self.site_env("sqlite:///" + str(self.tmp / "unused.sqlite3"))
        self.manage(env, "collectstatic", "--no-input", "-v0")

    def prepare_dataset(self, engine, count):
        """Create a database with the demo content and `count` seeded articles; return its URL."""
        if engine == "postgresql":
            name = f"bench_{os.getpid()}_{count}"
            with pg_connect() as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                connection.execute(f'CREATE DATABASE "{name}"')
            self.resources.add("database", name)
            url = f"{PG_SERVER}/{name}"
        else:
            url = "sqlite:///" + str(self.tmp / f"site-{count}.sqlite3")
        env = self.site_env(url)
        log(f"{engine} {count}: migrate, load_demo")
        self.manage(env, "migrate", "--no-input", "-v0")
        self.manage(env, "load_demo", capture=True)
        log(f"{engine} {count}: seed_articles --count {count}")
        started = time.monotonic()
        output = self.manage(env, "seed_articles", "--count", count, capture=True)
        seconds = time.monotonic() - started
        log(f"  {output.strip()}")
        urls = json.loads(self.probe(env, "urls"))
        key = f"{engine}-{count}"
        self.results["datasets"][key] = {
            "engine": engine,
            "count": count,
            "seed_seconds": round(seconds, 1),
            "seed_output": output.strip(),
            **urls,
        }
        return url, key

    def probe(self, env, *args):
        return run([VENV / "python", "-m", "bench.probe", *args], env=env, capture=True, timeout=600)

    def count_queries(self, env, key):
        dataset = self.results["datasets"][key]
        urls = dataset["urls"]
        log(f"{key}: queries per request (test client, CaptureQueriesContext)")
        flush_redis()
        dataset["queries"] = json.loads(self.probe(env, "queries", json.dumps(urls)))

    def start_site(self, env, label):
        port = int(env["GUNICORN_BIND"].rsplit(":", 1)[1])
        log_file = open(self.tmp / f"gunicorn-{label}.log", "ab")  # noqa: SIM115
        process = subprocess.Popen(
            [VENV / "gunicorn", "-c", "gunicorn.conf.py", "commission_site.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.resources.add("process", process.pid)
        self.wait_until_up(process, f"http://127.0.0.1:{port}/healthz", label)
        return process, port

    def wait_until_up(self, process, url, label):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"{label}: the server exited ({process.returncode}); see {self.tmp}")
            try:
                status, _headers, _body = http_get(url, timeout=2)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"{label}: the server did not answer {url} within 60 s")

    def stop(self, process):
        self.resources.release("process", process.pid)

    # ---- measuring --------------------------------------------------------------------------

    def wrk(self, url, duration):
        command = [
            "wrk",
            f"-t{WRK_THREADS}",
            f"-c{CONNECTIONS}",
            f"-d{duration}s",
            "--timeout",
            "5s",
            "-s",
            BENCH / "wrk_report.lua",
            url,
        ]
        output = run(command, capture=True, timeout=duration + 60)
        line = next((row for row in output.splitlines() if row.startswith("BENCH_JSON ")), None)
        if line is None:
            raise RuntimeError(f"wrk printed no result for {url}:\n{output}")
        stats = json.loads(line.split(" ", 1)[1])
        seconds = stats["duration_us"] / 1e6
        errors = sum(stats[f"errors_{kind}"] for kind in ("connect", "read", "write", "timeout"))
        return {
            "rps": round(stats["requests"] / seconds, 1),
            "requests": stats["requests"],
            "p50_ms": round(stats["p50_us"] / 1000, 2),
            "p90_ms": round(stats["p90_us"] / 1000, 2),
            "p99_ms": round(stats["p99_us"] / 1000, 2),
            "max_ms": round(stats["max_us"] / 1000, 2),
            "errors": errors,
            "non2xx": stats["non2xx"],
            "cache_hits": stats["cache_hits"],
            "bytes_per_request": round(stats["bytes"] / max(1, stats["requests"])),
        }

    def warm_up(self, url):
        status, _headers, _body = http_get(url)
        if status != 200:
            raise RuntimeError(f"{url} answered HTTP {status} before the run")
        if self.quick:
            for _ in range(8):
                http_get(url)
        else:
            self.wrk(url, 1)

    def measure(self, base, paths, label):
        """Run wrk on each of `paths` ({name: path}); return {name: stats}."""
        measured = {}
        for name, path in paths.items():
            url = base + path
            self.warm_up(url)
            stats = self.wrk(url, self.duration)
            stats["path"] = path
            measured[name] = stats
            self.report(label, name, stats, f"hits {stats['cache_hits']}")
        return measured

    def measure_in_passes(self, base, master_pid, floors, urls, label):
        """Measure the floors and pages of one server in passes; return ({name: stats} of the floors
        with "floor_end", {name: stats} of the pages).

        Each pass runs every URL for a part of the duration, the framework floor first; the floor
        runs once more at the end. This machine has slow spells of seconds to a few minutes: measured
        one after the other, the URLs that fell in one were measured against a floor taken before it.
        In passes, a spell falls on a part of every URL's rounds and of the floor's. Requests/s are
        counted over all rounds, latency percentiles are the median of the rounds' (combine_rounds).
        """
        passes = 1 if self.quick else PASSES
        seconds = max(1, -(-self.duration // passes))  # rounded up: 10 s in 3 passes is 12 s in all
        paths = {**floors, **urls}
        for path in paths.values():
            self.warm_up(base + path)
        rounds = {name: [] for name in paths}
        for number in range(passes):
            if passes > 1:
                log(f"  {label}: pass {number + 1} of {passes}, {seconds} s per URL")
            for name, path in paths.items():
                rounds[name].append(self.wrk(base + path, seconds))
                wait_idle(master_pid)  # the next URL starts once this one's accepted requests are served
        floor_end = self.wrk(base + floors["floor"], seconds)
        floor_end["path"] = floors["floor"]
        measured = {}
        for name, path in paths.items():
            stats = combine_rounds(rounds[name])
            stats["path"] = path
            stats["rounds"] = rounds[name]
            measured[name] = stats
            extra = f"hits {stats['cache_hits']}" + (
                f" (rounds: {', '.join(f'{r:.0f}' for r in stats['round_rps'])})" if passes > 1 else ""
            )
            self.report(label, name, stats, extra)
        self.report(label, "floor_end", floor_end, "")
        return {**{name: measured[name] for name in floors}, "floor_end": floor_end}, {
            name: measured[name] for name in urls
        }

    def report(self, label, name, stats, extra):
        """Log one URL's figures; record a failure when any request failed or answered non-2xx."""
        flag = ""
        if stats["errors"] or stats["non2xx"]:
            flag = "  <-- ERRORS"
            self.results["failures"].append(f"{label} {name}: {stats['errors']} errors, {stats['non2xx']} non-2xx")
        log(
            f"  {label:<22} {name:<10} {stats['rps']:>8.1f} req/s  p50 {stats['p50_ms']:>7.2f} ms  "
            f"p99 {stats['p99_ms']:>8.2f} ms  {extra}{flag}"
        )

    @staticmethod
    def worker_rss(master_pid):
        output = subprocess.run(
            ["ps", "-o", "pid=,rss=", "--ppid", str(master_pid)], capture_output=True, text=True
        ).stdout
        return [round(int(rss) / 1024, 1) for _pid, rss in (row.split() for row in output.splitlines() if row.strip())]

    def scenario(self, engine, key, database_url, cached, profile=False):
        """Serve the site for one dataset with the page cache on or off, and measure floors and pages."""
        dataset = self.results["datasets"][key]
        label = f"{key}-{'warm' if cached else 'nocache'}"
        env = self.site_env(database_url, cache_seconds=300 if cached else 0, port=free_port())
        flush_redis()
        process, port = self.start_site(env, label)
        base = f"http://127.0.0.1:{port}"
        log(f"{label}: gunicorn pid {process.pid} on {base}, wrk -t{WRK_THREADS} -c{CONNECTIONS} -d{self.duration}s")
        load_before = os.getloadavg()
        floors, pages = self.measure_in_passes(base, process.pid, dataset["floors"], dataset["urls"], label)
        rss = self.worker_rss(process.pid)
        result = {
            "label": label,
            "engine": engine,
            "dataset": key,
            "count": dataset["count"],
            "page_cache": cached,
            "floor_rps": combine_rounds([*floors["floor"]["rounds"], floors["floor_end"]])["rps"],
            "passes": len(floors["floor"]["round_rps"]),
            "floors": floors,
            "urls": pages,
            "worker_rss_mb": rss,
            "load_before": [round(x, 2) for x in load_before],
            "load_after": [round(x, 2) for x in os.getloadavg()],
        }
        self.results["scenarios"].append(result)
        if profile:
            paths = dataset["urls"] if not cached else {"news_list": dataset["urls"]["news_list"]}
            self.profile(base, process.pid, paths, label)
        self.stop(process)
        return result

    # ---- profiles ---------------------------------------------------------------------------

    def py_spy(self):
        tools = CACHE_DIR / "tools"
        binary = tools / "bin" / "py-spy"
        if not binary.exists():
            log(f"installing py-spy into {tools}")
            run([sys.executable, "-m", "venv", tools], capture=True)
            run([tools / "bin" / "pip", "install", "--quiet", "py-spy==0.4.3"], capture=True)
        return binary

    def profile(self, base, master_pid, paths, label):
        """Sample the workers with py-spy under load, per URL, and sum where the time goes."""
        try:
            binary = self.py_spy()
        except Exception as error:
            log(f"no profile: py-spy unavailable ({error})")
            return
        from bench.report import classify_profile

        seconds = 4
        for name, path in paths.items():
            if name == "healthz":
                continue
            raw = self.tmp / f"profile-{label}-{name}.txt"
            command = [binary, "record", "--pid", master_pid, "--subprocesses", "--idle", "--nonblocking"]
            command += ["--rate", 250, "--duration", seconds + 1, "--format", "raw", "--output", raw]
            spy = subprocess.Popen(
                [str(part) for part in command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
            )
            time.sleep(0.5)
            self.wrk(base + path, seconds)
            try:
                _out, errors = spy.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                spy.kill()
                errors = "timed out"
            if not raw.exists():
                log(f"  no profile for {name}: {errors.strip()[-300:]}")
            else:
                summary = classify_profile(raw.read_text())
                self.results["profiles"][f"{label} {name}"] = summary
                top = ", ".join(f"{k} {v}%" for k, v in summary["shares"].items() if v >= 5)
                log(f"  profile {label} {name}: {top}")

    # ---- the Wagtail peer ------------------------------------------------------------------

    def prepare_peer(self, count):
        peer_dir = CACHE_DIR / "peer"
        source, venv = peer_dir / "src", peer_dir / "venv"
        digest = hashlib.sha256()
        for path in sorted(PEER_SOURCE.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(PEER_SOURCE)).encode() + path.read_bytes())
        source_hash = digest.hexdigest()[:16]
        peer_dir.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(source, ignore_errors=True)
        shutil.copytree(PEER_SOURCE, source, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "db.sqlite3*"))
        for path in [source, *source.rglob("*")]:
            path.chmod(path.stat().st_mode | 0o200)
        requirements = (source / "requirements.txt").read_bytes()
        stamp = venv / ".bench-installed"
        wanted = hashlib.sha256(requirements).hexdigest()
        if not stamp.exists() or stamp.read_text() != wanted:
            log(f"peer: creating its venv in {venv} (Python {PEER_PYTHON})")
            shutil.rmtree(venv, ignore_errors=True)
            run([PEER_PYTHON, "-m", "venv", venv], capture=True)
            run([venv / "bin" / "pip", "install", "--quiet", "-r", source / "requirements.txt"], capture=True)
            stamp.write_text(wanted)
        database = peer_dir / f"db-{count}-{source_hash}.sqlite3"
        env = {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ}
        env.update(PEER_SQLITE_PATH=str(database), DJANGO_SETTINGS_MODULE="peer.settings", PYTHONDONTWRITEBYTECODE="1")
        if not database.exists():
            log(f"peer: migrate and seed_news --count {count} (cached as {database.name})")
            partial = database.with_suffix(".partial")
            partial.unlink(missing_ok=True)
            env_partial = {**env, "PEER_SQLITE_PATH": str(partial)}
            run([venv / "bin" / "python", "manage.py", "migrate", "-v0"], env=env_partial, cwd=source, timeout=900)
            started = time.monotonic()
            run([venv / "bin" / "python", "manage.py", "seed_news", "--count", count], env=env_partial, cwd=source)
            log(f"  peer seeded in {time.monotonic() - started:.0f} s")
            partial.rename(database)
        return source, venv, env

    def peer(self, count, reference_key, site_url=None):
        """Serve the Wagtail peer on SQLite with `count` articles; measure list page 1, a deep page, an
        article. With `site_url` (our SQLite database of the same count) both are served at once and
        measured in alternating rounds."""
        source, venv, env = self.prepare_peer(count)
        offset = self.results["datasets"][reference_key]["deep_offset"]
        info = json.loads(
            run(
                [venv / "bin" / "python", "-c", PEER_INFO, str(offset // PEER_PER_PAGE + 1)],
                env=env,
                cwd=source,
                capture=True,
            )
        )
        port = free_port()
        log_file = open(self.tmp / "gunicorn-peer.log", "ab")  # noqa: SIM115
        process = subprocess.Popen(
            [venv / "bin" / "gunicorn", "peer.wsgi:application", "--bind", f"127.0.0.1:{port}"]
            + ["--workers", str(WORKERS), "--worker-class", "sync", "--log-level", "warning"],
            cwd=source,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.resources.add("process", process.pid)
        base = f"http://127.0.0.1:{port}"
        self.wait_until_up(process, base + "/news/", "peer")
        label = f"peer-sqlite-{count}"
        log(f"{label}: gunicorn pid {process.pid} on {base}")
        paths = {"news_list": "/news/", "news_deep": info["deep"], "article": info["article"]}
        if site_url:
            measured = self.side_by_side(site_url, reference_key, process.pid, base, paths, label)
        else:
            measured = self.measure(base, paths, label)
        rss = self.worker_rss(process.pid)
        self.stop(process)
        self.results["peer"] = {
            "label": label,
            "count": count,
            "articles": info["count"],
            "versions": info["versions"],
            "urls": measured,
            "queries": info["queries"],
            "worker_rss_mb": rss,
            "deep_page": info["deep_page"],
        }

    def side_by_side(self, site_url, key, peer_pid, peer_base, peer_paths, peer_label):
        """Measure our uncached SQLite site and the peer in alternating rounds per URL; keep ours in
        results["paired"] and return the peer's figures."""
        dataset = self.results["datasets"][key]
        env = self.site_env(site_url, cache_seconds=0, port=free_port())
        flush_redis()
        process, port = self.start_site(env, f"{key}-paired")
        ours_base = f"http://127.0.0.1:{port}"
        seconds = max(1, self.duration // 2)
        log(f"side by side with the peer: {len(PAIRED_ORDER)} alternating rounds of {seconds} s per URL")
        ours, theirs = {}, {}
        masters = {"ours": process.pid, "peer": peer_pid}
        for name, peer_path in peer_paths.items():
            sides = {"ours": (ours_base, dataset["urls"][name]), "peer": (peer_base, peer_path)}
            for base, path in sides.values():
                self.warm_up(base + path)
            rounds = {"ours": [], "peer": []}
            for side in PAIRED_ORDER:
                base, path = sides[side]
                rounds[side].append(self.wrk(base + path, seconds))
                # A server still works off the requests it accepted before wrk stopped (the peer for up
                # to a few hundred ms): the next round starts when it is idle.
                wait_idle(masters[side])
            for side, target in (("ours", ours), ("peer", theirs)):
                stats = combine_rounds(rounds[side])
                stats["path"] = sides[side][1]
                target[name] = stats
                label = f"{key}-paired" if side == "ours" else peer_label
                self.report(label, name, stats, f"(rounds: {', '.join(f'{r:.0f}' for r in stats['round_rps'])})")
        self.results["paired"] = {
            "label": f"{key}-paired",
            "dataset": key,
            "count": dataset["count"],
            "round_seconds": seconds,
            "order": list(PAIRED_ORDER),
            "urls": ours,
            "worker_rss_mb": self.worker_rss(process.pid),
        }
        self.stop(process)
        return theirs

    # ---- the run ------------------------------------------------------------------------------

    def services_reachable(self):
        try:
            pg_connect().close()
            import redis

            redis.Redis.from_url(REDIS_URL, socket_timeout=3).ping()
        except Exception as error:
            return str(error)
        return ""

    def main(self):
        started = time.monotonic()
        options = self.options
        problem = self.services_reachable()
        if problem:
            if self.quick and os.environ.get("CI", "").lower() not in ("1", "true"):
                log(f"Skipping the benchmark smoke test: PostgreSQL or Redis is not reachable ({problem}).")
                return 0
            raise RuntimeError(f"PostgreSQL ({PG_SERVER}) and Redis ({REDIS_URL}) are needed: {problem}")
        counts = [1000] if self.quick else options.counts
        self.results["meta"] = machine_info(self.quick, self.duration)
        if not self.quick and (counts != [10000, 100000] or not (options.sqlite and options.peer)):
            parts = [f"PostgreSQL {', '.join(f'{c:,}' for c in counts)}" if counts else "no PostgreSQL"]
            parts += ["SQLite" if options.sqlite else "no SQLite", "peer" if options.peer else "no peer"]
            self.results["meta"]["mode"] = f"partial: {', '.join(parts)}"
        log(f"load average at start: {self.results['meta']['load_at_start']}")
        self.collectstatic()
        largest = max(counts, default=0)
        for count in counts:
            url, key = self.prepare_dataset("postgresql", count)
            env = self.site_env(url)
            self.count_queries(env, key)
            self.scenario("postgresql", key, url, cached=True, profile=options.profile and count == largest)
            self.scenario("postgresql", key, url, cached=False, profile=options.profile and count == largest)
            self.resources.release("database", key_to_db(key))
        sqlite_key = None
        if options.sqlite:
            count = options.peer_count
            url, sqlite_key = self.prepare_dataset("sqlite", count)
            self.count_queries(self.site_env(url), sqlite_key)
            self.scenario("sqlite", sqlite_key, url, cached=False, profile=options.profile)
        if options.peer:
            if sqlite_key:
                self.peer(options.peer_count, sqlite_key, site_url=url)
            else:
                self.peer(options.peer_count, f"postgresql-{counts[0]}")
        self.results["meta"]["load_at_end"] = [round(x, 2) for x in os.getloadavg()]
        self.results["meta"]["total_seconds"] = round(time.monotonic() - started)
        from bench.report import evaluate, markdown

        self.results["verdicts"] = evaluate(self.results)
        text = markdown(self.results)
        out_dir = (
            Path(options.out) if options.out else (CACHE_DIR / "quick-results" if self.quick else BENCH / "results")
        )
        out_dir.mkdir(parents=True, exist_ok=True)
        stem = f"{self.results['meta']['date']}-{self.results['meta']['commit']}"
        (out_dir / f"{stem}.json").write_text(json.dumps(self.results, indent=1))
        (out_dir / f"{stem}.md").write_text(text)
        print(text)
        log(f"results: {out_dir / stem}.md ({self.results['meta']['total_seconds']} s)")
        if self.results["failures"]:
            log("FAILED: " + "; ".join(self.results["failures"]))
            return 1
        return 0


def key_to_db(key):
    return f"bench_{os.getpid()}_{key.rsplit('-', 1)[1]}"


PEER_INFO = r"""
import json, sys, django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
import wagtail
from news.models import NewsPage
pages = NewsPage.objects.live().order_by("-first_published_at", "-id")
count = pages.count()
per_page = 12
deep_page = min(int(sys.argv[1]), max(1, -(-count // per_page)))
article = pages[count // 2].url
urls = {"news_list": "/news/", "news_deep": f"/news/?page={deep_page}", "article": article}
client = Client()
queries = {}
for name, url in urls.items():
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    queries[name] = {"status": response.status_code, "warm": len(context)}
print(json.dumps({"count": count, "article": article, "deep": urls["news_deep"], "deep_page": deep_page,
                  "queries": queries, "versions": {"wagtail": wagtail.__version__, "django": django.__version__,
                  "python": sys.version.split()[0]}}))
"""


VERSIONS = """
import json, sys, importlib.metadata as m
names = ["django", "gunicorn", "psycopg", "redis", "whitenoise"]
versions = {("redis-py" if n == "redis" else n): m.version(n) for n in names}
print(json.dumps({"python": sys.version.split()[0], **versions}))
"""


def cpu_ticks(master_pid):
    """CPU time (clock ticks) used so far by the worker processes of a gunicorn master."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == master_pid:  # fields[1]: the parent pid
            total += int(fields[11]) + int(fields[12])  # utime + stime
    return total


def wait_idle(master_pid, timeout=10.0):
    """Return once the workers of `master_pid` have used no CPU for 0.2 s (or after `timeout`)."""
    deadline = time.monotonic() + timeout
    before = cpu_ticks(master_pid)
    while time.monotonic() < deadline:
        time.sleep(0.2)
        now = cpu_ticks(master_pid)
        if now == before:
            return
        before = now


def combine_rounds(rounds):
    """One figure from several wrk rounds of a URL: requests/s over all of them; each latency
    percentile the median of the rounds' (a burst of noise in one round does not move it)."""
    seconds = sum(r["requests"] / r["rps"] for r in rounds if r["rps"])
    requests = sum(r["requests"] for r in rounds)
    combined = {
        "rps": round(requests / seconds, 1) if seconds else 0.0,
        "requests": requests,
        "round_rps": [r["rps"] for r in rounds],
    }
    for field in ("p50_ms", "p90_ms", "p99_ms"):
        combined[field] = round(statistics.median(r[field] for r in rounds), 2)
    combined["max_ms"] = max(r["max_ms"] for r in rounds)
    for field in ("errors", "non2xx", "cache_hits"):
        combined[field] = sum(r[field] for r in rounds)
    combined["bytes_per_request"] = rounds[0]["bytes_per_request"]
    return combined


def machine_info(quick, duration):
    def output(command):
        try:
            return subprocess.run(command, capture_output=True, text=True, timeout=20, cwd=ROOT).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            return ""

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    versions = json.loads(output([VENV / "python", "-c", VERSIONS]) or "{}")
    try:
        with pg_connect() as connection:
            versions["postgresql"] = connection.execute("SHOW server_version").fetchone()[0]
    except Exception as error:
        raise RuntimeError(f"PostgreSQL is not reachable at {PG_SERVER}: {error}") from error
    import redis

    versions["redis"] = redis.Redis.from_url(REDIS_URL, socket_timeout=5).info("server")["redis_version"]
    versions["wrk"] = (output(["wrk", "--version"]).splitlines() or [""])[0].split(" [")[0]
    memory = next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if "MemTotal" in line)
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "started": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
        "commit": output(["git", "rev-parse", "--short", "HEAD"]) or "unknown",
        "mode": "quick" if quick else "full",
        "duration_s": duration,
        "connections": CONNECTIONS,
        "wrk_threads": WRK_THREADS,
        "workers": WORKERS,
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(int(memory) / 1024 / 1024, 1),
        "kernel": platform.release(),
        "versions": versions,
        "load_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def parse(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 articles, 2 s per URL, no peer: the smoke test.")
    parser.add_argument(
        "--counts", default="10000,100000", help='Article counts on PostgreSQL (full run); "" for none.'
    )
    parser.add_argument("--peer-count", type=int, default=10000, help="Articles for the SQLite run and the peer.")
    parser.add_argument(
        "--duration",
        type=int,
        default=0,
        help="Seconds of wrk per URL, split over the passes and rounded up (default 10: 3 x 4 s; 2 with --quick).",
    )
    parser.add_argument("--no-peer", dest="peer", action="store_false", help="Skip the Wagtail peer.")
    parser.add_argument("--no-sqlite", dest="sqlite", action="store_false", help="Skip the SQLite run.")
    parser.add_argument("--no-profile", dest="profile", action="store_false", help="Skip the py-spy profiles.")
    parser.add_argument("--out", help="Folder for the results (default bench/results; a temp folder with --quick).")
    parser.add_argument("--state-file", help=argparse.SUPPRESS)
    parser.add_argument("--cleanup", metavar="STATE_FILE", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    options.counts = [int(c) for c in re.split(r"[ ,]+", options.counts) if c]
    if options.quick:
        options.peer = options.sqlite = options.profile = False
    elif not options.counts and not options.sqlite:
        parser.error("nothing to measure: no PostgreSQL counts and --no-sqlite")
    return options


def main(argv):
    options = parse(argv)
    if options.cleanup:
        state = Path(options.cleanup)
        if state.exists():
            for kind, value in reversed(json.loads(state.read_text() or "[]")):
                release_one(kind, value)
            state.unlink()
        return 0
    sys.path.insert(0, str(ROOT))
    bench = Bench(options)

    def interrupted(signum, _frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, interrupted)
    signal.signal(signal.SIGHUP, interrupted)
    try:
        return bench.main()
    except Exception as error:
        log(f"FAILED: {error}")
        return 1
    finally:
        log("cleaning up servers, databases and temporary files")
        bench.resources.release_all()
        if options.state_file:
            Path(options.state_file).unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
