"""The page cache never outlives a change: not during the save, not across a Redis outage, and the
address a page is kept under holds only what its view reads."""

import threading
import time

import pytest
from django.core.cache import cache, caches
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sitecache import versioning
from sitecache.versioning import VERSION_KEY

from .factories import make_article, make_category, make_page
from .test_cache import redis_available, redis_cache

pytestmark = pytest.mark.django_db

REDIS = "redis://127.0.0.1:6379/7"
UNREACHABLE = "redis://127.0.0.1:1/0"  # nothing listens on port 1


def get(client, url, method="get"):
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(url)
    return response, len(queries)


def read_during(change, url):
    """Make `change` in a transaction, and while it is not yet committed, let another visitor (its own
    thread and database connection) read `url`: the moment a reader could cache what is going away."""

    def reader():
        try:
            Client().get(url)
        finally:
            connection.close()

    with transaction.atomic():
        change()
        thread = threading.Thread(target=reader)
        thread.start()
        thread.join()


def needs_isolated_reads():
    if connection.vendor == "sqlite":  # the shared in-memory test database locks the table instead
        pytest.skip("an in-memory SQLite reader cannot see the rows an open transaction changed")


# A change replaces the version once it is committed --------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_unpublished_article_is_not_cached_again_by_a_reader_during_the_save(client):
    needs_isolated_reads()
    article = make_article(title="Withdrawn notice")
    url = article.get_absolute_url()
    assert client.get(url).status_code == 200

    def unpublish():
        article.status = "draft"
        article.save()

    read_during(unpublish, url)
    assert client.get(url).status_code == 404


@pytest.mark.django_db(transaction=True)
def test_menu_is_not_kept_from_a_read_during_the_save(client, settings):
    needs_isolated_reads()
    settings.PAGE_CACHE_SECONDS = 0  # the menu is kept per content version even without the page cache
    page = make_page(title="Old title", slug="contacts", show_in_menu=True)
    assert "Old title" in client.get("/en/").content.decode()

    def rename():
        page.title = "New title"
        page.save()

    read_during(rename, "/en/")
    body = client.get("/en/").content.decode()
    assert "New title" in body and "Old title" not in body


@pytest.mark.django_db(transaction=True)
def test_content_version_is_replaced_only_when_the_change_commits():
    article = make_article()
    before = versioning.content_version()
    with transaction.atomic():
        article.title = "Changed"
        article.save()
        assert cache.get(VERSION_KEY) == before  # a reader now still reads the old rows
    after_commit = cache.get(VERSION_KEY)
    assert after_commit != before
    with pytest.raises(RuntimeError), transaction.atomic():
        article.delete()
        raise RuntimeError("the delete is rolled back")
    assert cache.get(VERSION_KEY) == after_commit


def test_a_request_that_changed_content_keeps_nothing_it_derived(client):
    versioning.begin_request()
    try:
        versioning.content_version()
        make_category()  # read before this change: not to be kept under the version that follows it
        assert versioning.versioned("test:derived", lambda: "from before the change") == "from before the change"
    finally:
        versioning.end_request()
    assert versioning.versioned("test:derived", lambda: "computed again") == "computed again"


# A change the cache could not take is owed -------------------------------------------------------


@pytest.fixture
def redis_that_fails(settings, monkeypatch):
    """Redis on 127.0.0.1:6379/7; `down()` and `up()` make it unreachable and back for this process."""
    if not redis_available():
        pytest.skip("Redis is not running")
    from commission_site import cache_backends

    monkeypatch.setattr(cache_backends, "RETRY_AFTER_SECONDS", 0.0)  # try again at once when it is back
    settings.CACHES = redis_cache(REDIS)
    caches["default"].clear()

    class Switch:
        def down(self):
            settings.CACHES = redis_cache(UNREACHABLE)

        def up(self):
            settings.CACHES = redis_cache(REDIS)
            return caches["default"]

    yield Switch()
    versioning.owed.settle(versioning.owed.count())
    settings.CACHES = redis_cache(REDIS)
    caches["default"].clear()


def test_a_change_saved_while_redis_is_unreachable_does_not_bring_old_pages_back(client, redis_that_fails):
    article = make_article(title="Withdrawn notice")
    url = article.get_absolute_url()
    assert client.get(url).status_code == 200
    assert get(client, url)[0]["X-Page-Cache"] == "hit"
    redis_that_fails.down()
    article.status = "draft"
    article.save()
    assert client.get(url).status_code == 404  # served without the cache
    redis_that_fails.up()
    assert client.get(url).status_code == 404
    assert client.get(url).status_code == 404


def test_cached_pages_are_not_served_while_a_version_change_is_owed(client, redis_that_fails, monkeypatch):
    article = make_article(title="Results table")
    url = article.get_absolute_url()
    client.get(url)
    redis_that_fails.down()
    article.title = "Results table, corrected"
    article.save()
    redis_that_fails.up()
    monkeypatch.setattr(
        versioning, "try_replace_version", lambda: False, raising=False
    )  # Redis answers, but not that write
    response, queries = get(client, url)
    assert "Results table, corrected" in response.content.decode() and queries > 0
    assert "X-Page-Cache" not in response


def test_an_owed_version_change_is_made_without_waiting_for_a_visitor(client, redis_that_fails, monkeypatch):
    monkeypatch.setattr(versioning, "OWED_RETRY_SECONDS", 0.05, raising=False)
    article = make_article()
    client.get(article.get_absolute_url())
    old = cache.get(VERSION_KEY)
    redis_that_fails.down()
    article.delete()
    shared = redis_that_fails.up()
    deadline = time.monotonic() + 5
    # What another worker, which never saw Redis fail, reads; and the debt settled (just after the write).
    while (shared.get(VERSION_KEY) == old or versioning.owed.count()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert shared.get(VERSION_KEY) not in (None, old)
    assert versioning.owed.count() == 0


# Cache keys follow what a page uses ---------------------------------------------------------------


def test_unknown_query_parameters_are_served_the_cached_page(client):
    make_article(title="Polling stations open")
    assert get(client, "/en/news/")[0]["X-Page-Cache"] == "miss"
    response, queries = get(client, "/en/news/?utm_source=mail&x=<b>1</b>")
    assert response["X-Page-Cache"] == "hit" and queries == 0
    response, _ = get(client, "/en/news/?fbclid=abc")
    assert response["X-Page-Cache"] == "hit"


def test_a_page_rendered_for_an_unknown_parameter_does_not_show_it(client):
    for n in range(12):
        make_article(title=f"Notice {n}")
    response, _ = get(client, "/en/news/?page=2&tracking=abcdef")
    assert response["X-Page-Cache"] == "miss" and "tracking" not in response.content.decode()
    assert get(client, "/en/news/?page=2")[0]["X-Page-Cache"] == "hit"


def test_parameters_a_view_reads_still_make_their_own_page(client):
    category = make_category(slug_en="decisions")
    for n in range(12):
        make_article(title=f"Decision {n}", category=category)
    make_article(title="Alpha bulletin")
    make_article(title="Beta bulletin")
    assert "Decision 11" not in get(client, "/en/news/")[0].content.decode()
    assert "Decision 11" in get(client, "/en/news/?page=2")[0].content.decode()
    year = str(time.localtime().tm_year)
    first, _ = get(client, f"/en/news/?year={year}&category=decisions")
    assert first["X-Page-Cache"] == "miss"
    assert get(client, f"/en/news/?category=decisions&year={year}")[0]["X-Page-Cache"] == "hit"
    alpha = get(client, "/en/search/?q=alpha")[0].content.decode()
    beta = get(client, "/en/search/?q=beta")[0].content.decode()
    assert "Alpha bulletin" in alpha and "Beta bulletin" not in alpha
    assert "Beta bulletin" in beta and "Alpha bulletin" not in beta


def test_head_is_answered_from_the_cached_page_without_a_body(client):
    make_article()
    page, _ = get(client, "/en/news/")
    response, queries = get(client, "/en/news/", method="head")
    assert response.status_code == 200 and queries == 0 and response.content == b""
    assert response["X-Page-Cache"] == "hit"
    assert response["Content-Length"] == str(len(page.content))


def test_the_public_is_not_told_whether_a_page_came_from_the_cache(client, settings):
    settings.PAGE_CACHE_DEBUG_HEADER = False
    make_article()
    first, _ = get(client, "/en/news/")
    second, queries = get(client, "/en/news/")
    assert queries == 0  # still cached
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second
