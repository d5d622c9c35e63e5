"""Verification of attached documents: the type is read from the content, not from the name."""

import io
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# Kind -> (extension, label). Legacy .doc/.xls (OLE) are refused: they can carry macros.
KINDS = {
    "pdf": ("pdf", "PDF"),
    "docx": ("docx", "Word"),
    "xlsx": ("xlsx", "Excel"),
    "pptx": ("pptx", "PowerPoint"),
    "odt": ("odt", "OpenDocument text"),
    "ods": ("ods", "OpenDocument spreadsheet"),
    "csv": ("csv", "CSV"),
    "txt": ("txt", "Text"),
}
_OOXML_PARTS = {"word/document.xml": "docx", "xl/workbook.xml": "xlsx", "ppt/presentation.xml": "pptx"}
_ODF_TYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}


def _zip_kind(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:
                if any(name.startswith("word/vbaProject") or name.endswith("vbaProject.bin") for name in names):
                    return None  # macro-enabled documents are refused
                return next((kind for part, kind in _OOXML_PARTS.items() if part in names), None)
            if "mimetype" in names:
                return _ODF_TYPES.get(archive.read("mimetype").strip())
    except (zipfile.BadZipFile, KeyError, OSError):
        return None
    return None


def detect_kind(data, name=""):
    """Return the document kind of `data`, or None when it is not an accepted document."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if b"\x00" in data[:8192]:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if data.lstrip()[:1] == b"<":
        return None  # HTML, SVG and other markup
    # Plain text is accepted only under a text name: a ".pdf" that is really text is refused.
    extension = name.lower().rsplit(".", 1)[-1]
    return extension if extension in {"csv", "txt"} else None


def _size(num_bytes):
    return f"{num_bytes / (1024 * 1024):.1f} MB"


def inspect_document(fileobj):
    """Return the kind of an uploaded document; raise ValidationError with the reason otherwise."""
    size = fileobj.size
    if size > settings.DOCUMENT_UPLOAD_MAX_BYTES:
        raise ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s.")
            % {"size": _size(size), "limit": _size(settings.DOCUMENT_UPLOAD_MAX_BYTES)},
            code="too_large",
        )
    fileobj.seek(0)
    data = fileobj.read()
    fileobj.seek(0)
    kind = detect_kind(data, getattr(fileobj, "name", ""))
    if kind is None:
        raise ValidationError(
            _(
                "This file type is not accepted. Attach PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), "
                "OpenDocument (.odt, .ods), CSV or plain text files; macro-enabled files are refused."
            ),
            code="type",
        )
    return kind


def validate_document(fileobj):
    if fileobj is None or getattr(fileobj, "_committed", False):
        return
    inspect_document(fileobj)
