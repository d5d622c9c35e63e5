"""Move every cover and gallery photo into the media library, keeping each stored file where it is.

A file name used by several articles becomes one library image; within a translation group, covers and
photos with the same content (each language's upload of one picture) become one image too, and the
descriptions of the group's articles fill its description in their languages. The files are neither
moved nor deleted, so every public media URL keeps answering. Saved versions (history) name the library
image instead of the file."""

import hashlib

from django.db import migrations


class Library:
    """The library images of the stored files: files joined by a shared name, or by the same content
    within a translation group, are one image (the first file seen, in the order of the articles)."""

    def __init__(self, apps):
        self.Image = apps.get_model("medialibrary", "Image")
        self.parent = {}
        self.by_name = {}
        self.images = {}

    def find(self, node):
        while self.parent.get(node, node) != node:
            node = self.parent[node]
        return node

    def join(self, field_file, group):
        """Note that a file is used by an article of `group` (a first pass over every use)."""
        digest = content_digest(field_file)
        if digest:
            self.parent[self.find(("content", group, digest))] = self.find(("name", field_file.name))

    def image(self, field_file, width, height, uploaded_at, uploaded_by_id):
        """Return the library image of a stored file, made on first sight."""
        name = field_file.name
        if name not in self.by_name:
            root = self.find(("name", name))
            if root not in self.images:
                image = self.Image.objects.filter(file=name).first() or self.Image(
                    file=name, width=width, height=height, uploaded_at=uploaded_at, uploaded_by_id=uploaded_by_id
                )
                image.save()
                self.images[root] = image
            self.by_name[name] = self.images[root]
        return self.by_name[name]

    def describe(self, image, language, description):
        field = f"description_{language}"
        if description and not getattr(image, field, "x"):
            setattr(image, field, description[:250])
            image.save(update_fields=[field])


def content_digest(field_file):
    """Return a digest of the file's bytes, or None when the file cannot be read."""
    try:
        with field_file.storage.open(field_file.name, "rb") as file:
            return hashlib.blake2b(file.read(), digest_size=16).hexdigest()
    except OSError:
        return None


def into_library(apps, schema_editor):
    Article = apps.get_model("news", "Article")
    ArticlePhoto = apps.get_model("news", "ArticlePhoto")
    library = Library(apps)
    covers = Article.objects.exclude(cover_image="").order_by("pk")
    photos = ArticlePhoto.objects.select_related("article").order_by("article", "order", "pk")
    for article in covers.iterator():
        library.join(article.cover_image, article.translation_group)
    for photo in photos.iterator():
        library.join(photo.image, photo.article.translation_group)
    for article in covers.iterator():
        image = library.image(
            article.cover_image, article.cover_width, article.cover_height, article.created, article.author_id
        )
        library.describe(image, article.language, article.cover_alt)
        Article.objects.filter(pk=article.pk).update(library_cover=image)
    for photo in photos.iterator():
        article = photo.article
        image = library.image(photo.image, photo.width, photo.height, article.created, article.author_id)
        library.describe(image, article.language, photo.alt)
        ArticlePhoto.objects.filter(pk=photo.pk).update(library_image=image)
    rewrite_revisions(apps, library)


def rewrite_revisions(apps, library):
    """Let saved versions name library images: a file no article uses any more joins the library too."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("history", "Revision")
    content_type = ContentType.objects.filter(app_label="news", model="article").first()
    if content_type is None:
        return
    storage = library.Image._meta.get_field("file").storage

    def image_pk(name, language, description):
        if not name:
            return None
        image = library.by_name.get(name)
        if image is None:
            if not storage.exists(name):
                return None
            image = library.Image(file=name)  # its size is read from the file
            image.save()
            library.by_name[name] = image
        library.describe(image, language, description)
        return image.pk

    for revision in Revision.objects.filter(content_type=content_type).iterator():
        data = dict(revision.data)
        language = data.get("language", "")
        if "cover_image" in data:
            data["cover_image"] = image_pk(data["cover_image"], language, data.get("cover_alt", ""))
        data.pop("cover_alt", None)
        if "photos" in data:
            rows = []
            for row in data["photos"]:
                kept = {key: value for key, value in row.items() if key != "alt"}
                kept["image"] = image_pk(row.get("image"), language, row.get("alt", ""))
                rows.append(kept)
            data["photos"] = rows
        revision.data = data
        revision.save(update_fields=["data"])


def out_of_library(apps, schema_editor):
    Article = apps.get_model("news", "Article")
    ArticlePhoto = apps.get_model("news", "ArticlePhoto")
    for article in Article.objects.exclude(library_cover=None).select_related("library_cover").iterator():
        image = article.library_cover
        Article.objects.filter(pk=article.pk).update(
            cover_image=image.file.name, cover_width=image.width, cover_height=image.height,
            cover_alt=getattr(image, f"description_{article.language}", ""),
        )  # fmt: skip
    for photo in ArticlePhoto.objects.select_related("article", "library_image").iterator():
        image = photo.library_image
        ArticlePhoto.objects.filter(pk=photo.pk).update(
            image=image.file.name, width=image.width, height=image.height,
            alt=getattr(image, f"description_{photo.article.language}", "") or "-",
        )  # fmt: skip


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("history", "0003_revision_number"),
        ("news", "0014_library_references"),
    ]

    operations = [migrations.RunPython(into_library, out_of_library)]
