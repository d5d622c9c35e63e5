"""Editors make, see, revoke and delete preview links; press staff make and see them (revoking a link
is an editor's decision, checked against the publish permission of the article or page it shows)."""

from django.db import migrations

from commission_site.roles import change_roles

ROLES = {
    "Editors": [f"preview.{action}_previewlink" for action in ("add", "view", "change", "delete")],
    "Press staff": [f"preview.{action}_previewlink" for action in ("add", "view")],
}


def grant(apps, schema_editor):
    change_roles(apps, grant=ROLES)


def revoke(apps, schema_editor):
    change_roles(apps, take=ROLES)


class Migration(migrations.Migration):
    dependencies = [
        ("preview", "0001_initial"),
        ("news", "0002_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
