"""The main menu, built from pages and cached per language until a page changes."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from multilingual.models import current_language

from .models import Page

MENU_VERSION_KEY = "pages:menu-version"


def menu_version():
    version = cache.get(MENU_VERSION_KEY)
    if version is None:
        version = 1
        cache.add(MENU_VERSION_KEY, version, timeout=None)
    return version


def main_menu_items(language=None):
    """Return [(title, url, path)] for the top-level menu pages of `language`."""
    language = language or current_language()
    key = f"pages:menu:{language}:{menu_version()}"
    items = cache.get(key)
    if items is None:
        items = [
            (page.title, page.get_absolute_url(), page.path)
            for page in Page.objects.in_menu(language).only("title", "path", "language")
        ]
        cache.set(key, items, timeout=None)
    return items


@receiver([post_save, post_delete], sender=Page)
def invalidate_menu(**kwargs):
    try:
        cache.incr(MENU_VERSION_KEY)
    except ValueError:
        cache.set(MENU_VERSION_KEY, 2, timeout=None)
