"""Read the demo news and pages in demo/data and create the records that do not exist yet."""

import tomllib
import uuid
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone

from medialibrary.models import Image
from news.models import Article, Category
from pages.models import Page

DATA = Path(__file__).resolve().parent / "data"
NAMESPACE = uuid.UUID("6d0f3c4e-94a4-4b8e-9a53-2f4c8d1e7a10")
SCHEDULED_DAYS_AHEAD = 3


def read(path):
    """Return the TOML file at `path`, relative to demo/data."""
    with (DATA / path).open("rb") as file:
        return tomllib.load(file)


def article_files():
    return sorted(DATA.glob("articles/*.toml"))


def page_files():
    """Return the page files, parents before their children (a child is in a folder named after its parent)."""
    return sorted((DATA / "pages").rglob("*.toml"), key=lambda path: (len(path.parts), path))


def demo_group(key):
    """Return the stable translation group of a demo record."""
    return uuid.uuid5(NAMESPACE, key)


def translations(data):
    """Yield (language, texts) for each site language the record is written in."""
    for code, _name in settings.LANGUAGES:
        if code in data:
            yield code, data[code]


def load_categories():
    categories = {}
    for key, data in read("categories.toml").items():
        fields = {"order": data["order"]}
        for code, texts in translations(data):
            for field in ("name", "slug", "description"):
                fields[f"{field}_{code}"] = texts.get(field, "")
        categories[key], _created = Category.objects.get_or_create(slug_tk=fields.pop("slug_tk"), defaults=fields)
    return categories


def library_cover(file_name, descriptions, group, made):
    """Return the library image of a demo cover: the one the translation group already shows, else one
    image per cover file (kept in `made` for this load), described in every language."""
    shown = Article.objects.filter(translation_group=group).exclude(cover_image=None).first()
    if shown is not None:
        return shown.cover_image
    if file_name not in made:
        image = Image(
            file=ContentFile((DATA / "covers" / file_name).read_bytes(), name=file_name),
            **{f"description_{code}": text for code, text in descriptions.items()},
        )
        image.full_clean()
        image.save()
        made[file_name] = image
    return made[file_name]


def load_articles(categories):
    created = 0
    covers = read("covers.toml")
    images = {}
    scheduled = (timezone.now() + timedelta(days=SCHEDULED_DAYS_AHEAD)).replace(minute=0, second=0, microsecond=0)
    for path in article_files():
        data = read(path)
        group = demo_group(f"article:{path.stem}")
        publish_at = scheduled if data["publish_at"] == "future" else timezone.make_aware(data["publish_at"])
        for language, texts in translations(data):
            if Article.objects.filter(translation_group=group, language=language).exists():
                continue
            article = Article(
                translation_group=group,
                language=language,
                title=texts["title"],
                slug=texts["slug"],
                excerpt=texts.get("excerpt", ""),
                body=texts["body"],
                category=categories[data["category"]],
                status=data["status"],
                publish_at=publish_at,
                featured=data["featured"],
            )
            if "cover" in data:
                article.cover_image = library_cover(data["cover"], covers[data["cover"]], group, images)
            article.full_clean()
            article.save()
            created += 1
    return created


def load_pages():
    created = 0
    for path in page_files():
        data = read(path)
        group = demo_group(f"page:{path.stem}")
        parent = path.parent.name if path.parent != DATA / "pages" else None
        for language, texts in translations(data):
            if Page.objects.filter(translation_group=group, language=language).exists():
                continue
            page = Page(
                translation_group=group,
                language=language,
                title=texts["title"],
                slug=texts["slug"],
                parent=Page.objects.get(translation_group=demo_group(f"page:{parent}"), language=language)
                if parent
                else None,
                body=texts["body"],
                menu_order=data["menu_order"],
                show_in_menu=data["in_menu"],
                status=Page.Status.PUBLISHED,
            )
            page.full_clean()
            page.save()
            created += 1
    return created
