"""Articles saved before the workflow entered their state when they were last saved."""

from django.db import migrations
from django.db.models import F


def forwards(apps, schema_editor):
    apps.get_model("news", "Article").objects.filter(status_changed=None).update(status_changed=F("updated"))


class Migration(migrations.Migration):
    dependencies = [("news", "0011_review_workflow")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
