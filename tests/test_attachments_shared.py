"""Documents attached to articles and pages: uploads or registry documents, shared by a translation."""

import html
import re

import pytest
from django.test import Client
from django.utils import timezone

from news.models import ArticleAttachment
from pages.models import PageAttachment

from .factories import (
    ARTICLE_INLINES,
    document_pdf,
    make_article,
    make_page,
    make_registry_document,
    make_staff,
    make_translation,
)

pytestmark = pytest.mark.django_db

EN = {"accept-language": "en"}
ADD_ARTICLE = "/admin/news/article/add/"


def staff_client(role="Press staff"):
    client = Client(headers=EN)
    client.user = make_staff(groups=[role])
    client.force_login(client.user)
    return client


def own_draft(client, **fields):
    """A draft of the client's user: what press staff may change."""
    return make_article(language="en", status="draft", author=client.user, **fields)


def change_form(article, rows=(), **overrides):
    """The article's change form as posted, with new document rows `rows` (dicts of title, document, file)."""
    now = timezone.localtime(article.publish_at)
    data = {
        "language": article.language, "title": article.title, "slug": article.slug, "category": article.category_id,
        "body": article.body, "excerpt": "", "status": article.status, "cover_alt": "",
        "publish_at_0": now.strftime("%Y-%m-%d"), "publish_at_1": now.strftime("%H:%M:%S"), **ARTICLE_INLINES,
        "attachments-TOTAL_FORMS": str(len(rows)),
    }  # fmt: skip
    for i, row in enumerate(rows):
        data.update({f"attachments-{i}-{name}": value for name, value in {"order": str(i), **row}.items()})
    data.update(overrides)
    return data


def text_of(response):
    return re.sub(r"\s+", " ", html.unescape(response.content.decode()))


def documents_section(response):
    return text_of(response).split('class="attachments"')[1].split("</section>")[0]


def test_press_staff_attach_a_registry_document_and_each_language_shows_its_own_file():
    document = make_registry_document(languages=("tk", "ru"), title_en="Decision on the calendar")
    client = staff_client()
    article = own_draft(client)
    response = client.post(f"/admin/news/article/{article.pk}/change/",
                           change_form(article, [{"document": str(document.pk)}]))  # fmt: skip
    assert response.status_code == 302, (response.status_code, text_of(response)[-3000:])
    [row] = article.attachments.all()
    assert row.document == document and not row.file and row.title == ""
    article.status = "published"
    article.save()
    russian = make_translation(article, "ru")
    ArticleAttachment.objects.create(article=russian, document=document)

    english = documents_section(Client().get(article.get_absolute_url()))
    assert "Decision on the calendar" in english
    assert f'href="/en/elections/documents/{document.slug}/tk/"' in english  # no English file: the Turkmen one
    assert "in Turkmen" in english
    in_russian = documents_section(Client().get(russian.get_absolute_url()))
    assert document.title_ru in in_russian
    assert f'href="/ru/elections/documents/{document.slug}/ru/"' in in_russian
    assert "на туркменском" not in in_russian and "(PDF" in in_russian
    # The registry's address leads to its newest file in that language.
    file_response = Client().get(f"/ru/elections/documents/{document.slug}/ru/")
    assert file_response.status_code == 302 and "-ru-v1.pdf" in file_response["Location"]


def test_a_page_shows_a_registry_document_in_its_language():
    document = make_registry_document(languages=("en",))
    page = make_page(language="tk")
    PageAttachment.objects.create(page=page, document=document)
    section = documents_section(Client().get(page.get_absolute_url()))
    assert document.title_tk in section
    assert f"/tk/elections/documents/{document.slug}/en/" in section
    assert "iňlis dilinde" in section  # the Turkmen page says the file is in English


@pytest.mark.parametrize(
    "row, message",
    [
        ({"title": "Typed title"}, "Upload a file or choose a document of the registry."),
        ({"title": "Typed title", "file": "both"}, "Either upload a file or choose a registry document, not both"),
    ],
)
def test_a_row_with_neither_or_both_is_refused_clearly_keeping_what_was_typed_and_chosen(row, message):
    document = make_registry_document()
    client = staff_client()
    article = own_draft(client)
    row = dict(row)
    if row.pop("file", None):
        row.update({"file": document_pdf(), "document": str(document.pk)})
    response = client.post(f"/admin/news/article/{article.pk}/change/", change_form(article, [row]))
    assert response.status_code == 200
    page = text_of(response)
    assert message in page
    assert 'name="attachments-0-title" value="Typed title"' in page
    if "document" in row:
        assert re.search(rf'<option value="{document.pk}" selected>', page)
    assert not article.attachments.exists()


def test_an_uploaded_file_still_needs_a_title():
    client = staff_client()
    article = own_draft(client)
    response = client.post(f"/admin/news/article/{article.pk}/change/",
                                   change_form(article, [{"file": document_pdf()}]))  # fmt: skip
    assert "Give the uploaded file a title." in text_of(response)
    assert not article.attachments.exists()


def test_an_unpublished_registry_document_is_neither_offered_nor_accepted():
    hidden = make_registry_document(published=False, title_en="Hidden decision")
    shown = make_registry_document(title_en="Public decision")
    client = staff_client()
    article = own_draft(client)
    found = client.get("/admin/autocomplete/", {
        "app_label": "news", "model_name": "articleattachment", "field_name": "document", "term": "decision",
    }).json()  # fmt: skip
    offered = {int(result["id"]) for result in found["results"]}
    assert shown.pk in offered and hidden.pk not in offered
    response = client.post(f"/admin/news/article/{article.pk}/change/",
                           change_form(article, [{"document": str(hidden.pk)}]))  # fmt: skip
    assert response.status_code == 200
    assert "Only published documents of the registry can be attached" in text_of(response)
    assert not article.attachments.exists()


def test_a_row_whose_registry_document_was_unpublished_since_says_so_when_the_article_is_saved():
    document = make_registry_document()
    client = staff_client()
    article = own_draft(client)
    row = ArticleAttachment.objects.create(article=article, document=document)
    document.published = False
    document.save()
    data = change_form(article, **{
        "attachments-TOTAL_FORMS": "1", "attachments-INITIAL_FORMS": "1", "attachments-0-id": str(row.pk),
        "attachments-0-article": str(article.pk), "attachments-0-document": str(document.pk),
        "attachments-0-order": "0",
    })  # fmt: skip
    response = client.post(f"/admin/news/article/{article.pk}/change/", data)
    assert response.status_code == 200
    assert "this one is not (or no longer) published. Choose another document, or remove the row." in text_of(response)


def test_a_document_whose_registry_entry_is_unpublished_later_leaves_the_public_page():
    document = make_registry_document(title_en="Withdrawn decision")
    article = make_article(language="en")
    ArticleAttachment.objects.create(article=article, document=document)
    assert "Withdrawn decision" in text_of(Client().get(article.get_absolute_url()))
    document.published = False
    document.save()
    assert "Withdrawn decision" not in text_of(Client().get(article.get_absolute_url()))


def test_a_translation_starts_with_the_sources_registry_documents_and_stored_files():
    document = make_registry_document(languages=("tk", "ru"))
    source = make_article(language="tk")
    ArticleAttachment.objects.create(article=source, document=document, order=1)
    upload = ArticleAttachment.objects.create(article=source, title="Sanaw", file=document_pdf("list"), order=2)
    client = staff_client()
    url = f"{ADD_ARTICLE}?translation_of={source.pk}&language=ru"
    form = text_of(client.get(url))
    assert 'name="attachments-TOTAL_FORMS" value="2"' in form
    assert re.search(rf'<option value="{document.pk}" selected>', form)
    assert 'name="attachments-1-title" value="Sanaw"' in form and upload.file.name in form
    now = timezone.localtime()
    posted = {
        "language": "ru", "title": "Итоги", "slug": "itogi", "category": source.category_id,
        "body": "<p>Текст.</p>", "excerpt": "", "cover_alt": "", "status": "draft",
        "publish_at_0": now.strftime("%Y-%m-%d"), "publish_at_1": now.strftime("%H:%M:%S"), **ARTICLE_INLINES,
        "attachments-TOTAL_FORMS": "2",
        "attachments-0-document": str(document.pk), "attachments-0-order": "1",
        "attachments-0-shared_from": str(source.attachments.get(document=document).pk),
        "attachments-1-title": "Список", "attachments-1-order": "2", "attachments-1-shared_from": str(upload.pk),
    }  # fmt: skip
    response = client.post(url, posted)
    assert response.status_code == 302, (response.status_code, text_of(response)[-3000:])
    russian = source.__class__.objects.get(language="ru", slug="itogi")
    assert russian.translation_group == source.translation_group
    shared, copied = russian.attachments.order_by("order")
    assert shared.document == document and not shared.file
    assert copied.file.name == upload.file.name and copied.title == "Список"  # the same stored file, no copy
    assert (copied.kind, copied.size) == (upload.kind, upload.size)


def test_a_shared_row_cannot_take_a_file_from_an_article_that_is_not_the_source():
    other = ArticleAttachment.objects.create(article=make_article(), title="Other", file=document_pdf("x"))
    source = make_article(language="tk")
    client = staff_client()
    url = f"{ADD_ARTICLE}?translation_of={source.pk}&language=ru"
    now = timezone.localtime()
    posted = {
        "language": "ru", "title": "Итоги", "slug": "itogi", "category": source.category_id,
        "body": "<p>Текст.</p>", "excerpt": "", "cover_alt": "", "status": "draft",
        "publish_at_0": now.strftime("%Y-%m-%d"), "publish_at_1": now.strftime("%H:%M:%S"), **ARTICLE_INLINES,
        "attachments-TOTAL_FORMS": "1", "attachments-0-title": "Чужой", "attachments-0-shared_from": str(other.pk),
    }  # fmt: skip
    response = client.post(url, posted)
    assert response.status_code == 200
    assert "Upload a file or choose a document of the registry." in text_of(response)


def test_an_article_page_with_registry_documents_stays_within_the_query_budget(django_assert_max_num_queries):
    from .test_query_budget import BUDGET

    article = make_article(language="en")
    for _n in range(5):
        ArticleAttachment.objects.create(article=article, document=make_registry_document(languages=("tk", "en")))
    ArticleAttachment.objects.create(article=article, title="Upload", file=document_pdf())
    Client().get(article.get_absolute_url())  # the caches the budget test also starts with
    with django_assert_max_num_queries(BUDGET):
        response = Client().get(article.get_absolute_url())
    assert documents_section(response).count("/elections/documents/") == 5


def test_a_page_translation_starts_with_the_sources_documents():
    from .factories import PAGE_INLINES

    document = make_registry_document(languages=("tk",))
    source = make_page(language="tk")
    PageAttachment.objects.create(page=source, document=document, order=1)
    upload = PageAttachment.objects.create(page=source, title="Düzgünler", file=document_pdf("rules"), order=2)
    client = staff_client()
    url = f"/admin/pages/page/add/?translation_of={source.pk}&language=ru"
    form = text_of(client.get(url))
    assert 'name="attachments-TOTAL_FORMS" value="2"' in form
    assert re.search(rf'<option value="{document.pk}" selected>', form)
    posted = {
        "language": "ru", "title": "Правила", "slug": "pravila", "parent": "", "body": "<p>Текст.</p>",
        "menu_order": "0", **PAGE_INLINES, "attachments-TOTAL_FORMS": "2",
        "attachments-0-document": str(document.pk), "attachments-0-order": "1",
        "attachments-0-shared_from": str(source.attachments.get(document=document).pk),
        "attachments-1-title": "Правила", "attachments-1-order": "2", "attachments-1-shared_from": str(upload.pk),
    }  # fmt: skip
    response = client.post(url, posted)
    assert response.status_code == 302, text_of(response)[-2000:]
    russian = source.__class__.objects.get(language="ru", slug="pravila")
    shared, copied = russian.attachments.order_by("order")
    assert shared.document == document and copied.file.name == upload.file.name
