"""Editor image uploads and cover images: only real images, without metadata, with safe names."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from .factories import image_bytes, image_upload, make_staff, make_user

pytestmark = pytest.mark.django_db

URL = "/editor/image-upload/"


def upload(client, file):
    response = client.post(URL, {"upload": file}, headers={"accept-language": "en"})
    return response.status_code, json.loads(response.content)


def test_staff_editor_uploads_an_image_and_gets_its_url(client, settings):
    client.force_login(make_staff(groups=["Press staff"]))
    status, data = upload(client, image_upload("Election Day.png"))
    assert status == 200
    assert data["url"].startswith("/media/library/")  # a library image (tests/test_media_body.py)
    assert "Election" not in data["url"]
    stored = settings.MEDIA_ROOT / data["url"].removeprefix("/media/")
    assert Image.open(stored).format == "PNG"


def test_anonymous_upload_is_refused(client):
    status, data = upload(client, image_upload())
    assert status == 403
    assert "Log in" in data["error"]["message"]


def test_staff_without_edit_permission_is_refused(client):
    client.force_login(make_user(is_staff=True))
    status, data = upload(client, image_upload())
    assert status == 403
    assert "permission" in data["error"]["message"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("notes.png", b"just some text, not an image", "not an image that can be read"),
        ("page.html", b"<html><body>hi</body></html>", "not an image that can be read"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "not an image"),
        ("photo.bmp", None, "BMP files are not accepted"),
    ],
)
def test_files_that_are_not_accepted_images_are_refused_with_the_reason(client, name, content, reason):
    client.force_login(make_staff(groups=["Press staff"]))
    if content is None:
        content = image_bytes("BMP")
    status, data = upload(client, SimpleUploadedFile(name, content, content_type="image/png"))
    assert status == 400
    assert reason in data["error"]["message"]


def test_oversized_file_is_refused(client, settings):
    settings.IMAGE_UPLOAD_MAX_BYTES = 1000
    client.force_login(make_staff(groups=["Press staff"]))
    status, data = upload(client, image_upload(size=(400, 400)))
    assert status == 400
    assert "too large" in data["error"]["message"]


def test_decompression_bomb_is_refused(client, settings):
    settings.IMAGE_UPLOAD_MAX_PIXELS = 10_000
    client.force_login(make_staff(groups=["Press staff"]))
    status, data = upload(client, image_upload(size=(200, 200)))
    assert status == 400
    assert "too large" in data["error"]["message"] or "pixels" in data["error"]["message"]


def test_gps_and_other_exif_metadata_is_removed(client, settings):
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"  # Make
    exif[0x8825] = {2: (37.0, 57.0, 0.0)}  # GPS IFD: latitude
    buffer = io.BytesIO()
    Image.new("RGB", (50, 40), (10, 80, 40)).save(buffer, format="JPEG", exif=exif)
    assert Image.open(io.BytesIO(buffer.getvalue())).getexif()
    client.force_login(make_staff(groups=["Press staff"]))
    status, data = upload(client, SimpleUploadedFile("gps.jpg", buffer.getvalue(), content_type="image/jpeg"))
    assert status == 200
    stored = Image.open(settings.MEDIA_ROOT / data["url"].removeprefix("/media/"))
    assert not stored.getexif()
    assert b"CameraMaker" not in (settings.MEDIA_ROOT / data["url"].removeprefix("/media/")).read_bytes()


def test_get_is_not_allowed(client):
    client.force_login(make_staff(groups=["Press staff"]))
    assert client.get(URL).status_code == 405
