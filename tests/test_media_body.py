"""Images in article and page bodies are media library images: uploaded into the library from the
editor, drawn with renditions and described in the page's language, and moved there from old uploads."""

import json

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from medialibrary.models import Image
from richtext.renditions import renditions

from .factories import image_bytes, image_upload, make_article, make_image, make_page, make_staff, make_translation
from .migrating import migrate, migrated_back_to

UPLOAD = "/editor/image-upload/"


def body_with(image, alt):
    return f'<p>Before.</p><figure class="image"><img src="{image.file.url}" alt="{alt}"></figure><p>After.</p>'


@pytest.mark.django_db
def test_an_image_dropped_into_the_editor_joins_the_media_library(client):
    staff = make_staff(groups=["Press staff"])
    client.force_login(staff)
    response = client.post(UPLOAD, {"upload": image_upload("Polling station.png", size=(1400, 900))})
    assert response.status_code == 200
    url = json.loads(response.content)["url"]
    image = Image.objects.get()
    assert url == image.file.url and url.startswith("/media/library/")
    assert image.uploaded_by == staff and (image.width, image.height) == (1400, 900)
    assert renditions(image.file, image.width, image.height)  # made as it was stored, not by a page


@pytest.mark.django_db
def test_a_staff_member_who_may_not_add_library_images_cannot_upload_into_a_body(client):
    client.force_login(make_staff(groups=["Site administrators"]))
    response = client.post(UPLOAD, {"upload": image_upload()})
    assert response.status_code == 403
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_a_body_image_is_drawn_with_renditions_and_its_library_description(client):
    image = make_image(upload=image_upload(size=(1400, 900)), description_en="Voters queue at a polling station")
    article = make_article(language="en", body=body_with(image, "typed in the editor"))
    page = client.get(article.get_absolute_url()).content.decode()
    body = page.split('class="article__body rich-text">', 1)[1].split("</div>", 1)[0]
    assert "<p>Before.</p>" in body and "<p>After.</p>" in body
    assert 'alt="Voters queue at a polling station"' in body and "typed in the editor" not in body
    assert f'src="{image.file.url}"' in body and 'width="1400" height="900"' in body
    assert ".webp 320w" in body and ".webp 1280w" in body  # made when the image was saved


@pytest.mark.django_db
def test_one_body_image_reads_in_each_language_from_the_library(client):
    image = make_image(description_tk="Saýlaw uçastogy", description_ru="Избирательный участок")
    turkmen = make_article(language="tk", body=body_with(image, "Saýlaw uçastogy"))
    russian = make_translation(turkmen, "ru", body=body_with(image, "Saýlaw uçastogy"))
    assert 'alt="Избирательный участок"' in client.get(russian.get_absolute_url()).content.decode()
    assert 'alt="Saýlaw uçastogy"' in client.get(turkmen.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_the_text_alternative_typed_in_the_editor_becomes_the_missing_description_and_no_other(client):
    image = make_image(description_tk="Beýan")
    make_article(language="en", body=body_with(image, "Ballot papers being counted"))
    make_article(language="tk", body=body_with(image, "Başga beýan"))
    image.refresh_from_db()
    assert image.description_en == "Ballot papers being counted"
    assert image.description_tk == "Beýan"  # a description other articles show is not rewritten from a body


@pytest.mark.django_db
def test_a_page_body_image_comes_from_the_library_too(client):
    image = make_image(description_en="The commission's building")
    page = make_page(language="en", body=body_with(image, "old text"))
    assert 'alt="The commission&#x27;s building"' in client.get(page.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_an_image_from_elsewhere_in_the_media_stays_as_it_was_stored(client):
    article = make_article(language="en", body='<p><img src="/media/uploads/2025/01/gone.png" alt="Gone"></p>')
    body = client.get(article.get_absolute_url()).content.decode()
    assert '<img src="/media/uploads/2025/01/gone.png" alt="Gone">' in body


BEFORE = [
    ("medialibrary", "0002_roles"),
    ("news", "0016_covers_and_photos_from_library"),
    ("pages", "0008_search_stems"),
]


@pytest.fixture
def before_body_images(transactional_db):
    with migrated_back_to(BEFORE) as apps:
        yield apps


@pytest.mark.django_db(transaction=True)
def test_images_uploaded_into_bodies_before_the_library_join_it_and_keep_their_address(before_body_images, client):
    apps = before_body_images
    Article = apps.get_model("news", "Article")
    Category = apps.get_model("news", "Category")
    name = default_storage.save("uploads/2025/03/count.png", ContentFile(image_bytes(size=(200, 100))))
    url = default_storage.url(name)
    category = Category.objects.create(name_en="News", slug_en="news")
    for language, alt in (("en", "Counting the votes"), ("ru", "Подсчёт голосов")):
        Article.objects.create(
            language=language, title=f"Count {language}", slug=f"count-{language}", category=category,
            body=f'<p>Text</p><img src="{url}" alt="{alt}">', summary="Text", status="published",
        )  # fmt: skip
    migrate([("medialibrary", "0003_body_images")])
    Image = apps.get_model("medialibrary", "Image")
    image = Image.objects.get(file=name)
    assert (image.width, image.height) == (200, 100)
    assert (image.description_en, image.description_ru) == ("Counting the votes", "Подсчёт голосов")
    assert all(url in body for body in Article.objects.values_list("body", flat=True))
