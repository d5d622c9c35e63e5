"""Backup and restore: the content exported and imported into an empty database loses nothing."""

import shutil

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command

from news.models import Article, Category
from pages.models import Page

from .factories import image_upload, make_article, make_category, make_page, make_staff, make_translation

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DUMP_OPTIONS = {
    "natural_foreign": True,
    "natural_primary": True,
    "exclude": ["contenttypes", "auth.permission", "sessions", "admin.logentry", "axes"],
}


def snapshot():
    return {
        "articles": sorted(
            Article.objects.values_list(
                "language",
                "slug",
                "title",
                "body",
                "summary",
                "status",
                "publish_at",
                "translation_group",
                "cover_image__file",
                "cover_image__description_tk",
                "category__slug_en",
                "author__username",
                "featured",
            )
        ),
        "pages": sorted(Page.objects.values_list("language", "path", "title", "body", "status", "translation_group")),
        "categories": sorted(Category.objects.values_list("slug_tk", "slug_ru", "slug_en", "name_en", "order")),
        "users": sorted(User.objects.values_list("username", "password", "is_staff", "groups__name")),
        "groups": sorted(Group.objects.values_list("name", "permissions__codename")),
    }


def test_export_and_import_into_an_empty_database_loses_nothing(tmp_path, settings):
    author = make_staff(username="reporter", groups=["Editors"])
    original = make_article(
        language="tk", slug="netijeler", author=author, cover_image=image_upload(), cover_alt="Saýlaw gutusy",
        category=make_category(slug_en="elections"), featured=True,
    )  # fmt: skip
    make_translation(original, "ru", slug="itogi", title="Итоги")
    about = make_page(language="en", slug="about")
    make_page(language="en", slug="members", parent=about)
    before = snapshot()

    dump = tmp_path / "content.json"
    call_command("dumpdata", output=str(dump), **DUMP_OPTIONS)
    media_backup = tmp_path / "media-backup"
    shutil.copytree(settings.MEDIA_ROOT, media_backup)

    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(settings.MEDIA_ROOT)
    assert not Article.objects.exists() and not User.objects.exists()

    shutil.copytree(media_backup, settings.MEDIA_ROOT)
    call_command("loaddata", str(dump), verbosity=0)

    assert snapshot() == before
    for article in Article.objects.exclude(cover_image=None):
        assert (settings.MEDIA_ROOT / article.cover_image.file.name).is_file()
    assert Page.objects.get(path="about/members").parent.path == "about"
