"""Only editors change categories; press staff and editors manage galleries and documents of articles.

A category's name appears on live articles, filters, feeds and the sitemap at once, so changing one
is a publication. Photos and documents follow the publish rule of their article in the admin."""

from django.db import migrations

from commission_site.roles import change_roles

CRUD = ("add", "change", "delete", "view")
CATEGORY_CHANGES = [f"news.{action}_category" for action in ("add", "change", "delete")]
MEDIA = [f"news.{action}_{model}" for model in ("articlephoto", "articleattachment") for action in CRUD]
ROLES = {"Press staff": MEDIA, "Editors": MEDIA}


def forwards(apps, schema_editor):
    change_roles(apps, grant=ROLES, take={"Press staff": CATEGORY_CHANGES})


def backwards(apps, schema_editor):
    change_roles(apps, grant={"Press staff": CATEGORY_CHANGES}, take=ROLES)


class Migration(migrations.Migration):
    dependencies = [("news", "0008_article_media_counts")]

    operations = [migrations.RunPython(forwards, backwards)]
