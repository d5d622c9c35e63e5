"""Which fields of which models are versioned, and how their values are stored in a revision."""

from datetime import UTC, datetime

from django.db import models
from django.utils.dateparse import parse_datetime

# Model label -> the fields whose values a revision keeps, in the order they are shown.
TRACKED_FIELDS = {
    "news.article": [
        "language", "title", "slug", "category", "excerpt", "body", "cover_image", "cover_alt",
        "status", "publish_at", "featured",
    ],
    "pages.page": ["language", "title", "slug", "parent", "body", "menu_order", "show_in_menu", "status"],
}  # fmt: skip

# Fields holding HTML, compared by their visible text block by block.
HTML_FIELDS = {"body"}


def is_tracked(model):
    return model._meta.label_lower in TRACKED_FIELDS


def tracked_fields(model):
    """Return the model fields kept in revisions of `model`, in display order."""
    return [model._meta.get_field(name) for name in TRACKED_FIELDS[model._meta.label_lower]]


def dump_value(field, instance):
    """Return the field's value on `instance` as JSON: related pk, file name, UTC ISO date-time."""
    if field.is_relation:
        return getattr(instance, field.attname)
    value = field.value_from_object(instance)
    if isinstance(field, models.FileField):
        return (value.name or "") if value else ""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return value


def load_value(field, value):
    """Return the stored JSON value as the model attribute expects it."""
    if isinstance(field, models.DateTimeField) and isinstance(value, str):
        return parse_datetime(value)
    if isinstance(field, models.FileField):
        return value or ""
    return value


def snapshot(instance):
    """Return the tracked field values of `instance`, ready for a revision's `data`."""
    return {field.name: dump_value(field, instance) for field in tracked_fields(type(instance))}


def apply_snapshot(instance, data):
    """Set the tracked fields of `instance` from a revision's `data`; fields it lacks are left alone."""
    for field in tracked_fields(type(instance)):
        if field.name in data:
            setattr(instance, field.attname, load_value(field, data[field.name]))


def changed_fields(model, old, new):
    """Return the tracked fields whose values differ between two revisions' data."""
    return [field for field in tracked_fields(model) if (old or {}).get(field.name) != (new or {}).get(field.name)]
