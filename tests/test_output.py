"""What the site sends out: feeds, absolute addresses, downloads, error pages and search input."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connection

from elections.views import spreadsheet_safe
from search.query import MAX_QUERY_LENGTH

from .factories import make_article, make_category, make_page
from .test_elections_figures import make_candidates, make_election, make_results, read_csv

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITE_URL = "https://saylav.example"


class Rendered(HTMLParser):
    """What an HTML reader makes of a string: the elements it would create and the text it would show."""

    def __init__(self, markup):
        super().__init__(convert_charrefs=True)
        self.tags, self.text, self.links = [], [], []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.links += [value for name, value in attrs if name in ("href", "src") and value]

    def handle_data(self, data):
        self.text.append(data)


# Feeds -------------------------------------------------------------------------------------------------


def feed_summaries(client):
    rss = ET.fromstring(client.get("/en/news/feed/rss/").content)
    atom = ET.fromstring(client.get("/en/news/feed/atom/").content)
    entries = atom.findall(f"{ATOM}entry")
    assert all(entry.find(f"{ATOM}summary").get("type") == "html" for entry in entries)
    return [item.findtext("description") for item in rss.iter("item")] + [
        entry.findtext(f"{ATOM}summary") for entry in entries
    ]


@pytest.mark.parametrize(
    "excerpt",
    [
        '<img src=x onerror="alert(1)">',
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "Results <b>soon</b> & more",
    ],
)
def test_feed_summary_with_markup_typed_as_text_stays_text(client, excerpt):
    make_article(excerpt=excerpt)
    summaries = feed_summaries(client)
    assert len(summaries) == 2
    for summary in summaries:
        rendered = Rendered(summary)
        assert rendered.tags == []  # a feed reader creates no element from it
        assert "".join(rendered.text) == excerpt  # and shows exactly what was typed


def test_feed_summary_made_from_the_body_shows_escaped_text_as_text(client):
    make_article(body="<p>Write &lt;img src=x onerror=alert(1)&gt; to test.</p>")
    for summary in feed_summaries(client):
        rendered = Rendered(summary)
        assert rendered.tags == []
        assert "<img src=x onerror=alert(1)>" in "".join(rendered.text)


# Host header and absolute addresses ---------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/healthz", "/tk/", "/en/news/", "/en/news/feed/rss/", "/sitemap.xml"])
def test_a_disallowed_host_gets_a_400_page_not_a_500(client, path):
    response = client.get(path, headers={"host": "evil.example"})
    assert response.status_code == 400
    assert "evil.example" not in response.content.decode()


def host_free_bodies(client, host):
    article = make_article(title="Turnout at noon", cover_image=None)
    category = article.category
    paths = [
        article.get_absolute_url(),
        "/en/news/",
        "/en/news/feed/rss/",
        "/en/news/feed/atom/",
        f"/en/news/category/{category.slug_en}/feed/atom/",
        "/sitemap.xml",
        "/sitemap-news.xml",
        "/robots.txt",
    ]
    bodies = {}
    for path in paths:
        response = client.get(path, headers={"host": host})
        assert response.status_code == 200, path
        bodies[path] = response.content.decode()
    return bodies


def test_absolute_addresses_come_from_site_url_not_from_an_allowed_host(client, settings):
    settings.SITE_URL = SITE_URL
    make_category()
    for path, body in host_free_bodies(client, "localhost").items():
        assert "localhost" not in body, path
        assert SITE_URL in body, path


def test_cached_pages_never_hold_the_host_of_the_visitor_who_filled_the_cache(client, settings):
    settings.SITE_URL = SITE_URL
    assert settings.PAGE_CACHE_SECONDS > 0
    first = host_free_bodies(client, "localhost")
    again = {path: client.get(path, headers={"host": "127.0.0.1"}) for path in first}
    assert again["/en/news/"]["X-Page-Cache"] == "hit"
    for path, response in again.items():
        body = response.content.decode()
        assert "localhost" not in body and "127.0.0.1" not in body, path


# CSV downloads ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1", "\tcmd", "\rx"])
def test_csv_cells_starting_with_a_formula_character_tab_or_cr_are_neutralised(cell):
    assert spreadsheet_safe(cell) == "'" + cell


def test_csv_download_neutralises_a_candidate_name_starting_with_a_tab(client):
    election = make_election(slug="tabbed")
    (candidate,) = make_candidates(election, '\t=HYPERLINK("http://example.org")')
    make_results(election, [candidate], {"AH": [5]})
    rows = read_csv(client.get("/en/elections/tabbed/results.csv"))
    assert rows[0]["candidate"].startswith("'")


# Error pages --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["//evil.example/tk/", "//evil.example/", "/\\evil.example/tk/", "///evil.example/"])
def test_404_page_for_a_protocol_relative_path_links_only_to_the_site(client, path):
    response = client.get("/", PATH_INFO=path)
    assert response.status_code == 404
    links = Rendered(response.content.decode()).links
    assert links
    for link in links:
        assert urlsplit(link.replace("\\", "/")).netloc in ("", "testserver"), link
        assert "evil.example" not in link, link


# Search input -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "-" * 32,
        "-" * MAX_QUERY_LENGTH,
        "- " * (MAX_QUERY_LENGTH // 2),
        '"' * MAX_QUERY_LENGTH,
        "or " * (MAX_QUERY_LENGTH // 3),
        "-a " * (MAX_QUERY_LENGTH // 3),
        '"-' * (MAX_QUERY_LENGTH // 2),
        "!(" * (MAX_QUERY_LENGTH // 2),
        "a-" * (MAX_QUERY_LENGTH // 2),
        "-a-" * (MAX_QUERY_LENGTH // 3),
        '"a' * (MAX_QUERY_LENGTH // 2),
    ],
)
def test_search_of_operators_only_gets_an_answer_not_a_500(client, q):
    make_article(title="Turnout in Lebap")
    make_page(title="Contacts")
    response = client.get("/en/search/", {"q": q})
    assert response.status_code == 200, connection.vendor


def test_search_of_punctuation_only_asks_for_words(client):
    response = client.get("/en/search/", {"q": "-" * 32})
    assert response.status_code == 200
    assert "Type one or more words" in response.content.decode()


def test_search_with_a_hyphenated_word_and_an_excluded_word_still_finds_it(client):
    if connection.vendor != "postgresql":
        pytest.skip("excluding a word with '-' is PostgreSQL's web search syntax")
    make_article(title="Ak-Bugday district turnout")
    make_article(title="Ak-Bugday district weather")
    response = client.get("/en/search/", {"q": "Ak-Bugday -weather"})
    titles = [article.title for article, _snippet in response.context["results"]]
    assert titles == ["Ak-Bugday district turnout"]


# Slow clients -------------------------------------------------------------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def gunicorn_server(tmp_path):
    """gunicorn with the project's configuration, two workers, on a fresh SQLite database."""
    root = Path(__file__).resolve().parent.parent
    port = free_port()
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "slow-clients-test-secret-key-0123456789abcdefghijklmnopqrstuvwxyz",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "STATIC_ROOT": str(tmp_path / "static"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "GUNICORN_WORKERS": "2",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_ACCESS_LOG": os.devnull,
    }
    for name in ("DJANGO_SETTINGS_MODULE", "REDIS_URL"):
        env.pop(name, None)
    subprocess.run([sys.executable, str(root / "manage.py"), "migrate", "--no-input", "-v0"], env=env, check=True)
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    with open(tmp_path / "gunicorn.log", "w") as log:
        process = subprocess.Popen(
            [gunicorn, "-c", str(root / "gunicorn.conf.py"), "commission_site.wsgi"],
            env=env, cwd=root, stdout=log, stderr=log,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None and time.monotonic() < deadline, "gunicorn did not start"
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).close()
                break
            except OSError:
                time.sleep(0.3)
        yield port
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


@pytest.mark.multiserver
def test_a_hundred_slow_clients_on_loopback_do_not_stop_the_site(gunicorn_server):
    slow = []
    try:
        for _ in range(100):
            sock = socket.create_connection(("127.0.0.1", gunicorn_server), timeout=5)
            sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")  # and never the rest
            slow.append(sock)
        time.sleep(1)
        for _ in range(3):
            for sock in slow[::10]:
                sock.sendall(b"x")  # still sending, one byte at a time
            with urllib.request.urlopen(f"http://127.0.0.1:{gunicorn_server}/healthz", timeout=10) as response:
                assert response.status == 200
    finally:
        for sock in slow:
            sock.close()
