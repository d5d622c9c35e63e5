"""The document registry: one file per language, versions with checksums, stable addresses, the index."""

import hashlib
import html
import re
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from elections.models import Document, DocumentVersion, Election

from .factories import make_staff

pytestmark = pytest.mark.django_db


def make_document(**overrides):
    fields = {
        "number": "5/1",
        "kind": Document.Kind.DECISION,
        "title_tk": "Karar",
        "title_ru": "Решение",
        "title_en": "Decision on the calendar",
        "adopted_on": date(2025, 1, 10),
    }
    fields.update(overrides)
    return Document.objects.create(**fields)


def pdf(text):
    return SimpleUploadedFile("My Decision (final).pdf", b"%PDF-1.4\n% " + text.encode() + b"\n%%EOF\n")


def add_version(document, language, text, note=""):
    version = DocumentVersion(document=document, language=language, file=pdf(text), note=note)
    version.save()
    return version


def text_of(response):
    return re.sub(r"\s+", " ", html.unescape(response.content.decode()))


# Versions -------------------------------------------------------------------------------------------


def test_each_upload_is_a_numbered_version_with_its_checksum_size_and_a_generated_name():
    document = make_document(slug="")
    assert document.slug == "2025-5-1"
    first = add_version(document, "tk", "first")
    second = add_version(document, "tk", "corrected", note="Typo in item 4 fixed.")
    russian = add_version(document, "ru", "russian")
    assert (first.number, second.number, russian.number) == (1, 2, 1)
    content = b"%PDF-1.4\n% corrected\n%%EOF\n"
    assert second.sha256 == hashlib.sha256(content).hexdigest() and second.size == len(content)
    assert second.file_type == "pdf"
    assert re.fullmatch(r"documents/registry/[0-9a-f]{12}/2025-5-1-tk-v2\.pdf", second.file.name)
    assert first.file.name != second.file.name and first.file.read().endswith(b"first\n%%EOF\n")


def test_a_file_that_is_not_a_document_is_refused():
    version = DocumentVersion(
        document=make_document(), language="tk", file=SimpleUploadedFile("x.pdf", b"<html><script>x</script>")
    )
    with pytest.raises(ValidationError):
        version.full_clean()


def test_stable_address_leads_to_the_latest_version_and_every_version_keeps_its_own(client):
    document = make_document(slug="decision-5-1")
    first = add_version(document, "tk", "first")
    response = client.get("/en/elections/documents/decision-5-1/tk/")
    assert response.status_code == 302 and response["Location"] == first.file.url
    second = add_version(document, "tk", "second")
    assert client.get("/en/elections/documents/decision-5-1/tk/")["Location"] == second.file.url
    assert client.get("/en/elections/documents/decision-5-1/tk/v1/")["Location"] == first.file.url
    assert client.get("/en/elections/documents/decision-5-1/tk/v2/")["Location"] == second.file.url
    assert client.get("/en/elections/documents/decision-5-1/tk/v3/").status_code == 404
    assert client.get("/en/elections/documents/decision-5-1/en/").status_code == 404  # no English file
    assert client.get("/en/elections/documents/decision-5-1/de/").status_code == 404
    assert client.get("/en/elections/documents/decision-5-1/tk/v99999999999999999999/").status_code == 404


def test_document_page_lists_files_per_language_and_all_updates_with_checksums(client):
    document = make_document(slug="decision-5-1", effective_on=date(2025, 1, 15))
    first = add_version(document, "tk", "first")
    second = add_version(document, "tk", "second", note="Typo in item 4 fixed.")
    english = add_version(document, "en", "english")
    body = text_of(client.get("/en/elections/documents/decision-5-1/"))
    assert "<h1>Decision on the calendar</h1>" in body and "№ 5/1" in body and "15 January 2025" in body
    assert (
        'href="/en/elections/documents/decision-5-1/tk/"' in body
        and 'href="/en/elections/documents/decision-5-1/en/"' in body
    )
    assert 'href="/en/elections/documents/decision-5-1/ru/"' not in body
    for version in (first, second, english):
        assert f'<code class="checksum">{version.sha256}</code>' in body
        assert f"/tk/v{version.number}/" in body or f"/en/v{version.number}/" in body
    assert "Typo in item 4 fixed." in body
    assert "First published" in body and "Last updated" in body and "All updates" in body
    assert body.index(english.sha256) < body.index(second.sha256) < body.index(first.sha256)  # newest first


def test_unpublished_documents_and_documents_of_unpublished_elections_are_hidden(client):
    hidden = make_document(slug="hidden", published=False)
    add_version(hidden, "tk", "x")
    draft_election = Election.objects.create(
        kind="local", slug="draft", title_tk="T", title_en="T", polling_day=date(2027, 1, 1), published=False
    )
    of_draft = make_document(slug="of-draft", election=draft_election)
    for url in [
        "/en/elections/documents/hidden/",
        "/en/elections/documents/hidden/tk/",
        "/en/elections/documents/hidden/tk/v1/",
        "/en/elections/documents/of-draft/",
    ]:
        assert client.get(url).status_code == 404, url
    listing = text_of(client.get("/en/elections/documents/"))
    assert "/hidden/" not in listing and f"/{of_draft.slug}/" not in listing


# Admin ----------------------------------------------------------------------------------------------


def document_form(document=None, **extra):
    data = {
        "number": "5/1",
        "slug": "",
        "kind": "decision",
        "title_tk": "Karar",
        "title_ru": "",
        "title_en": "Decision",
        "adopted_on": "2025-01-10",
        "effective_on": "",
        "election": "",
        "published": "on",
        "change_note": "",
        "versions-TOTAL_FORMS": "0",
        "versions-INITIAL_FORMS": "0",
        "versions-MIN_NUM_FORMS": "0",
        "versions-MAX_NUM_FORMS": "0",
    }
    data.update(extra)
    return data


def test_editors_upload_files_per_language_and_a_corrected_file_becomes_a_new_version(client):
    client.force_login(make_staff(groups=["Editors"]))
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    response = client.post("/admin/elections/document/add/", document_form(file_tk=pdf("tk v1"), file_en=pdf("en v1")))
    assert response.status_code == 302
    document = Document.objects.get()
    assert sorted(document.versions.values_list("language", "number")) == [("en", 1), ("tk", 1)]

    url = f"/admin/elections/document/{document.pk}/change/"
    page = client.get(url).content.decode()
    assert document.versions.get(language="tk").sha256 in page  # listed read-only with its checksum
    same = client.post(url, document_form(slug=document.slug, file_tk=pdf("tk v1")))
    assert "This file is the same as the current version; nothing to update." in text_of(same)
    assert document.versions.count() == 2
    corrected = client.post(url, document_form(slug=document.slug, file_tk=pdf("tk v2"), change_note="Item 4 fixed."))
    assert corrected.status_code == 302
    latest = document.versions.get(language="tk", number=2)
    assert latest.note == "Item 4 fixed."
    assert document.versions.get(language="tk", number=1).file.read().startswith(b"%PDF-1.4\n% tk v1")


def test_admin_refuses_a_file_that_is_not_a_document(admin_client):
    admin_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    bad = SimpleUploadedFile("decision.pdf", b"MZ\x90\x00\x03 not a document")
    response = admin_client.post("/admin/elections/document/add/", document_form(file_ru=bad))
    assert response.status_code == 200
    assert "This file type is not accepted." in text_of(response)
    assert not Document.objects.exists()


# Index ----------------------------------------------------------------------------------------------


def test_index_filters_by_type_election_and_year_and_searches_number_and_title(client):
    mejlis = Election.objects.create(
        kind="parliamentary", slug="mejlis-2025", title_tk="Mejlis", title_en="Mejlis", polling_day=date(2025, 3, 23)
    )
    make_document(number="1/3", title_en="On calling the elections", adopted_on=date(2025, 1, 10), election=mejlis)
    make_document(number="14/2", kind="regulation", title_en="Regulation on observers", adopted_on=date(2025, 6, 30))
    make_document(number="219-VII", kind="law", title_en="Electoral Code", adopted_on=date(2024, 12, 20))

    def titles(query):
        body = text_of(client.get("/en/elections/documents/" + query))
        return re.findall(r'class="document-item__title"><a href="[^"]+">([^<]+)</a>', body)

    assert titles("") == ["Regulation on observers", "On calling the elections", "Electoral Code"]
    assert titles("?kind=law") == ["Electoral Code"]
    assert titles("?election=mejlis-2025") == ["On calling the elections"]
    assert titles("?year=2024") == ["Electoral Code"]
    assert titles("?q=14/2") == ["Regulation on observers"]
    assert titles("?q=observers") == ["Regulation on observers"]
    assert titles("?q=CODE") == ["Electoral Code"]
    assert titles("?q=nothing+like+this") == []
    body = text_of(client.get("/en/elections/documents/?kind=law"))
    assert "1 document" in body and "Clear filters" in body


@pytest.mark.parametrize(
    "query", ["kind=xyz", "year=abc", "election=no-such-election", "year=1999", "q=" + "x" * 200, "q=%00"]
)
def test_bad_document_filters_get_a_400_page(client, query):
    make_document()
    response = client.get(f"/en/elections/documents/?{query}")
    assert response.status_code == 400
    assert "The document filter in the address is not valid" in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "0", "99"])
def test_bad_document_pages_are_404(client, page):
    make_document()
    assert client.get(f"/en/elections/documents/?page={page}").status_code == 404


def test_documents_appear_only_in_the_languages_they_have_a_title_in(client):
    document = make_document(slug="tk-only", title_en="", title_ru="")
    assert client.get("/tk/elections/documents/tk-only/").status_code == 200
    assert client.get("/en/elections/documents/tk-only/").status_code == 404
    assert "tk-only" not in client.get("/en/elections/documents/").content.decode()
    assert document.title_tk in text_of(client.get("/tk/elections/documents/"))


def test_document_index_is_paginated_and_keeps_its_query_budget(client, django_assert_max_num_queries):
    for i in range(45):
        add_version(make_document(number=f"{i}/1", slug=f"doc-{i}"), "tk", f"file {i}")
    with django_assert_max_num_queries(6):
        first = client.get("/en/elections/documents/?kind=decision")
    assert first.content.decode().count('class="document-item"') == 20
    assert 'href="?kind=decision&amp;page=2"' in first.content.decode()
    with django_assert_max_num_queries(6):
        assert client.get("/en/elections/documents/doc-3/").status_code == 200
    with django_assert_max_num_queries(2):
        assert client.get("/en/elections/documents/doc-3/tk/").status_code == 302
