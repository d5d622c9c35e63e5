"""Absolute addresses of the site's own pages, for canonical links, feeds, sitemaps and sharing."""

from django.conf import settings


def site_root(request=None):
    if settings.SITE_URL:
        return settings.SITE_URL
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    return ""


def absolute_url(path, request=None):
    return path if path.startswith(("http://", "https://")) else site_root(request) + path
