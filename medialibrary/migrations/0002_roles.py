"""Press staff and editors use the media library: they add images (covers, gallery photos) and change
their descriptions and focal points; deleting an image is for the roles that may delete articles."""

from django.db import migrations

from commission_site.roles import change_roles

USE = ["medialibrary.add_image", "medialibrary.change_image", "medialibrary.view_image"]
DELETE = ["medialibrary.delete_image"]
ROLES = ("Press staff", "Editors")


def article_deleters(apps):
    Group = apps.get_model("auth", "Group")
    deleters = Group.objects.filter(permissions__content_type__app_label="news", permissions__codename="delete_article")
    return list(deleters.values_list("name", flat=True))


def forwards(apps, schema_editor):
    change_roles(apps, grant={role: USE for role in ROLES})
    change_roles(apps, grant={role: DELETE for role in article_deleters(apps)})


def backwards(apps, schema_editor):
    change_roles(apps, take={role: USE + DELETE for role in ROLES})


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("medialibrary", "0001_initial"),
        ("news", "0016_covers_and_photos_from_library"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
