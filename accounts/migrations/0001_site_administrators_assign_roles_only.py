"""Site administrators look at groups but no longer change them, and no longer read backup codes."""

from django.db import migrations

REVOKED = [
    *[f"auth.{action}_group" for action in ("add", "change", "delete")],
    *[f"otp_static.{action}_statictoken" for action in ("add", "change", "delete", "view")],
]


def permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    for dotted in REVOKED:
        app_label, codename = dotted.split(".")
        yield from Permission.objects.filter(content_type__app_label=app_label, codename=codename)


def revoke(apps, schema_editor):
    for group in apps.get_model("auth", "Group").objects.filter(name="Site administrators"):
        group.permissions.remove(*permissions(apps))


def grant(apps, schema_editor):
    for group in apps.get_model("auth", "Group").objects.filter(name="Site administrators"):
        group.permissions.add(*permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0004_security_roles"),
    ]

    operations = [migrations.RunPython(revoke, grant)]
