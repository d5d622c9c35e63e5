"""One content version for every cached public page, shared by all app servers through the cache.

Saving or deleting content replaces the version, so every cached page and menu is stale at once.
Versions are random, never counters: if the cache loses the key, old entries cannot come back.

A request reads the version once and keeps it to the end, so every part of one page is built from
the same version, and data derived from content (menus, list totals, years) is kept in the worker's
memory under the version as well as in the shared cache: a page needs one cache round trip, not one
per fragment.
"""

import time
import uuid

from asgiref.local import Local
from django.core.cache import cache
from django.utils import timezone

from .watch import VersionWatch

VERSION_KEY = "site:content-version"
NEXT_CHANGE_KEY = "site:next-scheduled"
NO_SCHEDULE = 0.0
LOCAL_ENTRIES = 512  # derived values kept per worker; the oldest half goes when full
SHARED_SECONDS = 24 * 3600  # values of old versions leave the shared cache by themselves

_request = Local()
_local_values = {}
_watch = VersionWatch(VERSION_KEY)


def begin_request(**kwargs):
    """Signal receiver (request_started): the next content_version() call reads the shared cache."""
    _request.active = True
    _request.version = None


def end_request(**kwargs):
    """Signal receiver (request_finished)."""
    _request.active = False
    _request.version = None


def remember_version(version):
    """Keep `version` for the rest of the current request (the page cache has just read it)."""
    if getattr(_request, "active", False):
        _request.version = version


def content_version():
    version = getattr(_request, "version", None)
    if version is not None:
        return version
    version = _watch.current()  # without a round trip to Redis while nothing has changed
    if version is None:
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, uuid.uuid4().hex[:16], timeout=None)
            version = cache.get(VERSION_KEY) or uuid.uuid4().hex[:16]
        _watch.keep(version)
    remember_version(version)
    return version


def content_changed(**kwargs):
    """Signal receiver: every cached page and menu is stale."""
    version = uuid.uuid4().hex[:16]
    cache.set(VERSION_KEY, version, timeout=None)
    cache.delete(NEXT_CHANGE_KEY)
    remember_version(version)


def versioned(name, compute, timeout=None):
    """Return the value `name` for the current content version: from this worker's memory, else
    from the shared cache, else from compute(), then kept in both; None from compute() is not kept.
    `timeout` (seconds, or a function returning them) bounds how long; None keeps the value until
    content changes (in the shared cache for a day at most, so old versions' values do not pile up)."""
    key = f"{name}:{content_version()}"
    now = time.monotonic()
    found = _local_values.get(key)
    if found is not None and (found[1] is None or found[1] > now):
        return found[0]
    seconds = timeout() if callable(timeout) else timeout
    value = cache.get(key)
    if value is None:
        value = compute()
        if value is None:  # nothing to keep yet: asked again next time
            return None
        cache.set(key, value, timeout=SHARED_SECONDS if seconds is None else min(seconds, SHARED_SECONDS))
    if len(_local_values) >= LOCAL_ENTRIES:
        for old in list(_local_values)[: LOCAL_ENTRIES // 2]:
            _local_values.pop(old, None)  # another thread of the worker may have dropped it already
    _local_values[key] = (value, None if seconds is None else now + seconds)
    return value


def until_next_scheduled(at_most):
    """Seconds to keep a value that changes when a scheduled article comes out: `at_most`, or fewer
    when the next one is due sooner (at least 1)."""
    until_next = seconds_until_next_scheduled()
    return at_most if until_next is None else max(1, min(at_most, int(until_next)))


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
