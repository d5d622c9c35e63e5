"""Every page of a news list holds what a plain ordered slice of the list gives, however deep it is."""

import time
from datetime import timedelta

import pytest
from django.core.cache import caches
from django.core.paginator import Paginator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.models import Article
from news.pagination import ArchivePaginator

from .factories import make_article, make_category

pytestmark = pytest.mark.django_db

ARTICLES = 57


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def archive():
    """Articles in two categories over two years, three at each moment (the id orders equal dates),
    with a draft, a scheduled article and a Russian one that no English list shows."""
    elections = make_category(slug_en="elections")
    training = make_category(slug_en="training")
    start = timezone.now().replace(microsecond=0) - timedelta(hours=1)
    for i in range(ARTICLES):
        make_article(category=training if i % 3 == 0 else elections, publish_at=start - timedelta(days=i // 3 * 20))
    make_article(category=elections, status=Article.Status.DRAFT, publish_at=start - timedelta(days=40))
    make_article(category=elections, publish_at=timezone.now() + timedelta(days=1))
    make_article(category=elections, language="ru", publish_at=start - timedelta(days=60))
    return timezone.localtime(start - timedelta(days=ARTICLES // 2 // 3 * 20))  # the middle one's date


def expected(**filters):
    rows = Article.objects.published().filter(language="en", **filters).order_by("-publish_at", "-id")
    return list(rows.values_list("pk", flat=True))


def ids(response):
    assert response.status_code == 200
    return [article.pk for article in response.context["object_list"]]


def assert_pages_are_slices(client, url, rows):
    """Read the pages deepest first (the first on a cold cache, by skipping from the top), then from the top."""
    separator = "&" if "?" in url else "?"
    last = -(-len(rows) // 10)
    for number in [*range(last, 0, -1), *range(1, last + 1)]:
        assert ids(client.get(f"{url}{separator}page={number}")) == rows[(number - 1) * 10 : number * 10], number
    assert client.get(f"{url}{separator}page={last + 1}").status_code == 404


def test_every_page_of_the_news_list_is_a_slice_of_the_ordered_list(client, archive):
    rows = expected()
    assert len(rows) == ARTICLES
    assert_pages_are_slices(client, "/en/news/", rows)


@pytest.mark.parametrize("filtered", ["category", "year", "year and month", "category page", "year archive"])
def test_every_page_of_a_filtered_list_is_a_slice_of_it(client, archive, filtered):
    year, month = archive.year, archive.month
    url, filters = {
        "category": ("/en/news/?category=elections", {"category__slug_en": "elections"}),
        "year": (f"/en/news/?year={year}", {"publish_at__year": year}),
        "year and month": (
            f"/en/news/?year={year}&month={month}",
            {"publish_at__year": year, "publish_at__month": month},
        ),
        "category page": ("/en/news/category/elections/", {"category__slug_en": "elections"}),
        "year archive": (f"/en/news/{year}/", {"publish_at__year": year}),
    }[filtered]
    rows = expected(**filters)
    assert rows
    assert_pages_are_slices(client, url, rows)


def test_a_lists_total_comes_from_the_workers_memory_after_the_first_visit(client, archive, monkeypatch):
    assert "57 articles" in client.get("/en/news/").content.decode()
    backend = caches["default"]
    read = []
    real_get, real_get_many = backend.get, backend.get_many
    monkeypatch.setattr(backend, "get", lambda key, *args, **kw: read.append(key) or real_get(key, *args, **kw))
    monkeypatch.setattr(
        backend, "get_many", lambda keys, *args, **kw: read.extend(keys) or real_get_many(keys, *args, **kw)
    )
    assert "57 articles" in client.get("/en/news/").content.decode()
    assert read and not [key for key in read if "count" in key]  # the content version is read, not the total


def test_a_lists_total_expires_when_a_scheduled_article_is_due(client, archive):
    make_article(category=make_category(), publish_at=timezone.now() + timedelta(seconds=1.5))
    assert ids(client.get("/en/news/?page=5")) == expected()[40:50]  # a deep page first: counts the list
    assert "57 articles" in client.get("/en/news/").content.decode()
    time.sleep(2)
    # Kept until the scheduled article is due at the latest, not until content changes.
    assert "58 articles" in client.get("/en/news/").content.decode()


def test_a_lists_total_is_counted_once_per_content_version(client, archive):
    def counts(url):
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return sum("COUNT(" in query["sql"].upper() for query in context)

    assert counts("/en/news/?page=5") == 1
    assert counts("/en/news/") == 0 and counts("/en/news/?page=3") == 0  # one total for every page of a list
    assert counts("/en/news/?page=2&category=training") == 1  # each list has its own
    make_article(category=make_category())
    assert counts("/en/news/?page=5") == 1


@pytest.mark.parametrize("per_page, orphans", [(5, 3), (10, 6), (7, 0)])
def test_pages_with_orphans_match_django_paginator(archive, per_page, orphans):
    rows = Article.objects.published().in_language("en").for_listing()
    plain = Paginator(expected(), per_page, orphans=orphans)
    ours = ArchivePaginator(rows, per_page, orphans=orphans, count_key=f"test:{per_page}")
    assert ours.num_pages == plain.num_pages
    for number in plain.page_range:
        assert [a.pk for a in ours.page(number).object_list] == list(plain.page(number).object_list), number


def test_a_newly_published_article_is_on_page_one_at_once_and_shifts_deep_pages(client, archive):
    assert ids(client.get("/en/news/?page=5")) == expected()[40:50]
    fresh = make_article(category=make_category(), publish_at=timezone.now() - timedelta(minutes=1))
    assert ids(client.get("/en/news/"))[0] == fresh.pk
    assert ids(client.get("/en/news/?page=5")) == expected()[40:50]
    assert client.get("/en/news/?page=6").status_code == 200  # 58 articles: page 6 has 8.


def test_shallow_and_deep_pages_read_only_what_a_list_shows_in_one_query(client, archive):
    for page in (1, 2, 5):
        client.get(f"/en/news/?page={page}")
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/en/news/?page={page}")
        (rows,) = [q["sql"] for q in queries if "news_article" in q["sql"] and "SELECT" in q["sql"]]
        # Neither the bodies nor the categories, which a list does not show.
        assert '"news_article"."body"' not in rows and "news_category" not in rows, page
        assert response.status_code == 200
