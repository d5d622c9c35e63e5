"""Create the staff roles: press staff, editors who may publish, and site administrators."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CRUD = ("add", "change", "delete", "view")

ROLES = {
    "Press staff": [
        *[f"news.{action}_article" for action in CRUD],
        *[f"news.{action}_category" for action in CRUD],
        "pages.change_page",
        "pages.view_page",
    ],
    "Editors": [
        *[f"news.{action}_article" for action in CRUD],
        *[f"news.{action}_category" for action in CRUD],
        "news.publish_article",
        *[f"pages.{action}_page" for action in CRUD],
    ],
    "Site administrators": [
        *[f"auth.{action}_user" for action in CRUD],
        *[f"auth.{action}_group" for action in CRUD],
        "auth.view_permission",
        "admin.view_logentry",
    ],
}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; roles need them now.
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
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("pages", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
