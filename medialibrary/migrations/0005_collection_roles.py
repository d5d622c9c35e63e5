"""Collections of the media library: the roles that publish (editors) make, rename and delete them; the
roles that file images (press staff) see them and file images into them with their right to change
images. Site administrators, who do not use the library, get nothing."""

from django.db import migrations

from commission_site.roles import change_roles

MANAGE = [f"medialibrary.{action}_collection" for action in ("add", "change", "delete", "view")]
VIEW = ["medialibrary.view_collection"]


def holders(apps, app_label, codename):
    Group = apps.get_model("auth", "Group")
    groups = Group.objects.filter(permissions__content_type__app_label=app_label, permissions__codename=codename)
    return set(groups.values_list("name", flat=True))


def forwards(apps, schema_editor):
    publishers = holders(apps, "news", "publish_article")
    filers = holders(apps, "medialibrary", "change_image") - publishers
    change_roles(apps, grant={**{name: VIEW for name in filers}, **{name: MANAGE for name in publishers}})


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    groups = Group.objects.filter(
        permissions__content_type__app_label="medialibrary", permissions__codename__endswith="_collection"
    )
    change_roles(apps, take={name: MANAGE for name in groups.values_list("name", flat=True).distinct()})


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("medialibrary", "0004_collections"),
        ("news", "0016_covers_and_photos_from_library"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
