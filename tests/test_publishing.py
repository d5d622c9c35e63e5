"""The publishing truth table: what the public sees, and what staff may preview."""

from datetime import timedelta

import pytest
from django.utils import timezone

from news.models import Article

from .factories import make_article, make_staff

pytestmark = pytest.mark.django_db

NOW = timezone.now


@pytest.mark.parametrize(
    ("status", "offset", "visible"),
    [
        (Article.Status.PUBLISHED, -timedelta(minutes=1), True),
        (Article.Status.PUBLISHED, timedelta(hours=2), False),
        (Article.Status.DRAFT, -timedelta(minutes=1), False),
        (Article.Status.DRAFT, timedelta(hours=2), False),
    ],
)
def test_published_queryset_and_is_published_agree(status, offset, visible):
    article = make_article(status=status, publish_at=NOW() + offset)
    assert (article in Article.objects.published()) is visible
    assert article.is_published() is visible


@pytest.mark.parametrize(
    ("status", "offset"),
    [(Article.Status.DRAFT, -timedelta(days=1)), (Article.Status.PUBLISHED, timedelta(days=1))],
)
def test_hidden_article_is_404_for_the_public_and_absent_from_lists(client, status, offset):
    article = make_article(status=status, publish_at=NOW() + offset, title="Hidden announcement")
    assert client.get(article.get_absolute_url()).status_code == 404
    for url in ("/en/", "/en/news/", article.category.get_absolute_url("en")):
        assert "Hidden announcement" not in client.get(url).content.decode()


def test_scheduled_article_appears_by_itself_when_its_time_comes(client):
    article = make_article(publish_at=NOW() + timedelta(seconds=30), title="Results at noon")
    assert client.get(article.get_absolute_url()).status_code == 404
    Article.objects.filter(pk=article.pk).update(publish_at=NOW() - timedelta(seconds=1))
    response = client.get("/en/news/")
    assert "Results at noon" in response.content.decode()
    assert client.get(article.get_absolute_url()).status_code == 200


def test_staff_can_preview_a_draft_with_a_banner_and_no_caching(client):
    article = make_article(status=Article.Status.DRAFT, title="Draft statement")
    client.force_login(make_staff())
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    body = response.content.decode()
    assert "Draft statement" in body
    assert "Preview: this is not visible to the public yet." in body
    assert "no-cache" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_staff_preview_of_scheduled_article_says_when_it_appears(client):
    article = make_article(publish_at=NOW() + timedelta(days=2))
    client.force_login(make_staff())
    assert "Scheduled for" in client.get(article.get_absolute_url()).content.decode()


def test_logged_in_user_without_permission_cannot_preview(client):
    from .factories import make_user

    article = make_article(status=Article.Status.DRAFT)
    client.force_login(make_user(is_staff=True))
    assert client.get(article.get_absolute_url()).status_code == 404
