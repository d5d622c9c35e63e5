"""Server-side cleaning of rich text, on an allow-list that matches the editor's toolbar."""

import html
import re
from html.parser import HTMLParser

import nh3
from django.conf import settings

# Everything the CKEditor 5 toolbar in settings.CKEDITOR_5_CONFIGS can produce, and nothing more.
ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "a",
    "ul", "ol", "li", "blockquote",
    "figure", "figcaption", "img",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start", "reversed"},
}
ALLOWED_CLASSES = {
    "figure": {"image", "table", "image-style-side", "image-style-block-align-left"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def _filter_attribute(tag, attribute, value):
    """Keep images only when they come from the site's own uploads."""
    if tag == "img" and attribute == "src":
        return value if value.startswith(settings.MEDIA_URL) else None
    if attribute in {"width", "height", "colspan", "rowspan", "start"}:
        return value if value.isdigit() else None
    return value


_IMG_WITHOUT_ALT = re.compile(r"<img(?![^>]*\salt=)", re.IGNORECASE)
_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_NONEMPTY_ALT = re.compile(r"\salt\s*=\s*(\"[^\"]*\S[^\"]*\"|'[^']*\S[^']*'|[^\s\"'>]+)", re.IGNORECASE)


def images_without_description(value):
    """Count the images of an HTML fragment that have no text alternative."""
    return sum(1 for tag in _IMG_TAG.findall(value or "") if not _NONEMPTY_ALT.search(tag))


def sanitize_html(value):
    """Return the HTML with everything outside the editor's allow-list removed."""
    if not value:
        return ""
    cleaned = nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        attribute_filter=_filter_attribute,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()
    # An image stored without a text alternative is at least marked decorative for screen readers.
    return _IMG_WITHOUT_ALT.sub('<img alt=""', cleaned)


_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote|td|th|figcaption)>|<br\s*/?>", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")


def html_to_text(value):
    """Return the visible text of an HTML fragment, blocks separated by spaces."""
    text = _BLOCK_END.sub(" ", value or "")
    text = nh3.clean(text, tags=set())
    return _WHITESPACE.sub(" ", html.unescape(text)).strip()


_CONTENT_WITHOUT_TEXT = re.compile(r"<(img|table)\b", re.IGNORECASE)


def is_empty_html(value):
    """Say whether an HTML fragment shows nothing: no words, no image, no table."""
    return not (value and (_CONTENT_WITHOUT_TEXT.search(value) or html_to_text(value)))


def summarize(value, length=200):
    """Return plain text cut at a word boundary within `length` characters, with an ellipsis."""
    text = html_to_text(value)
    if len(text) <= length:
        return text
    cut = text[: length - 2]  # Room for the ellipsis, and one character to see if a word ends here.
    cut = cut[: cut.rindex(" ")] if " " in cut else cut[: length - 3]
    return cut.rstrip(" ,;:.-–—") + "..."


class _Tokens(HTMLParser):
    """The tags (attributes in a fixed order) and the words of an HTML fragment."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tokens = []

    def handle_starttag(self, tag, attrs):
        self.tokens.append(("start", tag, tuple(sorted((name, value or "") for name, value in attrs))))

    def handle_endtag(self, tag):
        self.tokens.append(("end", tag))

    def handle_data(self, data):
        words = " ".join(data.split())
        if words:
            self.tokens.append(("text", words))


def normalise_html(value):
    """Return what two HTML fragments must share to be the same text: the editor writing an image's
    attributes in another order, or other white space between tags, is not a change."""
    parser = _Tokens()
    parser.feed(value or "")
    parser.close()
    return parser.tokens
