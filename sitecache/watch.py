"""The content version, kept in each worker's memory and refreshed when Redis says it changed.

Reading the version from Redis is a network round trip on every request (0.2-0.4 ms on loopback,
more across hosts), although it changes only when an editor saves. Instead, each worker opens one
connection of its own on which Redis pushes a message whenever the version key is written
(server-assisted client-side caching: CLIENT TRACKING in broadcast mode, the messages redirected
to the same connection's subscription to `__redis__:invalidate`, so one closed connection ends both).
A request looks for such a message without waiting, a poll of that socket. The version read after
the watch began is kept until a message arrives, and for MAX_AGE_SECONDS at most.

Whenever the watch cannot run (the default cache is not Redis, Redis is unreachable, the connection
dropped), nothing is kept: the version is read from the cache on every request, as without it.
"""

import contextlib
import logging
import os
import threading
import time

import redis
from django.conf import settings
from django.core.cache import cache, caches
from redis.exceptions import RedisError

from commission_site.cache_backends import ResilientRedisCache

logger = logging.getLogger(__name__)

CHANNEL = "__redis__:invalidate"
# Bounds how long a version is trusted without a read, should a connection die without closing.
MAX_AGE_SECONDS = 1.0
RETRY_AFTER_SECONDS = 5.0


class VersionWatch:
    def __init__(self, key):
        self.lock = threading.Lock()  # one connection per process, whatever the worker's threads
        self.key = key  # the name of the version key (without the cache's prefix)
        self.process = None  # (pid, Redis location) the connection belongs to
        self.client = self.connection = self.client_id = None
        self.version = None
        self.read_at = 0.0
        self.retry_at = 0.0
        self.messages = 0  # messages taken so far, by any thread
        self.reading = threading.local()  # the count when this thread's read began

    def current(self):
        """Return the version known to be current, or None: then read it from the cache and pass it
        to keep(). Starts the watch when it is not running, before that read."""
        location = self._location()
        if location is None:
            return None
        with self.lock:
            if self.process != (os.getpid(), location):  # a forked worker, or other settings in tests
                self._close()
                self.process = (os.getpid(), location)
                self.retry_at = 0.0
            if self.connection is None:
                if time.monotonic() >= self.retry_at:
                    self._start(location)
            elif self._changed() or time.monotonic() - self.read_at > MAX_AGE_SECONDS:
                self.version = None
            self.reading.since = self.messages
            return self.version  # None whenever the watch is not running

    def keep(self, version):
        """Keep `version`, read from the cache after current() returned None, unless it may be stale."""
        with self.lock:
            unchanged = self.connection is not None and not self._changed()
            if unchanged and getattr(self.reading, "since", None) == self.messages:
                self.version = version
                self.read_at = time.monotonic()

    def _location(self):
        if not isinstance(caches["default"], ResilientRedisCache):
            return None
        return settings.CACHES["default"]["LOCATION"]

    def _start(self, location):
        options = settings.CACHES["default"].get("OPTIONS", {})
        client = redis.Redis.from_url(
            location,
            protocol=2,  # the invalidation messages arrive as ordinary Pub/Sub messages
            socket_connect_timeout=options.get("socket_connect_timeout", 0.5),
            socket_timeout=options.get("socket_timeout", 0.5),
        )
        try:
            connection = client.connection_pool.get_connection()
            connection.send_command("CLIENT", "ID")
            own_id = connection.read_response()
            connection.send_command(
                "CLIENT", "TRACKING", "ON", "REDIRECT", own_id, "BCAST", "PREFIX", cache.make_key(self.key)
            )
            connection.read_response()
            connection.send_command("SUBSCRIBE", CHANNEL)
            connection.read_response()
        except (RedisError, OSError) as error:
            logger.warning("Content version not watched, read on every request: %s", error)
            self.retry_at = time.monotonic() + RETRY_AFTER_SECONDS
            return
        # The client owns the connection's pool: it is kept, or collecting it would close the connection.
        self.client, self.connection, self.client_id = client, connection, own_id

    def _changed(self):
        """Say whether a message came (and take all that came); a lost connection counts as one."""
        changed = False
        try:
            while self.connection.can_read(timeout=0):
                self.connection.read_response()
                self.messages += 1
                changed = True
        except (RedisError, OSError) as error:
            logger.warning("Content version watch lost, read on every request for now: %s", error)
            self._close()
            self.messages += 1
            self.retry_at = time.monotonic() + RETRY_AFTER_SECONDS
            return True
        return changed

    def _close(self):
        if self.connection is not None:
            with contextlib.suppress(RedisError, OSError):
                self.connection.disconnect()
        self.client = self.connection = self.client_id = None
        self.version = None
