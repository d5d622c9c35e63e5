"""Press staff enter turnout and results; editors manage elections, calendars and the document registry."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CRUD = ("add", "change", "delete", "view")
FIGURES = ["turnoutreport", "turnoutfigure", "resultreport", "resultfigure"]
RECORDS = ["election", "keydate", "candidate", "region", "document", "documentversion"]

ROLES = {
    "Press staff": [
        *[f"elections.{action}_{model}" for model in FIGURES for action in ("add", "change", "view")],
        *[f"elections.view_{model}" for model in RECORDS],
    ],
    "Editors": [f"elections.{action}_{model}" for model in FIGURES + RECORDS for action in CRUD],
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
                    content_type__app_label="elections", codename__in=[c.split(".")[1] for c in codenames]
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("elections", "0003_regions"),
        ("news", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
