"""Resized WebP copies of uploaded images, made once (at upload or first use) and kept."""

import hashlib
import io
import logging

from django.core.cache import cache
from django.core.files.base import ContentFile
from PIL import Image, ImageOps

logger = logging.getLogger(__name__)

WIDTHS = (320, 640, 960, 1280)
QUALITY = 80
KNOWN_ENTRIES = 2048  # renditions lists kept in each worker's memory; emptied when full
_known = {}


def rendition_name(source_name, width):
    digest = hashlib.blake2b(source_name.encode(), digest_size=8).hexdigest()
    stem = source_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return f"renditions/{digest[:2]}/{stem}-{digest}-{width}.webp"


def planned_widths(original_width):
    """The widths worth making for an image: each standard width below the original, and the original."""
    widths = [w for w in WIDTHS if w < original_width]
    largest = min(original_width, WIDTHS[-1])
    return widths if largest in widths else [*widths, largest]


def _make(field_file, widths):
    storage = field_file.storage
    made = []
    with field_file.open("rb") as source, Image.open(source) as original:
        image = ImageOps.exif_transpose(original)
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if "transparency" in image.info or image.mode in ("LA", "P") else "RGB")
        for width in widths:
            name = rendition_name(field_file.name, width)
            height = round(image.height * width / image.width)
            if not storage.exists(name):
                output = io.BytesIO()
                image.resize((width, height), Image.Resampling.LANCZOS).save(output, "WEBP", quality=QUALITY)
                storage.save(name, ContentFile(output.getvalue()))
            made.append((storage.url(name), width, height))
    return made


def renditions(field_file, width=None):
    """Return [(url, width, height)] of the WebP renditions of an image, making any that are missing."""
    if not field_file:
        return []
    key = f"renditions:{field_file.name}"
    # An upload's name is never reused, so what is known about it stays true: each worker keeps it
    # in memory (no round trip to the shared cache per image on a list), the shared cache for all.
    cached = _known.get(key)
    if cached is None:
        cached = cache.get(key)
    if cached is not None:
        _remember(key, cached)
        return cached
    try:
        original_width = width or field_file.width
        made = _make(field_file, planned_widths(original_width))
    except (OSError, ValueError):
        logger.exception("Could not make renditions of %s", field_file.name)
        return []
    cache.set(key, made, timeout=None)
    _remember(key, made)
    return made


def _remember(key, made):
    if len(_known) >= KNOWN_ENTRIES and key not in _known:
        _known.clear()
    _known[key] = made
