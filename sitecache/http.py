"""HTTP caching: what browsers and shared caches (nginx, a CDN) may keep of each response.

A public page for anonymous visitors says `public`, a short max-age for browsers and an s-maxage for
shared caches (HTTP_CACHE_* settings), both cut short when the next scheduled article is due sooner,
plus stale-while-revalidate and stale-if-error (RFC 5861). Anything personal (the admin, previews, a
response that sets a cookie, a request that carries the session cookie) says `private, no-store`, and
so do answers to other methods than GET and HEAD and errors other than 404. A Cache-Control a view set
itself (never_cache, cache_page, WhiteNoise's static files) is kept, except where the response is
personal. Django's ConditionalGetMiddleware, outside this one, adds the ETag and answers 304.
"""

import math

from django.conf import settings
from django.db import DatabaseError
from django.utils.cache import patch_cache_control

from .versioning import seconds_until_next_scheduled

# Statuses a shared cache may keep of a public page: the page, its redirects, and "not found".
PUBLIC_STATUSES = {200, 301, 302, 307, 308, 404, 410}


class CacheControlMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        languages = [code for code, _name in settings.LANGUAGES]
        self.personal_paths = ("/" + settings.ADMIN_URL, *(f"/{code}/preview/" for code in languages))

    def __call__(self, request):
        response = self.get_response(request)
        if self.personal(request, response):
            patch_cache_control(response, private=True, no_store=True)
        elif response.has_header("Cache-Control"):
            pass  # the view said what may be kept
        elif request.method not in ("GET", "HEAD"):
            patch_cache_control(response, private=True, no_store=True)
        elif response.status_code not in PUBLIC_STATUSES:
            patch_cache_control(response, no_store=True)
        else:
            patch_cache_control(response, public=True, **self.public_lifetimes())
        return response

    def personal(self, request, response):
        """Say whether the response is for this visitor alone: staff pages, previews, cookies."""
        if request.path.startswith(self.personal_paths) or response.cookies:
            return True
        # Static files and other responses that say what may be kept stay as they are for staff too.
        return settings.SESSION_COOKIE_NAME in request.COOKIES and not response.has_header("Cache-Control")

    @staticmethod
    def public_lifetimes():
        """Return the Cache-Control lifetimes of a public page: never past the next scheduled article."""
        max_age, s_maxage = settings.HTTP_CACHE_MAX_AGE, settings.HTTP_CACHE_S_MAXAGE
        try:
            until_next = seconds_until_next_scheduled()
        except DatabaseError:  # the page (a stale one, a 503) still goes out; shared caches keep it briefly
            until_next = None
        if until_next is not None:
            max_age = min(max_age, math.floor(until_next))
            s_maxage = min(s_maxage, math.floor(until_next))
        return {
            "max_age": max_age,
            "s_maxage": s_maxage,
            "stale_while_revalidate": settings.HTTP_CACHE_STALE_WHILE_REVALIDATE,
            "stale_if_error": settings.HTTP_CACHE_STALE_IF_ERROR,
        }
