"""Run in the site's environment: `python -m bench.probe urls | queries '{"name": "/path/"}'`, JSON out.

`urls` picks the benchmarked addresses from the seeded database (the pages measured under load, and
a few more whose queries are counted: a deep list page, a category, a commission page, the feed).
`queries` counts the SQL queries of each with Django's test client and connection.execute_wrapper(),
as an anonymous visitor: cold (the benchmark's cache emptied, page cache on), warm (the same request
again) and uncached (page cache off, steady state).
"""

import json
import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "commission_site.settings")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402

from news.models import Article, Category  # noqa: E402
from news.views import PublishedArticleMixin  # noqa: E402
from pages.models import Page  # noqa: E402

LANGUAGE = "en"
SEARCH_WORD = "election"


def bench_urls():
    """Return the benchmarked addresses ({name: path}) and what the dataset holds."""
    published = Article.objects.published().in_language(LANGUAGE).order_by("-publish_at", "-id")
    total = published.count()
    middle = published[total // 2]  # an article from the middle of the archive, neither newest nor oldest
    pages = max(1, -(-total // PublishedArticleMixin.paginate_by))
    category = Category.objects.in_language(LANGUAGE).order_by("pk").first()
    page = Page.objects.published().in_language(LANGUAGE).filter(path="about").first()
    urls = {
        "news_list": f"/{LANGUAGE}/news/",
        "article": middle.get_absolute_url(),
        "home": f"/{LANGUAGE}/",
        "search": f"/{LANGUAGE}/search/?q={SEARCH_WORD}",
    }
    more = {
        "news_deep": f"/{LANGUAGE}/news/?page={pages // 2 + 1}",
        "category": category.get_absolute_url(LANGUAGE),
        "page": (page or Page.objects.published().in_language(LANGUAGE).first()).get_absolute_url(),
        "rss": f"/{LANGUAGE}/news/feed/rss/",
    }
    return {
        "urls": urls,
        "query_urls": {**urls, **more},
        "deep_offset": (pages // 2) * PublishedArticleMixin.paginate_by,
        "articles": Article.objects.count(),
        "articles_in_language": total,
    }


def count(client, url):
    """Return (status, number of SQL queries) of one GET."""
    queries = []

    def record(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        response = client.get(url)
    return response.status_code, len(queries)


def query_counts(urls):
    """Return {name: {cold, warm, uncached, statuses}} for each of `urls`."""
    client = Client(HTTP_HOST="127.0.0.1")
    results = {}
    for name, url in urls.items():
        with override_settings(PAGE_CACHE_SECONDS=300):
            cache.clear()  # only the benchmark's own Redis database
            cold_status, cold = count(client, url)
            warm_status, warm = count(client, url)
        with override_settings(PAGE_CACHE_SECONDS=0):
            count(client, url)
            uncached_status, uncached = count(client, url)
        results[name] = {
            "url": url,
            "cold": cold,
            "warm": warm,
            "uncached": uncached,
            "statuses": [cold_status, warm_status, uncached_status],
        }
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
