"""The roles that add, change, delete or view pages do the same with the photos of a page's gallery (the
publish rule still decides, row by row, which pages they may change)."""

from django.db import migrations

from commission_site.roles import change_roles

ACTIONS = ("add", "change", "delete", "view")


def page_roles(apps):
    """{role name: ["pages.<action>_pagephoto", ...]} for the actions each role may take on pages."""
    Group = apps.get_model("auth", "Group")
    roles = {}
    for action in ACTIONS:
        holders = Group.objects.filter(permissions__content_type__app_label="pages", permissions__codename=f"{action}_page")
        for name in holders.values_list("name", flat=True):
            roles.setdefault(name, []).append(f"pages.{action}_pagephoto")
    return roles


def forwards(apps, schema_editor):
    change_roles(apps, grant=page_roles(apps))


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    photo_permissions = [f"pages.{action}_pagephoto" for action in ACTIONS]
    holders = Group.objects.filter(permissions__content_type__app_label="pages", permissions__codename__endswith="_pagephoto")
    change_roles(apps, take={name: photo_permissions for name in holders.values_list("name", flat=True).distinct()})


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("news", "0002_roles"),
        ("pages", "0007_review_workflow_data"),
        ("pages", "0010_pagephoto"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
