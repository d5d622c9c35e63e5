"""Site administrators also unlock locked-out accounts and manage staff two-factor devices."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = [
    *[f"axes.{action}_accessattempt" for action in ("view", "delete")],
    *[f"axes.{action}_accessfailurelog" for action in ("view",)],
    *[f"otp_totp.{action}_totpdevice" for action in ("add", "change", "delete", "view")],
    *[f"otp_static.{action}_staticdevice" for action in ("add", "change", "delete", "view")],
    *[f"otp_static.{action}_statictoken" for action in ("add", "change", "delete", "view")],
]


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    group = apps.get_model("auth", "Group").objects.get(name="Site administrators")
    Permission = apps.get_model("auth", "Permission")
    for dotted in PERMISSIONS:
        app_label, codename = dotted.split(".")
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name="Site administrators").first()
    if group is not None:
        Permission = apps.get_model("auth", "Permission")
        for dotted in PERMISSIONS:
            app_label, codename = dotted.split(".")
            group.permissions.remove(*Permission.objects.filter(content_type__app_label=app_label, codename=codename))


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_search_index"),
        ("axes", "0010_accessattemptexpiration"),
        ("otp_totp", "0003_add_timestamps"),
        ("otp_static", "0003_add_timestamps"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
