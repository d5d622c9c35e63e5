"""The public page cache: fast for anonymous visitors, never stale, never mixed with staff pages."""

import logging
import os
import time
from datetime import timedelta

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from .factories import make_article, make_page, make_staff

pytestmark = pytest.mark.django_db

REDIS = "redis://127.0.0.1:6379/15"


def get(client, url="/en/news/"):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def test_second_anonymous_visit_is_served_from_cache_without_queries(client):
    make_article(title="Cached news")
    first, _ = get(client)
    assert first["X-Page-Cache"] == "miss"
    second, queries = get(client)
    assert second["X-Page-Cache"] == "hit"
    assert queries == 0
    assert "Cached news" in second.content.decode()


def test_saving_an_article_refreshes_every_cached_page(client):
    article = make_article(title="Old title")
    get(client)
    get(client, article.get_absolute_url())
    article.title = "New title"
    article.save()
    assert "New title" in get(client)[0].content.decode()
    assert "New title" in get(client, article.get_absolute_url())[0].content.decode()


def test_deleting_or_unpublishing_removes_the_article_from_cached_pages(client):
    gone = make_article(title="To be deleted")
    hidden = make_article(title="To be unpublished")
    get(client)
    gone.delete()
    hidden.status = "draft"
    hidden.save()
    body = get(client)[0].content.decode()
    assert "To be deleted" not in body and "To be unpublished" not in body
    assert get(client, hidden.get_absolute_url())[0].status_code == 404


def test_category_and_page_changes_refresh_the_cache(client):
    article = make_article()
    page = make_page(title="About", slug="about", show_in_menu=True)
    get(client)
    article.category.name_en = "Renamed section"
    article.category.save()
    page.title = "About us"
    page.save()
    body = get(client, article.get_absolute_url())[0].content.decode()
    assert "Renamed section" in body and "About us" in body


def test_scheduled_article_appears_when_its_time_comes_despite_the_cache(client):
    make_article(title="Results at noon", publish_at=timezone.now() + timedelta(seconds=1.5))
    assert "Results at noon" not in get(client)[0].content.decode()
    assert get(client)[0]["X-Page-Cache"] == "hit"
    time.sleep(2.6)
    assert "Results at noon" in get(client)[0].content.decode()


def test_staff_never_get_the_cached_anonymous_page_and_their_pages_are_not_stored(client):
    draft = make_article(title="Staff preview", status="draft")
    get(client)
    client.force_login(make_staff())
    staff_response, _ = get(client)
    assert "X-Page-Cache" not in staff_response
    assert get(client, draft.get_absolute_url())[0].status_code == 200
    client.logout()
    client.cookies.clear()
    assert get(client, draft.get_absolute_url())[0].status_code == 404


def test_cache_can_be_turned_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    make_article()
    get(client)
    response, queries = get(client)
    assert "X-Page-Cache" not in response and queries > 0


def test_errors_and_redirects_are_not_cached(client):
    assert get(client, "/en/news/missing/")[0].status_code == 404
    assert "X-Page-Cache" not in get(client, "/en/news/missing/")[0]


def redis_cache(location):
    return {
        "default": {
            "BACKEND": "commission_site.cache_backends.ResilientRedisCache",
            "LOCATION": location,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
        "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "local"},
    }


def test_site_keeps_serving_when_redis_is_down_and_logs_the_fault(client, settings, caplog):
    settings.CACHES = redis_cache("redis://127.0.0.1:1/0")  # nothing listens on port 1
    make_article(title="Still here")
    with caplog.at_level(logging.ERROR):
        response = client.get("/en/news/")
    assert response.status_code == 200
    assert "Still here" in response.content.decode()
    assert "Cache unreachable" in caplog.text
    assert client.get("/healthz").status_code == 503


def redis_available():
    import redis

    try:
        return redis.Redis.from_url(REDIS, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return False


@pytest.fixture
def real_redis(settings):
    if not redis_available():
        if os.environ.get("CI") == "1":
            pytest.fail("CI needs Redis on 127.0.0.1:6379")
        pytest.skip("Redis is not running")
    settings.CACHES = redis_cache(REDIS)
    caches["default"].clear()
    yield caches["default"]
    caches["default"].clear()


def test_pages_are_cached_in_redis_and_refreshed_on_save(client, real_redis):
    article = make_article(title="Through Redis")
    assert get(client)[0]["X-Page-Cache"] == "miss"
    assert get(client)[0]["X-Page-Cache"] == "hit"
    article.title = "Changed through Redis"
    article.save()
    assert "Changed through Redis" in get(client)[0].content.decode()


def test_cache_recovers_by_itself_when_redis_returns(client, real_redis, monkeypatch):
    from commission_site import cache_backends

    cache_backends.ResilientRedisCache._down_until = time.monotonic() + 60  # as if it just failed
    assert real_redis.get("anything", "fallback") == "fallback"
    monkeypatch.setattr(cache_backends, "RETRY_AFTER_SECONDS", 0.0)
    cache_backends.ResilientRedisCache._down_until = time.monotonic() - 1  # the pause is over
    real_redis.set("anything", "value")
    assert real_redis.get("anything") == "value"


def test_healthz_answers_200_when_database_and_cache_respond(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_healthz_answers_503_when_the_database_is_down(client, monkeypatch):
    from django.db.backends.base.base import BaseDatabaseWrapper

    def broken(self, *args, **kwargs):
        raise connection.Database.OperationalError("database is down")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "error"


def test_a_change_saved_on_another_server_shows_on_the_next_request(client, real_redis, settings):
    """Change a menu title as another server would (in the database, then a new content version in
    Redis, nothing in this process): the next request reads the version and shows the new title."""
    from pages.models import Page
    from sitecache.versioning import VERSION_KEY

    settings.PAGE_CACHE_SECONDS = 0  # the menu is kept per content version even without the page cache
    page = make_page(title="Old title", slug="about-us", show_in_menu=True)
    assert "Old title" in client.get("/en/").content.decode()
    assert "Old title" in client.get("/en/").content.decode()  # the menu kept under this version
    Page.objects.filter(pk=page.pk).update(title="New title")
    real_redis.set(VERSION_KEY, "set-by-another-server", timeout=None)
    body = client.get("/en/").content.decode()
    assert "New title" in body and "Old title" not in body
