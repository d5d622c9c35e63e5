"""Resized WebP copies of uploaded images, made when the image is saved and never while a page waits.

A rendition keeps the whole image (`crop=None`) or is cut to a crop's aspect ratio around the image's
focal point, given as fractions of its width and height: the point is inside every crop."""

import hashlib
import io
import logging
from dataclasses import dataclass

from django.core.cache import cache, caches
from django.core.files.base import ContentFile
from PIL import Image, ImageOps

logger = logging.getLogger(__name__)

WIDTHS = (320, 640, 960, 1280)
QUALITY = 80
FAILED = "failed"  # kept under an image's key when its renditions could not be made
FAILED_SECONDS = 24 * 60 * 60  # a failed image is not tried again on its next saves for a day
MISSING_SECONDS = 10 * 60  # a page that found no renditions does not look in the storage again for this long


@dataclass(frozen=True)
class Crop:
    """A rendition's shape: an aspect ratio, and the widths it is made in (`width` alone: one width)."""

    name: str
    ratio: float
    width: int | None = None


# The crops the site shows: covers and list thumbnails (16:9), gallery photos (4:3), the Open Graph image.
CROPS = {
    "wide": Crop("wide", 16 / 9),
    "gallery": Crop("gallery", 4 / 3),
    "og": Crop("og", 1200 / 630, width=1200),
}
CENTRE = (0.5, 0.5)


def _digest(source_name):
    return hashlib.blake2b(source_name.encode(), digest_size=8).hexdigest()


def _prefix(source_name):
    """The start of the name of every rendition of an image (a rendition's name starts with it)."""
    digest = _digest(source_name)
    stem = source_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return f"renditions/{digest[:2]}/{stem}-{digest}-"


def rendition_name(source_name, width, crop=None, focal=CENTRE):
    if crop is None:
        return f"{_prefix(source_name)}{width}.webp"
    return f"{_prefix(source_name)}{_crop_code(crop, focal)}-{width}.webp"


def _crop_code(crop, focal):
    # The focal point is in the name: moving it makes new renditions instead of serving stale ones.
    return f"{crop.name}-{round(focal[0] * 1000):03d}x{round(focal[1] * 1000):03d}"


def planned_widths(original_width):
    """The widths worth making for an image: each standard width below the original, and the original."""
    widths = [w for w in WIDTHS if w < original_width]
    largest = min(original_width, WIDTHS[-1])
    return widths if largest in widths else [*widths, largest]


def crop_box(width, height, ratio, focal=CENTRE):
    """Return (left, top, right, bottom): the largest box of `ratio` in the image, centred on the focal
    point as far as the image's edges allow (the point is always inside it)."""
    fx, fy = (min(max(value, 0.0), 1.0) for value in focal)
    if width / height > ratio:  # too wide: keep the height, cut the sides
        box_width = max(1, min(width, round(height * ratio)))
        left = min(max(round(fx * width - box_width / 2), 0), width - box_width)
        return (left, 0, left + box_width, height)
    box_height = max(1, min(height, round(width / ratio)))
    top = min(max(round(fy * height - box_height / 2), 0), height - box_height)
    return (0, top, width, top + box_height)


def _planned(field_file, width, height, crop=None, focal=CENTRE):
    """[(name, width, height, box)] of the renditions an image of this size should have."""
    if crop is None:
        return [
            (rendition_name(field_file.name, w), w, max(1, round(height * w / width)), None)
            for w in planned_widths(width)
        ]
    box = crop_box(width, height, crop.ratio, focal)
    box_width = box[2] - box[0]
    widths = [min(crop.width, box_width)] if crop.width else planned_widths(box_width)
    return [(rendition_name(field_file.name, w, crop, focal), w, max(1, round(w / crop.ratio)), box) for w in widths]


def _make(field_file, planned):
    storage = field_file.storage
    missing = [row for row in planned if not storage.exists(row[0])]
    if missing:
        with field_file.open("rb") as source, Image.open(source) as original:
            image = ImageOps.exif_transpose(original)
            if image.mode not in ("RGB", "RGBA"):
                image = image.convert("RGBA" if "transparency" in image.info or image.mode in ("LA", "P") else "RGB")
            for name, width, height, box in missing:
                output = io.BytesIO()
                image.resize((width, height), Image.Resampling.LANCZOS, box=box).save(output, "WEBP", quality=QUALITY)
                storage.save(name, ContentFile(output.getvalue()))
    return [(storage.url(name), width, height) for name, width, height, _box in planned]


def _key(field_file, crop=None, focal=CENTRE):
    # An upload's name is never reused, so what is known about it stays true.
    if crop is None:
        return f"renditions:{field_file.name}"
    return f"renditions:{field_file.name}:{_crop_code(crop, focal)}"


def delete_renditions(field_file, focal=CENTRE, keep_focal=None):
    """Delete the stored renditions of an image whose crops are around `focal`; with `keep_focal`, only
    the crops around any other point (after the focal point moved)."""
    if not field_file:
        return
    storage = field_file.storage
    folder, start = _prefix(field_file.name).rsplit("/", 1)
    try:
        _folders, names = storage.listdir(folder)
    except FileNotFoundError:
        return
    kept = tuple(f"{start}{_crop_code(crop, keep_focal)}-" for crop in CROPS.values()) if keep_focal else ()
    for name in names:
        if not name.startswith(start):
            continue
        uncropped = name[len(start) :].removesuffix(".webp").isdigit()
        if keep_focal and (uncropped or name.startswith(kept)):
            continue
        storage.delete(f"{folder}/{name}")
    keys = [_key(field_file, crop, focal) for crop in CROPS.values()]
    keys = keys if keep_focal else [_key(field_file), *keys]
    cache.delete_many(keys)
    caches["local"].delete_many(keys)


def make_crops(field_file, width, height, focal=CENTRE):
    """Make every crop of CROPS (and the uncropped renditions) of an image; return {crop name: renditions}."""
    made = {name: make_renditions(field_file, width, height, crop=crop, focal=focal) for name, crop in CROPS.items()}
    make_renditions(field_file, width, height)
    return made


def make_renditions(field_file, width=None, height=None, crop=None, focal=CENTRE):
    """Make the missing renditions of an image when it is saved; return [(url, width, height)].

    A failure is logged and remembered in the cache, so the next saves do not try again for a day.
    """
    if not field_file:
        return []
    key = _key(field_file, crop, focal)
    known = cache.get(key)
    if known == FAILED:
        return []
    if known:
        return known
    try:
        planned = _planned(field_file, width or field_file.width, height or field_file.height, crop, focal)
        made = _make(field_file, planned)
    except Exception:  # a rendition must never stop the image from being saved
        logger.exception("Could not make renditions of %s", field_file.name)
        cache.set(key, FAILED, timeout=FAILED_SECONDS)
        return []
    cache.set(key, made, timeout=None)
    _remember(key, made)
    return made


def renditions(field_file, width=None, height=None, crop=None, focal=CENTRE):
    """Return [(url, width, height)] of the renditions an image has; never make one while a page waits.

    Renditions are made at save time (make_renditions). When none are known, the storage is asked
    whether they exist (after the cache was emptied); when they do not, the page has none to offer.
    """
    if not field_file:
        return []
    key = _key(field_file, crop, focal)
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
    planned = _planned(field_file, width or field_file.width, height or field_file.height, crop, focal)
    storage = field_file.storage
    if not all(storage.exists(name) for name, _width, _height, _box in planned):
        cache.set(key, [], timeout=MISSING_SECONDS)
        return []
    found = [(storage.url(name), w, h) for name, w, h, _box in planned]
    cache.set(key, found, timeout=None)
    _remember(key, found)
    return found


def _remember(key, made):
    caches["local"].set(key, made, timeout=None)
