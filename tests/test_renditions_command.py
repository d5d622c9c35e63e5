"""Images stored before renditions were made at save time get them from one command."""

import pytest
from django.core.cache import cache
from django.core.management import call_command

from richtext.renditions import planned_widths, rendition_name

from .factories import image_upload, make_article

pytestmark = pytest.mark.django_db


def test_make_renditions_gives_every_stored_image_its_missing_renditions():
    article = make_article(cover_image=image_upload("wide.png", size=(1400, 700)), cover_alt="A wide view")
    storage = article.cover_image.storage
    names = [rendition_name(article.cover_image.name, width) for width in planned_widths(article.cover_width)]
    assert names and all(storage.exists(name) for name in names)
    for name in names:
        storage.delete(name)  # as on a server whose images predate save-time renditions
    cache.clear()
    call_command("make_renditions", verbosity=0)
    assert all(storage.exists(name) for name in names)
