"""One content version for every cached public page, shared by all app servers through the cache.

Saving or deleting content replaces the version, so every cached page and menu is stale at once.
Versions are random, never counters: if the cache loses the key, old entries cannot come back.
"""

import uuid

from django.core.cache import cache
from django.utils import timezone

VERSION_KEY = "site:content-version"
NEXT_CHANGE_KEY = "site:next-scheduled"
NO_SCHEDULE = 0.0


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex[:16], timeout=None)
        version = cache.get(VERSION_KEY) or uuid.uuid4().hex[:16]
    return version


def content_changed(**kwargs):
    """Signal receiver: every cached page and menu is stale."""
    cache.set(VERSION_KEY, uuid.uuid4().hex[:16], timeout=None)
    cache.delete(NEXT_CHANGE_KEY)


def seconds_until_next_scheduled():
    """Return seconds until the next scheduled article goes live, or None when none is waiting."""
    now = timezone.now().timestamp()
    moment = cache.get(NEXT_CHANGE_KEY)
    if moment is None or (moment != NO_SCHEDULE and moment <= now):
        from news.models import Article

        upcoming = (
            Article.objects.filter(status=Article.Status.PUBLISHED, publish_at__gt=timezone.now())
            .order_by("publish_at")
            .values_list("publish_at", flat=True)
            .first()
        )
        moment = upcoming.timestamp() if upcoming else NO_SCHEDULE
        cache.set(NEXT_CHANGE_KEY, moment, timeout=None)
    return None if moment == NO_SCHEDULE else max(0.0, moment - now)
