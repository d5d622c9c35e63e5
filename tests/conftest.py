import pytest
from django.core.cache import caches

from commission_site.cache_backends import ResilientRedisCache


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Each test gets its own media folder, an empty cache and plain static files."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.SECURE_SSL_REDIRECT = False
    ResilientRedisCache._down_until = 0.0
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()
