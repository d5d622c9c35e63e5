"""Press staff attach documents to an article in a browser: a registry document found by typing part of
its title in the row's search box (with the keyboard alone), and a file uploaded beside it; the reader
of each language gets the registry's file in that language."""

import json

import pytest
from playwright.sync_api import expect

from news.models import Article
from preview.links import make_link
from tests.factories import make_article, make_category, make_registry_document, make_staff, make_translation

from .conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_press_staff_find_a_registry_document_by_typing_and_attach_it_with_an_upload(browsing, tmp_path):
    calendar = make_registry_document(languages=("tk", "en"), title_en="Decision on the election calendar")
    make_registry_document(languages=("en",), title_en="Decision on polling stations abroad")
    make_registry_document(published=False, title_en="Decision on the calendar, withdrawn")
    press = make_staff(groups=["Press staff"], username="maral.press")
    article = make_article(
        title="The calendar is adopted",
        language="en",
        status=Article.Status.DRAFT,
        author=press,
        category=make_category(name_en="Decisions", slug_en="decisions"),
    )
    page = browsing.page(user=press)
    page.goto(f"/admin/news/article/{article.pk}/change/")

    group = page.locator("#attachments-group")
    expect(group.get_by_role("heading", name="Documents")).to_be_visible()
    group.get_by_role("button", name="Add another Document").click()
    row = group.locator("tr.form-row.dynamic-attachments").last
    # The document box is a search box the keyboard opens: focus, Enter, type, choose with Enter.
    row.locator(".field-document .select2-selection").focus()
    page.keyboard.press("Enter")
    search = page.locator(".select2-container--open .select2-search__field")
    expect(search).to_be_focused()
    page.keyboard.type("calendar")
    options = page.locator(".select2-results__option")
    expect(options).to_have_count(1)  # the withdrawn decision is not offered, nor the other one
    expect(options.first).to_contain_text("Decision on the election calendar")
    page.keyboard.press("Enter")
    expect(row.locator(".field-document .select2-selection__rendered")).to_contain_text("election calendar")
    expect(row.locator(".field-document .select2-selection")).to_be_focused()  # back in the row, not lost
    found = axe_violations(page, "admin article form, a registry document chosen in the documents row")
    assert found == [], json.dumps(found)

    # A second row: a file uploaded with its own title.
    group.get_by_role("button", name="Add another Document").click()
    upload_row = group.locator("tr.form-row.dynamic-attachments").last
    upload_row.locator(".field-title input").fill("Calendar as a table")
    leaflet = tmp_path / "calendar-table.pdf"
    leaflet.write_bytes(b"%PDF-1.4\n% calendar table\n%%EOF\n")
    upload_row.locator(".field-file input[type=file]").set_input_files(str(leaflet))
    page.get_by_role("button", name="Save draft", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    attached = list(article.attachments.order_by("order", "id"))
    assert [(a.document_id, bool(a.file)) for a in attached] == [(calendar.pk, False), (None, True)]
    # Saved rows show what they hold: the registry document chosen, the uploaded file's name.
    rows = group.locator("tr.form-row.has_original")
    expect(rows).to_have_count(2)
    expect(rows.first.locator(".field-document")).to_contain_text("election calendar")
    expect(rows.last.locator(".field-file")).to_contain_text("calendar-table")

    # The reader (through the draft's preview link) gets both; the registry's file in English, and a
    # Turkmen version of the article shares the document and gets the Turkmen file.
    reader = browsing.page()
    reader.goto(make_link(article).get_absolute_url())
    documents = reader.locator(".attachments")
    expect(documents.get_by_role("link", name="Decision on the election calendar")).to_be_visible()
    expect(documents.get_by_role("link", name="Calendar as a table")).to_be_visible()
    english = reader.request.get(
        documents.get_by_role("link", name="Decision on the election calendar").get_attribute("href")
    )
    assert english.ok and b"en file" in english.body()

    turkmen = make_translation(article, "tk", title="Senenama kabul edildi", status=Article.Status.DRAFT, author=press)
    turkmen.attachments.create(document=calendar, order=1)
    reader.goto(make_link(turkmen).get_absolute_url())
    link = reader.locator(".attachments").get_by_role("link", name=calendar.title_tk)
    response = reader.request.get(link.get_attribute("href"))
    assert response.ok and b"tk file" in response.body()
