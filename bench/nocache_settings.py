"""The site's settings with nothing cached: no page cache, and Django's DummyCache for the shared
and the per-worker cache, so that what the site derives from content (menus, list totals, search
matches) is computed on every request too. Every request is a real miss."""

from commission_site.settings import *  # noqa: F403

PAGE_CACHE_SECONDS = 0
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    "local": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}
