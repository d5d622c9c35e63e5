"""Editors publish pages; press staff and editors manage the documents of pages they may edit."""

from django.db import migrations

from commission_site.roles import change_roles

ATTACHMENTS = [f"pages.{action}_pageattachment" for action in ("add", "change", "delete", "view")]
ROLES = {"Press staff": ATTACHMENTS, "Editors": [*ATTACHMENTS, "pages.publish_page"]}


def forwards(apps, schema_editor):
    change_roles(apps, grant=ROLES)


def backwards(apps, schema_editor):
    change_roles(apps, take=ROLES)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0004_publish_permission"),
        ("news", "0002_roles"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
