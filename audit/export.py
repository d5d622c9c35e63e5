"""The audit log as CSV, streamed: for spreadsheets, with no cell read as a formula."""

import csv
import json

from django.contrib.contenttypes.models import ContentType
from django.http import StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _


def spreadsheet_safe(cell):
    """Keep a text cell from being read as a formula by spreadsheet programs (OWASP's list of leading
    characters: = + - @, tab and carriage return). The rule of elections.views.spreadsheet_safe, written
    again here: elections will record its actions through audit, and no two apps import each other."""
    return "'" + cell if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


class Lines:
    """The file-like object csv.writer writes to: it hands each line back instead of keeping it."""

    def write(self, line):
        return line


def kind_of_object(entry):
    if entry.content_type_id is None:
        return ""
    try:
        return str(ContentType.objects.get_for_id(entry.content_type_id))
    except ContentType.DoesNotExist:
        return str(entry.content_type_id)


def header():
    return [_("number"), _("when"), _("user"), _("address"), _("action"), _("kind of object"), _("object id"),
            _("object"), _("what happened"), _("details"), _("hash")]  # fmt: skip


def row(entry):
    return [
        entry.sequence,
        timezone.localtime(entry.created).isoformat(),
        entry.user_name,
        entry.address,
        entry.get_action_display(),
        kind_of_object(entry),
        entry.object_id,
        entry.object_repr,
        entry.text(),
        json.dumps(entry.details, ensure_ascii=False, sort_keys=True),
        entry.hash,
    ]


def csv_lines(entries, language):
    """Yield the CSV file line by line, in `language` (the response is read after the view has returned)."""
    writer = csv.writer(Lines(), lineterminator="\r\n")
    with translation.override(language):
        yield "\ufeff"  # a byte order mark, so that spreadsheet programs read Cyrillic and Turkmen letters
        yield writer.writerow(header())
        for entry in entries.iterator(chunk_size=2000):
            yield writer.writerow([spreadsheet_safe(cell) for cell in row(entry)])


def csv_response(entries, filename):
    response = StreamingHttpResponse(
        csv_lines(entries, translation.get_language()), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
