"""Helpers run inside the site's environment: `python -m bench.probe urls|queries`, JSON on stdout.

`urls` picks the benchmarked addresses from the seeded database; `queries` counts the SQL queries of
each with Django's test client and CaptureQueriesContext, as an anonymous visitor: cold (empty
cache), warm (the same request again, page cache on) and uncached (page cache off, steady state),
with the time of one uncached request and of its queries (an execute wrapper with perf_counter), in one
process without load.
"""

import json
import os
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.templatetags.static import static  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from news.models import Article, Category  # noqa: E402
from news.views import PublishedArticleMixin  # noqa: E402
from pages.models import Page  # noqa: E402

LANGUAGE = "en"
DEEP_PAGE = 2000
SEARCH_WORD = "election"


def bench_urls():
    """Return {name: path} of the benchmarked addresses, in the order they are measured."""
    published = Article.objects.published().in_language(LANGUAGE).order_by("-publish_at", "-id")
    total = published.count()
    per_page = PublishedArticleMixin.paginate_by
    pages = max(1, -(-total // per_page))
    middle = published[total // 2]  # an article from the middle of the archive, neither newest nor oldest
    category = (
        Category.objects.in_language(LANGUAGE).filter(slug_en="elections").first()
        or Category.objects.in_language(LANGUAGE).first()
    )
    page = Page.objects.published().in_language(LANGUAGE).filter(path="about").first()
    page = page or Page.objects.published().in_language(LANGUAGE).first()
    return {
        "urls": {
            "home": f"/{LANGUAGE}/",
            "news_list": f"/{LANGUAGE}/news/",
            "news_deep": f"/{LANGUAGE}/news/?page={min(DEEP_PAGE, pages)}",
            "category": category.get_absolute_url(LANGUAGE),
            "article": middle.get_absolute_url(),
            "page": page.get_absolute_url(),
            "search": f"/{LANGUAGE}/search/?q={SEARCH_WORD}",
            "rss": f"/{LANGUAGE}/news/feed/rss/",
            "healthz": "/healthz",
        },
        "floors": {"floor": "/bench/floor/", "static": static("css/site.css")},
        "articles_in_language": total,
        "articles": Article.objects.count(),
        "deep_page": min(DEEP_PAGE, pages),
        "deep_offset": (min(DEEP_PAGE, pages) - 1) * per_page,
        "search_matches": search_matches(),
    }


def search_matches():
    from search.query import search

    return search(Article.objects.published().in_language(LANGUAGE), SEARCH_WORD, LANGUAGE).count()


def count(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    return response.status_code, len(context), response.get("X-Page-Cache", "")


class QueryTimer:
    """execute_wrapper() recording each query's SQL and its milliseconds with perf_counter (the
    test tools' query capture rounds to whole milliseconds, which hides sub-millisecond queries)."""

    def __init__(self):
        self.queries = []

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.queries.append((sql, (time.perf_counter() - started) * 1000))


def timed(client, url, runs=3):
    """Return the fastest of `runs` uncached requests: its milliseconds, SQL milliseconds and slowest query."""
    best = None
    for _ in range(runs):
        timer = QueryTimer()
        with connection.execute_wrapper(timer):
            started = time.perf_counter()
            client.get(url)
            elapsed = (time.perf_counter() - started) * 1000
        if best is None or elapsed < best[0]:
            best = (elapsed, timer.queries)
    elapsed, queries = best
    slowest = max(queries, key=lambda q: q[1], default=None)
    return {
        "request_ms": round(elapsed, 1),
        "sql_ms": round(sum(ms for _sql, ms in queries), 2),
        "slowest_sql_ms": round(slowest[1], 2) if slowest else 0,
        "slowest_sql": " ".join(slowest[0].split())[:300] if slowest else "",
    }


def query_counts(urls):
    """Return {name: {cold, warm, uncached, status}} for each of `urls`."""
    client = Client(HTTP_HOST="127.0.0.1")
    results = {}
    cache_seconds = settings.PAGE_CACHE_SECONDS or 300
    for name, url in urls.items():
        settings.PAGE_CACHE_SECONDS = cache_seconds
        cache.clear()  # only the benchmark's own Redis database
        status, cold, _ = count(client, url)
        warm_status, warm, header = count(client, url)
        settings.PAGE_CACHE_SECONDS = 0
        count(client, url)
        uncached_status, uncached, _ = count(client, url)
        timing = timed(client, url)
        results[name] = {
            "url": url,
            "status": [status, warm_status, uncached_status],
            "cold": cold,
            "warm": warm,
            "warm_cache_header": header,
            "uncached": uncached,
            **timing,
        }
    settings.PAGE_CACHE_SECONDS = cache_seconds
    cache.clear()
    return results


def main(argv):
    if argv[:1] == ["urls"]:
        print(json.dumps(bench_urls()))
    elif argv[:1] == ["queries"]:
        print(json.dumps(query_counts(json.loads(argv[1]))))
    else:
        sys.exit('usage: python -m bench.probe urls | queries \'{"name": "/path/"}\'')


if __name__ == "__main__":
    main(sys.argv[1:])
