"""reverse() and translate_url() for one of the site's languages, whichever language is active."""

from django.urls import reverse, translate_url
from django.utils import translation


def reverse_in(language, viewname, **kwargs):
    """Return the address of `viewname` with `kwargs` in `language`."""
    with translation.override(language):
        return reverse(viewname, kwargs=kwargs or None)


def translate_path(path, language):
    """Return `path` as it reads in `language` (translate_url() for a path of this site)."""
    return translate_url(path, language)
