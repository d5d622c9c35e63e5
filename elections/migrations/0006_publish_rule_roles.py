"""Editors publish turnout and results; press staff may also remove rows of the figures they enter."""

from django.db import migrations

from commission_site.roles import change_roles

ROLES = {
    "Editors": ["elections.publish_turnoutreport", "elections.publish_resultreport"],
    "Press staff": ["elections.delete_turnoutfigure", "elections.delete_resultfigure"],
}


def forwards(apps, schema_editor):
    change_roles(apps, grant=ROLES)


def backwards(apps, schema_editor):
    change_roles(apps, take=ROLES)


class Migration(migrations.Migration):
    dependencies = [("elections", "0005_publish_permission")]

    operations = [migrations.RunPython(forwards, backwards)]
