"""What identifies the stored state of a record, so a form knows whether someone saved since it was loaded."""

import hashlib

from django.core import serializers


def compared_fields(model):
    """The fields whose values make a record's state: what editors edit (not stamps nor derived values)."""
    return [field.name for field in model._meta.concrete_fields if field.editable and not field.primary_key]


def rows_of(model, parent):
    """The rows of `model` that belong to `parent` by a foreign key, in a fixed order."""
    links = [f.name for f in model._meta.get_fields() if f.many_to_one and f.related_model is type(parent)]
    if not links:
        return []
    return list(model._default_manager.filter(**{links[0]: parent.pk}).order_by("pk"))


def digest(objects, model):
    text = serializers.serialize("json", objects, fields=compared_fields(model))
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def edit_token(obj, inline_models=()):
    """Return the state of `obj` as stored, with the rows of its inlines, as "record.inline1.inline2"
    digests; "" when it is not stored. Any save that changes what editors edit changes it."""
    if obj is None or obj.pk is None:
        return ""
    stored = type(obj)._default_manager.filter(pk=obj.pk).first()
    if stored is None:
        return ""
    parts = [digest([stored], type(obj))]
    parts += [digest(rows_of(model, stored), model) for model in inline_models]
    return ".".join(parts)


def changed_parts(old_token, new_token, inline_models):
    """Return which parts differ between two tokens: None for the record itself, else the inline's model."""
    old, new = old_token.split("."), new_token.split(".")
    if len(old) != len(new):
        return [None]
    parts = [None, *inline_models]
    return [part for part, a, b in zip(parts, old, new, strict=True) if a != b]
