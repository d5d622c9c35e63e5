"""Site administrators look at two-factor devices and remove them, but no longer add or change them: staff
set up their own, and nobody but the device's user ever sees its secret."""

from django.db import migrations

from commission_site.roles import change_roles

DEVICES = {
    "Site administrators": [
        *(f"otp_totp.{action}_totpdevice" for action in ("add", "change")),
        *(f"otp_static.{action}_staticdevice" for action in ("add", "change")),
    ]
}


def forwards(apps, schema_editor):
    change_roles(apps, take=DEVICES)


def backwards(apps, schema_editor):
    change_roles(apps, grant=DEVICES)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_site_administrators_see_failed_emails"),
        ("otp_totp", "0003_add_timestamps"),
        ("otp_static", "0003_add_timestamps"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
