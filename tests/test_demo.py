from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command

from demo.content import DATA, article_files, demo_group, page_files, read, translations
from news.models import Article, Category
from pages.models import Page

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        list(Article.objects.order_by("pk").values_list("pk", "language", "slug", "updated", "cover_image")),
        list(Page.objects.order_by("pk").values_list("pk", "language", "path", "updated")),
        list(Category.objects.order_by("pk").values_list("pk", "slug_tk")),
    )


def test_demo_content_loads_a_populated_site_and_a_second_run_changes_nothing(client, capsys):
    call_command("load_demo", "--admin")
    output = capsys.readouterr().out
    assert "Login: admin  Password: " in output
    first = snapshot()
    assert Article.objects.published().count() >= 15
    assert Category.objects.count() >= 3
    assert Article.objects.filter(status=Article.Status.DRAFT).exists()
    assert any(a.is_scheduled for a in Article.objects.all())
    covered = Article.objects.exclude(cover_image=None)
    assert covered.exists()
    for article in covered:  # one library image per translation group, described in each of its languages
        group = Article.objects.filter(translation_group=article.translation_group)
        assert set(group.values_list("cover_image", flat=True)) == {article.cover_image_id}
        assert article.cover_alt
    assert Article.objects.filter(featured=True).exists()
    assert len({a.publish_at.year for a in Article.objects.published()}) >= 2
    for language in ("tk", "ru"):
        groups = set(Article.objects.values_list("translation_group", flat=True))
        assert groups == set(Article.objects.filter(language=language).values_list("translation_group", flat=True))
    assert Article.objects.filter(language="en").count() < Article.objects.filter(language="tk").count()

    call_command("load_demo", "--admin")
    assert "already exists" in capsys.readouterr().out
    assert snapshot() == first
    assert User.objects.filter(username="admin").count() == 1


def test_demo_site_pages_answer_in_every_language(client):
    call_command("load_demo")
    for language in ("tk", "ru", "en"):
        assert client.get(f"/{language}/").status_code == 200
        assert client.get(f"/{language}/news/").status_code == 200
    for page in Page.objects.published():
        assert client.get(page.get_absolute_url()).status_code == 200, page.get_absolute_url()
    for article in Article.objects.published():
        assert client.get(article.get_absolute_url()).status_code == 200, article.get_absolute_url()


def test_every_file_in_demo_data_is_read_and_every_demo_record_comes_from_one():
    covers = read("covers.toml")
    read_by_the_loader = {
        *article_files(),
        *page_files(),
        *(DATA / "covers" / name for name in covers),
        *(DATA / name for name in ("categories.toml", "covers.toml", "elections.toml", "documents.toml")),
    }
    assert {path for path in DATA.rglob("*") if path.is_file()} == read_by_the_loader

    call_command("load_demo")
    for files, model, kind in [(article_files(), Article, "article"), (page_files(), Page, "page")]:
        expected = {
            (demo_group(f"{kind}:{path.stem}"), language, texts["title"])
            for path in files
            for language, texts in translations(read(path))
        }
        assert set(model.objects.values_list("translation_group", "language", "title")) == expected


def test_no_python_module_holds_the_demo_texts():
    paragraphs = {
        max(texts["body"].splitlines(), key=len)
        for path in [*article_files(), *page_files()]
        for _language, texts in translations(read(path))
    }
    for module in Path(settings.BASE_DIR).rglob("*.py"):
        if ".venv" not in module.parts:
            source = module.read_text(encoding="utf-8")
            assert not [paragraph for paragraph in paragraphs if paragraph in source], module
