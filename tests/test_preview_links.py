"""Preview links: stored, revocable by editors, ended for good by a publication, and saying which
version they show."""

from datetime import timedelta

import pytest
from django.contrib import admin
from django.test import Client, RequestFactory
from django.utils import timezone

from news.models import Article
from pages.models import Page
from preview.links import make_link
from preview.models import PreviewLink

from .factories import make_article, make_page, make_staff

pytestmark = pytest.mark.django_db

ADMIN = "/admin/preview/previewlink"


def make_url(obj):
    return f"{ADMIN}/make/{obj._meta.label_lower}/{obj.pk}/"


def revoke_url(link):
    return f"{ADMIN}/{link.pk}/revoke/"


def works(link):
    return Client().get(link.get_absolute_url()).status_code == 200


def test_editor_revokes_a_preview_link_and_it_stops_working(client):
    link = make_link(make_article(status=Article.Status.DRAFT))
    assert works(link)
    editor = make_staff(groups=("Editors",))
    client.force_login(editor)
    assert "stops working at once" in client.get(revoke_url(link), headers={"accept-language": "en"}).content.decode()
    response = client.post(revoke_url(link))
    assert response.status_code == 302
    link.refresh_from_db()
    assert link.revoked_by == editor and link.revoked_at is not None
    assert not works(link)


def test_press_staff_make_a_link_of_a_draft_but_cannot_revoke_it(client):
    draft = make_article(status=Article.Status.DRAFT)
    reporter = make_staff(groups=("Press staff",))
    client.force_login(reporter)
    assert client.get(make_url(draft)).status_code == 200  # asks first: opening a page makes nothing
    assert not PreviewLink.objects.exists()
    assert client.post(make_url(draft)).status_code == 302
    link = PreviewLink.objects.get()
    assert link.created_by == reporter and link.content_object == draft
    assert client.get(revoke_url(link)).status_code == 403
    assert client.post(revoke_url(link)).status_code == 403
    assert works(link)


def test_revoking_needs_the_csrf_token():
    link = make_link(make_article(status=Article.Status.DRAFT))
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_staff(groups=("Editors",)))
    assert client.post(revoke_url(link)).status_code == 403
    assert works(link)


def test_no_link_is_made_of_a_published_article(client):
    article = make_article()
    client.force_login(make_staff(groups=("Editors",)))
    client.post(make_url(article))
    assert not PreviewLink.objects.exists()


def test_the_article_page_in_the_admin_lists_usable_links_with_their_version_and_a_revoke_link(client):
    draft = make_article(status=Article.Status.DRAFT)
    usable, revoked = make_link(draft), make_link(draft)
    PreviewLink.objects.filter(pk=revoked.pk).update(revoked_at=timezone.now())
    client.force_login(make_staff(groups=("Editors",)))
    body = client.get(f"/admin/news/article/{draft.pk}/change/", headers={"accept-language": "en"}).content.decode()
    assert usable.get_absolute_url() in body and revoked.get_absolute_url() not in body
    assert revoke_url(usable) in body and make_url(draft) in body
    assert f"Made for version {usable.version}, saved at" in body


def test_link_ends_when_the_article_is_published_and_does_not_come_back_after_an_unpublish():
    draft = make_article(status=Article.Status.DRAFT)
    link = make_link(draft)
    draft.status = Article.Status.PUBLISHED
    draft.save()
    draft.status = Article.Status.DRAFT
    draft.save()
    assert not works(link)
    link.refresh_from_db()
    assert link.used_up_at is not None
    assert works(make_link(draft))  # a new link of the draft works


def test_link_of_a_scheduled_article_ends_once_it_came_out_even_if_nobody_opened_it_before_the_unpublish():
    scheduled = make_article(publish_at=timezone.now() + timedelta(days=1))
    link = make_link(scheduled)
    assert works(link)
    Article.objects.filter(pk=scheduled.pk).update(publish_at=timezone.now() - timedelta(minutes=1))  # its time came
    scheduled.refresh_from_db()
    scheduled.status = Article.Status.DRAFT
    scheduled.save()
    assert not works(link)


def test_link_of_a_page_ends_with_its_publication():
    page = make_page(status=Page.Status.DRAFT)
    link = make_link(page)
    assert works(link)
    page.status = Page.Status.PUBLISHED
    page.save()
    page.status = Page.Status.DRAFT
    page.save()
    assert not works(link)


def test_preview_page_says_which_version_it_shows_and_when_the_text_changed_since():
    draft = make_article(title="Turnout", status=Article.Status.DRAFT)
    draft.title = "Turnout at noon"
    draft.save()
    link = make_link(draft)
    assert link.version == 2
    body = Client().get(link.get_absolute_url()).content.decode()
    assert "Preview of version 2, saved at" in body
    assert "the text has been changed since" not in body
    draft.title = "Turnout at two"
    draft.save()
    body = Client().get(link.get_absolute_url()).content.decode()
    assert "Turnout at two" in body and "Preview of version 3, saved at" in body
    assert "The link was made for version 2; the text has been changed since." in body


def test_lowering_the_link_lifetime_ends_older_links(settings):
    link = make_link(make_article(status=Article.Status.DRAFT))
    PreviewLink.objects.filter(pk=link.pk).update(created=timezone.now() - timedelta(hours=2))
    settings.PREVIEW_LINK_HOURS = 1
    assert not works(link)


def test_links_of_a_deleted_article_are_deleted_with_it():
    draft = make_article(status=Article.Status.DRAFT)
    make_link(draft)
    draft.delete()
    assert not PreviewLink.objects.exists()


# Roles --------------------------------------------------------------------------------------------------

EXPECTED = {
    "Editors": {"add": True, "view": True, "change": True, "delete": True},
    "Press staff": {"add": True, "view": True, "change": False, "delete": False},
    "Site administrators": {"add": False, "view": False, "change": False, "delete": False},
}


@pytest.mark.parametrize("role", EXPECTED)
def test_preview_link_permissions_per_role(role):
    user = make_staff(groups=(role,))
    granted = {action: user.has_perm(f"preview.{action}_previewlink") for action in EXPECTED[role]}
    assert granted == EXPECTED[role]
    model_admin = admin.site._registry[PreviewLink]
    request = RequestFactory().get("/admin/")
    request.user = user
    assert model_admin.has_add_permission(request) is False  # links are made from their article or page
    assert model_admin.has_view_permission(request) == EXPECTED[role]["view"]
    assert model_admin.has_change_permission(request) == EXPECTED[role]["change"]
    assert model_admin.has_delete_permission(request) == EXPECTED[role]["delete"]


@pytest.mark.parametrize(("role", "status", "revoke_action"), [
    ("Editors", 200, True),
    ("Press staff", 200, False),
    ("Site administrators", 403, False),
])  # fmt: skip
def test_preview_link_list_per_role(client, role, status, revoke_action):
    make_link(make_article(status=Article.Status.DRAFT))
    client.force_login(make_staff(groups=(role,)))
    response = client.get(f"{ADMIN}/")
    assert response.status_code == status
    assert ('value="revoke"' in response.content.decode()) == revoke_action


def test_only_page_publishers_revoke_page_links(client):
    link = make_link(make_page(status=Page.Status.DRAFT))
    for role, allowed in (("Press staff", False), ("Editors", True)):
        user = make_staff(groups=(role,))
        assert user.has_perm("pages.publish_page") == allowed
        client.force_login(user)
        assert client.post(revoke_url(link)).status_code == (302 if allowed else 403)
    assert not works(link)


def test_site_administrators_cannot_make_links(client):
    draft = make_article(status=Article.Status.DRAFT)
    client.force_login(make_staff(groups=("Site administrators",)))
    assert client.post(make_url(draft)).status_code == 403
    assert not PreviewLink.objects.exists()
