"""Differences between two revisions, field by field, as rows of equal, deleted and inserted text."""

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django.db import models
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from richtext.sanitize import html_to_text

from .registry import HTML_FIELDS, Children, changed_fields, load_value

# Where one block of rich text ends: the closing tags of the editor's block elements, and line breaks.
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|td|th|caption|figcaption|figure)\s*>|<br\s*/?>", re.IGNORECASE)
_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r'\balt="([^"]*)"', re.IGNORECASE)
_WORDS = re.compile(r"\s+|[^\s]+")
# Two blocks at least this alike (0 to 1) are shown as one changed block, word by word.
SIMILAR = 0.4


@dataclass
class Row:
    """One line of a field's difference: `kind` is equal, delete, insert, replace or skip."""

    kind: str
    segments: list = field(default_factory=list)  # (op, text) with op equal, delete or insert


@dataclass
class FieldDiff:
    name: str
    label: str
    rows: list
    note: str = ""


def _image_marker(match):
    alt = _ALT.search(match.group(0))
    label = alt.group(1) if alt and alt.group(1) else _("no description")
    return " [{}] </p>".format(_("Image: %(description)s") % {"description": label})


def html_blocks(value):
    """Return the visible text of each block of an HTML fragment, images as [Image: description]."""
    value = _IMAGE.sub(_image_marker, value or "")
    return [text for text in (html_to_text(part) for part in _BLOCK_END.split(value)) if text]


def word_segments(old, new):
    """Return the (op, text) segments that turn `old` into `new`, word by word."""
    old_words, new_words = _WORDS.findall(old), _WORDS.findall(new)
    segments = []
    matcher = SequenceMatcher(None, old_words, new_words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            segments.append(("equal", "".join(old_words[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            segments.append(("delete", "".join(old_words[i1:i2])))
        if tag in ("insert", "replace"):
            segments.append(("insert", "".join(new_words[j1:j2])))
    return segments


def text_rows(old, new):
    """Return the row describing the change of a one-block text value."""
    if not old:
        return [Row("insert", [("insert", new)])]
    if not new:
        return [Row("delete", [("delete", old)])]
    return [Row("replace", word_segments(old, new))]


def block_rows(old_blocks, new_blocks, context=1):
    """Return the rows of a block-by-block comparison, with `context` unchanged blocks around changes."""
    rows = []
    matcher = SequenceMatcher(None, old_blocks, new_blocks, autojunk=False)
    for number, group in enumerate(matcher.get_grouped_opcodes(context)):
        if number or group[0][1] > 0:
            rows.append(Row("skip"))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                rows.extend(Row("equal", [("equal", text)]) for text in old_blocks[i1:i2])
            elif tag == "delete":
                rows.extend(Row("delete", [("delete", text)]) for text in old_blocks[i1:i2])
            elif tag == "insert":
                rows.extend(Row("insert", [("insert", text)]) for text in new_blocks[j1:j2])
            else:
                rows.extend(_paired_rows(old_blocks[i1:i2], new_blocks[j1:j2]))
    if rows and group[-1][2] < len(old_blocks):
        rows.append(Row("skip"))
    return rows


def _paired_rows(old_blocks, new_blocks):
    """Compare replaced blocks pairwise word by word; unlike pairs and leftovers are deleted or inserted."""
    rows = []
    for old, new in zip(old_blocks, new_blocks, strict=False):
        if SequenceMatcher(None, _WORDS.findall(old), _WORDS.findall(new), autojunk=False).ratio() >= SIMILAR:
            rows.append(Row("replace", word_segments(old, new)))
        else:
            rows.extend([Row("delete", [("delete", old)]), Row("insert", [("insert", new)])])
    rows.extend(Row("delete", [("delete", text)]) for text in old_blocks[len(new_blocks) :])
    rows.extend(Row("insert", [("insert", text)]) for text in new_blocks[len(old_blocks) :])
    return rows


def display_value(model_field, value):
    """Return a stored value as an editor reads it: a choice's label, a related record's name, a date."""
    if value in (None, ""):
        return "—"
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if model_field.is_relation:
        related = model_field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related is not None else _("#%(id)s (deleted)") % {"id": value}
    if isinstance(model_field, models.BooleanField):
        return _("Yes") if value else _("No")
    if isinstance(model_field, models.DateTimeField):
        moment = load_value(model_field, value)
        return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT") if moment else str(value)
    return str(value)


def row_lines(children, *versions):
    """Return, for each version's list of tracked rows, one line of text per row ("Ahal, Party A: 1200")."""
    names = {}  # (related model, pk) -> its name, looked up once per model
    for child_field in children.fields:
        if child_field.is_relation:
            ids = {row.get(child_field.name) for rows in versions for row in rows or []}
            related = child_field.related_model
            for pk, record in related._default_manager.in_bulk(ids - {None}).items():
                names[(related, pk)] = str(record)

    def text(child_field, value):
        if child_field.is_relation:
            return names.get((child_field.related_model, value)) or _("#%(id)s (deleted)") % {"id": value}
        return formats.number_format(value, force_grouping=True) if isinstance(value, int) else str(value)

    lines = []
    for rows in versions:
        lines.append(
            [
                "{}: {}".format(
                    ", ".join(text(f, row.get(f.name)) for f in children.fields if f.is_relation),
                    ", ".join(
                        f"{f.verbose_name} {text(f, row.get(f.name))}" for f in children.fields if not f.is_relation
                    ),
                )
                for row in rows or []
            ]
        )
    return lines


def compare(model, old, new):
    """Return a FieldDiff for every tracked field that differs from revision data `old` to `new`."""
    diffs = []
    for model_field in changed_fields(model, old, new):
        before, after = old.get(model_field.name), new.get(model_field.name)
        if isinstance(model_field, Children):
            old_lines, new_lines = row_lines(model_field, before, after)
            rows = block_rows(old_lines, new_lines, context=0)
            diffs.append(FieldDiff(model_field.name, capfirst(model_field.verbose_name), rows))
            continue
        label = capfirst(model_field.verbose_name)
        if model_field.name in HTML_FIELDS:
            rows = block_rows(html_blocks(before), html_blocks(after))
            note = "" if rows else _("Only the formatting changed; the text is the same.")
            diffs.append(FieldDiff(model_field.name, label, rows, note))
        elif isinstance(model_field, (models.CharField, models.TextField)) and not model_field.choices:
            diffs.append(FieldDiff(model_field.name, label, text_rows(before or "", after or "")))
        else:
            segments = [("delete", display_value(model_field, before)), ("insert", display_value(model_field, after))]
            diffs.append(FieldDiff(model_field.name, label, [Row("replace", segments)]))
    return diffs
