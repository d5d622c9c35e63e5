"""Two gunicorn servers sharing one PostgreSQL and one Redis: what A publishes, B shows at once."""

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from .factories import ARTICLE_INLINES

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
DB_NAME = "commission_two_servers"
REDIS_URL = "redis://127.0.0.1:6379/14"
PASSWORD = "two-servers-test-password"

pytestmark = pytest.mark.multiserver


def reachable(port):
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    if not (reachable(5432) and reachable(6379)):
        if os.environ.get("CI") == "1":
            pytest.fail("CI needs PostgreSQL on 5432 and Redis on 6379 for the two-server test")
        pytest.skip("PostgreSQL or Redis is not running")
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB_NAME}")
    tmp = tmp_path_factory.mktemp("two-servers")
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "two-servers-test-secret-key-0123456789abcdefghijklmnopqrstuvwxyz",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DB_NAME}",
        "REDIS_URL": REDIS_URL,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
        "GUNICORN_WORKERS": "1",
        "GUNICORN_ACCESS_LOG": str(tmp / "access.log"),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--no-input", "-v0"], env=env, check=True, cwd=ROOT)
    subprocess.run([*manage, "collectstatic", "--no-input", "-v0"], env=env, check=True, cwd=ROOT)
    subprocess.run([*manage, "load_demo"], env=env, check=True, cwd=ROOT, capture_output=True)
    create_admin = (
        "from django.contrib.auth.models import User; "
        f"User.objects.create_superuser('chief', 'chief@example.org', '{PASSWORD}')"
    )
    subprocess.run([*manage, "shell", "-c", create_admin], env=env, check=True, cwd=ROOT, capture_output=True)
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    ports = [free_port(), free_port()]
    processes = [
        subprocess.Popen(
            [gunicorn, "-c", str(ROOT / "gunicorn.conf.py"), "--bind", f"127.0.0.1:{port}", "commission_site.wsgi"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=open(tmp / f"gunicorn-{port}.log", "w"),  # noqa: SIM115
        )
        for port in ports
    ]
    try:
        deadline = time.monotonic() + 30
        while not all(reachable(port) for port in ports):
            assert time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.2)
        yield [f"http://127.0.0.1:{port}" for port in ports]
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait(timeout=20)
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")


class Browser:
    """A tiny HTTP client with cookies, enough to use the admin."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path):
        try:
            with self.opener.open(self.base + path, timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def post_form(self, path, data):
        _status, page = self.get(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}).encode()
        request = urllib.request.Request(self.base + path, data=body, headers={"Referer": self.base + path})
        try:
            with self.opener.open(request, timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


def test_article_published_edited_and_unpublished_on_one_server_shows_at_once_on_the_other(servers):
    a_base, b_base = servers
    a, reader = Browser(a_base), Browser(b_base)
    # Warm server B's cache for the list and the search.
    assert reader.get("/en/news/")[0] == 200
    assert "Ballot paper design approved" not in reader.get("/en/news/")[1]
    assert reader.get("/en/search/?q=ballot+paper+design")[0] == 200

    status, _ = a.post_form("/admin/login/?next=/admin/", {"username": "chief", "password": PASSWORD})
    assert status == 200
    import psycopg

    with psycopg.connect(f"postgres://postgres@127.0.0.1:5432/{DB_NAME}") as conn:
        (category,) = conn.execute("SELECT id FROM news_category ORDER BY id LIMIT 1").fetchone()
    now = time.localtime(time.time() - 60)
    article = {
        "language": "en",
        "title": "Ballot paper design approved",
        "slug": "ballot-paper-design-approved",
        "category": category,
        "body": "<p>The commission approved the ballot paper design for the by-elections.</p>",
        "status": "published",
        "publish_at_0": time.strftime("%Y-%m-%d", now),
        "publish_at_1": time.strftime("%H:%M:%S", now),
        "excerpt": "",
        "cover_alt": "",
        **ARTICLE_INLINES,
    }
    status, page = a.post_form("/admin/news/article/add/", article)
    assert status == 200 and '<li class="success">' in page, page[:2000]  # in the admin's language

    assert "Ballot paper design approved" in reader.get("/en/news/")[1]
    assert "Ballot paper design approved" in reader.get("/en/search/?q=ballot+paper+design")[1]

    _status, listing = a.get("/admin/news/article/?q=Ballot+paper+design")
    change_url = re.search(r'href="(/admin/news/article/\d+/change/)', listing).group(1)
    status, page = a.post_form(change_url, {**article, "title": "Ballot paper design confirmed"})
    assert status == 200 and '<li class="success">' in page
    assert "Ballot paper design confirmed" in reader.get("/en/news/")[1]

    status, page = a.post_form(change_url, {**article, "title": "Ballot paper design confirmed", "status": "draft"})
    assert status == 200
    assert "Ballot paper design" not in reader.get("/en/news/")[1]
    assert reader.get("/en/news/ballot-paper-design-approved/")[0] == 404
    assert "Ballot paper design" not in reader.get("/en/search/?q=ballot+paper+design")[1]
