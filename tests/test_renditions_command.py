"""Images stored before renditions were made at save time get them from one command."""

import pytest
from django.core.cache import cache
from django.core.management import call_command

from richtext.renditions import CROPS, crop_box, planned_widths, rendition_name

from .factories import image_upload, make_article

pytestmark = pytest.mark.django_db


def test_make_renditions_gives_every_stored_image_its_missing_renditions():
    article = make_article(cover_image=image_upload("wide.png", size=(1400, 700)), cover_alt="A wide view")
    image = article.cover_image
    storage = image.file.storage
    names = [rendition_name(image.file.name, width) for width in planned_widths(image.width)]
    # and the crops of the library image, around its focal point
    left, _top, right, _bottom = crop_box(image.width, image.height, CROPS["wide"].ratio, image.focal)
    names += [rendition_name(image.file.name, w, CROPS["wide"], image.focal) for w in planned_widths(right - left)]
    names.append(rendition_name(image.file.name, 1200, CROPS["og"], image.focal))
    assert names and all(storage.exists(name) for name in names)
    for name in names:
        storage.delete(name)  # as on a server whose images predate save-time renditions
    cache.clear()
    call_command("make_renditions", verbosity=0)
    assert all(storage.exists(name) for name in names)
