"""Press staff choose a cover from the media library in its dialog, once for three languages, and an
editor orders a gallery by dragging its rows and with the keyboard."""

import pytest
from playwright.sync_api import expect

from medialibrary.models import Image
from news.models import Article, ArticlePhoto
from preview.links import make_link
from tests.factories import image_bytes, image_upload, make_article, make_category, make_image, make_staff

from .conftest import axe_violations, screenshot
from .test_newsroom import body_editor, choose_category

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ADD_URL = "/admin/news/article/add/"


def library():
    """A few library images; the ballot box is described in the three languages."""
    make_image(image_upload("hall.png", size=(800, 450), colour=(40, 40, 120)), description_en="The hall")
    return make_image(
        image_upload("urna.png", size=(1200, 675), colour=(150, 60, 20)),
        description_tk="Saýlaw gutusy",
        description_ru="Избирательная урна",
        description_en="A ballot box",
        credit_tk="Metbugat gullugy",
    )


def drop_files(target, files):
    """Drop files on `target` as a person drags them there from their desktop."""
    transfer = target.page.evaluate_handle(
        """files => {
            const transfer = new DataTransfer();
            for (const f of files) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name, {type: f.type}));
            return transfer;
        }""",
        [{"name": f["name"], "type": f["mimeType"], "bytes": list(f["buffer"])} for f in files],
    )
    target.dispatch_event("drop", {"dataTransfer": transfer})


def start_translation(page, language_name, title, body):
    page.get_by_role("link", name=f"Add {language_name} translation").click()
    page.get_by_label("Title:").press_sequentially(title)
    body_editor(page).click()
    page.keyboard.type(body)
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")


def test_press_staff_choose_a_cover_in_the_dialog_and_every_translation_shows_it(browsing):
    ballot_box = library()
    make_category(name_tk="Saýlawlar", name_en="Elections", slug_en="elections")
    press = make_staff(groups=["Press staff"], username="merdan.press")
    page = browsing.page(user=press)

    page.goto(ADD_URL)
    page.get_by_label("Language:", exact=True).select_option("tk")
    page.get_by_label("Title:").press_sequentially("Saýlaw gutulary taýyn")
    choose_category(page, "Elections")
    body_editor(page).click()
    page.keyboard.type("Saýlaw gutulary uçastoklara eltildi.")

    # The dialog, by keyboard: it opens with the focus in its search box; Escape closes it and gives
    # the focus back to the button; the search finds the image by its Turkmen credit.
    opener = page.locator(".field-cover_image").get_by_role("button", name="Choose from the library")
    opener.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Choose an image from the media library")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("searchbox")).to_be_focused()
    expect(dialog.locator(".library-card")).to_have_count(2)
    expect(dialog.get_by_role("img", name="Saýlaw gutusy")).to_be_visible()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(opener).to_be_focused()

    page.keyboard.press("Enter")
    expect(dialog).to_be_visible()
    page.keyboard.type("gullugy")
    page.keyboard.press("Enter")
    expect(dialog.locator(".library-card")).to_have_count(1)
    screenshot(page, "media-chooser")
    assert axe_violations(page, "admin media chooser dialog") == []
    choose = dialog.get_by_role("button", name="Choose Saýlaw gutusy")
    choose.focus()
    page.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    expect(opener).to_be_focused()
    cover = page.locator(".field-cover_image")
    expect(cover.locator(".library-chooser__preview img")).to_have_attribute("alt", "Saýlaw gutusy")
    expect(cover.locator(".select2-selection__rendered")).to_contain_text("Saýlaw gutusy")
    expect(page.get_by_label("Cover description in the article’s language:")).to_have_value("Saýlaw gutusy")
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    turkmen = Article.objects.get(language="tk")
    assert turkmen.cover_image == ballot_box

    # The Russian and English versions start with the same cover, described in their language.
    start_translation(page, "Русский", "Урны готовы", "Урны доставлены на участки.")
    expect(page.locator(".field-cover_image .library-chooser__preview img")).to_be_visible()
    expect(page.get_by_label("Cover description in the article’s language:")).to_have_value("Избирательная урна")
    page.goto(f"/admin/news/article/{turkmen.pk}/change/")
    start_translation(page, "English", "Ballot boxes are ready", "Ballot boxes were taken to the precincts.")
    versions = {a.language: a for a in Article.objects.filter(translation_group=turkmen.translation_group)}
    assert sorted(versions) == ["en", "ru", "tk"]
    assert {a.cover_image_id for a in versions.values()} == {ballot_box.pk}

    # Each language's article page (through its preview link: they are drafts) shows the cover.
    reader = browsing.page()
    for language, alt in (("tk", "Saýlaw gutusy"), ("ru", "Избирательная урна"), ("en", "A ballot box")):
        reader.goto(make_link(versions[language]).get_absolute_url())
        image = reader.locator(".article__cover img")
        expect(image).to_have_attribute("alt", alt)
        expect(image).to_have_js_property("complete", True)
        assert image.evaluate("img => img.naturalWidth") > 0
        assert "-wide-" in image.evaluate("img => img.currentSrc")
        screenshot(reader, f"media-cover-{language}")


def test_an_editor_uploads_images_in_the_dialog_by_picking_and_dropping_them_each_with_its_description(browsing):
    library()
    editor = make_staff(groups=["Editors"])
    page = browsing.page(user=editor)
    page.goto(ADD_URL)
    page.get_by_label("Language:", exact=True).select_option("en")
    page.locator(".field-cover_image").get_by_role("button", name="Choose from the library").click()
    dialog = page.get_by_role("dialog")
    # One file from the file picker, one dropped on the dashed box.
    dialog.locator(".library-upload__files").set_input_files(
        {"name": "notes.png", "mimeType": "image/png", "buffer": b"not an image at all" * 10}
    )
    precinct = {"name": "precinct.png", "mimeType": "image/png", "buffer": image_bytes(size=(640, 360))}
    drop_files(dialog.locator(".library-upload__drop"), [precinct])
    dialog.get_by_label("Description in English (required)").first.fill("Notes")
    dialog.get_by_label("Description in English (required)").nth(1).fill("A precinct at dawn")
    dialog.get_by_role("button", name="Upload", exact=True).click()
    refused = dialog.locator(".library-upload__item", has_text="notes.png")
    expect(refused.locator(".library-upload__errors--file")).to_contain_text("image")
    expect(dialog.get_by_role("button", name="Choose A precinct at dawn")).to_be_visible()
    screenshot(page, "media-chooser-upload")
    assert list(Image.objects.filter(description_en__in=["Notes", "A precinct at dawn"]).values_list(
        "description_en", "uploaded_by__username")) == [("A precinct at dawn", editor.username)]  # fmt: skip
    dialog.get_by_role("button", name="Choose A precinct at dawn").click()
    expect(page.locator(".field-cover_image .library-chooser__preview img")).to_have_attribute(
        "alt", "A precinct at dawn"
    )


def test_an_editor_orders_the_gallery_by_dragging_and_with_the_move_buttons(browsing):
    editor = make_staff(groups=["Editors"])
    article = make_article(title="Counting", status=Article.Status.DRAFT)
    for n, colour in enumerate([(200, 30, 30), (30, 160, 30), (30, 30, 200)], start=1):
        image = make_image(image_upload(size=(400, 300), colour=colour), description_en=f"Photo {n}")
        ArticlePhoto.objects.create(article=article, image=image, caption=f"Caption {n}", order=n)
    page = browsing.page(user=editor)
    page.goto(f"/admin/news/article/{article.pk}/change/")
    rows = page.locator("#photos-group tbody tr.form-row.has_original")
    expect(rows).to_have_count(3)
    expect(rows.nth(0).locator(".library-chooser__preview img")).to_have_attribute("alt", "Photo 1")
    expect(rows.nth(0).locator('input[name$="-order"]')).to_be_hidden()

    # Photo 3 dragged by its handle to the top, then photo 1 (now second) moved down by keyboard.
    rows.nth(2).locator(".gallery-order__handle").drag_to(rows.nth(0), target_position={"x": 20, "y": 3})
    expect(rows.nth(0).locator(".library-chooser__preview img")).to_have_attribute("alt", "Photo 3")
    move_down = rows.nth(1).get_by_role("button", name="Move down")
    move_down.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#photos-group [role=status]")).to_have_text("Photo moved to position 3 of 3.")
    expect(rows.nth(2).locator(".library-chooser__preview img")).to_have_attribute("alt", "Photo 1")
    screenshot(page, "media-gallery-order")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    assert [photo.caption for photo in article.gallery()] == ["Caption 3", "Caption 2", "Caption 1"]


def test_several_images_uploaded_from_a_gallery_row_fill_it_and_new_rows(browsing):
    make_category(name_en="Elections", slug_en="elections")
    page = browsing.page(user=make_staff(groups=["Press staff"]))
    page.goto(ADD_URL)
    page.get_by_label("Language:", exact=True).select_option("en")
    page.get_by_label("Title:").press_sequentially("Counting in the regions")
    choose_category(page, "Elections")
    body_editor(page).click()
    page.keyboard.type("Counting has begun.")
    page.get_by_role("button", name="Add another Photo").click()
    page.locator("#photos-group tr.dynamic-photos").get_by_role("button", name="Choose from the library").click()
    dialog = page.get_by_role("dialog")
    files = [
        {"name": f"region-{n}.png", "mimeType": "image/png", "buffer": image_bytes(size=(400, 300), colour=colour)}
        for n, colour in ((1, (200, 30, 30)), (2, (30, 30, 200)))
    ]
    drop_files(dialog.locator(".library-upload__drop"), files)
    fields = dialog.get_by_label("Description in English (required)")
    fields.nth(0).fill("Counting in Ahal")
    fields.nth(1).fill("Counting in Mary")
    dialog.get_by_role("button", name="Upload", exact=True).click()
    expect(dialog).to_be_hidden()
    rows = page.locator("#photos-group tr.dynamic-photos")
    expect(rows).to_have_count(2)
    expect(rows.nth(1).locator(".library-chooser__preview img")).to_have_attribute("alt", "Counting in Mary")
    expect(rows.nth(1).locator('input[name$="-alt"]')).to_have_value("Counting in Mary")
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    article = Article.objects.get(title="Counting in the regions")
    assert [photo.image.description_en for photo in article.gallery()] == ["Counting in Ahal", "Counting in Mary"]
