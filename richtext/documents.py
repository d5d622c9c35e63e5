"""Verification of attached documents: the type is read from the content, not from the name.

Office files are ZIP archives: only their small metadata parts are read, each with a byte limit, after
the entry count, the declared sizes and the compression ratios were checked. Macros, remote templates
and PDFs that run scripts are refused with the reason.
"""

import io
import re
import struct
import zipfile
import zlib
from urllib.parse import unquote
from xml.etree import ElementTree

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

PART_READ_LIMIT = 4 * 1024 * 1024  # a metadata part (content types, relationships) larger than this is refused
RATIO_GRACE_BYTES = 1024 * 1024  # members smaller than this expand harmlessly whatever their ratio
END_RECORD_SEARCH = 22 + 65535  # the ZIP end record and the longest comment it may carry
DIRECTORY_BYTES_PER_ENTRY = 1024  # a directory larger than this per allowed entry declares too many
SCAN_CHUNK = 1024 * 1024
SCAN_OVERLAP = 64  # bytes kept between chunks so that a marker split across two is still seen

# Parts and content types of VBA projects, Excel 4 macro sheets and ActiveX controls, in lower case.
_MACRO_PART = re.compile(r"(^|/)(vbaproject\.bin|vbadata\.xml)$|(^|/)(activex|macrosheets)/|^(basic|scripts)/")
_MACRO_CONTENT_TYPES = (b"macroenabled", b"vbaproject", b"macrosheet", b"activex")
# OpenDocument event bindings that run macros or scripts, in any part that holds content.
_ODF_SCRIPT_MARKERS = (b"vnd.sun.star.script:", b"macro:///")
_ODF_CONTENT_PARTS = ("content.xml", "styles.xml")
_HYPERLINK = "/hyperlink"
# A target on the reader's own computer: a drive path (C:\..., file:///C:/...) or a path without a scheme.
_LOCAL_TARGET = re.compile(r"^(file:///)?[a-z]:/|^(?![a-z][a-z0-9+.-]*:)(?!//)", re.IGNORECASE)

_PDF_DELIMITER = rb"(?=[\s/\[\]<>(){}%]|$)"
_PDF_REFUSED = {"JS": "pdf_script", "JavaScript": "pdf_script", "XFA": "pdf_script", "Launch": "pdf_launch"}
_PDF_REFUSED.update({"EmbeddedFile": "pdf_embedded", "EmbeddedFiles": "pdf_embedded"})
_PDF_NAMES = re.compile(rb"/(" + b"|".join(n.encode() for n in _PDF_REFUSED) + rb")" + _PDF_DELIMITER)
# Searched in the whole file, stream data included: too long to occur by chance in compressed bytes, and
# every JavaScript action names its type /JavaScript. A short /JS is searched outside streams only.
_PDF_LONG_NAMES = re.compile(rb"/(JavaScript|XFA|Launch|EmbeddedFiles?)" + _PDF_DELIMITER)
_PDF_ESCAPED_NAME = re.compile(rb"/[^\s/\[\]<>(){}%#]*#[0-9A-Fa-f]{2}[^\s/\[\]<>(){}%]*")
_PDF_HEX = re.compile(rb"#([0-9A-Fa-f]{2})")
_PDF_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_PDF_OBJECT_STREAM = re.compile(rb"/ObjStm" + _PDF_DELIMITER)


def _size(num_bytes):
    return f"{num_bytes / (1024 * 1024):.1f} MB"


def _macros():
    return ValidationError(
        _(
            "Macro-enabled documents are not accepted, whatever their file name: macros can run programs on "
            "the computers of the people who open them. Save the file again without macros (as .docx, .xlsx, "
            ".pptx, .odt or .ods) and attach that."
        ),
        code="macros",
    )


def _remote_content():
    return ValidationError(
        _(
            "The document loads a template or other content from outside the file (a remote template, a linked "
            "object or picture), which can run code or reveal its readers when it is opened. Remove the link, "
            "or save the content into the document, and attach it again."
        ),
        code="remote_content",
    )


def _bomb(ratio):
    return ValidationError(
        _(
            "Part of the document is compressed far more than ordinary documents are (%(ratio)s to 1), so it "
            "is refused as a possible archive bomb. Save the file again from your office program."
        )
        % {"ratio": ratio},
        code="archive_ratio",
    )


def _unusual_archive():
    return ValidationError(
        _(
            "The document is compressed or encrypted in a way that office programs do not use, so it cannot be "
            "checked. Save the file again from your office program, without a password."
        ),
        code="archive_method",
    )


def _too_many_entries(count):
    return ValidationError(
        _("The document holds too many files inside it (%(count)s); the limit is %(limit)s.")
        % {"count": count, "limit": settings.DOCUMENT_UPLOAD_MAX_ENTRIES},
        code="archive_entries",
    )


def _check_directory(fileobj):
    """Refuse an archive whose end record declares too many entries, before its directory is parsed."""
    fileobj.seek(0, io.SEEK_END)
    size = fileobj.tell()
    fileobj.seek(max(0, size - END_RECORD_SEARCH))
    tail = fileobj.read()
    fileobj.seek(0)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return  # not a ZIP archive: zipfile says so
    count, directory_size = struct.unpack("<HI", tail[at + 10 : at + 16])
    if count > settings.DOCUMENT_UPLOAD_MAX_ENTRIES or directory_size > DIRECTORY_BYTES_PER_ENTRY * (
        settings.DOCUMENT_UPLOAD_MAX_ENTRIES
    ):
        raise _too_many_entries(count)


def _check_archive(archive):
    """Refuse archives with too many entries, unusual compression, or members that expand too much."""
    members = archive.infolist()
    if len(members) > settings.DOCUMENT_UPLOAD_MAX_ENTRIES:
        raise _too_many_entries(len(members))
    expanded = 0
    for member in members:
        if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or member.flag_bits & 0x1:
            raise _unusual_archive()
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_GRACE_BYTES and ratio > settings.DOCUMENT_UPLOAD_MAX_COMPRESSION_RATIO:
            raise _bomb(round(ratio))
        expanded += member.file_size
    if expanded > settings.DOCUMENT_UPLOAD_MAX_EXPANDED_BYTES:
        raise ValidationError(
            _("The document expands to %(size)s when opened; the limit is %(limit)s.")
            % {"size": _size(expanded), "limit": _size(settings.DOCUMENT_UPLOAD_MAX_EXPANDED_BYTES)},
            code="archive_size",
        )


def _read_part(archive, name):
    """Return a metadata part, reading no more than PART_READ_LIMIT bytes of it."""
    with archive.open(name) as member:
        data = member.read(PART_READ_LIMIT + 1)
    if len(data) > PART_READ_LIMIT:
        raise ValidationError(
            _("The part %(name)s of the document is larger than ordinary documents need (over %(limit)s).")
            % {"name": name, "limit": _size(PART_READ_LIMIT)},
            code="archive_part",
        )
    return data


def _contains(archive, name, markers):
    """Whether a member holds any of `markers`, read in chunks (the declared sizes were checked)."""
    tail = b""
    with archive.open(name) as member:
        while chunk := member.read(SCAN_CHUNK):
            window = (tail + chunk).lower()
            if any(marker in window for marker in markers):
                return True
            tail = window[-SCAN_OVERLAP:]
    return False


def _relationships(data):
    """Yield (type, target, mode) of each relationship in a .rels part."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ValidationError(_("The document is damaged and cannot be checked."), code="invalid")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        raise ValidationError(_("The document is damaged and cannot be checked."), code="invalid") from None
    for element in root.iter():
        if element.tag.rpartition("}")[2] == "Relationship":
            attributes = element.attrib
            yield attributes.get("Type", ""), attributes.get("Target", ""), attributes.get("TargetMode", "")


def _check_ooxml(archive, names):
    if any(_MACRO_PART.search(name.lower()) for name in names):
        raise _macros()
    content_types = _read_part(archive, "[Content_Types].xml").lower()
    if any(marker in content_types for marker in _MACRO_CONTENT_TYPES):
        raise _macros()
    for name in names:
        if not name.lower().endswith(".rels"):
            continue
        for rel_type, target, mode in _relationships(_read_part(archive, name)):
            if mode.lower() != "external" or rel_type.endswith(_HYPERLINK):
                continue  # a part of the package, or a link the reader chooses to follow
            if not _LOCAL_TARGET.match(unquote(target).strip().replace("\\", "/")):  # %5C%5Chost is a share
                raise _remote_content()


def _check_odf(archive, names):
    if any(_MACRO_PART.search(name.lower()) for name in names):
        raise _macros()
    for name in _ODF_CONTENT_PARTS:
        if name in names and _contains(archive, name, _ODF_SCRIPT_MARKERS):
            raise _macros()


def _zip_kind(fileobj):
    try:
        _check_directory(fileobj)
        with zipfile.ZipFile(fileobj) as archive:
            _check_archive(archive)
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:
                _check_ooxml(archive, names)
                return next((kind for part, kind in _OOXML_PARTS.items() if part in names), None)
            if "mimetype" in names:
                kind = _ODF_TYPES.get(_read_part(archive, "mimetype").strip())
                if kind:
                    _check_odf(archive, names)
                return kind
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, OSError, EOFError, zlib.error):
        return None
    return None


def _pdf_refusal(code):
    messages = {
        "pdf_script": _(
            "The PDF contains JavaScript or a scripted (XFA) form, which is refused: scripts run when the file "
            "is opened. Export or print it again as an ordinary PDF, without scripts."
        ),
        "pdf_launch": _(
            "The PDF contains a launch action, which can start programs on the reader's computer, so it is "
            "refused. Export or print it again as an ordinary PDF."
        ),
        "pdf_embedded": _(
            "The PDF carries files embedded in it, which are refused. Export it again without the embedded "
            "files, and attach each file separately if it is needed."
        ),
        "pdf_unchecked": _(
            "The PDF is encrypted or compressed in a way that cannot be checked for scripts, so it is refused. "
            "Export or print it again as an ordinary PDF, without a password."
        ),
    }
    return ValidationError(messages[code], code=code)


def _check_pdf_names(text, names=_PDF_NAMES):
    """Refuse names of scripts, launch actions and embedded files, also when written with #xx escapes."""
    found = names.search(text)
    if found:
        raise _pdf_refusal(_PDF_REFUSED[found.group(1).decode()])
    for escaped in _PDF_ESCAPED_NAME.finditer(text):
        name = _PDF_HEX.sub(lambda hex_digits: bytes.fromhex(hex_digits.group(1).decode()), escaped.group())
        name = name[1:].decode("latin-1")
        if name in _PDF_REFUSED:
            raise _pdf_refusal(_PDF_REFUSED[name])
        if name == "ObjStm":
            raise _pdf_refusal("pdf_unchecked")  # an object stream that hides its type


def _check_object_stream(body, budget):
    """Check a Flate-compressed object stream in chunks; return what is left of the expansion budget."""
    decompressor = zlib.decompressobj()
    tail = b""
    try:
        for offset in range(0, len(body), SCAN_CHUNK):
            pending = body[offset : offset + SCAN_CHUNK]
            while not decompressor.eof:
                chunk = decompressor.decompress(pending, SCAN_CHUNK)
                pending = decompressor.unconsumed_tail
                if not chunk and not pending:
                    break  # this piece is used up: on to the next one
                budget -= len(chunk)
                if budget < 0:
                    raise ValidationError(
                        _("The document expands to more than %(limit)s when opened; that is the limit.")
                        % {"limit": _size(settings.DOCUMENT_UPLOAD_MAX_EXPANDED_BYTES)},
                        code="archive_size",
                    )
                _check_pdf_names(tail + chunk)
                tail = chunk[-SCAN_OVERLAP:]
            if decompressor.eof:
                return budget
    except zlib.error:
        raise _pdf_refusal("pdf_unchecked") from None
    raise _pdf_refusal("pdf_unchecked")  # the stream ends before its compressed data does


def check_pdf(data):
    """Refuse PDFs with JavaScript, XFA forms, launch actions or embedded files.

    Page contents and images are not decoded. Object streams, which hold dictionaries, are inflated in
    chunks within DOCUMENT_UPLOAD_MAX_EXPANDED_BYTES; one that cannot be read is refused.
    """
    _check_pdf_names(data, _PDF_LONG_NAMES)
    position = 0
    while position < len(data):
        found = _PDF_STREAM.search(data, position)
        if _PDF_NAMES.search(data, position, found.start() if found else len(data)):
            raise _pdf_refusal("pdf_script")  # only /JS is left to find here
        if not found:
            break
        end = data.find(b"endstream", found.end())
        position = len(data) if end < 0 else end + len(b"endstream")
    budget = settings.DOCUMENT_UPLOAD_MAX_EXPANDED_BYTES
    encrypted = b"/Encrypt" in data
    for object_stream in _PDF_OBJECT_STREAM.finditer(data):
        found = _PDF_STREAM.search(data, object_stream.end())
        if not found:
            continue
        dictionary = data[max(data.rfind(b"obj", 0, object_stream.start()), 0) : found.start()]
        if encrypted or re.findall(rb"/(\w+Decode)\b", dictionary) != [b"FlateDecode"]:
            raise _pdf_refusal("pdf_unchecked")
        end = data.find(b"endstream", found.end())
        budget = _check_object_stream(memoryview(data)[found.end() : end if end >= 0 else len(data)], budget)


def detect_kind(fileobj, name=""):
    """Return the document kind of the file, or None when it is not an accepted document."""
    fileobj.seek(0)
    head = fileobj.read(8192)
    fileobj.seek(0)
    if head.startswith(b"%PDF-"):
        check_pdf(fileobj.read())
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(fileobj)
    if b"\x00" in head:
        return None
    data = fileobj.read()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if data.lstrip()[:1] == b"<":
        return None  # HTML, SVG and other markup
    # Plain text is accepted only under a text name: a ".pdf" that is really text is refused.
    extension = name.lower().rsplit(".", 1)[-1]
    return extension if extension in {"csv", "txt"} else None


def inspect_document(fileobj):
    """Return the kind of an uploaded document; raise ValidationError with the reason otherwise."""
    size = fileobj.size
    if size > settings.DOCUMENT_UPLOAD_MAX_BYTES:
        raise ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s.")
            % {"size": _size(size), "limit": _size(settings.DOCUMENT_UPLOAD_MAX_BYTES)},
            code="too_large",
        )
    try:
        kind = detect_kind(fileobj, getattr(fileobj, "name", ""))
    finally:
        fileobj.seek(0)
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
