"""Press workflow: publish now or at a date, shareable preview links that expire."""

from datetime import timedelta

import pytest
from django.utils import timezone

from news.models import Article
from pages.models import Page
from preview.links import make_link

from .factories import ARTICLE_INLINES, make_article, make_category, make_page, make_staff

pytestmark = pytest.mark.django_db


def preview_url(obj):
    return make_link(obj).get_absolute_url()


def test_preview_link_shows_a_draft_without_login_marked_as_preview(client):
    draft = make_article(title="Embargoed results", status=Article.Status.DRAFT)
    url = preview_url(draft)
    assert url.startswith("/en/preview/")
    response = client.get(url)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Embargoed results" in body
    assert "Preview: this is not visible to the public yet." in body
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in response["Cache-Control"]


def test_preview_link_works_for_scheduled_articles_and_pages(client):
    scheduled = make_article(title="Tomorrow", publish_at=timezone.now() + timedelta(days=1))
    assert "Tomorrow" in client.get(preview_url(scheduled)).content.decode()
    page = make_page(title="Draft page", status=Page.Status.DRAFT, language="ru", slug="chernovik")
    url = preview_url(page)
    assert url.startswith("/ru/preview/")
    assert "Draft page" in client.get(url).content.decode()


def test_preview_link_is_refused_once_the_article_is_published(client):
    draft = make_article(status=Article.Status.DRAFT)
    url = preview_url(draft)
    draft.status = Article.Status.PUBLISHED
    draft.save()
    assert client.get(url).status_code == 404


def test_expired_preview_link_is_404(client, settings):
    draft = make_article(status=Article.Status.DRAFT)
    url = preview_url(draft)
    settings.PREVIEW_LINK_HOURS = 0
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("token", ["forged", "A" * 43, "x" * 500, "1", "%00"])
def test_forged_preview_tokens_are_404(client, token):
    make_link(make_article(status=Article.Status.DRAFT))
    assert client.get(f"/en/preview/{token}/").status_code == 404


def test_tampered_preview_token_is_404(client):
    url = preview_url(make_article(status=Article.Status.DRAFT))
    assert client.get(url[:-3] + "xx/").status_code == 404


def test_admin_shows_the_preview_link_of_a_draft(client):
    draft = make_article(status=Article.Status.DRAFT)
    make_link(draft)
    client.force_login(make_staff(groups=["Editors"]))
    body = client.get(f"/admin/news/article/{draft.pk}/change/", headers={"accept-language": "en"}).content.decode()
    assert "/en/preview/" in body and "without logging in" in body


def test_publish_now_sets_the_publication_time_to_the_moment_of_saving(client):
    client.force_login(make_staff(groups=["Editors"]))
    response = client.post(
        "/admin/news/article/add/",
        {"language": "en", "title": "Now", "slug": "now", "category": make_category().pk, "body": "<p>x</p>",
         "status": "published", "when": "now", "publish_at_0": "2030-01-01", "publish_at_1": "10:00:00",
         **ARTICLE_INLINES},
    )  # fmt: skip
    assert response.status_code == 302
    article = Article.objects.get(slug="now")
    assert abs((article.publish_at - timezone.now()).total_seconds()) < 60
    assert article.is_published()


def test_a_future_date_schedules_the_article(client):
    client.force_login(make_staff(groups=["Editors"]))
    client.post(
        "/admin/news/article/add/",
        {"language": "en", "title": "Later", "slug": "later", "category": make_category().pk, "body": "<p>x</p>",
         "status": "published", "when": "date", "publish_at_0": "2030-01-01", "publish_at_1": "10:00:00",
         **ARTICLE_INLINES},
    )  # fmt: skip
    article = Article.objects.get(slug="later")
    assert article.is_scheduled and not article.is_published()
