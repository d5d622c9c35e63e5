"""Images in rich text as references to the media library.

The editor stores an image of a body as `<img src="/media/library/...">` (the library file's address, a
name never reused). A page draws each such image from the library: its renditions in a srcset and its
description in the page's language, so one image described once reads right in every language. Bodies
are stored sanitized (richtext.sanitize), so their tags are written one way: `<img src="..." alt="...">`.
"""

import html
import re

from django.conf import settings

from .models import Image

_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = r'\s{}="([^"]*)"'


def _attribute(tag, name):
    found = re.search(_ATTRIBUTE.format(name), tag)
    return html.unescape(found.group(1)) if found else ""


def _library_name(tag):
    """The stored file name of the library image an <img> tag shows, or "" for any other image."""
    src = _attribute(tag, "src")
    return src.removeprefix(settings.MEDIA_URL) if src.startswith(settings.MEDIA_URL) else ""


def referenced_images(body):
    """Return {file name: Image} of the library images a body shows (one query; none without images)."""
    names = {name for name in map(_library_name, _IMG_TAG.findall(body or "")) if name}
    if not names:
        return {}
    return {image.file.name: image for image in Image.objects.filter(file__in=names)}


def body_parts(body):
    """Split a body into [{"html": ...}, {"image": Image, "alt": ...}, ...] in order: the stored HTML
    between images as it is, and each library image where it stands (other images stay HTML)."""
    images = referenced_images(body)
    if not images:
        return [{"html": body}]
    parts, start = [], 0
    for match in _IMG_TAG.finditer(body):
        image = images.get(_library_name(match.group()))
        if image is None:
            continue
        parts.append({"html": body[start : match.start()]})
        parts.append({"image": image, "alt": _attribute(match.group(), "alt")})
        start = match.end()
    parts.append({"html": body[start:]})
    return parts


def describe_images(body, language):
    """Keep the text alternatives typed in the editor as the library images' descriptions in `language`
    where they have none yet (a description other pages already show is not rewritten from a body)."""
    images = referenced_images(body)
    for tag in _IMG_TAG.findall(body or ""):
        image = images.get(_library_name(tag))
        alt = _attribute(tag, "alt").strip()
        if image is not None and alt and not image.description_in(language):
            setattr(image, f"description_{language}", alt[:250])
            image.save(update_fields=[f"description_{language}"])
