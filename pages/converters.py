from django.conf import settings
from django.conf.locale import LANG_INFO


class PagePathConverter:
    """Match a page path such as `about/members`; never one that starts with a language code or
    with the address of another part of the site (so unprefixed addresses there are not redirected)."""

    regex = r"[-a-z0-9_]+(?:/[-a-z0-9_]+)*"

    def to_python(self, value):
        from .models import RESERVED_SLUGS

        first = value.split("/", 1)[0]
        if first in LANG_INFO or first in RESERVED_SLUGS or first == settings.ADMIN_URL.split("/", 1)[0]:
            raise ValueError("Not a page path.")
        return value

    def to_url(self, value):
        return value
