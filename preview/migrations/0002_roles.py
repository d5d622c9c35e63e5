"""Editors make, see, revoke and delete preview links; press staff make and see them (revoking a link
is an editor's decision, checked against the publish permission of the article or page it shows)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = {
    "Editors": [f"preview.{action}_previewlink" for action in ("add", "view", "change", "delete")],
    "Press staff": [f"preview.{action}_previewlink" for action in ("add", "view")],
}


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        for dotted in codenames:
            app_label, codename = dotted.split(".")
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label="preview", codename__in=[c.split(".")[1] for c in codenames]
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("preview", "0001_initial"),
        ("news", "0002_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
