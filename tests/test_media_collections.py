"""Collections of the media library: folders named in three languages that editors make and press staff
file images in; the image list and the chooser filter by them, the chooser uploads into one, and a
collection that holds images is not deleted (nor are its images)."""

import json
import re

import pytest
from django.test import Client
from django.utils import translation

from medialibrary.models import Collection, Image
from news.models import Article

from .factories import image_upload, make_article, make_image, make_staff

pytestmark = pytest.mark.django_db

EN = {"accept-language": "en"}
COLLECTIONS = "/admin/medialibrary/collection/"
LIBRARY = "/admin/medialibrary/image/"
CHOOSER = "/admin/medialibrary/image/chooser/"
UPLOAD = "/admin/medialibrary/image/chooser/upload/"
ROLES = ("Press staff", "Editors", "Site administrators")


def staff_client(role, language="en"):
    client = Client(headers={"accept-language": language})
    client.user = make_staff(groups=[role])
    client.force_login(client.user)
    return client


def make_collection(name_tk, **names):
    return Collection.objects.create(name_tk=name_tk, **names)


def image_form(image, **fields):
    data = {"focal_x": "0.5", "focal_y": "0.5", "credit_tk": "", "credit_ru": "", "credit_en": "", "collection": ""}
    data |= {f"description_{code}": getattr(image, f"description_{code}") for code in ("tk", "ru", "en")}
    return data | fields


def shown_ids(html):
    return set(re.findall(r'data-image-id="(\d+)"', html))


def listed_ids(html):
    return set(re.findall(r'href="/admin/medialibrary/image/(\d+)/change/', html))


# Who does what -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "may_view", "may_manage"),
    [("Press staff", True, False), ("Editors", True, True), ("Site administrators", False, False)],
)
def test_editors_make_rename_and_delete_collections_press_staff_see_them_site_administrators_nothing(
    role, may_view, may_manage
):
    client = staff_client(role)
    existing = make_collection("Saýlaw uçastoklary", name_en="Polling stations")
    assert client.get(COLLECTIONS).status_code == (200 if may_view else 403)
    added = client.post(f"{COLLECTIONS}add/", {"name_tk": "Metbugat", "name_ru": "", "name_en": "Press"})
    assert (added.status_code == 302) is may_manage
    assert Collection.objects.filter(name_tk="Metbugat").exists() is may_manage
    renamed = client.post(
        f"{COLLECTIONS}{existing.pk}/change/", {"name_tk": "Uçastoklar", "name_ru": "", "name_en": ""}
    )
    assert (renamed.status_code == 302) is may_manage
    existing.refresh_from_db()
    assert (existing.name_tk == "Uçastoklar") is may_manage
    deleted = client.post(f"{COLLECTIONS}{existing.pk}/delete/", {"post": "yes"})
    assert (deleted.status_code == 302) is may_manage
    assert Collection.objects.filter(pk=existing.pk).exists() is not may_manage
    assert [client.user.has_perm(f"medialibrary.{action}_collection") for action in ("view", "add", "change", "delete")
            ] == [may_view, may_manage, may_manage, may_manage]  # fmt: skip


@pytest.mark.parametrize("role", ["Press staff", "Editors"])
def test_press_staff_and_editors_file_an_image_in_a_collection_from_its_form(role):
    client = staff_client(role)
    collection = make_collection("Dabaralar", name_en="Ceremonies")
    image = make_image(description_en="Oath")
    page = client.get(f"{LIBRARY}{image.pk}/change/").content.decode()
    assert '<label for="id_collection">Collection:</label>' in page
    assert f'<option value="{collection.pk}">Ceremonies</option>' in page
    # Only editors are offered to make a collection from the image's form.
    assert ('id="add_id_collection"' in page) is (role == "Editors")
    response = client.post(f"{LIBRARY}{image.pk}/change/", image_form(image, collection=collection.pk))
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.collection == collection


def test_a_collection_is_named_in_the_admins_language_else_in_turkmen():
    named = make_collection("Saýlawlar", name_ru="Выборы", name_en="Elections")
    turkmen_only = make_collection("Metbugat")
    for language, names in (("tk", ("Saýlawlar", "Metbugat")), ("ru", ("Выборы", "Metbugat")),
                            ("en", ("Elections", "Metbugat"))):  # fmt: skip
        with translation.override(language):
            assert (str(named), str(turkmen_only)) == names
    client = staff_client("Editors", language="ru")
    page = client.get(COLLECTIONS).content.decode()
    assert "Выборы" in page and "Metbugat" in page


def test_a_second_collection_with_the_same_turkmen_name_is_refused_saying_why():
    make_collection("Saýlawlar")
    client = staff_client("Editors")
    response = client.post(f"{COLLECTIONS}add/", {"name_tk": "Saýlawlar", "name_ru": "", "name_en": "Other"})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["name_tk"] == [
        "There is already a collection with this Turkmen name."
    ]
    assert Collection.objects.count() == 1


# The image list ---------------------------------------------------------------------------------


def test_the_image_list_shows_each_images_collection_and_filters_by_it():
    client = staff_client("Press staff")
    ceremonies = make_collection("Dabaralar", name_en="Ceremonies")
    stations = make_collection("Uçastoklar", name_en="Booths")  # after Dabaralar in Turkmen, first in English
    oath = make_image(description_en="Oath", collection=ceremonies)
    station = make_image(description_en="Station 12", collection=stations)
    loose = make_image(description_en="Loose")
    page = client.get(LIBRARY).content.decode()
    assert listed_ids(page) == {str(oath.pk), str(station.pk), str(loose.pk)}
    assert '<td class="field-collection nowrap">Ceremonies</td>' in page
    filters = page.split('id="changelist-filter"')[1]
    assert filters.index("Booths") < filters.index("Ceremonies") < filters.index("No collection")
    assert listed_ids(client.get(LIBRARY, {"collection": ceremonies.pk}).content.decode()) == {str(oath.pk)}
    assert listed_ids(client.get(LIBRARY, {"collection": "none"}).content.decode()) == {str(loose.pk)}


def test_selected_images_are_filed_in_a_collection_at_once_except_those_the_user_may_not_change():
    client = staff_client("Press staff")
    ceremonies = make_collection("Dabaralar", name_en="Ceremonies")
    images = [make_image(description_en=f"Photo {n}") for n in range(3)]
    make_article(cover_image=images[2])  # on a live article: an editor's to change
    selection = {"action": "file_in_collection", "_selected_action": [image.pk for image in images]}
    asked = client.post(LIBRARY, selection)
    assert asked.status_code == 200
    assert '<label for="id_collection">Collection:</label>' in asked.content.decode()
    response = client.post(LIBRARY, {**selection, "collection": ceremonies.pk, "apply": "1"}, follow=True)
    said = [str(message) for message in response.context["messages"]]
    assert "2 images are now in Ceremonies." in said
    assert any(message.startswith("1 image was left in its collection") for message in said)
    assert list(Image.objects.order_by("pk").values_list("collection", flat=True)) == [ceremonies.pk] * 2 + [None]


# Counts -----------------------------------------------------------------------------------------


def test_the_collection_list_counts_the_images_of_each_with_one_query_however_many(django_assert_max_num_queries):
    client = staff_client("Editors")

    def list_page():
        with django_assert_max_num_queries(12) as captured:
            page = client.get(COLLECTIONS).content.decode()
        return page, len(captured)

    for n in range(3):
        collection = make_collection(f"Bukja {n}", name_en=f"Folder {n}")
        for _ in range(n):
            make_image(collection=collection)
    _page, few = list_page()
    for n in range(3, 30):
        collection = make_collection(f"Bukja {n}", name_en=f"Folder {n}")
        make_image(collection=collection)
        make_image(collection=collection)
    page, many = list_page()
    assert many == few  # one query for the collections with their counts, not one per collection
    folder_two = Collection.objects.get(name_tk="Bukja 2")
    assert f'<a href="/admin/medialibrary/image/?collection={folder_two.pk}">2</a>' in page
    assert "Folder 29" in page


# Deleting ---------------------------------------------------------------------------------------


def test_a_collection_that_holds_images_is_not_deleted_and_says_how_many_and_where_they_are():
    client = staff_client("Editors")
    ceremonies = make_collection("Dabaralar", name_en="Ceremonies")
    kept = [make_image(description_en=f"Oath {n}", collection=ceremonies) for n in range(3)]
    for response in (client.get(f"{COLLECTIONS}{ceremonies.pk}/delete/"),
                     client.post(f"{COLLECTIONS}{ceremonies.pk}/delete/", {"post": "yes"})):  # fmt: skip
        assert response.status_code == 409
        page = response.content.decode()
        assert "The collection “Ceremonies” cannot be deleted: 3 images are filed in it." in page
        assert "Deleting a collection never deletes images" in page
        assert f'href="/admin/medialibrary/image/?collection={ceremonies.pk}"' in page
    assert Collection.objects.filter(pk=ceremonies.pk).exists()
    assert Image.objects.filter(pk__in=[image.pk for image in kept], collection=ceremonies).count() == 3


def test_an_emptied_collection_is_deleted_and_no_image_with_it():
    client = staff_client("Editors")
    ceremonies = make_collection("Dabaralar", name_en="Ceremonies")
    image = make_image(description_en="Oath", collection=ceremonies)
    assert client.post(f"{LIBRARY}{image.pk}/change/", image_form(image, collection="")).status_code == 302
    response = client.post(f"{COLLECTIONS}{ceremonies.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Collection.objects.exists()
    assert Image.objects.filter(pk=image.pk, collection=None).exists()


# The chooser ------------------------------------------------------------------------------------


def test_the_chooser_filters_by_collection_with_a_labelled_list_in_name_order():
    client = staff_client("Press staff")
    stations = make_collection("Uçastoklar", name_en="Booths")  # after Dabaralar in Turkmen, first in English
    ceremonies = make_collection("Dabaralar", name_en="Ceremonies")
    station = make_image(description_en="Station 12", collection=stations)
    oath = make_image(description_en="Oath", collection=ceremonies)
    loose = make_image(description_en="Loose")

    def shown(**params):
        return shown_ids(client.get(CHOOSER, {"language": "en", "part": "results", **params}).content.decode())

    assert shown() == {str(station.pk), str(oath.pk), str(loose.pk)}
    assert shown(collection=stations.pk) == {str(station.pk)}
    assert shown(collection="none") == {str(loose.pk)}
    assert shown(collection=ceremonies.pk, q="station") == set()  # with the search, not instead of it
    dialog = client.get(CHOOSER, {"language": "en"}).content.decode()
    assert '<label for="library-search-collection">Collection</label>' in dialog
    browse = dialog.split('id="library-search-collection">')[1].split("</select>")[0]
    assert re.findall(r">([^<]+)</option>", browse) == ["All collections", "Booths", "Ceremonies",
                                                        "No collection"]  # fmt: skip
    results = client.get(CHOOSER, {"language": "en", "part": "results"}).content.decode()
    assert "· Ceremonies</p>" in results  # each card says its collection


def test_the_chooser_shows_no_collection_filter_before_there_is_a_collection():
    client = staff_client("Editors")
    make_image(description_en="Loose")
    dialog = client.get(CHOOSER, {"language": "en"}).content.decode()
    assert 'name="collection"' not in dialog


def test_an_image_uploaded_in_the_chooser_is_filed_in_the_collection_being_browsed_unless_another_is_chosen():
    client = staff_client("Press staff")
    ceremonies = make_collection("Dabaralar", name_en="Ceremonies")
    stations = make_collection("Uçastoklar", name_en="Polling stations")
    dialog = client.get(CHOOSER, {"language": "en", "collection": ceremonies.pk}).content.decode()
    filing = dialog.split('<select name="collection" id="library-upload-collection"')[1].split("</select>")[0]
    assert f'<option value="{ceremonies.pk}" selected>Ceremonies</option>' in filing
    assert '<label for="library-upload-collection">Collection for the new images</label>' in dialog
    for collection, description in ((ceremonies, "Oath"), (stations, "Station 12"), ("", "Loose")):
        fields = {"language": "en", "description": description, "credit": "", "file": image_upload()}
        response = client.post(UPLOAD, {**fields, "collection": getattr(collection, "pk", "")})
        assert response.status_code == 201
    assert dict(Image.objects.values_list("description_en", "collection")) == {
        "Oath": ceremonies.pk,
        "Station 12": stations.pk,
        "Loose": None,
    }


def test_an_upload_into_a_collection_deleted_meanwhile_is_refused_saying_so_and_nothing_is_saved():
    client = staff_client("Editors")
    gone = make_collection("Köne")
    gone_pk = gone.pk
    gone.delete()
    response = client.post(UPLOAD, {"language": "en", "description": "Oath", "credit": "", "collection": gone_pk,
                                    "file": image_upload()})  # fmt: skip
    assert response.status_code == 400
    assert json.loads(response.content)["errors"]["collection"] == [
        "This collection no longer exists. Choose another collection, or none."
    ]
    assert not Image.objects.exists()


def test_images_of_live_articles_keep_their_collection_for_press_staff_as_their_form_does():
    press = staff_client("Press staff")
    ceremonies = make_collection("Dabaralar")
    shown = make_image(description_en="Oath")
    make_article(cover_image=shown, status=Article.Status.PUBLISHED)
    response = press.post(f"{LIBRARY}{shown.pk}/change/", image_form(shown, collection=ceremonies.pk))
    assert response.status_code == 403
    shown.refresh_from_db()
    assert shown.collection is None
