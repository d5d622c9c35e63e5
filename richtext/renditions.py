"""Resized WebP copies of uploaded images, made when the image is saved and never while a page waits."""

import hashlib
import io
import logging

from django.core.cache import cache, caches
from django.core.files.base import ContentFile
from PIL import Image, ImageOps

logger = logging.getLogger(__name__)

WIDTHS = (320, 640, 960, 1280)
QUALITY = 80
FAILED = "failed"  # kept under an image's key when its renditions could not be made
FAILED_SECONDS = 24 * 60 * 60  # a failed image is not tried again on its next saves for a day
MISSING_SECONDS = 10 * 60  # a page that found no renditions does not look in the storage again for this long


def rendition_name(source_name, width):
    digest = hashlib.blake2b(source_name.encode(), digest_size=8).hexdigest()
    stem = source_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return f"renditions/{digest[:2]}/{stem}-{digest}-{width}.webp"


def planned_widths(original_width):
    """The widths worth making for an image: each standard width below the original, and the original."""
    widths = [w for w in WIDTHS if w < original_width]
    largest = min(original_width, WIDTHS[-1])
    return widths if largest in widths else [*widths, largest]


def _planned(field_file, width, height):
    """[(name, width, height)] of the renditions an image of this size should have."""
    return [(rendition_name(field_file.name, w), w, max(1, round(height * w / width))) for w in planned_widths(width)]


def _make(field_file, planned):
    storage = field_file.storage
    missing = [(name, width, height) for name, width, height in planned if not storage.exists(name)]
    if missing:
        with field_file.open("rb") as source, Image.open(source) as original:
            image = ImageOps.exif_transpose(original)
            if image.mode not in ("RGB", "RGBA"):
                image = image.convert("RGBA" if "transparency" in image.info or image.mode in ("LA", "P") else "RGB")
            for name, width, height in missing:
                output = io.BytesIO()
                image.resize((width, height), Image.Resampling.LANCZOS).save(output, "WEBP", quality=QUALITY)
                storage.save(name, ContentFile(output.getvalue()))
    return [(storage.url(name), width, height) for name, width, height in planned]


def _key(field_file):
    # An upload's name is never reused, so what is known about it stays true.
    return f"renditions:{field_file.name}"


def make_renditions(field_file, width=None, height=None):
    """Make the missing renditions of an image when it is saved; return [(url, width, height)].

    A failure is logged and remembered in the cache, so the next saves do not try again for a day.
    """
    if not field_file:
        return []
    key = _key(field_file)
    known = cache.get(key)
    if known == FAILED:
        return []
    if known:
        return known
    try:
        made = _make(field_file, _planned(field_file, width or field_file.width, height or field_file.height))
    except Exception:  # a rendition must never stop the image from being saved
        logger.exception("Could not make renditions of %s", field_file.name)
        cache.set(key, FAILED, timeout=FAILED_SECONDS)
        return []
    cache.set(key, made, timeout=None)
    _remember(key, made)
    return made


def renditions(field_file, width=None, height=None):
    """Return [(url, width, height)] of the renditions an image has; never make one while a page waits.

    Renditions are made at save time (make_renditions). When none are known, the storage is asked
    whether they exist (after the cache was emptied); when they do not, the page has none to offer.
    """
    if not field_file:
        return []
    key = _key(field_file)
    # Each worker keeps what it knows in its local cache (no round trip to the shared cache per image on a list).
    known = caches["local"].get(key)
    if known is None:
        known = cache.get(key)
    if known == FAILED:
        return []
    if known is not None:
        if known:
            _remember(key, known)
        return known
    planned = _planned(field_file, width or field_file.width, height or field_file.height)
    storage = field_file.storage
    if not all(storage.exists(name) for name, _width, _height in planned):
        cache.set(key, [], timeout=MISSING_SECONDS)
        return []
    found = [(storage.url(name), w, h) for name, w, h in planned]
    cache.set(key, found, timeout=None)
    _remember(key, found)
    return found


def _remember(key, made):
    caches["local"].set(key, made, timeout=None)
