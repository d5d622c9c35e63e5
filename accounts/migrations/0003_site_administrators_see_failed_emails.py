"""Site administrators see and clear the e-mails that could not be sent."""

from django.db import migrations

from commission_site.roles import change_roles

ROLES = {"Site administrators": ["accounts.view_failedemail", "accounts.delete_failedemail"]}


def forwards(apps, schema_editor):
    change_roles(apps, grant=ROLES)


def backwards(apps, schema_editor):
    change_roles(apps, take=ROLES)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_staff_profile_and_failed_emails")]

    operations = [migrations.RunPython(forwards, backwards)]
