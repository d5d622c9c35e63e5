"""Site administrators read the audit log (and superusers, as always); no role may change it."""

from django.db import migrations

from commission_site.roles import change_roles

ROLES = {"Site administrators": ["audit.view_auditentry"]}


def forwards(apps, schema_editor):
    change_roles(apps, grant=ROLES)


def backwards(apps, schema_editor):
    change_roles(apps, take=ROLES)


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0002_append_only"),
        ("accounts", "0003_site_administrators_see_failed_emails"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
