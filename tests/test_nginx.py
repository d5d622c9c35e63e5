"""Through the shipped nginx configuration (docs/nginx/commission.conf) in front of gunicorn: what the
microcache keeps, how soon readers see a change, and what they get while PostgreSQL is stopped.

The stack runs on a PostgreSQL cluster of its own (made with pg_createcluster on port 5499, dropped at
the end), so that stopping it leaves the shared cluster alone, and with the page cache off, so that
what readers get from the cache is nginx's doing.
"""

import http.client
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest

from .nginx.server import NGINX, ROOT, SETUP, gunicorn, nginx

pytestmark = pytest.mark.multiserver

PG_VERSION = next(iter(sorted(os.listdir("/etc/postgresql"))), "15") if os.path.isdir("/etc/postgresql") else "15"
CLUSTER = "httptest"
PG_PORT = 5499
DB_NAME = "commission_http"
REDIS_URL = "redis://127.0.0.1:6379/9"
S_MAXAGE = 2
PASSWORD = "correct horse battery staple"  # tests/factories.py


def cluster(*command):
    return subprocess.run(command, capture_output=True, text=True)


def drop_cluster():
    cluster("pg_dropcluster", PG_VERSION, CLUSTER, "--stop")


def wait_for_postgres(up=True):
    for _ in range(60):
        ready = cluster("pg_isready", "-h", "127.0.0.1", "-p", str(PG_PORT), "-q").returncode == 0
        if ready == up:
            return
        time.sleep(0.5)
    raise RuntimeError(f"PostgreSQL on {PG_PORT} did not {'start' if up else 'stop'}")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Yield the nginx base URL, and a function running Python in the site's Django (manage.py shell)."""
    if not Path(NGINX).exists():
        pytest.fail(SETUP)
    if shutil.which("pg_createcluster") is None:
        pytest.fail("pg_createcluster is missing: the nginx tests need Debian's postgresql-common")
    tmp = tmp_path_factory.mktemp("nginx")
    drop_cluster()  # left over from an interrupted run
    made = cluster("pg_createcluster", PG_VERSION, CLUSTER, "-p", str(PG_PORT), "--", "--auth=trust")
    assert made.returncode == 0, made.stderr
    try:
        assert cluster("pg_ctlcluster", PG_VERSION, CLUSTER, "start").returncode == 0
        wait_for_postgres()
        subprocess.run(["createdb", "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres", DB_NAME], check=True)
        env = {
            **os.environ,
            "DEBUG": "0",
            "SECRET_KEY": "nginx-test-secret-key-0123456789abcdefghijklmnopqrstuvwxyz",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{PG_PORT}/{DB_NAME}",
            "REDIS_URL": REDIS_URL,
            "PAGE_CACHE_SECONDS": "0",
            "HTTP_CACHE_S_MAXAGE": str(S_MAXAGE),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_COOKIES": "0",
            "STATIC_ROOT": str(tmp / "static"),
            "MEDIA_ROOT": str(tmp / "media"),
            "GUNICORN_WORKERS": "2",
            "GUNICORN_THREADS": "8",
        }
        env.pop("DJANGO_SETTINGS_MODULE", None)
        manage = [sys.executable, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "--no-input", "-v0"], env=env, check=True, cwd=ROOT)
        subprocess.run([*manage, "collectstatic", "--no-input", "-v0"], env=env, check=True, cwd=ROOT)
        import redis

        redis.Redis.from_url(REDIS_URL).flushdb()

        def shell(code):
            done = subprocess.run([*manage, "shell", "-c", code], env=env, cwd=ROOT, capture_output=True, text=True)
            assert done.returncode == 0, done.stderr
            return done.stdout

        shell(
            "from tests.factories import make_article, make_staff\n"
            "for n in range(3): make_article(title=f'Standing news {n}', slug=f'standing-{n}')\n"
            "make_staff(username='editor', groups=('Editors',))\n"
        )
        with (
            gunicorn(env, log_dir=tmp) as upstream,
            nginx(upstream, directory=tmp / "nginx", static_root=tmp / "static", media_root=tmp / "media") as base,
        ):
            yield base, shell
    finally:
        drop_cluster()


def fetch(base, path, method="GET", headers=None, body=None, timeout=10):
    """Return (status, headers, text) of one request, without following redirects."""
    parts = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read().decode()
    finally:
        connection.close()


def log_in(base):
    """Log the editor in through nginx; return the Cookie header of the session."""
    status, headers, page = fetch(base, "/admin/login/")
    assert status == 200
    csrf = re.search(r"csrftoken=([^;]+)", headers["Set-Cookie"]).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": "editor", "password": PASSWORD, "csrfmiddlewaretoken": token})
    status, headers, _ = fetch(
        base,
        "/admin/login/?next=/admin/",
        method="POST",
        body=form,
        headers={"Cookie": f"csrftoken={csrf}", "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 302, "the editor could not log in"
    cookies = " ".join(headers.get_all("Set-Cookie"))
    session = re.search(r"sessionid=([^;]+)", cookies).group(1)
    return f"csrftoken={csrf}; sessionid={session}"


def cached(base, path):
    """Ask until nginx answers from its cache; return the page."""
    for _ in range(50):
        status, headers, page = fetch(base, path)
        if headers["X-Cache-Status"] == "HIT":
            return page
        time.sleep(0.1)
    raise AssertionError(f"nginx never served {path} from its cache")


def seconds_until(base, path, present, text):
    """Poll `path` every 0.1 s; return the seconds until `text` is in it (present) or gone from it."""
    start = time.monotonic()
    while time.monotonic() - start < 15:
        if (text in fetch(base, path)[2]) == present:
            return time.monotonic() - start
        time.sleep(0.1)
    raise AssertionError(f"{text!r} still {'absent from' if present else 'on'} {path} after 15 s")


def publish(shell, title, slug):
    shell(
        "from news.models import Category\nfrom tests.factories import make_article\n"
        f"make_article(title={title!r}, slug={slug!r}, category=Category.objects.first())"
    )


def test_a_public_page_is_kept_by_nginx_and_answered_from_its_cache(site):
    base, _shell = site
    assert "Standing news" in cached(base, "/en/news/")
    status, headers, _ = fetch(base, "/en/news/")
    assert status == 200 and headers["Cache-Control"].startswith("public")


def test_a_staff_page_is_never_served_to_a_visitor_from_the_cache(site):
    base, _shell = site
    cookie = log_in(base)
    for path in ("/admin/", "/en/news/"):
        status, headers, page = fetch(base, path, headers={"Cookie": cookie})
        assert status == 200 and headers["X-Cache-Status"] == "BYPASS"
        assert "private" in headers["Cache-Control"]
    status, headers, page = fetch(base, "/admin/")
    assert status == 302 and "/admin/login/" in headers["Location"]  # the visitor is asked to log in
    assert headers["X-Cache-Status"] != "HIT"


def test_a_page_asked_for_with_a_session_cookie_neither_comes_from_nor_goes_into_the_cache(site):
    base, _shell = site
    cached(base, "/en/elections/")
    status, headers, _ = fetch(base, "/en/elections/", headers={"Cookie": "sessionid=made-up"})
    assert status == 200 and headers["X-Cache-Status"] == "BYPASS"
    assert "private" in headers["Cache-Control"]
    status, headers, _ = fetch(base, "/en/pages-nobody-asked-for/", headers={"Cookie": "sessionid=made-up"})
    assert fetch(base, "/en/pages-nobody-asked-for/")[1]["X-Cache-Status"] == "MISS"  # nothing was stored


def test_a_published_article_appears_on_the_news_list_within_s_maxage_and_a_second(site):
    base, shell = site
    assert "Polling stations open at seven" not in cached(base, "/en/news/")
    publish(shell, "Polling stations open at seven", "polling-stations")
    assert seconds_until(base, "/en/news/", True, "Polling stations open at seven") <= S_MAXAGE + 1


def test_an_unpublished_article_disappears_from_the_news_list_as_fast(site):
    base, shell = site
    publish(shell, "Turnout at noon", "turnout-at-noon")
    seconds_until(base, "/en/news/", True, "Turnout at noon")
    assert "Turnout at noon" in cached(base, "/en/news/")
    shell(
        "from news.models import Article\na = Article.objects.get(slug='turnout-at-noon')\na.status = 'draft'\na.save()"
    )
    assert seconds_until(base, "/en/news/", False, "Turnout at noon") <= S_MAXAGE + 1


def test_readers_still_get_the_pages_they_were_getting_while_postgresql_is_stopped(site):
    base, _shell = site
    pages = {path: cached(base, path) for path in ("/en/news/", "/en/news/standing-0/", "/ru/")}
    assert cluster("pg_ctlcluster", PG_VERSION, CLUSTER, "stop", "-m", "fast").returncode == 0
    try:
        wait_for_postgres(up=False)
        deadline = time.monotonic() + S_MAXAGE + 3  # past every page's s-maxage: nginx asks gunicorn again
        while time.monotonic() < deadline:
            for path, page in pages.items():
                status, headers, body = fetch(base, path)
                assert status == 200 and body == page, (path, status, headers["X-Cache-Status"])
            time.sleep(0.2)
        assert fetch(base, "/en/news/standing-0/")[1]["X-Cache-Status"] in ("STALE", "UPDATING")
        # The site itself says it is down (after its database pool's wait for a connection).
        assert fetch(base, "/healthz", timeout=30)[0] == 503
        assert fetch(base, "/en/search/?q=never+asked", timeout=30)[0] == 503  # a page nobody was getting
    finally:
        assert cluster("pg_ctlcluster", PG_VERSION, CLUSTER, "start").returncode == 0
        wait_for_postgres()
    deadline = time.monotonic() + 10
    while fetch(base, "/healthz")[0] != 200:
        assert time.monotonic() < deadline, "the site did not recover by itself"
        time.sleep(0.2)
