"""Press staff insert library images into an article's body with the "Insert an image from the library"
button beside the editor: one chosen in the dialog and one uploaded there, each at the cursor, described
in the article's language; the public article draws them from the library with a srcset."""

import re

import pytest
from playwright.sync_api import expect

from medialibrary.models import Image
from news.models import Article
from preview.links import make_link
from tests.factories import image_bytes, image_upload, make_category, make_image, make_page, make_staff

from .conftest import axe_violations, screenshot
from .test_newsroom import body_editor, choose_category

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ADD_URL = "/admin/news/article/add/"
BUTTON = "Insert an image from the library"


def editor_focused(page):
    return page.evaluate("() => !!document.activeElement?.closest('.ck-editor__editable')")


def test_press_staff_insert_a_library_image_and_an_uploaded_one_into_the_body_at_the_cursor(browsing):
    make_image(image_upload("hall.png", size=(800, 450), colour=(40, 40, 120)), description_en="The hall")
    ballot_box = make_image(
        image_upload("urna.png", size=(1400, 788), colour=(150, 60, 20)),
        description_tk="Saýlaw gutusy",
        description_ru="Избирательная урна",
        description_en="A ballot box",
    )
    make_category(name_en="Elections", slug_en="elections")
    press = make_staff(groups=["Press staff"], username="aylar.press")
    page = browsing.page(user=press)

    page.goto(ADD_URL)
    page.get_by_label("Language:", exact=True).select_option("en")
    page.get_by_label("Title:").press_sequentially("Ballot boxes reach the precincts")
    choose_category(page, "Elections")
    editable = body_editor(page)
    editable.click()
    page.keyboard.type("The ballot boxes arrived this morning.")
    page.keyboard.press("Enter")
    page.keyboard.type("Counting starts at eight.")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("End")  # the cursor at the end of the first paragraph: the image goes after it

    # The button is beside the editor; the keyboard reaches it from the text and opens the dialog.
    opener = page.locator(".field-body").get_by_role("button", name=BUTTON)
    expect(opener).to_be_visible()
    assert page.get_by_role("button", name=BUTTON).count() == 1  # the excerpt is no rich text
    page.keyboard.press("Tab")  # from the text, the next stop is the button
    expect(opener).to_be_focused()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Choose an image from the media library")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("searchbox")).to_be_focused()
    page.keyboard.press("Escape")  # closed without a choice: back on the button, the body unchanged
    expect(dialog).to_be_hidden()
    expect(opener).to_be_focused()
    expect(editable.locator("img")).to_have_count(0)

    page.keyboard.press("Enter")
    expect(dialog).to_be_visible()
    page.keyboard.type("ballot")
    page.keyboard.press("Enter")
    expect(dialog.locator(".library-card")).to_have_count(1)
    # (Checked before an image is in the body: CKEditor's own heading menu, disabled while an image is
    # selected, is then named "Heading" but shows "Choose heading", which axe reports.)
    assert axe_violations(page, "admin media chooser dialog opened from the body editor") == []
    choose = dialog.get_by_role("button", name="Choose A ballot box")
    choose.focus()
    page.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    inserted = editable.locator("img")
    expect(inserted).to_have_count(1)
    expect(inserted).to_have_attribute("src", ballot_box.file.url)
    expect(inserted).to_have_attribute("alt", "A ballot box")
    assert editor_focused(page)  # the focus is back in the text, not on the button
    # At the cursor: after the first paragraph, before the second.
    order = editable.evaluate(
        "e => [...e.querySelectorAll(':scope > p, :scope > figure')]"
        ".map(c => c.matches('figure') ? 'image' : c.textContent.trim().split(' ')[0])"
    )
    assert order == ["The", "image", "Counting"]

    # "Upload new" in the same dialog: the uploaded image joins the library and is inserted too, after
    # the image just inserted (still selected), which it does not replace.
    opener.click()
    expect(dialog).to_be_visible()
    dialog.locator(".library-upload__files").set_input_files(
        {"name": "count.png", "mimeType": "image/png", "buffer": image_bytes(size=(900, 600), colour=(30, 120, 60))}
    )
    dialog.get_by_label("Description in English (required)").fill("Counting the ballots at night")
    dialog.get_by_role("button", name="Upload", exact=True).click()
    expect(dialog).to_be_hidden()
    expect(editable.locator("img")).to_have_count(2)
    uploaded = Image.objects.get(description_en="Counting the ballots at night")
    assert uploaded.uploaded_by == press
    expect(editable.locator("img").nth(1)).to_have_attribute("src", uploaded.file.url)
    expect(editable.locator("img").nth(1)).to_have_attribute("alt", "Counting the ballots at night")
    assert editor_focused(page)
    order = editable.evaluate(
        "e => [...e.querySelectorAll(':scope > p, :scope > figure')]"
        ".map(c => c.matches('figure') ? c.querySelector('img').alt : c.textContent.trim().split(' ')[0])"
    )
    assert order == ["The", "A ballot box", "Counting the ballots at night", "Counting"]
    page.evaluate("window.scrollTo(0, 0)")  # CKEditor's toolbar in its place in the full-page picture
    screenshot(page, "media-body-insert")

    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    article = Article.objects.get(title="Ballot boxes reach the precincts")
    stored = re.findall(r"<img [^>]*>", article.body)
    assert len(stored) == 2
    assert f'src="{ballot_box.file.url}"' in stored[0] and 'alt="A ballot box"' in stored[0]
    assert ballot_box.file.url.startswith("/media/library/")
    assert f'src="{uploaded.file.url}"' in stored[1] and 'alt="Counting the ballots at night"' in stored[1]
    assert article.body.index("arrived") < article.body.index(ballot_box.file.url) < article.body.index("Counting")

    # The public article (a draft: through its preview link) draws both from the library, with a srcset.
    reader = browsing.page()
    reader.goto(make_link(article).get_absolute_url())
    for alt in ("A ballot box", "Counting the ballots at night"):
        image = reader.locator(".article__body picture").get_by_role("img", name=alt)
        expect(image.locator("xpath=preceding-sibling::source")).to_have_attribute(
            "srcset", re.compile(r"\.webp 320w, .*\.webp \d+w")
        )
        image.scroll_into_view_if_needed()
        expect(image).to_have_js_property("complete", True)
        assert image.evaluate("img => img.naturalWidth") > 0
        assert image.evaluate("img => img.currentSrc").endswith(".webp")  # a rendition, not the original


def test_a_page_body_takes_a_library_image_described_in_the_pages_language(browsing):
    make_image(image_upload("map.png", size=(800, 600)), description_ru="Карта округов", description_en="Map")
    editor = make_staff(groups=["Editors"])
    page_record = make_page(language="ru", title="Округа", body="<p>Карта округов.</p>")
    page = browsing.page(user=editor)
    page.goto(f"/admin/pages/page/{page_record.pk}/change/")
    body_editor(page).click()
    page.locator(".field-body").get_by_role("button", name=BUTTON).click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("button", name="Choose Карта округов").click()
    expect(dialog).to_be_hidden()
    expect(body_editor(page).locator("img")).to_have_attribute("alt", "Карта округов")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    page_record.refresh_from_db()
    assert 'alt="Карта округов"' in page_record.body and 'src="/media/library/' in page_record.body
