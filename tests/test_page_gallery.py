"""Photo galleries on commission pages: media-library images, described in the page's language, edited in
the page form by the roles that edit pages, carried over to a new translation, shown on the public page."""

import re

import pytest
from django.contrib import admin
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

from medialibrary.models import Image
from pages.models import Page, PagePhoto

from .factories import image_upload, inline_management, make_image, make_page, make_staff

pytestmark = pytest.mark.django_db

EN = {"accept-language": "en"}
ADD_PAGE = "/admin/pages/page/add/"
ROLES = ("Press staff", "Editors", "Site administrators")


def staff_client(role):
    client = Client(headers=EN)
    client.user = make_staff(groups=[role])
    client.force_login(client.user)
    return client


def change_url(page):
    return f"/admin/pages/page/{page.pk}/change/"


def page_form(page=None, photos=(), stored=0, **overrides):
    """The page form as the browser posts it: the page's fields (a new Russian page's without `page`),
    no documents, and the gallery `photos` ({field: value} each), the first `stored` of them saved rows."""
    fields = {"language": "ru", "title": "Избирательная комиссия", "slug": "komissiya", "parent": "",
              "body": "<p>Текст, набранный редактором.</p>", "menu_order": "0", "status": "draft"}  # fmt: skip
    if page is not None:
        fields = {"language": page.language, "title": page.title, "slug": page.slug, "parent": page.parent_id or "",
                  "body": page.body, "status": page.status, "menu_order": page.menu_order}  # fmt: skip
    data = {**fields, **inline_management("photos", "attachments")}
    data.update({"photos-TOTAL_FORMS": str(len(photos)), "photos-INITIAL_FORMS": str(stored)})
    for n, row in enumerate(photos):
        data.update({f"photos-{n}-{name}": value for name, value in row.items()})
    data.update(overrides)
    return data


def text_of(response):
    return " ".join(response.content.decode().split())


# Who may edit a page's gallery -----------------------------------------------------------------------


def gallery_rights(user, page):
    """The letters of what `user` may do to the gallery rows of `page`: add, change, delete, view."""
    request = RequestFactory().get("/admin/")
    request.user = user
    inline_class = next(inline for inline in admin.site.get_model_admin(Page).inlines if inline.model is PagePhoto)
    inline = inline_class(Page, admin.site)
    checks = {
        "a": inline.has_add_permission(request, page),
        "c": inline.has_change_permission(request, page),
        "d": inline.has_delete_permission(request, page),
        "v": inline.has_view_permission(request, page),
    }
    return "".join(letter for letter, allowed in checks.items() if allowed)


@pytest.mark.parametrize(
    ("role", "on_a_draft", "on_a_live_page"),
    [("Press staff", "acdv", "v"), ("Editors", "acdv", "acdv"), ("Site administrators", "", "")],
)
def test_the_roles_that_edit_pages_add_change_and_delete_their_photos_and_only_publishers_on_live_pages(
    role, on_a_draft, on_a_live_page
):
    user = make_staff(groups=[role])
    draft, live = make_page(status=Page.Status.DRAFT, author=user), make_page(author=user)
    assert gallery_rights(user, draft) == on_a_draft
    assert gallery_rights(user, live) == on_a_live_page


@pytest.mark.parametrize(
    ("role", "may_edit_a_draft", "may_edit_a_live_page"),
    [("Press staff", True, False), ("Editors", True, True), ("Site administrators", False, False)],
)
def test_each_role_saves_gallery_photos_as_its_rights_say(role, may_edit_a_draft, may_edit_a_live_page):
    client = staff_client(role)
    image = make_image(description_ru="Наблюдатели")
    draft = make_page(language="ru", status=Page.Status.DRAFT, author=client.user)
    added = client.post(change_url(draft), page_form(draft, [{"image": image.pk, "caption": "В зале", "order": 1}]))
    assert (added.status_code == 302) is may_edit_a_draft
    assert [p.caption for p in draft.photos.all()] == (["В зале"] if may_edit_a_draft else [])
    if may_edit_a_draft:
        photo = draft.photos.get()
        row = {"id": photo.pk, "page": draft.pk, "image": image.pk, "caption": "В большом зале", "order": 1}
        assert client.post(change_url(draft), page_form(draft, [row], stored=1)).status_code == 302
        assert draft.photos.get().caption == "В большом зале"

    live = make_page(language="ru", slug="zhivaya")
    photo = PagePhoto.objects.create(page=live, image=image, caption="На сайте", order=1)
    row = {"id": photo.pk, "page": live.pk, "image": image.pk, "caption": "На сайте", "order": 1, "DELETE": "on"}
    removed = client.post(change_url(live), page_form(live, [row], stored=1))
    assert (removed.status_code == 302) is may_edit_a_live_page
    assert PagePhoto.objects.filter(pk=photo.pk).exists() is not may_edit_a_live_page


# The public page --------------------------------------------------------------------------------------


def test_a_pages_gallery_is_shown_described_in_the_pages_language_with_its_renditions(client):
    image = make_image(image_upload(size=(1200, 900)), description_en="Observers", description_ru="Наблюдатели")
    other = make_image(description_ru="Урна", description_en="Ballot box")
    page = make_page(language="ru", slug="nablyudateli", title="Наблюдатели")
    PagePhoto.objects.create(page=page, image=other, caption="Урна для голосования", order=2)
    PagePhoto.objects.create(page=page, image=image, caption="В зале", order=1)
    html = client.get(page.get_absolute_url()).content.decode()
    gallery = html.split('class="gallery"')[1].split("</section>")[0]
    assert gallery.index('alt="Наблюдатели"') < gallery.index('alt="Урна"')  # in the gallery's order
    assert "Observers" not in gallery and "Ballot box" not in gallery
    assert 'width="1200" height="900"' in gallery
    srcset = re.search(r'srcset="([^"]+)"', gallery).group(1)
    assert "-gallery-" in srcset and srcset.endswith(" 1200w")
    assert "<figcaption>В зале</figcaption>" in gallery
    assert f'href="{image.file.url}"' in gallery  # each photo opens in full size


def test_a_cached_page_shows_a_photo_added_to_its_gallery_at_once(client):
    page = make_page(slug="about")
    url = page.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    photo = PagePhoto.objects.create(page=page, image=make_image(description_en="The commission's hall"))
    assert 'alt="The commission&#x27;s hall"' in client.get(url).content.decode()
    photo.delete()
    assert 'class="gallery"' not in client.get(url).content.decode()


def gallery_queries(client, url):
    """The queries of the page at `url` that read its gallery (not the page itself), and their number in all."""
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    sql = [query["sql"] for query in context.captured_queries]
    return [q for q in sql if "pages_pagephoto" in q and not q.startswith('SELECT "pages_page"')], len(sql)


def test_a_page_reads_its_gallery_only_when_it_has_one_and_in_one_query(settings):
    settings.PAGE_CACHE_SECONDS = 0
    bare = make_page(slug="contacts")
    shown = make_page(slug="about")
    for n in range(5):
        PagePhoto.objects.create(page=shown, image=make_image(description_en=f"Photo {n}"), order=n)
    Client().get(bare.get_absolute_url())  # the caches every page starts with (menu, content version)
    without, bare_count = gallery_queries(Client(), bare.get_absolute_url())
    with_photos, shown_count = gallery_queries(Client(), shown.get_absolute_url())
    assert without == [] and len(with_photos) == 1
    assert shown_count == bare_count + 1


# The page form -----------------------------------------------------------------------------------------


def test_a_photo_without_a_description_in_the_pages_language_is_asked_for_on_its_row_keeping_what_was_typed():
    client = staff_client("Press staff")
    image = make_image(description_en="Observers")
    row = {"image": image.pk, "caption": "Наблюдатели в зале", "order": 1}
    response = client.post(ADD_PAGE, page_form(photos=[row]))
    assert response.status_code == 200
    (errors,) = response.context["inline_admin_formsets"][0].formset.errors
    assert "no description in Russian" in errors["alt"][0] and "image" not in errors
    page = text_of(response)
    assert "Избирательная комиссия" in page and "Текст, набранный редактором." in page
    assert 'value="Наблюдатели в зале"' in page and re.search(rf'<option value="{image.pk}" selected>', page)
    assert not Page.objects.exists()

    response = client.post(ADD_PAGE, page_form(photos=[{**row, "alt": "Наблюдатели"}]))  # typed on the row
    assert response.status_code == 302, text_of(response)[-2000:]
    image.refresh_from_db()
    assert (image.description_en, image.description_ru) == ("Observers", "Наблюдатели")
    assert [(p.alt, p.caption) for p in Page.objects.get().gallery()] == [("Наблюдатели", "Наблюдатели в зале")]


def test_a_new_page_translation_starts_with_the_sources_gallery():
    client = staff_client("Editors")
    hall = make_image(description_tk="Zal", description_ru="Зал")
    box = make_image(description_tk="Saýlaw gutusy")  # not described in Russian yet
    source = make_page(language="tk", slug="toplumlar", title="Toplumlar")
    PagePhoto.objects.create(page=source, image=box, caption="Gutusy", order=2)
    PagePhoto.objects.create(page=source, image=hall, caption="Zalda", order=1)
    url = f"{ADD_PAGE}?translation_of={source.pk}&language=ru"
    form = client.get(url).content.decode()
    assert 'name="photos-TOTAL_FORMS" value="2"' in form
    assert all(re.search(rf'<option value="{image.pk}" selected>', form) for image in (hall, box))
    assert 'name="photos-0-alt" value="Зал"' in form  # the description it has, to check
    assert "value=" not in re.search(r'<input[^>]*name="photos-1-alt"[^>]*>', form).group(0)  # to be typed
    rows = [{"image": hall.pk, "alt": "Зал", "caption": "В зале", "order": 1},
            {"image": box.pk, "alt": "", "caption": "Урна", "order": 2}]  # fmt: skip
    refused = client.post(url, page_form(photos=rows))
    assert refused.status_code == 200
    assert "no description in Russian" in text_of(refused)  # only the missing description is asked for
    rows[1]["alt"] = "Урна"
    response = client.post(url, page_form(photos=rows))
    assert response.status_code == 302, text_of(response)[-2000:]
    russian = Page.objects.get(language="ru")
    assert russian.translation_group == source.translation_group
    assert [(p.image, p.caption, p.alt) for p in russian.gallery()] == [(hall, "В зале", "Зал"), (box, "Урна", "Урна")]
    assert [p.caption for p in source.gallery()] == ["Zalda", "Gutusy"]  # the source keeps its own
    assert Image.objects.count() == 2  # the same library images, nothing uploaded again


# The media library -------------------------------------------------------------------------------------


def test_deleting_an_image_in_a_pages_gallery_is_refused_naming_the_page():
    client = staff_client("Editors")
    image = make_image(description_en="Ballot box")
    page = make_page(title="Polling stations")
    PagePhoto.objects.create(page=page, image=image)
    response = client.post(f"/admin/medialibrary/image/{image.pk}/delete/", {"post": "yes"})
    assert response.status_code == 409
    assert f'<a href="/admin/pages/page/{page.pk}/change/">Polling stations</a> (gallery photo' in text_of(response)
    assert Image.objects.filter(pk=image.pk).exists()
    assert [record for record, _row in image.usages()] == [page]
