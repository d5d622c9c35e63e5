"""A Redis cache that degrades to "no cache" while Redis is unreachable, and recovers by itself.

Built on django-redis, which keeps one Redis client per cache (Django's own Redis backend builds a
new client, with its table of about 170 response callbacks, for every read: most of a page-cache
hit's time)."""

import functools
import logging
import time

from django_redis.cache import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# After a failure, skip Redis for this many seconds instead of waiting on every request.
RETRY_AFTER_SECONDS = 5.0


def resilient(default):
    """Wrap a cache method: while Redis is unreachable, return default(...) of its arguments instead."""

    def wrap(method):
        @functools.wraps(method)
        def call(self, *args, **kwargs):
            cls = type(self)
            now = time.monotonic()
            if now < cls._down_until:
                return default(*args, **kwargs)
            try:
                return method(self, *args, **kwargs)
            except (RedisError, OSError) as error:
                if cls._down_until == 0.0 or now - cls._down_until > RETRY_AFTER_SECONDS:
                    logger.error("Cache unreachable, serving without it: %s", error)
                cls._down_until = now + RETRY_AFTER_SECONDS
                return default(*args, **kwargs)

        return call

    return wrap


def nothing(*args, **kwargs):
    return None


def false(*args, **kwargs):
    return False


def missing(key, default=None, version=None):
    return default


class ResilientRedisCache(RedisCache):
    _down_until = 0.0  # shared by every instance: Redis is one server for the whole process

    get = resilient(missing)(RedisCache.get)
    get_many = resilient(lambda *args, **kwargs: {})(RedisCache.get_many)
    set = resilient(nothing)(RedisCache.set)
    add = resilient(false)(RedisCache.add)
    set_many = resilient(lambda data, *args, **kwargs: list(data))(RedisCache.set_many)
    delete = resilient(false)(RedisCache.delete)
    delete_many = resilient(nothing)(RedisCache.delete_many)
    incr = resilient(nothing)(RedisCache.incr)
    touch = resilient(false)(RedisCache.touch)
    has_key = resilient(false)(RedisCache.has_key)
    clear = resilient(nothing)(RedisCache.clear)
