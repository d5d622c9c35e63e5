"""The media library's chooser in the article form: a dialog that lists, searches and filters library
images and uploads new ones, for the roles that may; galleries ordered with thumbnails; and one cover
set on every language version when the editor ticks "for all languages"."""

import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from history.models import Revision
from medialibrary.models import Image
from news.models import Article, ArticlePhoto

from .factories import ARTICLE_INLINES, image_upload, make_article, make_image, make_staff, make_translation

pytestmark = pytest.mark.django_db

EN = {"accept-language": "en"}
CHOOSER = "/admin/medialibrary/image/chooser/"
UPLOAD = "/admin/medialibrary/image/chooser/upload/"


def staff_client(role, **options):
    client = Client(headers=EN, **options)
    client.user = make_staff(groups=[role])
    client.force_login(client.user)
    return client


def upload(client, **fields):
    data = {"language": "ru", "description": "Урна для голосования", "credit": "", **fields}
    data.setdefault("file", image_upload("urna.png", size=(320, 240)))
    return client.post(UPLOAD, data)


def change_form(article, **overrides):
    now = timezone.localtime(article.publish_at)
    data = {
        "language": article.language, "title": article.title, "slug": article.slug, "category": article.category_id,
        "body": article.body, "excerpt": "", "status": article.status,
        "cover_image": str(article.cover_image_id or ""), "cover_alt": article.cover_alt,
        "publish_at_0": now.strftime("%Y-%m-%d"), "publish_at_1": now.strftime("%H:%M:%S"), **ARTICLE_INLINES,
    }  # fmt: skip
    data.update(overrides)
    return data


def said(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


# Who may use the chooser --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "may_list", "may_upload"),
    [("Press staff", True, True), ("Editors", True, True), ("Site administrators", False, False)],
)
def test_each_role_lists_and_uploads_in_the_chooser_as_its_rights_say(role, may_list, may_upload):
    client = staff_client(role)
    make_image(description_ru="Здание комиссии")
    listing = client.get(CHOOSER, {"language": "ru"})
    assert listing.status_code == (200 if may_list else 403)
    if may_list:
        assert "Здание комиссии" in listing.content.decode()
        assert ('class="library-upload"' in listing.content.decode()) is may_upload
    response = upload(client)
    assert response.status_code == (201 if may_upload else 403)
    assert Image.objects.filter(description_ru="Урна для голосования").exists() is may_upload


def test_the_chooser_is_not_shown_to_someone_logged_out():
    response = Client().get(CHOOSER)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert Client().post(UPLOAD, {"description": "x"}).status_code == 302
    assert not Image.objects.exists()


def test_an_upload_without_the_csrf_token_is_refused():
    client = staff_client("Press staff", enforce_csrf_checks=True)
    assert upload(client).status_code == 403
    assert not Image.objects.exists()


# Listing, search, filters, pages --------------------------------------------------------------------


def test_the_chooser_lists_thumbnails_described_in_the_articles_language():
    client = staff_client("Press staff")
    make_image(description_tk="Saýlaw gutusy", description_ru="Урна")
    make_image(description_en="Observers")  # none in Russian yet
    page = client.get(CHOOSER, {"language": "ru"}).content.decode()
    results = page.split('class="library-results"')[1].split('class="library-upload"')[0]
    assert results.count('class="library-thumbnail"') == 2
    assert 'alt="Урна"' in results and 'alt="Observers"' in results
    assert "No description in Russian yet" in results
    assert 'id="library-dialog-title"' in page  # the dialog is labelled by its heading
    assert "<script" not in page and "style=" not in page


@pytest.mark.parametrize("term", ["gutusy", "Пресс-служба", "building"])
def test_the_chooser_finds_images_by_description_or_credit_in_any_language(term):
    client = staff_client("Editors")
    make_image(description_tk="Saýlaw gutusy", credit_ru="Пресс-служба")
    make_image(description_en="The Central Commission building")
    make_image(description_en="Something else")
    found = client.get(CHOOSER, {"language": "en", "part": "results", "q": term}).content.decode()
    assert found.count('class="button library-card__choose"') == 1, found


def test_the_chooser_filters_by_upload_date_and_by_uploader():
    client = staff_client("Editors")
    photographer = make_staff(username="photographer", first_name="Aýna", last_name="Photo")
    recent = make_image(description_en="Recent", uploaded_by=photographer)
    old = make_image(description_en="Old", uploaded_by=client.user)
    Image.objects.filter(pk=old.pk).update(uploaded_at=timezone.now() - timedelta(days=40))

    def shown(**params):
        page = client.get(CHOOSER, {"language": "en", "part": "results", **params}).content.decode()
        return set(re.findall(r'data-image-id="(\d+)"', page))

    assert shown() == {str(recent.pk), str(old.pk)}
    assert shown(uploaded="week") == {str(recent.pk)}
    assert shown(uploaded_by=client.user.pk) == {str(old.pk)}
    dialog = client.get(CHOOSER, {"language": "en"}).content.decode()
    assert f'<option value="{photographer.pk}">Aýna Photo</option>' in dialog


def test_the_chooser_shows_the_library_a_page_at_a_time():
    client = staff_client("Press staff")
    for n in range(30):
        make_image(description_en=f"Photo {n}")
    first = client.get(CHOOSER, {"language": "en", "part": "results"}).content.decode()
    assert first.count("library-card__choose") == 24 and "30 images found" in first
    assert "Page 1 of 2" in first
    next_url = re.search(r'class="library-pages__link" href="([^"]+)">Next page', first).group(1)
    second = client.get(next_url.replace("&amp;", "&")).content.decode()
    assert second.count("library-card__choose") == 6 and "Previous page" in second


# Uploading from the chooser ---------------------------------------------------------------------


def test_an_image_uploaded_in_the_chooser_joins_the_library_described_in_the_articles_language():
    client = staff_client("Press staff")
    response = upload(client, credit="Фото: пресс-служба")
    assert response.status_code == 201
    image = Image.objects.get()
    assert (image.description_ru, image.credit_ru, image.description_tk) == (
        "Урна для голосования",
        "Фото: пресс-служба",
        "",
    )
    assert image.uploaded_by == client.user
    assert not image.file.name.endswith("urna.png")  # re-encoded under a name of its own
    assert image.renditions("wide")
    data = json.loads(response.content)["image"]
    assert data["id"] == str(image.pk) and data["description"] == "Урна для голосования"
    assert data["thumbnail"]["src"].startswith("/media/")


def test_a_file_that_is_not_an_image_is_refused_with_its_reason_and_nothing_is_saved():
    client = staff_client("Press staff")
    fake = SimpleUploadedFile("urna.png", b"%PDF-1.4 not a picture" * 20, content_type="image/png")
    response = upload(client, file=fake)
    assert response.status_code == 400
    errors = json.loads(response.content)["errors"]
    assert "image" in " ".join(errors["file"]).lower()
    assert not Image.objects.exists()


def test_an_upload_without_a_description_is_refused_saying_which_language_and_nothing_is_saved():
    client = staff_client("Editors")
    response = upload(client, description="  ")
    assert response.status_code == 400
    [message] = json.loads(response.content)["errors"]["description"]
    assert "Describe the image in Russian" in message
    assert not Image.objects.exists()


def test_a_file_that_cannot_be_stored_is_refused_and_nothing_is_saved(monkeypatch):
    client = staff_client("Editors")

    def full_disk(*args, **kwargs):
        raise OSError("No space left on device")

    monkeypatch.setattr("django.core.files.storage.FileSystemStorage._save", full_disk)
    response = upload(client)
    assert response.status_code == 503
    assert "could not be stored" in json.loads(response.content)["errors"]["file"][0]
    assert not Image.objects.exists()


# The article form ---------------------------------------------------------------------------------


def test_the_article_form_offers_the_chooser_beside_the_cover_and_each_gallery_row():
    client = staff_client("Press staff")
    cover = make_image(description_en="Ballot box")
    article = make_article(cover_image=cover, status=Article.Status.DRAFT, author=client.user)
    ArticlePhoto.objects.create(article=article, image=make_image(description_en="Hall"), order=1)
    page = client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    assert page.count('class="button library-chooser__open" aria-haspopup="dialog" hidden') == 3  # and a new row's
    assert 'data-description-field="cover_alt"' in page and 'data-description-field="alt"' in page
    cover_box = page.split('data-description-field="cover_alt"')[1].split("</select>")[0]
    assert 'alt="Ballot box"' in cover_box  # the chosen cover's thumbnail beside its box
    assert "medialibrary/chooser.js" in page and "medialibrary/gallery-order.js" in page
    assert "data-gallery-order" in page and 'data-move-up="Move up"' in page


def test_the_thumbnails_beside_the_chosen_boxes_are_described_in_the_articles_language_not_the_admins():
    client = staff_client("Press staff")  # the admin in English
    cover = make_image(description_en="Ballot box", description_ru="Урна")
    article = make_article(language="ru", cover_image=cover, status=Article.Status.DRAFT, author=client.user)
    ArticlePhoto.objects.create(article=article, image=make_image(description_en="Hall", description_ru="Зал"))
    page = client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    cover_box = page.split('data-description-field="cover_alt"')[1].split("</select>")[0]
    photo_box = page.split('data-description-field="alt"')[1].split("</select>")[0]
    assert 'alt="Урна"' in cover_box and 'alt="Зал"' in photo_box


def test_a_gallery_row_costs_the_article_form_one_query_the_autocomplete_boxs_own():
    client = staff_client("Editors")
    article = make_article(status=Article.Status.DRAFT)
    ArticlePhoto.objects.create(article=article, image=make_image(description_en="Photo 1"), order=1)
    url = f"/admin/news/article/{article.pk}/change/"
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for number in range(2, 6):
        ArticlePhoto.objects.create(article=article, image=make_image(description_en=f"Photo {number}"), order=number)
    with CaptureQueriesContext(connection) as five:
        assert client.get(url).content.decode().count('class="library-thumbnail"') >= 5
    # Each row's thumbnail comes from the row's own image; Django's autocomplete box reads its choice.
    assert len(five) - len(one) <= 4


def test_the_chooser_button_is_not_offered_to_a_role_that_cannot_see_the_library():
    client = staff_client("Site administrators")
    client.user.user_permissions.add(*Permission.objects.filter(codename__in=["view_article", "add_article"]))
    page = client.get("/admin/news/article/add/").content.decode()
    assert "library-chooser__open" not in page


@pytest.mark.parametrize(
    ("role", "url"), [("Press staff", "/admin/news/article/add/"), ("Editors", "/admin/pages/page/add/")]
)
def test_the_article_and_page_forms_offer_library_images_for_the_body(role, url):
    client = staff_client(role)
    page = client.get(url).content.decode()
    offer = page.split('<template class="library-body-chooser"', 1)[1].split("</template>", 1)[0]
    assert f'data-chooser-url="{CHOOSER}"' in offer
    assert ">Insert an image from the library</button>" in offer
    assert "medialibrary/chooser.js" in page


def test_the_body_button_is_not_offered_to_a_role_that_cannot_see_the_library():
    client = staff_client("Site administrators")
    client.user.user_permissions.add(*Permission.objects.filter(codename__in=["view_page", "add_page"]))
    page = client.get("/admin/pages/page/add/")
    assert page.status_code == 200
    assert "library-body-chooser" not in page.content.decode()


def test_a_chosen_image_carries_its_files_address_for_a_body_which_shows_it_as_a_library_image():
    client = staff_client("Press staff")
    image = make_image(description_en="Polling station")
    card = client.get(CHOOSER, {"language": "en", "part": "results"}).content.decode()
    assert f'data-url="{image.file.url}"' in card and image.file.url.startswith("/media/library/")
    answer = json.loads(upload(client, language="en", description="Queue").content)
    assert answer["image"]["url"] == Image.objects.get(description_en="Queue").file.url


def test_the_gallery_is_saved_in_the_order_its_rows_were_given():
    client = staff_client("Editors")
    article = make_article(status=Article.Status.DRAFT)
    photos = [ArticlePhoto.objects.create(article=article, image=make_image(description_en=f"P{n}"), order=n)
              for n in (1, 2, 3)]  # fmt: skip
    rows = {"photos-TOTAL_FORMS": "3", "photos-INITIAL_FORMS": "3"}
    for index, (photo, order) in enumerate(zip(photos, (3, 1, 2), strict=True)):
        row = {"id": photo.pk, "article": article.pk, "image": photo.image_id, "order": order, "alt": ""}
        rows |= {f"photos-{index}-{name}": value for name, value in row.items()}
    response = client.post(f"/admin/news/article/{article.pk}/change/", change_form(article, **rows))
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert [p.image.description_en for p in article.gallery()] == ["P2", "P3", "P1"]


# "For all languages" ----------------------------------------------------------------------------


def three_versions(author=None, **image_descriptions):
    old = make_image(description_tk="Köne", description_ru="Старое", description_en="Old")
    turkmen = make_article(language="tk", cover_image=old, status=Article.Status.DRAFT, author=author, title="Habar")
    russian = make_translation(turkmen, "ru", cover_image=old, author=author, title="Новость")
    english = make_translation(turkmen, "en", cover_image=old, author=author, title="News")
    new = make_image(**image_descriptions)
    return old, new, turkmen, russian, english


def test_a_cover_used_for_all_languages_is_set_on_every_version_and_the_message_names_them():
    client = staff_client("Editors")
    old, new, turkmen, russian, english = three_versions(description_tk="Täze", description_ru="Новое",
                                                         description_en="New")  # fmt: skip
    page = client.get(f"/admin/news/article/{russian.pk}/change/").content.decode()
    assert "Use this cover for all languages of this article" in page
    assert (
        'name="cover_for_all_languages"' in page
        and "checked" not in page.split('name="cover_for_all_languages"')[1][:40]
    )
    data = change_form(russian, cover_image=str(new.pk), cover_alt="Новое", cover_for_all_languages="on")
    response = client.post(f"/admin/news/article/{russian.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    for version in (turkmen, russian, english):
        version.refresh_from_db()
        assert version.cover_image == new, version.language
    [message] = [m for m in said(response) if "also set" in m]
    assert "Turkmen (“Habar”)" in message and "English (“News”)" in message
    latest = Revision.objects.for_object(english).first()  # the change is in that version's history
    assert latest.user == client.user and latest.data["cover_image"] == new.pk


def test_a_new_translation_offers_for_all_languages_and_gives_its_new_cover_to_the_other_versions():
    client = staff_client("Editors")
    old = make_image(description_tk="Köne", description_ru="Старое", description_en="Old")
    turkmen = make_article(language="tk", cover_image=old, status=Article.Status.DRAFT, title="Habar", slug="habar")
    english = make_translation(turkmen, "en", cover_image=old, title="News")
    new = make_image(description_tk="Täze", description_ru="Новое", description_en="New")
    url = f"/admin/news/article/add/?translation_of={turkmen.pk}&language=ru"
    assert "Use this cover for all languages of this article" in client.get(url).content.decode()
    assert "Use this cover for all languages" not in client.get("/admin/news/article/add/").content.decode()
    draft = Article(language="ru", title="Новость", slug="novost", category=turkmen.category, body=turkmen.body,
                    status=Article.Status.DRAFT, publish_at=turkmen.publish_at, cover_image=new)  # fmt: skip
    data = change_form(draft, cover_alt="Новое", cover_for_all_languages="on")
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    russian = Article.objects.get(language="ru", slug="novost")
    assert russian.translation_group == turkmen.translation_group
    for version in (turkmen, english, russian):
        version.refresh_from_db()
        assert version.cover_image == new, version.language
    [message] = [m for m in said(response) if "also set" in m]
    assert "Turkmen (“Habar”)" in message and "English (“News”)" in message


def test_without_the_tick_the_other_languages_keep_their_cover():
    client = staff_client("Editors")
    old, new, turkmen, russian, english = three_versions(description_ru="Новое", description_tk="Täze",
                                                         description_en="New")  # fmt: skip
    response = client.post(f"/admin/news/article/{russian.pk}/change/",
                           change_form(russian, cover_image=str(new.pk), cover_alt="Новое"))  # fmt: skip
    assert response.status_code == 302, response.context["adminform"].form.errors
    russian.refresh_from_db()
    turkmen.refresh_from_db()
    english.refresh_from_db()
    assert russian.cover_image == new
    assert turkmen.cover_image == old and english.cover_image == old


def test_for_all_languages_skips_versions_the_editor_may_not_change_or_where_the_image_is_undescribed():
    client = staff_client("Press staff")
    old, new, turkmen, russian, english = three_versions(author=client.user, description_tk="Täze",
                                                         description_ru="Новое")  # fmt: skip
    Article.objects.filter(pk=turkmen.pk).update(status=Article.Status.PUBLISHED)  # live: an editor's to change
    data = change_form(russian, cover_image=str(new.pk), cover_alt="Новое", cover_for_all_languages="on")
    response = client.post(f"/admin/news/article/{russian.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    turkmen.refresh_from_db()
    english.refresh_from_db()
    assert turkmen.cover_image == old and english.cover_image == old
    [message] = [m for m in said(response) if "not changed" in m]
    assert "Turkmen (“Habar”): you may not change it" in message
    assert "English (“News”): the image has no description in English" in message
