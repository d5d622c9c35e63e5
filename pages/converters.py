from django.conf.locale import LANG_INFO


class PagePathConverter:
    """Match a page path such as `about/members`; never one that starts with a language code."""

    regex = r"[-a-z0-9_]+(?:/[-a-z0-9_]+)*"

    def to_python(self, value):
        if value.split("/", 1)[0] in LANG_INFO:
            raise ValueError("A page path cannot start with a language code.")
        return value

    def to_url(self, value):
        return value
