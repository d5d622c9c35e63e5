"""The benchmark's data: a PostgreSQL cluster of its own (pg_createcluster, on a free port, so that
stopping it leaves the shared cluster on 5432 alone), its databases, SQLite files, seeding with the
project's own commands, and the site's environment.
"""

import json
import os
import secrets
import shutil
import subprocess
import time

from bench.processes import REDIS_URL, ROOT, VENV, log, run, server

PG_VERSION = sorted(os.listdir("/etc/postgresql"))[-1] if os.path.isdir("/etc/postgresql") else "15"
SECRET_KEY = secrets.token_urlsafe(50)


def pg_tools_missing():
    missing = [tool for tool in ("pg_createcluster", "pg_ctlcluster", "pg_dropcluster") if not shutil.which(tool)]
    return f"{', '.join(missing)} missing (Debian's postgresql-common)" if missing else ""


class Cluster:
    """A PostgreSQL cluster of the run's own, trusted on loopback; registered for release at once."""

    def __init__(self, resources):
        self.name = f"bench{os.getpid()}"
        self.port = server.free_port()
        self.server_url = f"postgres://postgres@127.0.0.1:{self.port}"
        resources.add("cluster", PG_VERSION, self.name)
        run(["pg_createcluster", PG_VERSION, self.name, "-p", self.port, "--", "--auth=trust"], capture=True)
        self.start()

    def is_up(self):
        ready = subprocess.run(["pg_isready", "-h", "127.0.0.1", "-p", str(self.port), "-q"], capture_output=True)
        return ready.returncode == 0

    def wait(self, up, seconds=30):
        deadline = time.monotonic() + seconds
        while self.is_up() != up:
            if time.monotonic() > deadline:
                raise RuntimeError(f"PostgreSQL on {self.port} did not {'start' if up else 'stop'} in {seconds} s")
            time.sleep(0.2)

    def stop(self):
        run(["pg_ctlcluster", PG_VERSION, self.name, "stop", "-m", "fast"], capture=True)
        self.wait(up=False)

    def start(self):
        run(["pg_ctlcluster", PG_VERSION, self.name, "start"], capture=True)
        self.wait(up=True)

    def version(self):
        return query(self.server_url, "SHOW server_version")


def drop_cluster(version, name):
    run(["pg_dropcluster", version, name, "--stop"], capture=True, check=False)


def query(server_url, sql, database="postgres"):
    import psycopg

    with psycopg.connect(f"{server_url}/{database}", autocommit=True, connect_timeout=5) as connection:
        cursor = connection.execute(sql)
        return cursor.fetchone()[0] if cursor.description else None


def create_database(resources, server_url, name):
    query(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    query(server_url, f'CREATE DATABASE "{name}"')
    resources.add("database", server_url, name)
    return f"{server_url}/{name}"


def drop_database(server_url, name):
    query(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def flush_redis():
    import redis

    redis.Redis.from_url(REDIS_URL, socket_timeout=5).flushdb()


def site_env(database_url, static_root, media_root, page_cache_seconds=300, **extra):
    """The site's production environment on loopback, with the benchmark's Redis database."""
    env = {key: os.environ[key] for key in ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR") if key in os.environ}
    env.update(
        DEBUG="0",
        SECRET_KEY=SECRET_KEY,
        DATABASE_URL=database_url,
        REDIS_URL=REDIS_URL,
        PAGE_CACHE_SECONDS=str(page_cache_seconds),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        STATIC_ROOT=str(static_root),
        MEDIA_ROOT=str(media_root),
        LOG_LEVEL="WARNING",
        GUNICORN_WORKERS="2",
        GUNICORN_ACCESS_LOG="/dev/null",
        GUNICORN_MAX_REQUESTS="0",  # no recycling: the RSS after the run covers every request of it
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(env, *args, capture=True, timeout=900):
    return run([VENV / "python", ROOT / "manage.py", *args], env=env, capture=capture, timeout=timeout)


def probe(env, *args):
    """Run bench/probe.py in the site's environment; return its JSON."""
    return json.loads(run([VENV / "python", "-m", "bench.probe", *args], env=env, capture=True, timeout=600))


def collectstatic(env):
    log(f"collectstatic into {env['STATIC_ROOT']}")
    manage(env, "collectstatic", "--no-input", "-v0")


def seed(env, label, count):
    """migrate, load_demo and seed_articles --count `count`; return what probe.py says of the data."""
    log(f"{label}: migrate, load_demo, seed_articles --count {count}")
    # Without the connection pool: seed_articles forks its workers, and a forked psycopg pool (its
    # threads and open sockets shared with the parent) hung the seeding of 10,000 articles.
    env = {**env, "DATABASE_POOL_MAX_SIZE": "0"}
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo")
    started = time.monotonic()
    output = manage(env, "seed_articles", "--count", count).strip()
    seconds = round(time.monotonic() - started, 1)
    log(f"  {output} ({seconds} s)")
    return {"label": label, "count": count, "seed_seconds": seconds, **probe(env, "urls")}
