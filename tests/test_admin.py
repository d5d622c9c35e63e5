"""Press staff and administrators working through the admin forms."""

import pytest
from django.utils import timezone

from news.models import Article

from .factories import ARTICLE_INLINES, image_upload, make_article, make_category, make_staff

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/news/article/add/"


def article_form(category, **overrides):
    now = timezone.localtime()
    data = {
        "language": "en",
        "title": "Training of precinct commissions",
        "slug": "training-of-precinct-commissions",
        "category": category.pk,
        "body": "<p>The seminar covered the <strong>counting</strong> procedure.</p>",
        "excerpt": "",
        "cover_alt": "",
        "status": Article.Status.DRAFT,
        "publish_at_0": now.strftime("%Y-%m-%d"),
        "publish_at_1": now.strftime("%H:%M:%S"),
        **ARTICLE_INLINES,
    }
    data.update(overrides)
    return data


def test_editor_creates_and_publishes_an_article_that_the_public_then_sees(client):
    editor = make_staff(groups=["Editors"])
    client.force_login(editor)
    category = make_category()
    response = client.post(ADD_URL, article_form(category, status=Article.Status.PUBLISHED))
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="training-of-precinct-commissions")
    assert article.author == editor
    assert article.is_published()
    client.logout()
    assert "Training of precinct commissions" in client.get("/en/news/").content.decode()


def test_press_staff_save_drafts_and_are_never_offered_to_publish(client):
    client.force_login(make_staff(groups=["Press staff"]))
    category = make_category()
    form = client.get(ADD_URL, headers={"accept-language": "en"}).content.decode()
    assert "Submit for review" in form and "Save draft" in form
    assert 'value="publish"' not in form and 'name="status"' not in form and 'name="when"' not in form
    saved = client.post(ADD_URL, article_form(category, status=Article.Status.PUBLISHED))
    assert saved.status_code == 302
    assert Article.objects.get().status == Article.Status.DRAFT  # what the form claimed is not taken


def test_press_staff_cannot_change_a_published_article(client):
    article = make_article(title="Live article")
    client.force_login(make_staff(groups=["Press staff"]))
    response = client.post(
        f"/admin/news/article/{article.pk}/change/",
        article_form(article.category, title="Defaced", slug=article.slug, status=Article.Status.PUBLISHED),
    )
    assert response.status_code in (200, 403)
    article.refresh_from_db()
    assert article.title == "Live article"


def test_bulk_publish_needs_the_publish_permission(client):
    draft = make_article(status=Article.Status.DRAFT)
    client.force_login(make_staff(groups=["Press staff"]))
    client.post("/admin/news/article/", {"action": "publish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT
    client.force_login(make_staff(groups=["Editors"]))
    response = client.post("/admin/news/article/", {"action": "publish", "_selected_action": [draft.pk]})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Article.Status.PUBLISHED


def test_bulk_unpublish_returns_articles_to_draft(client):
    live = make_article()
    client.force_login(make_staff(groups=["Editors"]))
    client.post("/admin/news/article/", {"action": "unpublish", "_selected_action": [live.pk]})
    live.refresh_from_db()
    assert live.status == Article.Status.DRAFT


def test_article_list_shows_scheduled_badge_and_filters_by_state(client):
    make_article(title="Future results", publish_at=timezone.now() + timezone.timedelta(days=1))
    make_article(title="Live news")
    client.force_login(make_staff(groups=["Editors"]))
    body = client.get("/admin/news/article/?state=scheduled").content.decode()
    assert "Future results" in body and "Live news" not in body
    assert "badge--scheduled" in body


def test_admin_search_finds_words_in_the_body(client):
    make_article(title="First", body="<p>Turnout was high in Lebap.</p>")
    make_article(title="Second", body="<p>Nothing here.</p>")
    client.force_login(make_staff(groups=["Editors"]))
    response = client.get("/admin/news/article/?q=Lebap")
    assert [a.title for a in response.context["cl"].result_list] == ["First"]


def test_cover_upload_that_is_not_an_image_is_refused_with_reason_and_form_kept(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(make_staff(groups=["Editors"]))
    fake = SimpleUploadedFile("photo.jpg", b"<html><script>alert(1)</script></html>", content_type="image/jpeg")
    response = client.post(ADD_URL, article_form(make_category(), cover_upload=fake, cover_alt="A photo"))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "cover_upload" in errors
    assert "Training of precinct commissions" in response.content.decode()
    assert not Article.objects.exists()


def test_cover_upload_without_alt_text_is_refused(client):
    client.force_login(make_staff(groups=["Editors"]))
    response = client.post(ADD_URL, article_form(make_category(), cover_upload=image_upload()))
    assert "cover_alt" in response.context["adminform"].form.errors


def test_missing_translation_filter_lists_what_is_left_to_translate(client):
    from .factories import make_translation

    both = make_article(language="tk", title="Both languages")
    make_translation(both, "ru", title="Оба языка")
    make_article(language="tk", title="Only Turkmen")
    client.force_login(make_staff(groups=["Editors"]))
    response = client.get("/admin/news/article/?missing=ru&language=tk")
    assert [a.title for a in response.context["cl"].result_list] == ["Only Turkmen"]


def test_change_form_shows_versions_and_starts_a_missing_translation(client):
    article = make_article(language="tk", title="Synag")
    client.force_login(make_staff(groups=["Editors"]))
    body = client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    assert f"?translation_of={article.pk}&amp;language=ru" in body
    add = client.get(f"{ADD_URL}?translation_of={article.pk}&language=ru")
    form = add.context["adminform"].form
    assert form.initial["language"] == "ru"
    assert form.initial["category"] == article.category_id
    response = client.post(
        f"{ADD_URL}?translation_of={article.pk}&language=ru",
        article_form(article.category, language="ru", title="Испытание", slug="ispytanie"),
    )
    assert response.status_code == 302
    translation = Article.objects.get(language="ru")
    assert translation.translation_group == article.translation_group


def test_image_in_the_body_without_a_description_is_refused_and_the_text_kept(client):
    client.force_login(make_staff(groups=["Editors"]))
    body = '<p>Turnout chart below.</p><figure class="image"><img src="/media/uploads/chart.png"></figure>'
    response = client.post(ADD_URL, article_form(make_category(), body=body), headers={"accept-language": "en"})
    assert response.status_code == 200
    assert "An image in the text has no description" in response.content.decode()
    assert "Turnout chart below." in response.content.decode()
    assert not Article.objects.exists()
