"""Press staff in the admin: writing in CKEditor 5, uploading images, drafts, previews, publishing."""

import re

import pytest
from django.conf import settings
from playwright.sync_api import expect

from medialibrary.models import Image as LibraryImage
from news.models import Article
from tests.factories import image_bytes, make_staff

from .conftest import axe_violations, log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ADD_URL = "/admin/news/article/add/"


def png(name="photo.png", size=(640, 360), colour=(20, 90, 60)):
    return {"name": name, "mimeType": "image/png", "buffer": image_bytes("PNG", size=size, colour=colour)}


def body_editor(page):
    editable = page.locator(".field-body .ck-editor__editable")
    expect(editable).to_be_visible()
    return editable


def choose_category(page, name):
    """Pick the category in the admin's autocomplete widget, as a person does: click, type, choose."""
    page.locator(".field-category .select2-selection").click()
    page.locator(".select2-search__field").press_sequentially(name[:4])
    page.locator(".select2-results__option", has_text=name).click()
    expect(page.locator("#select2-id_category-container")).to_contain_text(name)


def write_rich_text(page):
    """Type a heading, a paragraph with bold text and a link, and upload an image, with the toolbar."""
    editable = body_editor(page)
    editable.click()
    page.locator(".field-body .ck-heading-dropdown .ck-dropdown__button").click()
    page.get_by_role("menuitemradio", name="Heading 2").click()
    page.keyboard.type("Opening hours on election day")
    page.keyboard.press("Enter")
    page.keyboard.type("Polling stations are open ")
    page.keyboard.press("Control+B")
    page.keyboard.type("from 7:00 to 19:00")
    page.keyboard.press("Control+B")
    page.keyboard.type(". Find yours on ")
    page.keyboard.press("Control+K")
    page.get_by_role("textbox", name="Displayed text").fill("the list of precincts")
    page.get_by_role("textbox", name="Link URL").fill("https://example.org/precincts")
    page.get_by_role("textbox", name="Link URL").press("Enter")
    expect(editable.locator("a")).to_have_text("the list of precincts")
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    with page.expect_response("**/editor/image-upload/") as upload:
        page.locator(".ck-file-dialog-button input[type=file]").set_input_files(png("precinct.png"))
    assert upload.value.status == 200, upload.value.text()
    uploaded = editable.locator("img")
    expect(uploaded).to_have_attribute("src", re.compile(r"^/media/library/\d{4}/\d{2}/.+\.png$"))
    expect(uploaded).to_have_js_property("complete", True)
    assert uploaded.evaluate("img => img.naturalWidth") == 640
    uploaded.click()
    page.get_by_role("button", name="Change image text alternative").click()
    page.get_by_role("textbox", name="Text alternative").fill("Map of the polling stations in Aşgabat")
    page.get_by_role("textbox", name="Text alternative").press("Enter")
    expect(uploaded).to_have_attribute("alt", "Map of the polling stations in Aşgabat")


def image_is_shown(image):
    expect(image).to_be_visible()
    expect(image).to_have_js_property("complete", True)
    return image.evaluate("img => img.naturalWidth") > 0


def test_editor_writes_previews_and_publishes_an_article_with_an_uploaded_image(browsing, site_content):
    make_staff(groups=["Editors"], username="aylar.editor")
    page = browsing.page()
    log_in(page, "aylar.editor")

    page.goto(ADD_URL)
    page.get_by_label("Language:", exact=True).select_option("en")
    page.get_by_label("Title:").press_sequentially("Polling stations open at seven")
    expect(page.get_by_label("Slug:")).to_have_value("polling-stations-open-at-seven")
    choose_category(page, "Elections")
    write_rich_text(page)
    page.get_by_label("Upload a new cover:").set_input_files(png("cover.png", size=(800, 450), colour=(150, 60, 20)))
    page.get_by_label("Cover description in the article’s language:").fill("A polling station at dawn")
    expect(page.get_by_label("Status:")).to_have_value("draft")
    screenshot(page, "admin-article-form")
    page.get_by_role("button", name="Save", exact=True).click()

    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    article = Article.objects.get(slug="polling-stations-open-at-seven")
    assert article.status == Article.Status.DRAFT
    assert article.author.username == "aylar.editor"
    assert "<h2>Opening hours on election day</h2>" in article.body
    assert "<strong>from 7:00 to 19:00</strong>" in article.body
    assert '<a href="https://example.org/precincts"' in article.body
    body_image = re.search(r'<img src="/media/(library/\d{4}/\d{2}/[^"]+\.png)"', article.body)
    assert body_image, article.body
    assert 'alt="Map of the polling stations in Aşgabat"' in article.body
    # The image dropped into the body is a library image, described in the article's language.
    library_image = LibraryImage.objects.get(file=body_image.group(1))
    assert library_image.description_en == "Map of the polling stations in Aşgabat"
    change_url = page.url

    # The draft is not public; its preview link shows it with the image.
    anonymous = browsing.page()
    assert anonymous.goto("/en/news/polling-stations-open-at-seven/").status == 404
    page.locator(".field-preview_link").get_by_role("link", name="Make a preview link").click()
    page.get_by_role("button", name="Make a preview link").click()
    preview_link = page.locator(".field-preview_link a").first
    expect(preview_link).to_have_attribute("href", re.compile(r"/en/preview/[^/]+/$"))
    preview_link.click()
    expect(page.locator(".preview-banner")).to_be_visible()
    expect(page.locator("h1")).to_have_text("Polling stations open at seven")
    assert image_is_shown(page.locator(".article__body img"))

    # Publish now.
    page.goto(change_url)
    page.get_by_label("Status:").select_option("published")
    page.get_by_label("Now, when I save").check()
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    article.refresh_from_db()
    assert article.is_published()

    # A visitor finds it on the news list with its picture, and reads it.
    anonymous.goto("/en/news/")
    item = anonymous.locator(".article-summary", has_text="Polling stations open at seven")
    assert image_is_shown(item.locator("img"))
    expect(item.locator("img")).to_have_attribute("alt", "A polling station at dawn")
    item.get_by_role("link", name="Polling stations open at seven").click()
    expect(anonymous.get_by_role("heading", name="Opening hours on election day", level=2)).to_be_visible()
    expect(anonymous.locator(".article__body strong")).to_have_text("from 7:00 to 19:00")
    expect(anonymous.get_by_role("link", name="the list of precincts")).to_have_attribute(
        "href", "https://example.org/precincts"
    )
    assert image_is_shown(anonymous.locator(".article__body img"))
    assert axe_violations(anonymous, "article written in the admin") == []


def test_press_staff_without_publishing_rights_save_a_draft_and_submit_it_but_cannot_publish(browsing, site_content):
    make_staff(groups=["Press staff"], username="merdan.press")
    page = browsing.page()
    log_in(page, "merdan.press")

    page.goto(ADD_URL)
    expect(page.get_by_role("button", name="Publish now")).to_have_count(0)
    expect(page.get_by_label("Status:")).to_have_count(0)
    page.get_by_label("Language:", exact=True).select_option("en")
    page.get_by_label("Title:").press_sequentially("Training for precinct staff")
    choose_category(page, "Elections")
    body_editor(page).click()
    page.keyboard.type("Training starts on Monday.")
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    article = Article.objects.get(slug="training-for-precinct-staff")
    assert article.status == Article.Status.DRAFT

    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW
    assert browsing.page().goto("/en/news/training-for-precinct-staff/").status == 404

    # Nor through the list's bulk actions.
    page.goto("/admin/news/article/")
    options = page.locator("select[name=action] option").all_text_contents()
    assert not any("Publish" in option for option in options), options


def test_form_errors_are_shown_by_their_fields_and_the_typed_text_is_kept(browsing, site_content):
    page = browsing.page(user=make_staff(groups=["Editors"]))
    page.goto(ADD_URL)
    page.get_by_label("Language:", exact=True).select_option("en")
    choose_category(page, "Elections")
    body_editor(page).click()
    page.keyboard.type("Results of the second round will be announced on Sunday.")
    too_large = settings.IMAGE_UPLOAD_MAX_BYTES + 1024
    page.get_by_label("Upload a new cover:").set_input_files(
        {"name": "results.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n" + b"0" * too_large}
    )
    # The browser's own check would stop an empty required title; the server must say it too.
    page.locator("#id_title").evaluate("input => input.removeAttribute('required')")
    page.get_by_role("button", name="Save", exact=True).click()

    expect(page.locator(".errornote")).to_be_visible()
    expect(page.locator(".field-title .errorlist")).to_contain_text("This field is required")
    expect(page.locator(".field-cover_upload .errorlist")).to_contain_text("not an image")
    expect(body_editor(page)).to_contain_text("Results of the second round will be announced on Sunday.")
    expect(page.locator("#select2-id_category-container")).to_contain_text("Elections")
    assert not Article.objects.filter(body__contains="second round").exists()
    screenshot(page, "admin-article-form-errors")
    assert axe_violations(page, "admin article form (errors)") == []


def test_admin_article_form_has_no_serious_accessibility_violations(browsing, site_content):
    page = browsing.page(user=make_staff(groups=["Editors"]))
    forms = {"new article": ADD_URL, "draft": f"/admin/news/article/{site_content['draft'].pk}/change/"}
    found = {}
    for name, url in forms.items():
        page.goto(url)
        body_editor(page)
        found[name] = axe_violations(page, f"admin article form ({name})")
    assert found == {name: [] for name in forms}
