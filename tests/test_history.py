"""Version history of articles and pages: kept on every save, listed, compared and restored."""

import re

import pytest
from django.utils import timezone

from history.models import Revision
from history.recording import acting_as
from news.models import Article
from pages.models import Page

from .factories import (
    ARTICLE_INLINES,
    PAGE_INLINES,
    image_upload,
    make_article,
    make_category,
    make_image,
    make_page,
    make_staff,
)

pytestmark = pytest.mark.django_db

EN = {"accept-language": "en"}


def article_form(article, **overrides):
    publish_at = timezone.localtime(article.publish_at)
    data = {
        "language": article.language,
        "title": article.title,
        "slug": article.slug,
        "category": article.category_id,
        "election": article.election_id or "",
        "body": article.body,
        "excerpt": article.excerpt,
        "cover_image": article.cover_image_id or "",
        "cover_alt": article.cover_alt,
        "status": article.status,
        "publish_at_0": publish_at.strftime("%Y-%m-%d"),
        "publish_at_1": publish_at.strftime("%H:%M:%S"),
    }
    if article.featured:
        data["featured"] = "on"
    data.update(ARTICLE_INLINES)
    data.update(overrides)
    return data


def page_form(page, **overrides):
    data = {
        "language": page.language,
        "title": page.title,
        "slug": page.slug,
        "parent": page.parent_id or "",
        "body": page.body,
        "status": page.status,
        "menu_order": page.menu_order,
    }
    if page.show_in_menu:
        data["show_in_menu"] = "on"
    data.update(PAGE_INLINES)
    data.update(overrides)
    return data


def change_url(obj):
    return f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"


def versions_url(obj, suffix=""):
    return f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/versions/{suffix}"


def revisions_of(obj):
    return list(Revision.objects.for_object(obj))


def edit_article(client, article, **changes):
    response = client.post(change_url(article), article_form(article, **changes))
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    return article


def test_saving_in_code_keeps_a_version_without_a_user():
    article = make_article(title="Turnout figures")
    [revision] = revisions_of(article)
    assert revision.user is None
    assert revision.data["title"] == "Turnout figures"
    assert revision.data["category"] == article.category_id
    assert revision.data["publish_at"] == article.publish_at.isoformat()
    assert revision.data["cover_image"] is None


def test_saving_without_changes_adds_no_version():
    article = make_article()
    article.save()
    Article.objects.get(pk=article.pk).save()
    assert len(revisions_of(article)) == 1


def test_every_save_through_the_admin_keeps_a_version_with_its_user_and_time(client):
    editor = make_staff(groups=["Editors"])
    client.force_login(editor)
    article = make_article(title="Draft title", status=Article.Status.DRAFT)
    before = timezone.now()
    edit_article(client, article, title="Final title")
    edit_article(client, article, body="<p>A second paragraph.</p>")
    newest, middle, oldest = revisions_of(article)
    assert (newest.user, middle.user, oldest.user) == (editor, editor, None)
    assert newest.created >= middle.created >= before
    assert middle.data["title"] == "Final title"
    assert newest.data["body"] == "<p>A second paragraph.</p>"


def test_saving_the_admin_form_unchanged_adds_no_version(client):
    client.force_login(make_staff(groups=["Editors"]))
    article = make_article()
    edit_article(client, article)
    assert len(revisions_of(article)) == 1


def test_bulk_publishing_keeps_a_version_with_the_user_and_the_action(client):
    editor = make_staff(groups=["Editors"])
    draft = make_article(status=Article.Status.DRAFT)
    client.force_login(editor)
    client.post("/admin/news/article/", {"action": "publish", "_selected_action": [draft.pk]}, headers=EN)
    newest = revisions_of(draft)[0]
    assert newest.user == editor
    assert newest.data["status"] == Article.Status.PUBLISHED
    assert newest.comment == "Bulk action: Publish the selected articles"


def test_acting_as_records_the_user_only_inside_the_block():
    editor = make_staff(groups=["Editors"])
    article = make_article(title="One")
    with acting_as(editor, "Fixed a typo"):
        article.title = "Two"
        article.save()
    article.title = "Three"
    article.save()
    third, second, _first = revisions_of(article)
    assert (second.user, second.comment) == (editor, "Fixed a typo")
    assert (third.user, third.comment) == (None, "")


def test_change_form_links_to_the_versions_with_their_number(client):
    client.force_login(make_staff(groups=["Editors"]))
    article = make_article()
    edit_article(client, article, title="Renamed")
    body = client.get(change_url(article), headers=EN).content.decode()
    assert f'href="{versions_url(article)}"' in body
    assert "Versions (2)" in body
    assert "History" in body


def test_versions_page_lists_each_version_with_user_comment_and_changed_fields(client):
    editor = make_staff(groups=["Editors"], username="aygul")
    client.force_login(editor)
    article = make_article(title="Old title")
    edit_article(client, article, title="New title")
    oldest, newest = reversed(revisions_of(article))
    response = client.get(versions_url(article), headers=EN)
    body = response.content.decode()
    assert response.status_code == 200
    assert "aygul" in body
    assert "Outside the admin" in body
    assert "First recorded version" in body
    assert "<td>Title</td>" in body
    assert f'href="{versions_url(article)}compare/?a={oldest.pk}&amp;b={newest.pk}"' in body
    assert f'href="{versions_url(article)}{oldest.pk}/restore/"' in body
    assert f"{newest.pk}/restore/" not in body  # The current version is not offered for restoring.
    assert not re.search(r"<script(?![^>]*\bsrc=)", body)  # No inline script for the CSP to block.


def test_compare_shows_removed_and_added_words_of_title_and_body(client):
    client.force_login(make_staff(groups=["Editors"]))
    article = make_article(
        title="Polling stations open at seven",
        body="<p>Voting starts early.</p><p>Bring a passport.</p><p>Queues are expected at noon.</p>",
    )
    edit_article(
        client,
        article,
        title="Polling stations open at eight",
        body="<p>Voting starts early.</p><p>Bring an identity card.</p><p>Results follow on Monday.</p>",
    )
    oldest, newest = reversed(revisions_of(article))
    response = client.get(versions_url(article, f"compare/?a={newest.pk}&b={oldest.pk}"), headers=EN)
    body = response.content.decode()
    assert response.status_code == 200
    assert '<del><span class="visually-hidden">[removed: </span>seven' in body
    assert '<ins><span class="visually-hidden">[added: </span>eight' in body
    assert '<del><span class="visually-hidden">[removed: </span>passport.' in body
    assert '<ins><span class="visually-hidden">[added: </span>identity card.' in body
    assert '<del><span class="visually-hidden">[removed: </span>Queues are expected at noon.' in body
    assert '<ins><span class="visually-hidden">[added: </span>Results follow on Monday.' in body
    assert "<p>Voting" not in body  # The visible text is compared, not the HTML.
    diffs = response.context["diffs"]
    assert [diff.name for diff in diffs] == ["title", "body"]
    assert [row.kind for row in diffs[1].rows] == ["equal", "replace", "delete", "insert"]
    for label in ("Unchanged", "Changed", "Removed", "Added"):
        assert f'<th scope="row">{label}</th>' in body


def test_restoring_brings_back_the_old_title_and_body_as_a_new_version(client):
    editor = make_staff(groups=["Editors"], username="merdan")
    client.force_login(editor)
    article = make_article(title="Original", body="<p>Original text.</p>")
    edit_article(client, article, title="Vandalised", body="<p>Wrong text.</p>")
    original, changed = reversed(revisions_of(article))
    confirm = client.get(versions_url(article, f"{original.pk}/restore/"), headers=EN)
    assert confirm.status_code == 200
    assert "Yes, restore this version" in confirm.content.decode()
    response = client.post(versions_url(article, f"{original.pk}/restore/"), headers=EN)
    assert response.status_code == 302
    assert response["Location"] == change_url(article)
    article.refresh_from_db()
    assert (article.title, article.body) == ("Original", "<p>Original text.</p>")
    assert article.summary == "Original text."
    revisions = revisions_of(article)
    assert len(revisions) == 3
    assert revisions[1:] == [changed, original]  # Nothing was deleted.
    assert revisions[0].user == editor
    assert revisions[0].comment.startswith("Restored version v1, ")
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("was restored" in m for m in messages)


def test_press_staff_cannot_restore_anything_on_a_published_article(client):
    article = make_article(title="Live", status=Article.Status.PUBLISHED)
    article.title = "Live, corrected"
    article.save()
    oldest = revisions_of(article)[-1]
    client.force_login(make_staff(groups=["Press staff"]))
    assert client.get(versions_url(article)).status_code == 200  # Looking is allowed.
    restore = versions_url(article, f"{oldest.pk}/restore/")
    assert client.get(restore).status_code == 403
    assert client.post(restore).status_code == 403
    article.refresh_from_db()
    assert article.title == "Live, corrected"
    assert len(revisions_of(article)) == 2


def test_press_staff_bring_back_the_text_of_a_published_version_but_not_its_state(client):
    writer = make_staff(groups=["Press staff"])
    article = make_article(title="Was live", status=Article.Status.PUBLISHED, author=writer)
    article.status = Article.Status.DRAFT
    article.title = "Draft again"
    article.save()
    published = revisions_of(article)[-1]
    client.force_login(writer)
    restore = versions_url(article, f"{published.pk}/restore/")
    assert 'name="with_state"' not in client.get(restore).content.decode()
    assert client.post(restore, {"with_state": "on"}).status_code == 403
    assert client.post(restore).status_code == 302
    article.refresh_from_db()
    assert (article.title, article.status) == ("Was live", Article.Status.DRAFT)


def test_press_staff_can_restore_a_draft_version_of_a_draft(client):
    writer = make_staff(groups=["Press staff"])
    article = make_article(title="First draft", status=Article.Status.DRAFT, author=writer)
    article.title = "Second draft"
    article.save()
    first = revisions_of(article)[-1]
    client.force_login(writer)
    assert client.post(versions_url(article, f"{first.pk}/restore/")).status_code == 302
    article.refresh_from_db()
    assert article.title == "First draft"


def assert_not_found(response):
    # The project's LocaleMiddleware answers a 404 outside the language prefixes by redirecting to
    # /tk/<path>, which is a 404 in turn; either way nothing of the record is shown.
    assert response.status_code == 404, response.redirect_chain


def test_forged_or_foreign_version_ids_are_not_found(client):
    client.force_login(make_staff(groups=["Editors"]))
    article = make_article()
    other = make_article()
    own = revisions_of(article)[0]
    foreign = revisions_of(other)[0]
    page_revision = revisions_of(make_page())[0]
    for query in (
        f"a={own.pk}&b={foreign.pk}",
        f"a={page_revision.pk}&b={own.pk}",
        f"a={own.pk}&b=999999",
        f"a={own.pk}&b=abc",
        f"a={own.pk}&b=99999999999999999999999",
        f"a={own.pk}",
        "",
    ):
        assert_not_found(client.get(versions_url(article, f"compare/?{query}"), follow=True))
    for revision_id in (foreign.pk, page_revision.pk, 999999, 99999999999999999999999):
        assert_not_found(client.post(versions_url(article, f"{revision_id}/restore/"), follow=True))
    assert_not_found(client.get("/admin/news/article/999999/versions/", follow=True))
    other.refresh_from_db()
    assert len(revisions_of(other)) == 1
    assert len(revisions_of(article)) == 1


def test_versions_need_a_permission_on_the_model(client):
    article = make_article()
    client.force_login(make_staff(groups=[]))
    assert client.get(versions_url(article)).status_code == 403
    client.logout()
    assert client.get(versions_url(article)).status_code == 302  # To the log-in page.


def test_restoring_a_slug_now_used_by_another_article_is_refused_with_the_reason(client):
    client.force_login(make_staff(groups=["Editors"]))
    article = make_article(slug="results")
    edit_article(client, article, slug="final-results")
    old = revisions_of(article)[-1]
    make_article(slug="results", category=make_category())
    response = client.post(versions_url(article, f"{old.pk}/restore/"), headers=EN)
    assert response.status_code == 200
    assert "already uses this slug" in response.content.decode()
    article.refresh_from_db()
    assert article.slug == "final-results"
    assert len(revisions_of(article)) == 2


def test_pages_keep_versions_that_can_be_compared_and_restored(client):
    editor = make_staff(groups=["Editors"])
    client.force_login(editor)
    page = make_page(title="Contacts", body="<p>Call 12-34-56.</p>")
    response = client.post(change_url(page), page_form(page, title="Contact us", body="<p>Call 65-43-21.</p>"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    oldest, newest = reversed(revisions_of(page))
    assert newest.user == editor and oldest.user is None
    compare = client.get(versions_url(page, f"compare/?a={oldest.pk}&b={newest.pk}"), headers=EN)
    assert "12-34-56" in compare.content.decode() and "65-43-21" in compare.content.decode()
    assert client.post(versions_url(page, f"{oldest.pk}/restore/")).status_code == 302
    page.refresh_from_db()
    assert (page.title, page.body) == ("Contacts", "<p>Call 12-34-56.</p>")
    assert len(revisions_of(page)) == 3
    assert Page.objects.get(pk=page.pk).path == page.slug


def test_restoring_brings_back_the_earlier_cover_image_and_its_size(client):
    client.force_login(make_staff(groups=["Editors"]))
    article = make_article()
    edit_article(client, article, cover_upload=image_upload(size=(64, 48)), cover_alt="Ballot box")
    first_cover = article.cover_image
    edit_article(client, article, cover_upload=image_upload(size=(32, 20)), cover_alt="Ballot box")
    assert (article.cover_image.width, article.cover_image.height) == (32, 20)
    with_first_cover = revisions_of(article)[1]
    assert with_first_cover.data["cover_image"] == first_cover.pk
    assert client.post(versions_url(article, f"{with_first_cover.pk}/restore/")).status_code == 302
    article.refresh_from_db()
    assert article.cover_image == first_cover
    assert (article.cover_image.width, article.cover_image.height) == (64, 48)


def test_compare_names_images_in_the_body_by_their_description(client):
    client.force_login(make_staff(groups=["Editors"]))
    article = make_article(body="<p>Before the count.</p>")
    image = '<figure class="image"><img src="/media/uploads/count.jpg" alt="Counting the ballots"></figure>'
    edit_article(client, article, body=f"<p>Before the count.</p>{image}")
    oldest, newest = reversed(revisions_of(article))
    body = client.get(versions_url(article, f"compare/?a={oldest.pk}&b={newest.pk}"), headers=EN).content.decode()
    assert "[Image: Counting the ballots]" in body


def test_changes_in_the_page_list_are_kept_with_the_user(client):
    editor = make_staff(groups=["Editors"])
    client.force_login(editor)
    page = make_page(menu_order=1)
    response = client.post(
        "/admin/pages/page/",
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": page.pk,
            "form-0-menu_order": "5",
            "_save": "Save",
        },
        headers=EN,
    )
    assert response.status_code == 302
    newest = revisions_of(page)[0]
    assert (newest.user, newest.data["menu_order"], newest.comment) == (editor, 5, "Changed in the list")


# Restoring is safe: content comes back, the publication state stays unless asked for ------------------


def test_restoring_an_old_draft_version_keeps_a_live_article_live(client):
    client.force_login(make_staff(groups=["Editors"]))
    article = make_article(title="First words", status=Article.Status.DRAFT)
    edit_article(client, article, title="Final words", status="published")
    draft_version = revisions_of(article)[-1]
    published_at = article.publish_at
    response = client.post(versions_url(article, f"{draft_version.pk}/restore/"), headers=EN)
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.status, article.publish_at) == ("First words", "published", published_at)
    client.logout()
    assert client.get(article.get_absolute_url()).status_code == 200


def test_bringing_back_a_draft_state_says_it_takes_the_article_off_the_site_and_needs_confirming(client):
    client.force_login(make_staff(groups=["Editors"]))
    article = make_article(title="First words", status=Article.Status.DRAFT)
    edit_article(client, article, title="Final words", status="published")
    url = versions_url(article, f"{revisions_of(article)[-1].pk}/restore/")
    page = client.get(url, headers=EN).content.decode()
    assert "keeps the record public (live)" in page and "the record was not public (draft)" in page
    assert "takes this off the public site" in page
    refused = client.post(url, {"with_state": "on"}, headers=EN)
    assert refused.status_code == 200
    assert "Tick the box to confirm" in refused.content.decode()
    article.refresh_from_db()
    assert article.status == "published"
    assert client.post(url, {"with_state": "on", "confirm_offline": "on"}).status_code == 302
    article.refresh_from_db()
    assert (article.title, article.status) == ("First words", "draft")


def test_versions_are_numbered_and_shown_with_seconds_and_the_restore_message_names_the_number(client):
    editor = make_staff(groups=["Editors"], username="aylar")
    client.force_login(editor)
    article = make_article(title="One")
    edit_article(client, article, title="Two")
    edit_article(client, article, title="Three")
    assert [r.number for r in revisions_of(article)] == [3, 2, 1]
    listing = client.get(versions_url(article), headers=EN).content.decode()
    seconds = timezone.localtime(revisions_of(article)[0].created).strftime("%H:%M:%S")
    assert re.search(rf"v3,\s+\S.*{seconds}", listing)
    response = client.post(versions_url(article, f"{revisions_of(article)[-1].pk}/restore/"), headers=EN)
    messages = [str(m) for m in response.wsgi_request._messages]
    assert "Version 1 was restored as version 4; version 3, which it replaced, is kept in the history." in messages


def test_the_editor_rewriting_image_attributes_is_not_a_change_of_the_body(client):
    client.force_login(make_staff(groups=["Editors"]))
    body = '<p>Text.</p><figure class="image"><img src="/media/uploads/a.png" alt="Map" width="10" height="5"></figure>'
    article = make_article(body=body)
    reordered = (
        '<p>Text.</p>\n<figure class="image"><img alt="Map" height="5" width="10" src="/media/uploads/a.png"></figure>'
    )
    edit_article(client, article, body=reordered)
    assert len(revisions_of(article)) == 1  # nothing of the text changed
    edit_article(client, article, body=reordered.replace("Text.", "New text."), title="Other")
    listing = client.get(versions_url(article), headers=EN).content.decode()
    assert "Title, Body" in listing


def test_restoring_a_version_whose_cover_was_deleted_from_the_library_restores_the_rest(client):
    client.force_login(make_staff(groups=["Editors"]))
    article = make_article(title="First title")
    edit_article(client, article, cover_upload=image_upload(size=(64, 48)), cover_alt="Ballot box")
    first_cover = article.cover_image
    photo = {"photos-TOTAL_FORMS": "1", "photos-0-image": str(first_cover.pk), "photos-0-order": "1"}
    edit_article(client, article, **photo)
    with_first_cover = revisions_of(article)[0]
    edit_article(client, article, title="Second title", cover_upload=image_upload(size=(32, 20)),
                 cover_alt="Ballot box", **{"photos-TOTAL_FORMS": "1", "photos-INITIAL_FORMS": "1",
                 "photos-0-id": str(article.photos.get().pk), "photos-0-article": str(article.pk),
                 "photos-0-image": str(first_cover.pk), "photos-0-DELETE": "on"})  # fmt: skip
    first_cover.delete()  # no article uses it any more
    assert client.post(versions_url(article, f"{with_first_cover.pk}/restore/")).status_code == 302
    article.refresh_from_db()
    assert article.title == "First title"
    assert article.cover_image is None and article.photos.count() == 0


def test_a_removed_gallery_photo_and_the_election_link_come_back_with_their_version(client):
    from elections.models import Election

    election = Election.objects.create(kind="parliamentary", slug="vote", title_en="Vote", polling_day="2026-03-01")
    client.force_login(make_staff(groups=["Editors"]))
    article = make_article(election=election)
    image = make_image(description_en="Ballot box")
    photo = {"photos-TOTAL_FORMS": "1", "photos-0-image": str(image.pk), "photos-0-caption": "In the hall",
             "photos-0-order": "1"}  # fmt: skip
    edit_article(client, article, **photo)
    with_photo = revisions_of(article)[0]
    assert with_photo.data["photos"][0]["image"] == image.pk
    saved = article.photos.get()
    removed = {"photos-TOTAL_FORMS": "1", "photos-INITIAL_FORMS": "1", "photos-0-id": str(saved.pk),
               "photos-0-article": str(article.pk), "photos-0-image": str(image.pk), "photos-0-order": "1",
               "photos-0-DELETE": "on", "election": ""}  # fmt: skip
    edit_article(client, article, **removed)
    assert article.photos.count() == 0 and article.election_id is None
    assert "Photo gallery" in client.get(versions_url(article), headers=EN).content.decode()
    assert client.post(versions_url(article, f"{with_photo.pk}/restore/")).status_code == 302
    article.refresh_from_db()
    assert article.election_id == election.pk
    assert article.photos.count() == 1
    assert article.photos.get().image == image and article.photos.get().caption == "In the hall"
