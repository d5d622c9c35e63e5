"""The main menu, built from pages and cached per language until content changes."""

from django.core.cache import cache

from multilingual.models import current_language
from sitecache.versioning import content_version

from .models import Page


def main_menu_items(language=None):
    """Return [(title, url, path)] for the top-level menu pages of `language`."""
    language = language or current_language()
    key = f"pages:menu:{language}:{content_version()}"
    items = cache.get(key)
    if items is None:
        items = [
            (page.title, page.get_absolute_url(), page.path)
            for page in Page.objects.in_menu(language).only("title", "path", "language")
        ]
        cache.set(key, items, timeout=None)
    return items
