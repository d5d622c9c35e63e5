import pytest
from django.contrib.contenttypes.models import ContentType
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
    ContentType.objects.clear_cache()  # a restored backup (test_backup) gives content types other ids
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def _content_changes_take_effect_at_once(request, monkeypatch):
    """A test in a rolled-back transaction never commits: replace the content version when content
    changes, as the commit would. Transactional tests commit, and see the on-commit order as it is."""
    marker = request.node.get_closest_marker("django_db")
    if "transactional_db" in request.fixturenames or (marker is not None and marker.kwargs.get("transaction")):
        return
    from sitecache import versioning

    monkeypatch.setattr(versioning, "on_commit", lambda callback, using=None: callback())


def pytest_collection_modifyitems(items):
    """Every transactional test restores the migrations' data (roles, content types) from the serialised
    copy: a transactional test that did not would leave content types made again with other ids after
    its flush, and the next one that restores the copy would fail on them."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker is not None and marker.kwargs.get("transaction") and not marker.kwargs.get("serialized_rollback"):
            item.add_marker(pytest.mark.django_db(**{**marker.kwargs, "serialized_rollback": True}), append=False)
