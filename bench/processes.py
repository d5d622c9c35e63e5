"""What a benchmark run starts and creates, and how it is released: servers (gunicorn, nginx, the
peer), databases, a PostgreSQL cluster, folders, the benchmark's Redis database.

Everything is written to a state file as it is made, so that `bench/run.sh` can release the
leftovers of a run that was killed (`python -m bench.run --cleanup STATE_FILE`).
"""

import http.client
import json
import os
import shutil
import signal
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

from tests.nginx import server  # the helpers of the nginx tests: render_config(), nginx(), gunicorn()

ROOT = server.ROOT

BENCH = ROOT / "bench"
VENV = ROOT / ".venv" / "bin"
CACHE_DIR = Path(os.environ.get("BENCH_CACHE_DIR", "/tmp/commission-bench"))
RESULTS_DIR = Path(os.environ.get("BENCH_RESULTS_DIR", CACHE_DIR / "results"))
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def run(command, env=None, cwd=ROOT, timeout=900, capture=False, check=True):
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=capture, text=True, timeout=timeout
    )
    if check and done.returncode != 0:
        detail = (done.stderr or "")[-3000:] if capture else ""
        raise RuntimeError(f"command failed ({done.returncode}): {' '.join(map(str, command))}\n{detail}")
    return done.stdout if capture else ""


def http_get(base, path, timeout=10):
    """Return (status, headers, body) of one GET on `base` ("http://127.0.0.1:port"), no redirects."""
    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


class Resources:
    """What the run made, released in reverse order (also when it fails), kept in a state file."""

    def __init__(self, state_file):
        self.state_file = Path(state_file)
        self.items = []

    def save(self):
        self.state_file.write_text(json.dumps(self.items))

    def add(self, kind, *value):
        self.items.append([kind, list(value)])
        self.save()

    def release(self, kind, *value):
        release_one(kind, list(value))
        if [kind, list(value)] in self.items:
            self.items.remove([kind, list(value)])
        self.save()

    def release_all(self):
        while self.items:
            self.release(self.items[-1][0], *self.items[-1][1])


def release_one(kind, value):
    try:
        if kind == "process":  # [pid, word in its command line]: a process group of its own
            stop_process(int(value[0]), value[1], group=True)
        elif kind == "pidfile":  # [path, word]: gunicorn or nginx started by tests/nginx/server.py
            path = Path(value[0])
            if path.exists() and path.read_text().strip().isdigit():
                stop_process(int(path.read_text()), value[1], group=False)
        elif kind == "cluster":  # [version, name]
            from bench.databases import drop_cluster

            drop_cluster(*value)
        elif kind == "database":  # [server URL, name]
            from bench.databases import drop_database

            drop_database(*value)
        elif kind == "directory":
            shutil.rmtree(value[0], ignore_errors=True)
        elif kind == "redis":
            import redis

            redis.Redis.from_url(value[0], socket_timeout=5).flushdb()
    except Exception as error:  # keep releasing the rest
        log(f"could not release {kind} {value}: {error}")


def stop_process(pid, word, group):
    """Stop a server this run started, if `pid` is still it (its command line has `word`)."""
    try:
        if word not in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"):
            return
    except OSError:
        return
    for sig, seconds in ((signal.SIGTERM, 20), (signal.SIGKILL, 5)):
        try:
            os.killpg(pid, sig) if group else os.kill(pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if os.waitpid(pid, os.WNOHANG)[0]:
                    return
            except ChildProcessError:
                if not Path(f"/proc/{pid}").exists():
                    return
            time.sleep(0.1)


def wait_until_ok(base, path, process=None, seconds=60, what="server"):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} exited with status {process.returncode}")
        try:
            if http_get(base, path, timeout=5)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{what} did not answer 200 on {path} within {seconds} s")


@contextmanager
def server_process(resources, command, env, log_file, ready_path, what, cwd=ROOT):
    """Run a server in a process group of its own on the port its command binds; yield (base, pid)
    once `ready_path` answers 200."""
    port = next(part.rsplit(":", 1)[1] for part in map(str, command) if part.startswith("127.0.0.1:"))
    with open(log_file, "ab") as output:
        process = subprocess.Popen(
            [str(part) for part in command],
            cwd=cwd,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    resources.add("process", process.pid, Path(str(command[0])).name)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_ok(base, ready_path, process, what=f"{what} (log: {log_file})")
        yield base, process.pid
    finally:
        resources.release("process", process.pid, Path(str(command[0])).name)


def gunicorn_command(app, port):
    """The project's own gunicorn and gunicorn.conf.py, for an application other than the site's."""
    return [VENV / "gunicorn", "-c", ROOT / "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}", app]


@contextmanager
def site(resources, env, tmp, label):
    """The site under tests/nginx/server.py's gunicorn(); yield (base URL, master pid, upstream)."""
    pidfile = tmp / f"gunicorn-{label}.pid"
    env = {**env, "GUNICORN_CMD_ARGS": f"--pid {pidfile}"}  # so that a killed run's cleanup finds it
    resources.add("pidfile", str(pidfile), "gunicorn")
    try:
        with server.gunicorn(env, log_dir=tmp) as upstream:
            base = f"http://{upstream}"
            wait_until_ok(base, "/healthz", what=f"gunicorn {label}")
            yield base, int(pidfile.read_text()), upstream
    finally:
        resources.release("pidfile", str(pidfile), "gunicorn")


@contextmanager
def nginx(resources, upstream, tmp, static_root, media_root, workers):
    """The shipped docs/nginx/commission.conf under tests/nginx/server.py's nginx(); yield (base, pid)."""
    directory = tmp / "nginx"
    resources.add("pidfile", str(directory / "nginx.pid"), "nginx")
    try:
        with server.nginx(
            upstream, directory=directory, static_root=static_root, media_root=media_root, workers=workers
        ) as base:
            yield base, int((directory / "nginx.pid").read_text())
    finally:
        resources.release("pidfile", str(directory / "nginx.pid"), "nginx")


def cpu_ticks(master_pid):
    """CPU time (clock ticks) used so far by the children of a server's master process."""
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
    """Return once the workers of `master_pid` used no CPU for 0.2 s: a server goes on working off
    the requests it accepted after wrk stopped, and the next measurement should not pay for them."""
    deadline = time.monotonic() + timeout
    before = cpu_ticks(master_pid)
    while time.monotonic() < deadline:
        time.sleep(0.2)
        now = cpu_ticks(master_pid)
        if now == before:
            return
        before = now


def worker_rss(master_pid):
    output = run(["ps", "-o", "rss=", "--ppid", master_pid], capture=True, check=False)
    return [round(int(rss) / 1024, 1) for rss in output.split()]
