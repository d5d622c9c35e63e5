"""Load the demo categories, articles and commission pages; running it again changes nothing."""

import io
import secrets
import uuid
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw

from elections.demo import load_elections
from news import demo_data as news_data
from news.models import Article, Category
from pages import demo_data as pages_data
from pages.models import Page

DEMO_NAMESPACE = uuid.UUID("6d0f3c4e-94a4-4b8e-9a53-2f4c8d1e7a10")
SCHEDULED_DAYS_AHEAD = 3

# Alternative text of the generated covers, per motif and language.
COVER_ALT = {
    "ballot": {"tk": "Saýlaw gutusy we býulletenler", "ru": "Урна и бюллетени", "en": "A ballot box and ballot papers"},
    "flag": {
        "tk": "Döwlet baýdagynyň nyşany",
        "ru": "Стилизованный государственный флаг",
        "en": "A stylised state flag",
    },
    "building": {
        "tk": "Merkezi saýlaw toparynyň binasy",
        "ru": "Здание Центральной комиссии",
        "en": "The Central Commission building",
    },
    "people": {"tk": "Maslahata gatnaşyjylar", "ru": "Участники встречи", "en": "Participants of the meeting"},
    "calendar": {"tk": "Saýlaw senenamasy", "ru": "Календарь выборов", "en": "The election calendar"},
    "document": {"tk": "Resmi resminamalar", "ru": "Официальные документы", "en": "Official documents"},
}


def demo_group(key):
    """Return the stable translation group of a demo record."""
    return uuid.uuid5(DEMO_NAMESPACE, key)


def draw_cover(colour, motif, size=(1200, 675)):
    """Return PNG bytes of a simple illustrated cover: a motif drawn in white on a colour."""
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    w, h = size
    white, soft = (255, 255, 255), (255, 255, 255, 90)
    overlay = Image.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(overlay).ellipse((w * 0.55, -h * 0.3, w * 1.3, h * 0.9), fill=soft)
    image.paste(overlay, (0, 0), overlay)
    cx, cy = w // 2, h // 2
    if motif == "ballot":
        draw.rectangle((cx - 160, cy - 40, cx + 160, cy + 200), outline=white, width=12)
        draw.rectangle((cx - 70, cy - 52, cx + 70, cy - 28), fill=white)
        draw.polygon(
            [(cx - 60, cy - 240), (cx + 80, cy - 210), (cx + 40, cy - 40), (cx - 100, cy - 70)], outline=white, width=10
        )
        draw.line((cx - 40, cy - 150, cx, cy - 110, cx + 50, cy - 190), fill=white, width=12)
    elif motif == "flag":
        draw.line((cx - 220, cy - 230, cx - 220, cy + 230), fill=white, width=14)
        draw.rectangle((cx - 214, cy - 226, cx + 230, cy + 20), outline=white, width=12)
        draw.rectangle((cx - 170, cy - 226, cx - 120, cy + 20), fill=white)
        draw.ellipse((cx + 40, cy - 160, cx + 150, cy - 50), outline=white, width=10)
    elif motif == "building":
        draw.polygon([(cx - 260, cy - 90), (cx, cy - 230), (cx + 260, cy - 90)], outline=white, width=12)
        for i in range(5):
            x = cx - 200 + i * 100
            draw.rectangle((x - 18, cy - 60, x + 18, cy + 170), fill=white)
        draw.rectangle((cx - 280, cy + 180, cx + 280, cy + 210), fill=white)
    elif motif == "people":
        for i, x in enumerate(range(cx - 300, cx + 301, 150)):
            top = cy - 120 + (i % 2) * 30
            draw.ellipse((x - 45, top - 45, x + 45, top + 45), fill=white)
            draw.pieslice((x - 90, top + 60, x + 90, top + 300), 180, 360, fill=white)
    elif motif == "calendar":
        draw.rectangle((cx - 220, cy - 180, cx + 220, cy + 200), outline=white, width=12)
        draw.rectangle((cx - 220, cy - 180, cx + 220, cy - 100), fill=white)
        for row in range(3):
            for col in range(5):
                x, y = cx - 175 + col * 85, cy - 60 + row * 80
                draw.rectangle(
                    (x, y, x + 50, y + 45), fill=white if (row, col) != (1, 3) else colour, outline=white, width=6
                )
    else:  # document
        for offset in (40, 0):
            draw.rectangle(
                (cx - 170 + offset, cy - 230 + offset, cx + 130 + offset, cy + 170 + offset),
                fill=colour,
                outline=white,
                width=10,
            )
        for line in range(6):
            y = cy - 150 + line * 50
            draw.line((cx - 90, y + 40, cx + 120, y + 40), fill=white, width=10)
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


class Command(BaseCommand):
    help = "Load the demo content (categories, articles, pages). Safe to run more than once."

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin",
            action="store_true",
            help="Also create the superuser 'admin' with a random password, printed once.",
        )

    def handle(self, *args, admin=False, **options):
        with transaction.atomic():
            categories = self.load_categories()
            created_articles = self.load_articles(categories)
            created_pages = self.load_pages()
        self.stdout.write(
            f"Demo content: {created_articles} article versions and {created_pages} page versions created "
            f"({Article.objects.count()} and {Page.objects.count()} in all)."
        )
        if admin:
            self.create_admin()
        load_elections(self.stdout)

    def load_categories(self):
        categories = {}
        for data in news_data.CATEGORIES:
            fields = {"order": data["order"]}
            for code in ("tk", "ru", "en"):
                for field in ("name", "slug", "description"):
                    fields[f"{field}_{code}"] = data.get(code, {}).get(field, "")
            category, _created = Category.objects.get_or_create(slug_tk=fields.pop("slug_tk"), defaults=fields)
            categories[data["key"]] = category
        return categories

    def load_articles(self, categories):
        created = 0
        now = timezone.now()
        for data in news_data.ARTICLES:
            group = demo_group(f"article:{data['key']}")
            if data["publish_at"] == "future":
                publish_at = (now + timedelta(days=SCHEDULED_DAYS_AHEAD)).replace(minute=0, second=0, microsecond=0)
            else:
                publish_at = timezone.make_aware(datetime.fromisoformat(data["publish_at"]))
            cover = data.get("cover")
            for language, text in data["translations"].items():
                if Article.objects.filter(translation_group=group, language=language).exists():
                    continue
                article = Article(
                    translation_group=group,
                    language=language,
                    title=text["title"],
                    slug=text["slug"],
                    excerpt=text.get("excerpt", ""),
                    body=text["body"],
                    category=categories[data["category"]],
                    status=data["status"],
                    publish_at=publish_at,
                    featured=data.get("featured", False),
                )
                if cover:
                    article.cover_image = ContentFile(draw_cover(cover["colour"], cover["motif"]), name="cover.png")
                    article.cover_alt = COVER_ALT[cover["motif"]][language]
                article.full_clean()
                article.save()
                created += 1
        return created

    def load_pages(self):
        created = 0
        for data in pages_data.PAGES:
            group = demo_group(f"page:{data['key']}")
            parent_group = demo_group(f"page:{data['parent']}") if data["parent"] else None
            for language, text in data["translations"].items():
                if Page.objects.filter(translation_group=group, language=language).exists():
                    continue
                parent = Page.objects.get(translation_group=parent_group, language=language) if parent_group else None
                page = Page(
                    translation_group=group,
                    language=language,
                    title=text["title"],
                    slug=text["slug"],
                    parent=parent,
                    body=text["body"],
                    menu_order=data["menu_order"],
                    show_in_menu=data["in_menu"],
                    status=Page.Status.PUBLISHED,
                )
                page.full_clean()
                page.save()
                created += 1
        return created

    def create_admin(self):
        User = get_user_model()
        if User.objects.filter(username="admin").exists():
            self.stdout.write(
                "The demo administrator 'admin' already exists; "
                "set a new password with: .venv/bin/python manage.py changepassword admin"
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@saylaw.example", password)
        self.stdout.write(self.style.SUCCESS(f"Demo administrator created. Login: admin  Password: {password}"))
        self.stdout.write("This password is shown only once.")
