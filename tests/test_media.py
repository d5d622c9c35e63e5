"""Photo galleries, attached documents and responsive image renditions."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import ArticleAttachment, ArticlePhoto
from pages.models import PageAttachment
from richtext import renditions as renditions_module
from richtext.documents import inspect_document
from richtext.renditions import renditions

from .factories import image_upload, make_article, make_image, make_page

pytestmark = pytest.mark.django_db


def docx_bytes(macro=False):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
        if macro:
            archive.writestr("word/vbaProject.bin", b"\x00")
    return buffer.getvalue()


def test_gallery_is_shown_under_the_body_in_order_with_captions_and_alt_text(client):
    article = make_article()
    ArticlePhoto.objects.create(
        article=article, image=make_image(image_upload(size=(800, 600)), description_en="Second"), order=2
    )
    ArticlePhoto.objects.create(
        article=article,
        image=make_image(image_upload(size=(800, 600)), description_en="First"),
        caption="At the polling station",
        order=1,
    )
    html = client.get(article.get_absolute_url()).content.decode()
    gallery = html.split('class="gallery"')[1]
    assert gallery.index('alt="First"') < gallery.index('alt="Second"')
    assert "<figcaption>At the polling station</figcaption>" in gallery
    assert 'loading="lazy"' in gallery and 'width="800"' in gallery and 'height="600"' in gallery
    assert '<a href="/media/library/' in gallery  # the full photo opens without JavaScript


def test_gallery_and_documents_follow_added_and_removed_rows_and_cost_no_query_of_their_own_when_absent(client):
    article = make_article()
    photo = ArticlePhoto.objects.create(
        article=article, image=make_image(image_upload(size=(800, 600)), description_en="Count me")
    )
    document = ArticleAttachment.objects.create(
        article=article, title="Protocol", file=SimpleUploadedFile("protocol.pdf", b"%PDF-1.7\n" + b"x" * 64)
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'alt="Count me"' in html and "Protocol" in html
    photo.delete()
    document.delete()
    with CaptureQueriesContext(connection) as queries:
        html = client.get(article.get_absolute_url()).content.decode()
    assert 'class="gallery"' not in html and "Protocol" not in html
    # Counted in the article's own query: no query reads the photos or documents of an article without them.
    assert not [
        q for q in queries if q["sql"].startswith(('SELECT "news_articlephoto"', 'SELECT "news_articleattachment"'))
    ]


def test_documents_are_listed_with_title_type_and_size(client):
    article = make_article()
    ArticleAttachment.objects.create(
        article=article, title="Decision No. 12", file=SimpleUploadedFile("decision.pdf", b"%PDF-1.7\n" + b"x" * 2048)
    )
    page = make_page(slug="legislation")
    PageAttachment.objects.create(page=page, title="Electoral Code", file=SimpleUploadedFile("code.docx", docx_bytes()))
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Decision No. 12" in html and "(PDF, 2.0\xa0KB)" in html
    page_html = client.get(page.get_absolute_url()).content.decode()
    assert "Electoral Code" in page_html and "Word" in page_html


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [("a.pdf", b"%PDF-1.4 data", "pdf"), ("t.docx", None, "docx"), ("table.csv", b"region,votes\nAhal,100\n", "csv")],
)
def test_accepted_document_types_are_recognised_by_content(name, content, kind):
    upload = SimpleUploadedFile(name, content if content is not None else docx_bytes())
    assert inspect_document(upload) == kind


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("decision.pdf", b"MZ\x90\x00 an executable"),
        ("page.pdf", b"<html><script>alert(1)</script></html>"),
        ("image.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>'),
        ("macro.docx", None),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 legacy office"),
    ],
)
def test_other_files_are_refused_with_the_reason(name, content):
    upload = SimpleUploadedFile(name, content if content is not None else docx_bytes(macro=True))
    with pytest.raises(ValidationError) as error:
        inspect_document(upload)
    assert "not accepted" in str(error.value)


def test_oversized_document_is_refused(settings):
    settings.DOCUMENT_UPLOAD_MAX_BYTES = 100
    with pytest.raises(ValidationError) as error:
        inspect_document(SimpleUploadedFile("big.pdf", b"%PDF-" + b"x" * 200))
    assert "too large" in str(error.value)


def test_wrong_document_upload_in_the_admin_is_refused_and_the_form_kept(admin_client):
    from .factories import ARTICLE_INLINES, make_category

    data = {
        "language": "en", "title": "With a document", "slug": "with-document", "category": make_category().pk,
        "body": "<p>Kept text</p>", "status": "draft", "publish_at_0": "2026-11-01", "publish_at_1": "10:00:00",
        **ARTICLE_INLINES, "attachments-TOTAL_FORMS": "1", "attachments-0-title": "Virus",
        "attachments-0-file": SimpleUploadedFile("virus.pdf", b"MZ executable"), "attachments-0-order": "0",
    }  # fmt: skip
    response = admin_client.post("/admin/news/article/add/", data, headers={"accept-language": "en"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "This file type is not accepted" in body
    assert "Kept text" in body


def test_renditions_are_webp_in_several_widths_made_once_and_reused(settings, monkeypatch):
    article = make_article(cover_image=image_upload(size=(1500, 1000)), cover_alt="x")
    made = renditions(article.cover_image.file, article.cover_image.width)
    assert [w for _url, w, _h in made] == [320, 640, 960, 1280]
    assert all(url.endswith(".webp") for url, _w, _h in made)
    first = settings.MEDIA_ROOT / made[0][0].removeprefix("/media/")
    assert first.read_bytes()[8:12] == b"WEBP"
    stamp = first.stat().st_mtime_ns

    calls = []
    monkeypatch.setattr(renditions_module, "_make", lambda *args: calls.append(args) or [])
    assert renditions(article.cover_image.file, article.cover_image.width) == made  # from the cache, nothing made
    assert calls == []
    assert first.stat().st_mtime_ns == stamp


def test_renditions_made_at_save_are_found_again_after_the_cache_is_emptied(settings, monkeypatch):
    from django.core.cache import cache, caches

    article = make_article(cover_image=image_upload(size=(700, 400)), cover_alt="x")
    cache.clear()
    caches["local"].clear()  # a worker that has not seen the image
    monkeypatch.setattr(renditions_module, "_make", lambda *args: pytest.fail("rendition made while a page waits"))
    made = article.cover_image.renditions("wide")
    assert [(w, h) for _url, w, h in made] == [(320, 180), (640, 360), (700, 394)]
    cache.clear()
    caches["local"].clear()
    again = article.cover_image.renditions("wide")  # files exist: reused
    assert again == made


def test_a_worker_remembers_renditions_without_asking_the_shared_cache(monkeypatch):
    from django.core.cache import caches

    article = make_article(cover_image=image_upload(size=(700, 400)), cover_alt="x")
    made = article.cover_image.renditions("wide")
    monkeypatch.setattr(caches["default"], "get", lambda *args, **kwargs: pytest.fail("shared cache read"))
    assert article.cover_image.renditions("wide") == made


def test_list_and_article_images_offer_srcset_with_width_and_height(client):
    article = make_article(cover_image=image_upload(size=(1200, 675)), cover_alt="Cover")
    for url in ("/en/news/", article.get_absolute_url()):
        html = client.get(url).content.decode()
        assert '<source type="image/webp" srcset="' in html and " 640w" in html
        assert 'width="1200" height="675"' in html
