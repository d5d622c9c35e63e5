"""Absolute addresses of the site's own pages, for canonical links, feeds, sitemaps and sharing."""

import functools

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import static


def site_root(request=None):
    if settings.SITE_URL:
        return settings.SITE_URL
    if request is not None:
        # Worked out once per request: get_host() checks the host against ALLOWED_HOSTS every time,
        # and an article page asks for its canonical, image, logo and language addresses.
        root = getattr(request, "_site_root", None)
        if root is None:
            root = request._site_root = f"{request.scheme}://{request.get_host()}"
        return root
    return ""


def absolute_url(path, request=None):
    return path if path.startswith(("http://", "https://")) else site_root(request) + path


@functools.lru_cache(maxsize=64)
def static_path(name):
    """static(name), remembered: a static file's (hashed) address changes only with a deploy."""
    return static(name)


@receiver(setting_changed)
def _forget_static_paths(*, setting, **kwargs):
    if setting in ("STATIC_URL", "STORAGES"):
        static_path.cache_clear()
