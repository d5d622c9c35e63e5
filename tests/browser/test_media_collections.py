"""Press staff browse a collection in the chooser dialog with the keyboard and upload into it; an image
uploaded while browsing another collection goes where the upload form says."""

import pytest
from playwright.sync_api import expect

from medialibrary.models import Collection, Image
from tests.factories import image_bytes, image_upload, make_image, make_staff

from .conftest import axe_violations, screenshot
from .test_media_chooser import drop_files

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ADD_URL = "/admin/news/article/add/"


def test_press_staff_browse_a_collection_in_the_dialog_and_upload_into_it(browsing):
    ceremonies = Collection.objects.create(name_tk="Dabaralar", name_en="Ceremonies")
    stations = Collection.objects.create(name_tk="Uçastoklar", name_en="Polling stations")
    make_image(image_upload(size=(800, 450), colour=(150, 60, 20)), description_en="The oath", collection=ceremonies)
    make_image(image_upload(size=(800, 450), colour=(40, 40, 120)), description_en="Station 12", collection=stations)
    make_image(image_upload(size=(800, 450), colour=(20, 120, 40)), description_en="Loose photo")
    page = browsing.page(user=make_staff(groups=["Press staff"]))
    page.goto(ADD_URL)
    page.get_by_label("Language:", exact=True).select_option("en")
    opener = page.locator(".field-cover_image").get_by_role("button", name="Choose from the library")
    opener.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Choose an image from the media library")
    expect(dialog.locator(".library-card")).to_have_count(3)

    # From the search box to the collection filter with Tab; choosing one lists its images alone, and the
    # grid's Choose buttons are reached with Tab as before.
    expect(dialog.get_by_role("searchbox")).to_be_focused()
    page.keyboard.press("Tab")
    collection = dialog.get_by_label("Collection", exact=True)
    expect(collection).to_be_focused()
    collection.select_option(label="Ceremonies")
    expect(dialog.locator(".library-card")).to_have_count(1)
    expect(dialog.locator(".library-results__count")).to_have_text("One image found.")
    filing = dialog.get_by_label("Collection for the new images")
    expect(filing).to_have_value(str(ceremonies.pk))  # the one browsed
    choose = dialog.get_by_role("button", name="Choose The oath")
    choose.focus()
    expect(choose).to_be_focused()
    screenshot(page, "media-chooser-collection")
    assert axe_violations(page, "admin media chooser dialog with a collection") == []

    # Dropped while browsing Ceremonies: filed there, and chosen at once as the cover.
    drop_files(dialog.locator(".library-upload__drop"),
               [{"name": "flag.png", "mimeType": "image/png", "buffer": image_bytes(size=(640, 360))}])  # fmt: skip
    dialog.get_by_label("Description in English (required)").fill("Raising the flag")
    dialog.get_by_role("button", name="Upload", exact=True).click()
    expect(dialog).to_be_hidden()
    expect(page.locator(".field-cover_image .library-chooser__preview img")).to_have_attribute(
        "alt", "Raising the flag"
    )
    assert Image.objects.get(description_en="Raising the flag").collection == ceremonies

    # Browsing all, the upload form keeps the collection chosen in it: Polling stations.
    page.locator(".field-cover_image").get_by_role("button", name="Choose from the library").click()
    expect(dialog.get_by_label("Collection for the new images")).to_have_value("")
    dialog.get_by_label("Collection for the new images").select_option(label="Polling stations")
    dialog.get_by_label("Collection", exact=True).select_option(label="Ceremonies")
    expect(dialog.locator(".library-card")).to_have_count(2)
    expect(dialog.get_by_label("Collection for the new images")).to_have_value(str(stations.pk))
    drop_files(dialog.locator(".library-upload__drop"),
               [{"name": "queue.png", "mimeType": "image/png", "buffer": image_bytes(size=(640, 360))}])  # fmt: skip
    dialog.get_by_label("Description in English (required)").fill("A queue at dawn")
    dialog.get_by_role("button", name="Upload", exact=True).click()
    expect(dialog).to_be_hidden()
    assert Image.objects.get(description_en="A queue at dawn").collection == stations
