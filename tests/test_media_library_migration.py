"""The migration into the media library, on data like the demo content: covers uploaded once per
language, a file shared by two articles, gallery photos and saved versions."""

import html
import uuid

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from .factories import image_bytes
from .migrating import migrate_to_latest, migrated_back_to

BEFORE = [("news", "0013_search_stems"), ("history", "0003_revision_number")]


@pytest.fixture
def before_library(transactional_db):
    with migrated_back_to(BEFORE) as apps:
        yield apps


def stored(name, content):
    return default_storage.save(name, ContentFile(content))


@pytest.mark.django_db(transaction=True)
def test_covers_and_photos_move_into_the_library_keeping_their_files_and_descriptions(before_library, client):
    apps = before_library
    Article = apps.get_model("news", "Article")
    ArticlePhoto = apps.get_model("news", "ArticlePhoto")
    Category = apps.get_model("news", "Category")
    Revision = apps.get_model("history", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    category = Category.objects.create(name_en="News", slug_en="news", name_tk="Habarlar", slug_tk="habarlar")
    ballot = image_bytes(size=(120, 80), colour=(10, 20, 30))
    group = uuid.uuid4()
    alts = {"tk": "Saýlaw gutusy", "ru": "Урна", "en": "A ballot box"}
    # An article of another group, saved first, uses the very file the English version uses.
    shared_name = stored("news/covers/2026/11/en.png", ballot)
    other = Article.objects.create(
        translation_group=uuid.uuid4(), language="en", title="Other", slug="other", category=category,
        body="<p>Text</p>", summary="Text", status="published", cover_image=shared_name, cover_width=120,
        cover_height=80, cover_alt="The same ballot box",
    )  # fmt: skip
    articles = {}
    for language, alt in alts.items():  # the demo loader uploaded one copy of the cover per language
        articles[language] = Article.objects.create(
            translation_group=group, language=language, title=f"Title {language}", slug=f"title-{language}",
            category=category, body="<p>Text</p>", summary="Text", status="published",
            cover_image=shared_name if language == "en" else stored(f"news/covers/2026/11/{language}.png", ballot),
            cover_width=120, cover_height=80,
            cover_alt=alt,
        )  # fmt: skip
    photo_name = stored("news/photos/2026/11/hall.png", image_bytes(size=(90, 60), colour=(200, 10, 10)))
    ArticlePhoto.objects.create(
        article=articles["tk"], image=photo_name, width=90, height=60, alt="Zal", caption="Zalda", order=1
    )
    ArticlePhoto.objects.create(
        article=articles["ru"], image=photo_name, width=90, height=60, alt="Зал", caption="В зале", order=1
    )
    old_cover = stored("news/covers/2026/10/old.png", image_bytes(size=(40, 30), colour=(1, 2, 3)))
    content_type = ContentType.objects.get_or_create(app_label="news", model="article")[0]
    Revision.objects.create(
        content_type=content_type, object_id=articles["tk"].pk, number=1,
        data={"language": "tk", "title": "Title tk", "cover_image": old_cover, "cover_alt": "Köne surat",
              "photos": [{"image": photo_name, "alt": "Zal", "caption": "Zalda", "order": 1}]},
    )  # fmt: skip

    migrate_to_latest()  # through the library migrations, to the state the live models read

    from medialibrary.models import Image
    from news.models import Article as LiveArticle

    tk, ru, en = (LiveArticle.objects.get(pk=articles[code].pk) for code in ("tk", "ru", "en"))
    # One image for the group's three copies of one picture, described in each language.
    assert tk.cover_image == ru.cover_image == en.cover_image
    image = tk.cover_image
    assert image.file.name == shared_name  # a stored file (the first article's), not a copy
    assert (image.description_tk, image.description_ru) == (alts["tk"], alts["ru"])
    assert image.description_en == "The same ballot box"  # the first English description is kept
    assert (image.width, image.height) == (120, 80)
    # The same file name in another group is the same library image.
    assert LiveArticle.objects.get(pk=other.pk).cover_image == image
    # Gallery rows keep their captions and share the photo's library image.
    tk_photo, ru_photo = tk.photos.get(), ru.photos.get()
    assert tk_photo.image == ru_photo.image and tk_photo.image.file.name == photo_name
    assert (tk_photo.alt, ru_photo.alt, ru_photo.caption) == ("Zal", "Зал", "В зале")
    # No stored file is moved or deleted: every URL search engines know keeps answering.
    for name in [f"news/covers/2026/11/{code}.png" for code in alts] + [photo_name, old_cover]:
        assert default_storage.exists(name), name
    # Saved versions name library images, so an earlier version can still be restored.
    revision = Revision.objects.get(object_id=articles["tk"].pk)
    revision.refresh_from_db()
    old = Image.objects.get(file=old_cover)
    assert revision.data["cover_image"] == old.pk and old.description_tk == "Köne surat"
    assert "cover_alt" not in revision.data
    assert revision.data["photos"] == [{"image": tk_photo.image.pk, "caption": "Zalda", "order": 1}]
    # The public page shows the stored file, described in the page's language.
    page = client.get(ru.get_absolute_url()).content.decode()
    assert f'src="{image.file.url}" alt="Урна"' in page


@pytest.mark.django_db(transaction=True)
def test_the_demo_content_keeps_every_cover_on_every_public_page_through_the_migration(before_library, client):
    """The demo articles as the loader stored them before the library (one uploaded copy of the cover
    per language, its alt on the article), migrated: every published page shows a cover, described as
    before in its language, from a file that still answers."""
    from demo.content import DATA, article_files, demo_group, read, translations

    apps = before_library
    Article = apps.get_model("news", "Article")
    Category = apps.get_model("news", "Category")
    category = Category.objects.create(name_en="News", slug_en="news", name_tk="Habarlar", slug_tk="habarlar")
    alts = read("covers.toml")
    expected = {}  # (language, slug) -> alt, for the published demo articles with a cover
    for path in article_files():
        data = read(path)
        if "cover" not in data or data["status"] != "published" or data["publish_at"] == "future":
            continue
        for language, texts in translations(data):
            Article.objects.create(
                translation_group=demo_group(f"article:{path.stem}"), language=language, title=texts["title"],
                slug=texts["slug"], body=texts["body"], summary=texts["title"], category=category,
                status="published", publish_at=timezone.make_aware(data["publish_at"]),
                cover_image=ContentFile((DATA / "covers" / data["cover"]).read_bytes(), name="cover.png"),
                cover_alt=alts[data["cover"]][language],
            )  # fmt: skip
            expected[(language, texts["slug"])] = alts[data["cover"]][language]
    assert len(expected) > 20
    old_files = set(Article.objects.values_list("cover_image", flat=True))

    migrate_to_latest()  # through the library migrations, to the state the live models read

    from news.models import Article as LiveArticle

    for (language, slug), alt in expected.items():
        article = LiveArticle.objects.get(language=language, slug=slug)
        page = client.get(article.get_absolute_url())
        assert page.status_code == 200
        assert f'src="{article.cover_image.file.url}" alt="{html.escape(alt)}"' in page.content.decode(), slug
        assert default_storage.exists(article.cover_image.file.name)
    assert all(default_storage.exists(name) for name in old_files)  # no file of before is gone
