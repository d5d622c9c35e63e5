"""One content version for every cached public page, shared by all app servers through the cache.

Committing a change to content replaces the version, so every cached page and menu is stale at once.
Versions are random, never counters: if the cache loses the key, old entries cannot come back.

A request reads the version once, before it reads any content, and keeps it to the end, so every part
of one page is built from the same version. Data derived from content (menus, list totals, years) is
kept under the version in the shared cache and in the worker's `local` cache.

Nothing is kept under a version from content read before the change it follows: the version is
replaced only once the change is committed (a reader who sees the new version reads the new rows),
and a request that itself changed content keeps nothing it derived. A replacement the cache did not
take (Redis unreachable) is owed: until this process has made it, it neither serves nor keeps
anything from the cache, and it retries on each request and every OWED_RETRY_SECONDS meanwhile.

sitecache knows no content model: content apps call invalidate_on_change() for their models and
register_schedule() for the moment their next scheduled change is due, in their AppConfig.ready().
"""

import logging
import threading
import time
import uuid

from asgiref.local import Local
from django.core.cache import cache, caches
from django.db.models.signals import post_delete, post_save
from django.db.transaction import on_commit
from django.utils import timezone

VERSION_KEY = "site:content-version"
NEXT_CHANGE_KEY = "site:next-scheduled"
NO_SCHEDULE = 0.0
SHARED_SECONDS = 24 * 3600  # values of old versions leave the caches by themselves
OWED_RETRY_SECONDS = 1.0  # how often a version the cache did not take is tried again

logger = logging.getLogger(__name__)

_request = Local()
_schedules = []  # callables returning the next moment content changes by itself, or None


def begin_request(**kwargs):
    """Signal receiver (request_started): the next content_version() call reads the shared cache."""
    _request.active = True
    _request.version = None
    _request.changed = False
    _request.next_change = None


def end_request(**kwargs):
    """Signal receiver (request_finished)."""
    _request.active = False
    _request.version = None
    _request.changed = False
    _request.next_change = None


def remember_version(version):
    """Keep `version` for the rest of the current request (the page cache has just read it)."""
    if getattr(_request, "active", False):
        _request.version = version


def remember_next_change(moment):
    """Keep the cached moment of the next scheduled change (NEXT_CHANGE_KEY's value, read by the page
    cache with the version) for the rest of the current request."""
    if getattr(_request, "active", False) and moment is not None:
        _request.next_change = moment


def content_version():
    """Return the current content version: read from the cache once per request."""
    version = getattr(_request, "version", None)
    if version is not None:
        return version
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex[:16], timeout=None)
        version = cache.get(VERSION_KEY) or uuid.uuid4().hex[:16]
    remember_version(version)
    return version


def content_changed(using=None, **kwargs):
    """Signal receiver: every cached page and menu is stale once the change is committed."""
    on_commit(replace_version, using=using)


def invalidate_on_change(*models):
    """Make every cached page and value stale when a row of one of `models` is saved or deleted."""
    for model in models:
        label = model._meta.label
        post_save.connect(content_changed, sender=model, dispatch_uid=f"sitecache_save_{label}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"sitecache_delete_{label}")


def register_schedule(upcoming):
    """Register `upcoming()`: a queryset of the moments content changes by itself (a scheduled
    article comes out), as `values(moment=...)` rows, all in the future and unordered. Cached pages
    and values are kept no longer than the first of them. The moments of every registered schedule
    are read in one query."""
    if upcoming not in _schedules:
        _schedules.append(upcoming)


def next_scheduled_change():
    """Return the first moment of the registered schedules, or None."""
    if not _schedules:
        return None
    first, *others = [upcoming() for upcoming in _schedules]
    moments = first.union(*others, all=True) if others else first
    row = moments.order_by("moment").first()
    return row["moment"] if row else None


def replace_version():
    """Give content a new version; when the cache does not take it, owe it."""
    if getattr(_request, "active", False):
        _request.changed = True  # what this request read before its change is not to be kept
    if not try_replace_version():
        owed.add()


def try_replace_version():
    """Write a new version and say whether the cache holds it (it does not while Redis is away)."""
    paying = owed.count()  # a version written now makes every change owed so far visible
    version = uuid.uuid4().hex[:16]
    cache.delete(NEXT_CHANGE_KEY)
    cache.set(VERSION_KEY, version, timeout=None)
    if cache.get(VERSION_KEY) != version:  # or another server's, written since: tried again, harmless
        return False
    owed.settle(paying)
    return True


def pay_owed():
    """Make the version change this process owes, if any (cheap when none is owed)."""
    if owed.count():
        try_replace_version()


class OwedChange:
    """Changes to content the shared cache was not told of because it was unreachable. While any is
    owed, the cache may hold pages and values from before them: this process serves none and keeps
    none, and a thread of its own retries until the new version went through."""

    def __init__(self):
        self.lock = threading.Lock()
        self.changes = 0
        self.retrying = False

    def count(self):
        return self.changes

    def add(self):
        with self.lock:
            self.changes += 1
            if self.retrying:
                return
            self.retrying = True
        logger.error("Content changed while the cache was unreachable: no cached pages until it takes the change")
        threading.Thread(target=self.retry, name="sitecache-owed-version", daemon=True).start()

    def settle(self, changes):
        """A version written after `changes` were owed went through: they are paid."""
        with self.lock:
            self.changes = max(0, self.changes - changes)

    def retry(self):
        while True:
            time.sleep(OWED_RETRY_SECONDS)
            with self.lock:
                if not self.changes:
                    self.retrying = False
                    return
            pay_owed()


owed = OwedChange()


def versioned(name, compute, timeout=None):
    """Return the value `name` for the current content version: from the worker's `local` cache, else
    from the shared cache, else from compute(), then kept in both; None from compute() is not kept.
    `timeout` (seconds, or a function returning them) bounds how long; None keeps the value until
    content changes (a day at most, so old versions' values do not pile up).
    Computed afresh and kept nowhere while a version change is owed or after this request changed content."""
    if owed.count() or getattr(_request, "changed", False):
        return compute()
    key = f"{name}:{content_version()}"
    local = caches["local"]
    value = local.get(key)
    if value is not None:
        return value
    seconds = timeout() if callable(timeout) else timeout
    seconds = SHARED_SECONDS if seconds is None else min(seconds, SHARED_SECONDS)
    value = cache.get(key)
    if value is None:
        value = compute()
        if value is None:  # nothing to keep yet: asked again next time
            return None
        cache.set(key, value, timeout=seconds)
    local.set(key, value, timeout=seconds)
    return value


def until_next_scheduled(at_most):
    """Seconds to keep a value that changes when a scheduled article comes out: `at_most`, or fewer
    when the next one is due sooner (at least 1)."""
    until_next = seconds_until_next_scheduled()
    return at_most if until_next is None else max(1, min(at_most, int(until_next)))


def seconds_until_next_scheduled():
    """Return seconds until content next changes by itself (a registered schedule), or None."""
    now = timezone.now().timestamp()
    active = getattr(_request, "active", False) and not getattr(_request, "changed", False)
    moment = getattr(_request, "next_change", None) if active else None
    if moment is None:
        moment = cache.get(NEXT_CHANGE_KEY)
    if moment is None or (moment != NO_SCHEDULE and moment <= now):
        upcoming = next_scheduled_change()
        moment = upcoming.timestamp() if upcoming else NO_SCHEDULE
        cache.set(NEXT_CHANGE_KEY, moment, timeout=None)
    remember_next_change(moment)
    return None if moment == NO_SCHEDULE else max(0.0, moment - now)
