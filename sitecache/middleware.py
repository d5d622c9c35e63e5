"""Whole-page cache for anonymous visitors: a hit costs one cache round trip, no ORM, no templates.

A page is kept under its path and the query parameters public pages read (PAGE_CACHE_QUERY_PARAMETERS),
in a fixed order; the view is handed those alone, so any other parameter is the same page, not a new
entry and a new render. The page is kept with its ETag, so a hit is not hashed again. HEAD is answered
from the page kept for GET.
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, QueryDict
from django.utils.cache import set_response_etag

from . import versioning
from .versioning import (
    NEXT_CHANGE_KEY,
    VERSION_KEY,
    content_version,
    remember_next_change,
    remember_version,
    seconds_until_next_scheduled,
)

MAX_CACHED_PATH = 300


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
        self.version = None  # the content version this process saw last
        self.parameters = sorted(settings.PAGE_CACHE_QUERY_PARAMETERS)

    def cacheable_request(self, request):
        return (
            settings.PAGE_CACHE_SECONDS > 0
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and request.path.startswith(self.prefixes)
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

    def read_query(self, request):
        """Return the query string of the parameters public pages read, by name in a fixed order."""
        given = request.GET
        return urlencode([(name, value) for name in self.parameters if name in given for value in given.getlist(name)])

    def __call__(self, request):
        versioning.pay_owed()
        if not self.cacheable_request(request):
            if request.path.startswith(self.prefixes):
                content_version()  # before the view reads any content: what it derives is kept under it
            return self.get_response(request)
        address = request.path
        if request.META.get("QUERY_STRING"):
            query = self.read_query(request)
            request.GET = QueryDict(query)  # the view reads these alone
            if query:
                address = f"{address}?{query}"
        if len(address) > MAX_CACHED_PATH or versioning.owed.count():
            # While a change is owed, the cache may hold pages from before it.
            content_version()
            return self.get_response(request)
        digest = hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
        # One round trip in the steady state: the current version, the moment of the next scheduled
        # change (for the response's Cache-Control), and the page under the version this process saw
        # last. Only when the version has moved is a second read needed.
        remembered = self.version
        found = cache.get_many([VERSION_KEY, NEXT_CHANGE_KEY, f"page:{remembered}:{digest}"])
        version = found.get(VERSION_KEY) or content_version()
        remember_version(version)
        remember_next_change(found.get(NEXT_CHANGE_KEY))
        self.version = version
        cached = found.get(f"page:{version}:{digest}")
        if cached is None and version != remembered:
            cached = cache.get(f"page:{version}:{digest}")
        if cached is not None:
            headers, content = cached
            if request.method == "HEAD":
                response = HttpResponse(headers=headers)
                response["Content-Length"] = str(len(content))
            else:
                response = HttpResponse(content, headers=headers)
            self.tell(response, "hit")
            return response
        response = self.get_response(request)
        if request.method == "GET" and self.cacheable_response(response):
            set_response_etag(response)  # as ConditionalGetMiddleware would, once for every hit
            timeout = settings.PAGE_CACHE_SECONDS
            until_next = seconds_until_next_scheduled()
            if until_next is not None:
                timeout = min(timeout, int(until_next) + 1)
            cache.set(f"page:{version}:{digest}", (dict(response.items()), response.content), timeout=timeout)
            self.tell(response, "miss")
        return response

    @staticmethod
    def tell(response, outcome):
        """Say whether the page came from the cache, where settings.PAGE_CACHE_DEBUG_HEADER asks for it."""
        if settings.PAGE_CACHE_DEBUG_HEADER:
            response["X-Page-Cache"] = outcome
