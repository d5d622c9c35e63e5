"""Whole-page cache for anonymous visitors: a hit costs two cache reads, no ORM, no templates."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from .versioning import VERSION_KEY, content_version, remember_version, seconds_until_next_scheduled

MAX_CACHED_PATH = 300


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
        self.version = None  # the content version this process saw last

    def cacheable_request(self, request):
        return (
            settings.PAGE_CACHE_SECONDS > 0
            and request.method == "GET"
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and request.path.startswith(self.prefixes)
            and len(request.get_full_path()) <= MAX_CACHED_PATH
        )

    @staticmethod
    def cacheable_response(response):
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in cache_control
            and "no-cache" not in cache_control
            and "no-store" not in cache_control
        )

    def __call__(self, request):
        if not self.cacheable_request(request):
            return self.get_response(request)
        digest = hashlib.blake2b(request.get_full_path().encode(), digest_size=16).hexdigest()
        # One round trip in the steady state: the current version, and the page under the version
        # this process saw last. Only when the version has moved is a second read needed.
        remembered = self.version
        found = cache.get_many([VERSION_KEY, f"page:{remembered}:{digest}"])
        version = found.get(VERSION_KEY) or content_version()
        remember_version(version)
        self.version = version
        cached = found.get(f"page:{version}:{digest}")
        if cached is None and version != remembered:
            cached = cache.get(f"page:{version}:{digest}")
        if cached is not None:
            headers, content = cached
            response = HttpResponse(content, headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self.cacheable_response(response):
            timeout = settings.PAGE_CACHE_SECONDS
            until_next = seconds_until_next_scheduled()
            if until_next is not None:
                timeout = min(timeout, int(until_next) + 1)
            cache.set(f"page:{version}:{digest}", (dict(response.items()), response.content), timeout=timeout)
            response["X-Page-Cache"] = "miss"
        return response
