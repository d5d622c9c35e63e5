"""Keep the current state of existing articles and pages as their first version, dated when last saved."""

from datetime import UTC, datetime

from django.db import migrations, models

# The tracked fields as they were when history began (history.registry.TRACKED_FIELDS may grow later).
TRACKED_FIELDS = {
    ("news", "article"): [
        "language", "title", "slug", "category", "excerpt", "body", "cover_image", "cover_alt",
        "status", "publish_at", "featured",
    ],
    ("pages", "page"): ["language", "title", "slug", "parent", "body", "menu_order", "show_in_menu", "status"],
}


def dump(field, obj):
    if field.is_relation:
        return getattr(obj, field.attname)
    value = field.value_from_object(obj)
    if isinstance(field, models.FileField):
        return (value.name or "") if value else ""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return value


def record_existing(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("history", "Revision")
    db = schema_editor.connection.alias
    for (app_label, model_name), names in TRACKED_FIELDS.items():
        model = apps.get_model(app_label, model_name)
        if not model.objects.using(db).exists():
            continue
        content_type, _created = ContentType.objects.using(db).get_or_create(app_label=app_label, model=model_name)
        fields = [model._meta.get_field(name) for name in names]
        Revision.objects.using(db).bulk_create(
            (
                Revision(
                    content_type=content_type,
                    object_id=obj.pk,
                    created=obj.updated,
                    data={field.name: dump(field, obj) for field in fields},
                )
                for obj in model.objects.using(db).order_by("pk").iterator()
            ),
            batch_size=500,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("history", "0001_initial"),
        ("news", "0004_security_roles"),
        ("pages", "0002_search_index"),
    ]

    operations = [migrations.RunPython(record_existing, migrations.RunPython.noop)]
