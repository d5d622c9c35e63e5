"""Images in the bodies of articles and pages join the media library, each file where it is.

Before the library, an image dropped into the editor was stored under uploads/ and named in the body by
its URL. Each such file becomes a library image (one per file, however many bodies show it), described
in each body's language with the text alternative typed there; the bodies and the files stay as they
are, so every public media URL keeps answering, and pages now draw those images from the library."""

import html
import re

from django.conf import settings
from django.db import migrations
from PIL import Image as Pillow

IMG_SRC = re.compile(r'<img\b[^>]*\ssrc="([^"]*)"[^>]*>', re.IGNORECASE)
ALT = re.compile(r'\salt="([^"]*)"')


def images_of(body):
    """Yield (file name, alt) of the images of a body stored in the site's media."""
    for match in IMG_SRC.finditer(body or ""):
        src = match.group(1)
        if src.startswith(settings.MEDIA_URL):
            alt = ALT.search(match.group())
            yield src.removeprefix(settings.MEDIA_URL), (html.unescape(alt.group(1)) if alt else "")


def size_of(storage, name):
    try:
        with storage.open(name, "rb") as file, Pillow.open(file) as picture:
            return picture.size
    except (OSError, ValueError):
        return None, None


def body_images_into_library(apps, schema_editor):
    Image = apps.get_model("medialibrary", "Image")
    storage = Image._meta.get_field("file").storage
    for model in (apps.get_model("news", "Article"), apps.get_model("pages", "Page")):
        for record in model.objects.filter(body__contains="<img").order_by("pk").iterator():
            for name, alt in images_of(record.body):
                image = Image.objects.filter(file=name).first()
                if image is None:
                    if not storage.exists(name):
                        continue  # a file lost before: the body keeps its address, as before
                    width, height = size_of(storage, name)
                    image = Image.objects.create(
                        file=name,
                        width=width,
                        height=height,
                        uploaded_at=record.created,
                        uploaded_by_id=record.author_id,
                    )
                field = f"description_{record.language}"
                if alt.strip() and not getattr(image, field):
                    setattr(image, field, alt.strip()[:250])
                    image.save(update_fields=[field])


class Migration(migrations.Migration):
    dependencies = [
        ("medialibrary", "0002_roles"),
        ("news", "0016_covers_and_photos_from_library"),
        ("pages", "0008_search_stems"),
    ]

    operations = [migrations.RunPython(body_images_into_library, migrations.RunPython.noop)]
