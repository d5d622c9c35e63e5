"""The main menu, built from pages and cached per language until content changes."""

from multilingual.models import current_language
from sitecache.versioning import versioned

from .models import Page


def main_menu_items(language=None):
    """Return [(title, url, path)] for the top-level menu pages of `language`."""
    language = language or current_language()

    def items():
        pages = Page.objects.in_menu(language).only("title", "path", "language")
        return [(page.title, page.get_absolute_url(), page.path) for page in pages]

    return versioned(f"pages:menu:{language}", items)
