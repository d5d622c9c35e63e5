"""The newsroom never loses work: edit conflicts, presence, unsaved changes and kept uploads.

Every test logs in as a real role account. Browser behaviour (what the page's script does with
these answers) is in tests/browser/test_editing.py."""

import html
import json
import re

import pytest
from django.test import Client
from django.utils import timezone

from editing.models import EditingSession, KeptUpload, UnsavedChanges
from history.models import Revision
from news.models import Article, Category
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


def editor_client(username, role="Editors", first_name=""):
    client = Client(headers=EN)
    client.user = make_staff(groups=[role], username=username, first_name=first_name)
    client.force_login(client.user)
    return client


def change_url(obj, suffix="change/"):
    return f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/{suffix}"


def loaded(client, url):
    """Open a form as the browser does; return the hidden fields that say what it was loaded from."""
    page = client.get(url).content.decode()
    token = re.search(r'name="_edit_token" value="([^"]*)"', page).group(1)
    loaded_at = re.search(r'name="_edit_loaded_at" value="([^"]*)"', page).group(1)
    return {"_edit_token": token, "_edit_loaded_at": loaded_at}


def article_form(article, **overrides):
    data = {
        "language": article.language,
        "title": article.title,
        "slug": article.slug,
        "category": article.category_id,
        "body": article.body,
        "excerpt": article.excerpt,
        "cover_image": article.cover_image_id or "",
        "cover_alt": article.cover_alt,
        "status": article.status,
        "publish_at_0": timezone.localtime(article.publish_at).strftime("%Y-%m-%d"),
        "publish_at_1": timezone.localtime(article.publish_at).strftime("%H:%M:%S"),
        **ARTICLE_INLINES,
    }
    data.update(overrides)
    return data


def text_of(response):
    return html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode()))


# Two people on one record --------------------------------------------------------------------------


def test_a_save_onto_an_article_a_colleague_changed_since_is_not_applied_silently():
    article = make_article(title="Polling stations open at seven", body="<p>Doors open at 7:00.</p>")
    aylar, merdan = editor_client("aylar", first_name="Aylar"), editor_client("merdan", first_name="Merdan")
    aylars_form = loaded(aylar, change_url(article))
    merdans_form = loaded(merdan, change_url(article))
    saved = merdan.post(change_url(article), article_form(article, title="Polling stations open at eight",
                                                          **merdans_form))  # fmt: skip
    assert saved.status_code == 302
    mine = article_form(article, body="<p>Doors open at 7:00 sharp.</p>", **aylars_form)
    response = aylar.post(change_url(article), mine)
    assert response.status_code == 200
    text = " ".join(text_of(response).split())
    assert "Merdan saved this at" in text and "after you opened it" in text
    assert "Their version (saved)" in text and "Your version (this form)" in text
    assert "open at eight" in text and "open at seven" in text
    assert "Doors open at 7:00 sharp." in response.content.decode()  # what Aylar typed is in the form
    article.refresh_from_db()
    assert article.title == "Polling stations open at eight" and "sharp" not in article.body
    kept = UnsavedChanges.objects.get(user__username="aylar", form_key=f"news.article:{article.pk}")
    assert kept.data["body"] == ["<p>Doors open at 7:00 sharp.</p>"]


def test_keep_mine_after_a_conflict_saves_mine_and_theirs_stays_in_the_history():
    article = make_article(title="First title")
    aylar, merdan = editor_client("aylar"), editor_client("merdan")
    aylars_form = loaded(aylar, change_url(article))
    merdan.post(
        change_url(article), article_form(article, title="Merdan's title", **loaded(merdan, change_url(article)))
    )
    conflict = aylar.post(change_url(article), article_form(article, title="Aylar's title", **aylars_form))
    assert conflict.status_code == 200
    now_based_on = re.search(r'name="_edit_token" value="([^"]*)"', conflict.content.decode()).group(1)
    assert now_based_on != aylars_form["_edit_token"]
    kept = aylar.post(change_url(article), article_form(article, title="Aylar's title", _edit_token=now_based_on,
                                                        _edit_loaded_at=aylars_form["_edit_loaded_at"]))  # fmt: skip
    assert kept.status_code == 302
    article.refresh_from_db()
    assert article.title == "Aylar's title"
    titles = [revision.data["title"] for revision in Revision.objects.for_object(article)]
    assert titles[:2] == ["Aylar's title", "Merdan's title"]
    assert not UnsavedChanges.objects.filter(user__username="aylar").exists()


def test_take_theirs_opens_the_saved_version_and_offers_what_was_typed_back():
    article = make_article(title="First title")
    aylar, merdan = editor_client("aylar"), editor_client("merdan")
    aylars_form = loaded(aylar, change_url(article))
    merdan.post(
        change_url(article), article_form(article, title="Merdan's title", **loaded(merdan, change_url(article)))
    )
    conflict = aylar.post(change_url(article), article_form(article, title="Aylar's title", **aylars_form))
    take_theirs = re.search(r'href="([^"]+)" id="editing-take-theirs"', conflict.content.decode()).group(1)
    page = aylar.get(html.unescape(take_theirs)).content.decode()
    assert 'value="Merdan&#x27;s title"' in page
    offered = json.loads(
        re.search(r'<script id="editing-unsaved" type="application/json">(.*?)</script>', page).group(1)
    )
    assert offered["data"]["title"] == ["Aylar's title"]


def test_a_form_sent_back_with_an_error_still_catches_a_colleagues_save():
    article = make_article(title="First title")
    aylar, merdan = editor_client("aylar"), editor_client("merdan")
    aylars_form = loaded(aylar, change_url(article))
    refused = aylar.post(change_url(article), article_form(article, title="", **aylars_form))
    assert f'name="_edit_token" value="{aylars_form["_edit_token"]}"' in refused.content.decode()
    merdan.post(
        change_url(article), article_form(article, title="Merdan's title", **loaded(merdan, change_url(article)))
    )
    again = aylar.post(change_url(article), article_form(article, title="Aylar's title", **aylars_form))
    assert again.status_code == 200 and "after you opened it" in text_of(again)
    article.refresh_from_db()
    assert article.title == "Merdan's title"


def test_a_colleague_saving_without_changes_is_no_conflict():
    article = make_article()
    aylar, merdan = editor_client("aylar"), editor_client("merdan")
    aylars_form = loaded(aylar, change_url(article))
    merdan.post(change_url(article), article_form(article, **loaded(merdan, change_url(article))))
    assert aylar.post(change_url(article), article_form(article, title="New", **aylars_form)).status_code == 302


def category_form(category, **overrides):
    return {"name_tk": category.name_tk, "slug_tk": category.slug_tk, "name_ru": category.name_ru,
            "slug_ru": category.slug_ru, "name_en": category.name_en, "slug_en": category.slug_en,
            "order": category.order, **overrides}  # fmt: skip


def page_form(page, **overrides):
    return {"language": page.language, "title": page.title, "slug": page.slug, "parent": "", "body": page.body,
            "status": page.status, "menu_order": page.menu_order, **PAGE_INLINES, **overrides}  # fmt: skip


@pytest.mark.parametrize(
    ("make", "form", "field"),
    [(make_category, category_form, "name_en"), (make_page, page_form, "title")],
    ids=["category", "page"],
)
def test_conflicts_are_caught_on_pages_and_categories(make, form, field):
    obj = make()
    aylar, merdan = editor_client("aylar"), editor_client("merdan")
    aylars_form = loaded(aylar, change_url(obj))
    assert (
        merdan.post(change_url(obj), form(obj, **{field: "Merdan", **loaded(merdan, change_url(obj))})).status_code
        == 302
    )
    response = aylar.post(change_url(obj), form(obj, **{field: "Aylar", **aylars_form}))
    assert response.status_code == 200 and "after you opened it" in text_of(response)
    obj.refresh_from_db()
    assert getattr(obj, field) == "Merdan"


def test_conflicts_are_caught_on_results_figures_and_documents():
    from .test_elections_figures import make_candidates, make_election, make_results
    from .test_publish_rule import results_change_form

    election = make_election()
    report = make_results(election, make_candidates(election, "A", "B"), {"AH": [10, 20]}, published=False)
    aylar, merdan = editor_client("aylar", "Press staff"), editor_client("merdan", "Press staff")
    aylars_form = loaded(aylar, change_url(report))
    merdans = results_change_form(report, {("AH", "A"): 11}, **loaded(merdan, change_url(report)))
    assert merdan.post(change_url(report), merdans).status_code == 302
    response = aylar.post(change_url(report), results_change_form(report, {("AH", "A"): 12}, **aylars_form))
    assert response.status_code == 200
    assert "Their save also changed: votes by region." in " ".join(text_of(response).split())
    assert report.figures.get(candidate__name_en="A").votes == 11


# Presence --------------------------------------------------------------------------------------------


def test_presence_says_who_else_is_editing_since_when_and_who_saved_since():
    article = make_article()
    aylar, merdan = editor_client("aylar", first_name="Aylar"), editor_client("merdan", first_name="Merdan")
    aylars_form = loaded(aylar, change_url(article))
    presence = change_url(article, "editing/presence/")
    first = aylar.post(presence, {"token": aylars_form["_edit_token"], "loaded_at": aylars_form["_edit_loaded_at"]})
    assert first.json() == {"others": [], "newer": None}
    merdans_form = loaded(merdan, change_url(article))
    seen = merdan.post(presence, {"token": merdans_form["_edit_token"]}).json()
    assert re.fullmatch(r"Aylar is also editing this article \(since \d\d:\d\d\)\.", seen["others"][0])
    assert "Aylar is also editing" in text_of(merdan.get(change_url(article)))  # said before any script runs
    merdan.post(change_url(article), article_form(article, title="Changed", **merdans_form))
    told = aylar.post(presence, {"token": aylars_form["_edit_token"], "loaded_at": aylars_form["_edit_loaded_at"]})
    newer = told.json()["newer"]
    assert re.fullmatch(r"Merdan saved a newer version at \d\d:\d\d\.", newer["text"])
    assert newer["url"] == change_url(article, "versions/")


def test_leaving_the_form_ends_the_presence():
    article = make_article()
    aylar, merdan = editor_client("aylar"), editor_client("merdan")
    presence = change_url(article, "editing/presence/")
    aylar.post(presence, {"token": ""})
    assert EditingSession.objects.filter(user__username="aylar").exists()
    aylar.post(presence, {"leaving": "1"})
    assert merdan.post(presence, {"token": ""}).json()["others"] == []


def test_the_editing_answers_say_when_the_session_has_ended():
    article = make_article()
    client = editor_client("aylar")
    client.logout()
    for suffix in ("editing/presence/", "editing/unsaved/"):
        response = client.post(change_url(article, suffix), {"token": ""})
        assert response.status_code == 401 and response.json() == {"logged_out": True}


def test_press_staff_cannot_keep_unsaved_changes_on_a_live_article_they_may_not_edit():
    live = make_article()
    client = editor_client("writer", "Press staff")
    response = client.post(change_url(live, "editing/unsaved/"), {"data": json.dumps({"title": ["Forged"]})})
    assert response.status_code == 403
    assert not UnsavedChanges.objects.exists()


# Unsaved changes ---------------------------------------------------------------------------------------


def test_unsaved_changes_are_kept_for_their_author_alone_and_offered_back_when_the_form_opens_again():
    aylar, merdan = editor_client("aylar", "Press staff", first_name="Aylar"), editor_client("merdan")
    article = make_article(status=Article.Status.DRAFT, author=aylar.user)
    typed = {"title": ["Half-written title"], "body": ["<p>Half a paragraph</p>"]}
    kept = aylar.post(change_url(article, "editing/unsaved/"), {"data": json.dumps(typed), "token": "t"})
    assert kept.status_code == 200
    page = aylar.get(change_url(article)).content.decode()
    offered = json.loads(
        re.search(r'<script id="editing-unsaved" type="application/json">(.*?)</script>', page).group(1)
    )
    assert offered["data"] == typed
    assert "You have unsaved changes from" in page
    aylar.post(change_url(article, "editing/presence/"), {"token": ""})
    others = merdan.get(change_url(article)).content.decode()
    assert "Half-written" not in others
    assert "Aylar is also editing this article" in others and "has unsaved changes" in others


def test_unsaved_changes_of_a_new_article_are_kept_and_a_save_clears_them():
    client = editor_client("aylar")
    client.post("/admin/news/article/add/editing/unsaved/", {"data": json.dumps({"title": ["New one"]})})
    assert "New one" in client.get("/admin/news/article/add/").content.decode()
    category = make_category()
    data = {"language": "en", "title": "New one", "slug": "new-one", "category": category.pk, "body": "<p>Text.</p>",
            "status": "draft", "publish_at_0": "2026-01-01", "publish_at_1": "10:00:00", **ARTICLE_INLINES}  # fmt: skip
    assert client.post("/admin/news/article/add/", data).status_code == 302
    assert not UnsavedChanges.objects.exists()


def test_discarding_unsaved_changes_removes_them():
    article = make_article()
    client = editor_client("aylar")
    client.post(change_url(article, "editing/unsaved/"), {"data": json.dumps({"title": ["x"]})})
    client.post(change_url(article, "editing/unsaved/"), {"discard": "1"})
    assert not UnsavedChanges.objects.exists()


# Files kept across a form error ------------------------------------------------------------------------


def test_a_chosen_cover_is_kept_across_a_form_error_and_saved_with_the_next_submit():
    client = editor_client("writer", "Press staff")
    article = make_article(status=Article.Status.DRAFT, author=client.user)
    first = article_form(
        article, title="", cover_alt="Voters in a queue", cover_upload=image_upload("voters.jpg", "JPEG")
    )
    refused = client.post(change_url(article), first)
    assert refused.status_code == 200
    page = refused.content.decode()
    assert "Kept: voters.jpg" in " ".join(text_of(refused).split())
    kept = re.search(r'name="cover_upload-kept" value="([^"]+)"', page).group(1)
    again = client.post(change_url(article), article_form(article, cover_alt="Voters in a queue",
                                                          **{"cover_upload-kept": kept}))  # fmt: skip
    assert again.status_code == 302
    article.refresh_from_db()
    assert article.cover_image and article.cover_alt == "Voters in a queue"
    assert article.cover_image.file.name.endswith(".jpg")
    assert article.cover_image.uploaded_by == client.user  # it joined the media library


def test_a_kept_file_is_given_back_only_to_the_user_who_chose_it():
    writer, other = editor_client("writer", "Press staff"), editor_client("other", "Editors")
    article = make_article(status=Article.Status.DRAFT, author=writer.user)
    refused = writer.post(change_url(article), article_form(article, title="", cover_alt="x",
                                                            cover_upload=image_upload("a.png")))  # fmt: skip
    kept = re.search(r'name="cover_upload-kept" value="([^"]+)"', refused.content.decode()).group(1)
    other.post(change_url(article), article_form(article, cover_alt="x", **{"cover_upload-kept": kept}))
    article.refresh_from_db()
    assert not article.cover_image
    assert KeptUpload.objects.count() == 1


def test_a_gallery_photo_chosen_from_the_library_stays_chosen_across_an_error_of_the_article():
    client = editor_client("writer", "Press staff")
    article = make_article(status=Article.Status.DRAFT, author=client.user)
    image = make_image(description_en="Ballot box")
    photo = {"photos-TOTAL_FORMS": "1", "photos-0-image": str(image.pk), "photos-0-caption": "In the hall",
             "photos-0-order": "1"}  # fmt: skip
    refused = client.post(change_url(article), article_form(article, title="", **photo))
    assert re.search(rf'<option value="{image.pk}" selected>', refused.content.decode())
    assert "In the hall" in refused.content.decode()
    again = client.post(change_url(article), article_form(article, **photo))
    assert again.status_code == 302
    assert article.photos.get().alt == "Ballot box"


def test_pages_and_categories_without_files_render_their_forms_as_before():
    client = editor_client("editor")
    assert client.get(change_url(make_page())).status_code == 200
    assert client.get(change_url(make_category())).status_code == 200
    assert Page.objects.exists() and Category.objects.exists()


@pytest.mark.parametrize("empty", ["<p>&nbsp;</p>", "<p>&nbsp;</p><p><br></p>", "<h2> </h2>", "   "])
def test_an_empty_body_is_refused_like_any_missing_required_field(empty):
    client = editor_client("writer", "Press staff")
    article = make_article(status=Article.Status.DRAFT, body="<p>Text that must stay.</p>", author=client.user)
    response = client.post(change_url(article), article_form(article, body=empty))
    assert response.status_code == 200
    assert "This field is required." in text_of(response)
    article.refresh_from_db()
    assert article.body == "<p>Text that must stay.</p>"


def test_a_body_of_only_an_image_or_a_table_is_not_empty():
    from richtext.sanitize import is_empty_html

    assert not is_empty_html('<figure class="image"><img src="/media/a.png" alt="Map"></figure>')
    assert not is_empty_html("<table><tr><td></td></tr></table>")
    assert is_empty_html("<p>&nbsp;</p>")
