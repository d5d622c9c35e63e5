"""The Wagtail peer (../shared/peers/wagtail/): found, installed and seeded once, cached between runs.

Its Python (Wagtail 8 needs 3.12+) is `PEER_PYTHON` when set, else a python3.13 on PATH, else the
newest ~/.pyenv/versions/3.13*/bin/python3.13; find_python() says why when there is none.
"""

import glob
import hashlib
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

from bench.processes import CACHE_DIR, ROOT, log, run

SOURCE = Path(os.environ.get("PEER_SOURCE", ROOT.parent / "shared" / "peers" / "wagtail"))
PER_PAGE = 12

# Run in the peer's own environment: its URLs (an article from the middle of the archive, a deep
# page), and the queries of each, counted with connection.execute_wrapper().
INFO = r"""
import json, sys, django
django.setup()
from django.db import connection
from django.test import Client
import wagtail
from news.models import NewsPage
pages = NewsPage.objects.live().order_by("-first_published_at", "-id")
count = pages.count()
deep_page = min(int(sys.argv[1]), max(1, -(-count // 12)))
urls = {"news_list": "/news/", "news_deep": f"/news/?page={deep_page}", "article": pages[count // 2].url}
client = Client()
queries = {}
for name, url in urls.items():
    client.get(url)
    seen = []
    with connection.execute_wrapper(lambda execute, sql, *args: seen.append(sql) or execute(sql, *args)):
        status = client.get(url).status_code
    queries[name] = {"status": status, "warm": len(seen)}
print(json.dumps({"count": count, "urls": urls, "deep_page": deep_page, "queries": queries,
                  "versions": {"wagtail": wagtail.__version__, "django": django.__version__,
                               "python": sys.version.split()[0]}}))
"""


def find_python():
    """Return (path, "") of a Python for the peer, or (None, why there is none)."""
    candidates = []
    if os.environ.get("PEER_PYTHON"):
        candidates.append(os.environ["PEER_PYTHON"])
    else:
        if shutil.which("python3.13"):
            candidates.append(shutil.which("python3.13"))
        candidates += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.13*/bin/python3.13")), reverse=True)
    for candidate in candidates:
        try:
            done = subprocess.run([candidate, "-c", "import sys, venv"], capture_output=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0:
            return candidate, ""
    if os.environ.get("PEER_PYTHON"):
        return None, f"PEER_PYTHON={os.environ['PEER_PYTHON']} does not run"
    return None, "no Python 3.13 found (set PEER_PYTHON, put python3.13 on PATH, or install one under ~/.pyenv)"


def prepare(python, count):
    """Copy the peer to CACHE_DIR/peer, install its venv and seed `count` articles on SQLite (each kept
    while the sources and requirements are unchanged); return (source, venv, env)."""
    if not (SOURCE / "manage.py").exists():
        raise RuntimeError(f"the Wagtail peer is not at {SOURCE} (set PEER_SOURCE)")
    home = CACHE_DIR / "peer"
    source, venv = home / "src", home / "venv"
    digest = hashlib.sha256()
    for path in sorted(SOURCE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith("db.sqlite3"):
            digest.update(str(path.relative_to(SOURCE)).encode() + path.read_bytes())
    home.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(source, ignore_errors=True)
    shutil.copytree(SOURCE, source, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "db.sqlite3*"))
    for path in [source, *source.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)  # shared/ is read-only
    stamp = venv / ".bench-installed"
    wanted = hashlib.sha256((source / "requirements.txt").read_bytes() + python.encode()).hexdigest()
    if not stamp.exists() or stamp.read_text() != wanted:
        log(f"peer: creating its venv in {venv} with {python}")
        shutil.rmtree(venv, ignore_errors=True)
        run([python, "-m", "venv", venv], capture=True)
        run([venv / "bin" / "pip", "install", "--quiet", "-r", source / "requirements.txt"], capture=True)
        stamp.write_text(wanted)
    database = home / f"db-{count}-{digest.hexdigest()[:16]}.sqlite3"
    env = {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ}
    env.update(PEER_SQLITE_PATH=str(database), DJANGO_SETTINGS_MODULE="peer.settings", PYTHONDONTWRITEBYTECODE="1")
    if not database.exists():
        log(f"peer: migrate and seed_news --count {count} (kept as {database})")
        partial = database.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        seeding = {**env, "PEER_SQLITE_PATH": str(partial)}
        python_bin = venv / "bin" / "python"
        run([python_bin, "manage.py", "migrate", "-v0"], env=seeding, cwd=source, capture=True)
        started = time.monotonic()
        run([python_bin, "manage.py", "seed_news", "--count", count], env=seeding, cwd=source, capture=True)
        log(f"  peer seeded in {time.monotonic() - started:.0f} s")
        partial.rename(database)
    return source, venv, env


def info(source, venv, env, deep_offset):
    """Return the peer's URLs, article count, queries per page and versions."""
    page = deep_offset // PER_PAGE + 1
    output = run([venv / "bin" / "python", "-c", INFO, page], env=env, cwd=source, capture=True)
    return json.loads(output)


def command(venv, port, workers):
    """The peer's gunicorn: its own WSGI application, sync workers, as its README runs it."""
    return [
        venv / "bin" / "gunicorn",
        "peer.wsgi:application",
        *("--bind", f"127.0.0.1:{port}", "--workers", workers, "--worker-class", "sync", "--log-level", "warning"),
    ]
