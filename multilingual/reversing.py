"""reverse() for one of the site's languages, without activating the language for every call.

Lists link to dozens of articles; resolving each address afresh (activate the language, walk the
URL patterns, check every argument) costs more than the rest of a list item. The pattern of an
address is resolved once per language and view, and the values, which must be plain slugs, are
put in its place. Anything that is not a plain slug goes through reverse() itself.
"""

import functools
import re

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import NoReverseMatch, get_urlconf, reverse, translate_url
from django.utils import translation

PLAIN_VALUE = re.compile(r"[-a-zA-Z0-9_]+\Z")
SLOT = "zslot{}z"


@functools.lru_cache(maxsize=512)
def _pattern(urlconf, language, viewname, names):
    """The address of `viewname` in `language` with a slot in place of each argument, or None."""
    with translation.override(language):
        try:
            url = reverse(viewname, urlconf=urlconf, kwargs={name: SLOT.format(i) for i, name in enumerate(names)})
        except NoReverseMatch:
            return None
    pieces = re.split(r"zslot(\d+)z", url)
    if len(pieces) != 2 * len(names) + 1:  # a slot was transformed or repeated: not safe to fill
        return None
    return tuple(pieces)


def reverse_in(language, viewname, **kwargs):
    """Return the address of `viewname` with `kwargs` in `language`, as reverse() would."""
    names = tuple(kwargs)
    pieces = None
    if all(isinstance(v, str) and PLAIN_VALUE.match(v) for v in kwargs.values()):
        pieces = _pattern(get_urlconf() or settings.ROOT_URLCONF, language, viewname, names)
    if pieces is None:
        with translation.override(language):
            return reverse(viewname, kwargs=kwargs or None)
    values = list(kwargs.values())
    return "".join(values[int(p)] if i % 2 else p for i, p in enumerate(pieces))


@functools.lru_cache(maxsize=2048)
def _translated_path(urlconf, path, language):
    return translate_url(path, language)


def translate_path(path, language):
    """translate_url() for a path, remembered: the same few list and section paths are asked for on
    every request, and the answer depends only on the URL patterns."""
    if len(path) > 200:
        return translate_url(path, language)
    return _translated_path(get_urlconf() or settings.ROOT_URLCONF, path, language)


@receiver(setting_changed)
def _forget_patterns(*, setting, **kwargs):
    if setting in ("ROOT_URLCONF", "LANGUAGES", "LANGUAGE_CODE", "ADMIN_PATH"):
        _pattern.cache_clear()
        _translated_path.cache_clear()
