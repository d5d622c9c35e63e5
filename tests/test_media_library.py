"""The media library: one image with a focal point and per-language descriptions, used as covers and in
galleries of every language version, managed in the admin by the staff roles."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image as Pillow

from medialibrary.models import Image
from news.models import Article, ArticlePhoto
from richtext.renditions import CROPS

from .factories import (
    ARTICLE_INLINES,
    image_upload,
    make_article,
    make_category,
    make_image,
    make_staff,
    make_translation,
)

pytestmark = pytest.mark.django_db

EN = {"accept-language": "en"}
LIBRARY = "/admin/medialibrary/image/"
ADD_ARTICLE = "/admin/news/article/add/"
RED = (220, 20, 20)


def staff_client(role):
    client = Client(headers=EN)
    client.user = make_staff(groups=[role])
    client.force_login(client.user)
    return client


def marked_upload(size=(1200, 400), mark=(120, 200)):
    """A white image with a red square centred on `mark`."""
    picture = Pillow.new("RGB", size, (255, 255, 255))
    x, y = mark
    picture.paste(RED, (x - 20, y - 20, x + 20, y + 20))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return SimpleUploadedFile("marked.png", buffer.getvalue(), content_type="image/png")


def shows_the_mark(settings, url):
    with Pillow.open(settings.MEDIA_ROOT / url.removeprefix("/media/")) as rendition:
        rgb = rendition.convert("RGB")
        colours = rgb.getcolors(rgb.width * rgb.height)
        return any(r > 180 and g < 90 and b < 90 for _count, (r, g, b) in colours)


def article_form(category, **overrides):
    now = timezone.localtime()
    data = {
        "language": "ru", "title": "Итоги голосования", "slug": "itogi", "category": category.pk,
        "body": "<p>Текст, набранный редактором.</p>", "excerpt": "", "cover_alt": "", "status": "draft",
        "publish_at_0": now.strftime("%Y-%m-%d"), "publish_at_1": now.strftime("%H:%M:%S"), **ARTICLE_INLINES,
    }  # fmt: skip
    data.update(overrides)
    return data


# Focal-point crops -------------------------------------------------------------------------------


def test_every_crop_keeps_the_focal_point_near_the_edge_inside(settings):
    image = make_image(marked_upload(), focal_x=0.1, focal_y=0.5)
    for crop in CROPS:
        made = image.renditions(crop)
        assert made, crop
        assert all(shows_the_mark(settings, url) for url, _w, _h in made), crop
    [(_url, width, height)] = image.renditions("og")
    assert (width, height) == (1200, 630) or width / height == pytest.approx(1200 / 630, rel=0.01)


def test_a_centred_crop_cuts_off_a_mark_that_the_focal_point_keeps(settings):
    image = make_image(marked_upload())  # focal point left at the centre
    assert not any(shows_the_mark(settings, url) for url, _w, _h in image.renditions("gallery"))


def test_moving_the_focal_point_makes_new_crops_and_removes_the_old_ones(settings, django_capture_on_commit_callbacks):
    image = make_image(marked_upload())
    old = [url for url, _w, _h in image.renditions("gallery")]
    with django_capture_on_commit_callbacks(execute=True):
        image.focal_x = 0.1
        image.save()
    new = [url for url, _w, _h in image.renditions("gallery")]
    assert new and set(new).isdisjoint(old)
    assert all(shows_the_mark(settings, url) for url in new)
    assert not any((settings.MEDIA_ROOT / url.removeprefix("/media/")).exists() for url in old)


def test_list_cover_and_gallery_show_the_crops_described_in_the_page_language(client):
    image = make_image(image_upload(size=(1200, 900)), description_en="Observers", description_ru="Наблюдатели")
    article = make_article(cover_image=image)
    ArticlePhoto.objects.create(article=article, image=image, caption="In the hall")
    html = client.get(article.get_absolute_url()).content.decode()
    cover = html.split('class="article__cover"')[1].split("</figure>")[0]
    assert 'alt="Observers"' in cover and 'width="1200" height="675"' in cover and "-wide-" in cover
    gallery = html.split('class="gallery"')[1]
    assert 'alt="Observers"' in gallery and 'width="1200" height="900"' in gallery and "-gallery-" in gallery
    russian = make_translation(article, "ru", cover_image=image)
    assert 'alt="Наблюдатели"' in client.get(russian.get_absolute_url()).content.decode()


# Translations share media ------------------------------------------------------------------------


def test_starting_a_translation_shares_the_cover_and_the_gallery():
    client = staff_client("Editors")
    cover = make_image(description_tk="Saýlaw gutusy", description_ru="Урна")
    photo = make_image(description_tk="Synag", description_ru="Наблюдатели")
    source = make_article(language="tk", cover_image=cover)
    ArticlePhoto.objects.create(article=source, image=photo, caption="Zalda", order=1)
    url = f"{ADD_ARTICLE}?translation_of={source.pk}&language=ru"
    form = client.get(url).content.decode()
    assert re.search(rf'<option value="{cover.pk}" selected>', form)
    assert 'value="Урна"' in form  # the cover's Russian description, to check or complete
    assert 'name="photos-TOTAL_FORMS" value="1"' in form
    assert re.search(rf'<option value="{photo.pk}" selected>', form)
    assert 'name="photos-0-alt" value="Наблюдатели"' in form
    posted = article_form(source.category, **{
        "cover_image": str(cover.pk), "cover_alt": "Урна", "photos-TOTAL_FORMS": "1",
        "photos-0-image": str(photo.pk), "photos-0-caption": "В зале", "photos-0-order": "1",
    })  # fmt: skip
    response = client.post(url, posted)
    assert response.status_code == 302, response.context["adminform"].form.errors
    russian = Article.objects.get(language="ru")
    assert russian.translation_group == source.translation_group
    assert russian.cover_image == cover and russian.cover_alt == "Урна"
    assert [(p.image, p.caption) for p in russian.photos.all()] == [(photo, "В зале")]
    assert Image.objects.count() == 2  # nothing uploaded again


def test_changing_the_cover_of_one_language_leaves_the_others_alone():
    client = staff_client("Editors")
    shared = make_image(description_tk="Bina", description_ru="Здание")
    turkmen = make_article(language="tk", cover_image=shared, status=Article.Status.DRAFT)
    russian = make_translation(turkmen, "ru", cover_image=shared, slug="zdanie", title="Здание")
    data = article_form(russian.category, title="Здание", slug="zdanie", cover_upload=image_upload(size=(90, 60)),
                        cover_alt="Новое здание", status=russian.status)  # fmt: skip
    response = client.post(f"/admin/news/article/{russian.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    russian.refresh_from_db()
    turkmen.refresh_from_db()
    assert russian.cover_image != shared and russian.cover_alt == "Новое здание"
    assert turkmen.cover_image == shared and turkmen.cover_alt == "Bina"


# Descriptions are required in the article's language ----------------------------------------------


def test_an_image_without_a_description_in_the_articles_language_is_refused_keeping_text_and_files():
    client = staff_client("Press staff")
    image = make_image(description_tk="Saýlaw gutusy")
    document = SimpleUploadedFile("protocol.pdf", b"%PDF-1.7\n" + b"x" * 64)
    data = article_form(make_category(), cover_image=str(image.pk), **{
        "attachments-TOTAL_FORMS": "1", "attachments-0-title": "Протокол", "attachments-0-file": document,
        "attachments-0-order": "0",
    })  # fmt: skip
    response = client.post(ADD_ARTICLE, data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "no description in Russian" in errors["cover_alt"][0]
    page = " ".join(response.content.decode().split())
    assert "Итоги голосования" in page and "Текст, набранный редактором." in page
    assert "Kept: protocol.pdf" in page  # the chosen document is not lost
    assert not Article.objects.exists()


def test_the_description_typed_in_the_article_form_is_kept_in_the_library():
    client = staff_client("Press staff")
    image = make_image(description_tk="Saýlaw gutusy")
    response = client.post(ADD_ARTICLE, article_form(make_category(), cover_image=str(image.pk), cover_alt="Урна"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    image.refresh_from_db()
    assert (image.description_tk, image.description_ru) == ("Saýlaw gutusy", "Урна")


def test_a_gallery_photo_without_a_description_in_the_articles_language_is_refused():
    client = staff_client("Press staff")
    image = make_image(description_en="Observers")
    data = article_form(make_category(), **{
        "photos-TOTAL_FORMS": "1", "photos-0-image": str(image.pk), "photos-0-order": "1",
    })  # fmt: skip
    response = client.post(ADD_ARTICLE, data)
    assert response.status_code == 200
    assert "no description in Russian" in response.content.decode()
    assert not Article.objects.exists()
    response = client.post(ADD_ARTICLE, {**data, "photos-0-alt": "Наблюдатели"})  # typed in the gallery row
    assert response.status_code == 302
    image.refresh_from_db()
    assert (image.description_en, image.description_ru) == ("Observers", "Наблюдатели")
    assert Article.objects.get().photos.get().alt == "Наблюдатели"


def test_a_new_cover_uploaded_with_the_article_joins_the_library_and_survives_a_form_error():
    client = staff_client("Press staff")
    refused = client.post(ADD_ARTICLE, article_form(make_category(), title="", cover_upload=image_upload("urna.png"),
                                                   cover_alt="Урна"))  # fmt: skip
    kept = re.search(r'name="cover_upload-kept" value="([^"]+)"', refused.content.decode()).group(1)
    data = article_form(refused.context["adminform"].form.instance.category, cover_alt="Урна")
    response = client.post(ADD_ARTICLE, {**data, "cover_upload-kept": kept})
    assert response.status_code == 302, response.context["adminform"].form.errors
    image = Article.objects.get().cover_image
    assert image.description_ru == "Урна" and image.uploaded_by == client.user
    assert image.renditions("wide")


# The library's admin -----------------------------------------------------------------------------


def test_the_library_lists_thumbnails_and_finds_images_by_description_or_credit_in_any_language():
    client = staff_client("Press staff")
    make_image(description_tk="Saýlaw gutusy", credit_ru="Фото: пресс-служба")
    make_image(description_en="The Central Commission building")
    listing = client.get(LIBRARY).content.decode()
    assert listing.count('class="library-thumbnail"') == 2
    assert 'alt="The Central Commission building"' in listing
    for term in ("gutusy", "пресс-служба", "building"):
        found = client.get(LIBRARY, {"q": term}).context["cl"].result_list
        assert len(found) == 1, term


def test_the_library_filters_by_uploader():
    client = staff_client("Editors")
    other = make_staff(username="photographer")
    mine = make_image(uploaded_by=client.user)
    make_image(uploaded_by=other)
    found = client.get(LIBRARY, {"uploaded_by__id__exact": client.user.pk}).context["cl"].result_list
    assert list(found) == [mine]


def test_the_focal_point_is_set_on_the_image_or_with_two_labelled_fields_without_inline_script():
    client = staff_client("Press staff")
    image = make_image(image_upload(size=(400, 300)), description_en="Hall")
    page = client.get(f"{LIBRARY}{image.pk}/change/").content.decode()
    assert 'class="focal-picker"' in page and "medialibrary/focal-point" in page
    assert 'for="id_focal_x">Focal point, across' in page and 'for="id_focal_y">Focal point, down' in page
    assert re.search(r'<input type="number" name="focal_x" value="0.5" step="any"', page)
    picker = page.split('class="focal-picker"')[1].split("</div>")[0]
    assert "style=" not in picker and "<script" not in picker
    response = client.post(f"{LIBRARY}{image.pk}/change/", {
        "focal_x": "0.25", "focal_y": "0.75", "description_tk": "", "description_ru": "", "description_en": "Hall",
        "credit_tk": "", "credit_ru": "", "credit_en": "",
    })  # fmt: skip
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.focal == (0.25, 0.75)


def test_an_upload_to_the_library_survives_a_form_error():
    client = staff_client("Press staff")
    fields = {"focal_x": "2", "focal_y": "0.5", "description_tk": "Zal", "description_ru": "", "description_en": "",
              "credit_tk": "", "credit_ru": "", "credit_en": ""}  # fmt: skip
    refused = client.post(f"{LIBRARY}add/", {**fields, "file": image_upload("hall.png")})
    assert "focal_x" in refused.context["adminform"].form.errors
    kept = re.search(r'name="file-kept" value="([^"]+)"', refused.content.decode()).group(1)
    response = client.post(f"{LIBRARY}add/", {**fields, "focal_x": "0.3", "file-kept": kept})
    assert response.status_code == 302
    assert Image.objects.get().focal == (0.3, 0.5)


def test_deleting_an_image_in_use_is_refused_with_the_places_it_is_used():
    client = staff_client("Editors")
    image = make_image(description_en="Ballot box")
    cover_of = make_article(title="Turnout at noon", cover_image=image)
    in_gallery = make_article(title="Counting begins")
    ArticlePhoto.objects.create(article=in_gallery, image=image)
    response = client.post(f"{LIBRARY}{image.pk}/delete/", {"post": "yes"})
    assert response.status_code == 409
    page = response.content.decode()
    assert f'<a href="/admin/news/article/{cover_of.pk}/change/">Turnout at noon</a> (cover' in page
    assert f'<a href="/admin/news/article/{in_gallery.pk}/change/">Counting begins</a> (gallery photo' in page
    assert Image.objects.filter(pk=image.pk).exists()


def test_where_an_image_is_used_is_read_in_one_query_per_kind_of_use(django_assert_num_queries):
    image = make_image(description_en="Ballot box")
    for n in range(5):
        ArticlePhoto.objects.create(article=make_article(title=f"Gallery {n}"), image=image)
    make_article(title="Cover", cover_image=image)
    with django_assert_num_queries(3):  # the covers, and the gallery rows with their articles or pages
        usages = image.usages()
    assert sorted(record.title for record, _row in usages) == ["Cover", *(f"Gallery {n}" for n in range(5))]


def test_deleting_an_unused_image_removes_its_file_renditions(settings, django_capture_on_commit_callbacks):
    client = staff_client("Editors")
    image = make_image(image_upload(size=(800, 600)), description_en="Unused")
    made = [url for crop in CROPS for url, _w, _h in image.renditions(crop)]
    assert made
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{LIBRARY}{image.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Image.objects.exists()
    assert not list((settings.MEDIA_ROOT / "renditions").rglob("*.webp"))


# Roles -------------------------------------------------------------------------------------------


def test_an_image_on_a_live_article_is_changed_only_by_a_publisher():
    press, editor = staff_client("Press staff"), staff_client("Editors")
    shown = make_image(description_en="Ballot box")
    make_article(cover_image=shown)  # published
    drafted = make_image(description_en="Hall")
    make_article(cover_image=drafted, status=Article.Status.DRAFT, author=press.user)  # press staff's own draft
    change = {"focal_x": "0.2", "focal_y": "0.5", "description_tk": "", "description_ru": "",
              "description_en": "Changed", "credit_tk": "", "credit_ru": "", "credit_en": ""}  # fmt: skip
    assert press.post(f"{LIBRARY}{shown.pk}/change/", change).status_code == 403
    assert press.post(f"{LIBRARY}{drafted.pk}/change/", change).status_code == 302
    assert editor.post(f"{LIBRARY}{shown.pk}/change/", change).status_code == 302
    shown.refresh_from_db()
    assert shown.description_en == "Changed"


def test_press_staff_cannot_rewrite_from_a_draft_the_description_a_live_article_shows():
    press = staff_client("Press staff")
    shown = make_image(description_ru="Урна")
    make_article(language="ru", cover_image=shown)  # published
    data = article_form(make_category(), cover_image=str(shown.pk), cover_alt="Другое описание")
    response = press.post(ADD_ARTICLE, data)
    assert "articles you may not change" in response.context["adminform"].form.errors["cover_alt"][0]
    shown.refresh_from_db()
    assert shown.description_ru == "Урна"
    editor = staff_client("Editors")
    assert editor.post(ADD_ARTICLE, {**data, "slug": "drugoe"}).status_code == 302
    shown.refresh_from_db()
    assert shown.description_ru == "Другое описание"


@pytest.mark.parametrize(
    ("role", "may_upload", "may_delete"),
    [("Press staff", True, True), ("Editors", True, True), ("Site administrators", False, False)],
)
def test_each_role_uploads_and_deletes_library_images_as_its_rights_say(role, may_upload, may_delete):
    client = staff_client(role)
    response = client.post(f"{LIBRARY}add/", {
        "file": image_upload("hall.png"), "focal_x": "0.5", "focal_y": "0.5", "description_tk": "Zal",
        "description_ru": "", "description_en": "", "credit_tk": "", "credit_ru": "", "credit_en": "",
    })  # fmt: skip
    assert (response.status_code == 302) is may_upload
    if may_upload:
        assert Image.objects.get().uploaded_by == client.user
    image = make_image()
    response = client.post(f"{LIBRARY}{image.pk}/delete/", {"post": "yes"})
    assert (response.status_code == 302) is may_delete
    assert Image.objects.filter(pk=image.pk).exists() is not may_delete


def test_the_article_form_reads_its_article_once_however_many_gallery_rows_it_has(client):
    editor = make_staff(groups=["Editors"])
    client.force_login(editor)

    def article_reads(photos):
        article = make_article(status=Article.Status.DRAFT, author=editor)
        for n in range(photos):
            ArticlePhoto.objects.create(article=article, image=make_image(description_en=f"P{n}"), order=n)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/admin/news/article/{article.pk}/change/").status_code == 200
        return sum('FROM "news_article"' in q["sql"] and "COUNT" not in q["sql"] for q in queries.captured_queries)

    assert article_reads(6) == article_reads(1)
