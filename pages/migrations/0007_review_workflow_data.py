"""Pages saved before the workflow entered their state when last saved; press staff write page drafts of
their own (and delete them) as they do articles: the workflow gives an editor the last word."""

from django.db import migrations
from django.db.models import F

from commission_site.roles import change_roles

ROLES = {"Press staff": ["pages.add_page", "pages.delete_page"]}


def forwards(apps, schema_editor):
    apps.get_model("pages", "Page").objects.filter(status_changed=None).update(status_changed=F("updated"))
    change_roles(apps, grant=ROLES)


def backwards(apps, schema_editor):
    change_roles(apps, take=ROLES)


class Migration(migrations.Migration):
    dependencies = [("pages", "0006_review_workflow")]

    operations = [migrations.RunPython(forwards, backwards)]
