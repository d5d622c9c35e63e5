"""Which fields of which models are versioned, and how their values are stored in a revision."""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.db import models
from django.utils.dateparse import parse_datetime

from richtext.sanitize import normalise_html

# Model label -> the fields whose values a revision keeps, in the order they are shown.
TRACKED_FIELDS = {
    "news.article": [
        "language", "title", "slug", "category", "election", "excerpt", "body", "cover_image",
        "status", "publish_at", "featured",
    ],
    "pages.page": ["language", "title", "slug", "parent", "body", "menu_order", "show_in_menu", "status"],
    "elections.turnoutreport": ["election", "reported_at", "published", "publish_at"],
    "elections.resultreport": ["election", "stage", "reported_at", "published", "publish_at"],
}  # fmt: skip

# Model label -> (related name, fields) of the rows that belong to a record and are kept with each of
# its versions: an article's gallery and documents, a report's figures.
ATTACHMENT_FIELDS = ["title", "file", "kind", "size", "order"]
TRACKED_CHILDREN = {
    "news.article": [("photos", ["image", "caption", "order"]), ("attachments", ATTACHMENT_FIELDS)],
    "pages.page": [("photos", ["image", "caption", "order"]), ("attachments", ATTACHMENT_FIELDS)],
    "elections.turnoutreport": [("figures", ["region", "registered", "ballots_cast"])],
    "elections.resultreport": [
        ("protocols", ["region", "registered", "ballots_cast", "invalid"]),
        ("figures", ["region", "candidate", "votes"]),
    ],
}

# Fields holding HTML, compared by their visible text block by block.
HTML_FIELDS = {"body"}


@dataclass(frozen=True)
class Children:
    """The rows that belong to a versioned record, as one entry of its versions."""

    name: str
    model: type
    fields: list

    @property
    def verbose_name(self):
        return self.model._meta.verbose_name_plural


def is_tracked(model):
    return model._meta.label_lower in TRACKED_FIELDS


def tracked_children(model):
    """Return the Children kept in revisions of `model` (an empty list when none are)."""
    found = []
    for name, names in TRACKED_CHILDREN.get(model._meta.label_lower, []):
        child_model = model._meta.get_field(name).related_model
        found.append(Children(name, child_model, [child_model._meta.get_field(field) for field in names]))
    return found


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
    """Return the tracked field values of `instance` (and of its tracked rows), ready for a revision's `data`."""
    data = {field.name: dump_value(field, instance) for field in tracked_fields(type(instance))}
    for children in tracked_children(type(instance)):
        data[children.name] = [
            {field.name: dump_value(field, row) for field in children.fields}
            for row in getattr(instance, children.name).all()
        ]
    return data


def apply_snapshot(instance, data, keep=()):
    """Set the tracked fields of `instance` from a revision's `data`, but those in `keep`; fields it lacks
    are left alone."""
    for field in tracked_fields(type(instance)):
        if field.name in data and field.name not in keep:
            value = load_value(field, data[field.name])
            if field.is_relation and value is not None and not exists(field, value):
                if not field.null:
                    continue  # gone since (a library image deleted when no article used it): kept as it is
                value = None
            setattr(instance, field.attname, value)


def exists(field, pk):
    return field.related_model._default_manager.filter(pk=pk).exists()


def apply_children(instance, data):
    """Replace the tracked rows of a saved `instance` with those of a revision's `data`."""
    for children in tracked_children(type(instance)):
        if children.name not in data:
            continue
        related = getattr(instance, children.name)
        related.all().delete()
        for row in data[children.name]:
            values = {field.attname: load_value(field, row.get(field.name)) for field in children.fields}
            if any(f.is_relation and values[f.attname] is not None and not exists(f, values[f.attname])
                   for f in children.fields):  # fmt: skip
                continue  # a row whose image (or region) is gone since cannot come back
            children.model(**values, **{related.field.attname: instance.pk}).save()  # signals keep counts


def comparable(field, value):
    """Return a tracked value as compared: rich text by its normalised HTML, so that the editor
    rewriting the order of an image's attributes is not a change."""
    return normalise_html(value) if field.name in HTML_FIELDS else value


def same(model, old, new):
    """Say whether two revisions' data are the same record state."""
    return not changed_fields(model, old, new)


def changed_fields(model, old, new):
    """Return the tracked fields (and Children) whose values differ between two revisions' data."""
    old, new = old or {}, new or {}
    changed = [
        field
        for field in tracked_fields(model)
        if comparable(field, old.get(field.name)) != comparable(field, new.get(field.name))
    ]
    changed += [children for children in tracked_children(model) if old.get(children.name) != new.get(children.name)]
    return changed
