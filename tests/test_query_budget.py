"""Every public page costs a fixed number of queries, however many articles there are."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.models import Article

from .factories import image_upload, make_article, make_category, make_page, make_translation

pytestmark = pytest.mark.django_db

BUDGET = 6


def build_site(articles):
    categories = [make_category(slug_en=f"cat-{i}", name_en=f"Category {i}") for i in range(5)]
    about = make_page(slug="about", show_in_menu=True)
    make_page(slug="members", parent=about)
    make_page(slug="contacts", show_in_menu=True)
    first = None
    now = timezone.now()
    for i in range(articles):
        article = make_article(
            category=categories[i % 5],
            publish_at=now - timedelta(days=i * 40),
            featured=i % 7 == 0,
            **({"cover_image": image_upload(), "cover_alt": "A photo"} if i % 4 == 0 else {}),
        )
        if i % 3 == 0:
            make_translation(article, "ru")
        first = first or article
    return first


def page_urls(article):
    year = timezone.localtime(article.publish_at).year
    month = timezone.localtime(article.publish_at).month
    return [
        "/en/",
        "/en/news/",
        "/en/news/?page=2",
        "/en/news/?category=cat-1&year=" + str(year),
        "/en/news/category/cat-0/",
        f"/en/news/{year}/",
        f"/en/news/{year}/{month:02d}/",
        article.get_absolute_url(),
        "/en/about/",
        "/en/about/members/",
        "/en/no-such-page/",
    ]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code in (200, 404), url
    return len(context)


@pytest.mark.parametrize("index", range(11))
def test_public_page_query_count_is_fixed_and_within_budget(client, index):
    article = build_site(articles=40)
    url = page_urls(article)[index]
    many = count_queries(client, url)
    assert many <= BUDGET, f"{url}: {many} queries"
    # Fewer articles, same number of queries: nothing is queried per article.
    Article.objects.exclude(pk=article.pk).filter(pk__gt=article.pk + 20).delete()
    assert count_queries(client, url) <= many


def test_logged_in_staff_pages_stay_within_budget(client):
    from .factories import make_staff

    article = build_site(articles=15)
    client.force_login(make_staff())
    for url in page_urls(article):
        assert count_queries(client, url) <= BUDGET + 4, url  # + session, user and two permission lookups


@pytest.mark.parametrize("url", ["/en/news/?page=3", "/en/news/?page=4", f"/en/news/{timezone.now().year - 1}/?page=2"])
def test_deep_page_on_a_cold_cache_stays_within_budget(client, url):
    build_site(articles=40)
    cold = count_queries(client, url)
    assert cold <= BUDGET, f"{url}: {cold} queries"
    assert count_queries(client, url) <= cold
