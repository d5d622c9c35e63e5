"""gunicorn with the project's gunicorn.conf.py, and nginx with the shipped docs/nginx/commission.conf
in front of it, both on loopback: for the tests (tests/test_nginx.py) and the benchmark.

    with gunicorn(env, log_dir=tmp) as upstream:            # "127.0.0.1:<port>"
        with nginx(upstream, directory=tmp / "nginx", static_root=..., media_root=...) as base_url:
            urllib.request.urlopen(base_url + "/en/news/")

nginx must be installed: `bash tests/nginx/setup.sh` as root (CI runs it from .ci/run).
"""

import os
import pwd
import re
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CONFIG = ROOT / "docs" / "nginx" / "commission.conf"
NGINX = os.environ.get("NGINX", "/usr/sbin/nginx")
SETUP = "nginx is not installed: run `bash tests/nginx/setup.sh` as root (CI runs it from .ci/run)"

# The main configuration around the shipped file: the parts a system's /etc/nginx/nginx.conf owns.
MAIN = """\
user {user};
worker_processes {workers};
pid {directory}/nginx.pid;
error_log {directory}/error.log warn;
events {{
    worker_connections 4096;
}}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {access_log};
    client_body_temp_path {directory}/client_body;
    proxy_temp_path {directory}/proxy;
    fastcgi_temp_path {directory}/fastcgi;
    uwsgi_temp_path {directory}/uwsgi;
    scgi_temp_path {directory}/scgi;
    include {directory}/commission.conf;
}}
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, process, seconds=30, what="server"):
    deadline = time.monotonic() + seconds
    while True:
        with socket.socket() as sock:
            sock.settimeout(0.5)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with status {process.returncode}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not listen on port {port} within {seconds} s")
        time.sleep(0.1)


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def render_config(directory, *, upstream, listen, static_root, media_root, server_name="127.0.0.1", workers=1):
    """Write docs/nginx/commission.conf with its placeholders filled, and a main nginx.conf that
    includes it, into `directory`; return the path of the main file."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    values = {
        "@UPSTREAM@": upstream,
        "@LISTEN@": listen,
        "@SERVER_NAME@": server_name,
        "@CACHE_DIR@": str(directory / "cache"),
        "@LOG_DIR@": str(directory),
        "@STATIC_ROOT@": str(Path(static_root)),
        "@MEDIA_ROOT@": str(Path(media_root)),
    }
    site = CONFIG.read_text()
    for placeholder, value in values.items():
        site = site.replace(placeholder, value)
    left = re.findall(r"@[A-Z_]+@", re.sub(r"#.*", "", site))
    assert not left, f"placeholders of docs/nginx/commission.conf left unfilled: {left}"
    (directory / "commission.conf").write_text(site)
    main = directory / "nginx.conf"
    main.write_text(
        MAIN.format(
            user=pwd.getpwuid(os.geteuid()).pw_name,  # the workers read the test's own folders
            workers=workers,
            directory=directory,
            access_log=directory / "access.log",
        )
    )
    return main


@contextmanager
def nginx(upstream, *, directory, static_root, media_root, port=None, workers=1):
    """Run nginx with the shipped configuration on 127.0.0.1:`port` (a free one by default) in front of
    `upstream` ("host:port"); yield its base URL, e.g. "http://127.0.0.1:8080"."""
    if not Path(NGINX).exists():
        raise RuntimeError(SETUP)
    port = port or free_port()
    main = render_config(
        directory,
        upstream=upstream,
        listen=f"127.0.0.1:{port}",
        static_root=static_root,
        media_root=media_root,
        workers=workers,
    )
    checked = subprocess.run([NGINX, "-t", "-q", "-p", str(directory), "-c", str(main)], capture_output=True, text=True)
    if checked.returncode != 0:
        raise RuntimeError(f"nginx refused the configuration:\n{checked.stderr}")
    process = subprocess.Popen(
        [NGINX, "-p", str(directory), "-c", str(main), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=open(Path(directory) / "stderr.log", "w"),  # noqa: SIM115
    )
    try:
        wait_for_port(port, process, what="nginx")
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process)


@contextmanager
def gunicorn(env, *, log_dir, port=None):
    """Run `gunicorn -c gunicorn.conf.py commission_site.wsgi` with the environment `env` on
    127.0.0.1:`port` (a free one by default); yield its address "127.0.0.1:<port>"."""
    port = port or free_port()
    env = {**env, "GUNICORN_ACCESS_LOG": env.get("GUNICORN_ACCESS_LOG", str(Path(log_dir) / "access.log"))}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            *("-c", str(ROOT / "gunicorn.conf.py"), "--bind", f"127.0.0.1:{port}", "commission_site.wsgi"),
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=open(Path(log_dir) / f"gunicorn-{port}.log", "w"),  # noqa: SIM115
    )
    try:
        wait_for_port(port, process, what="gunicorn")
        yield f"127.0.0.1:{port}"
    finally:
        stop(process)
