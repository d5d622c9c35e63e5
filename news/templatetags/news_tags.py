from urllib.parse import quote

from django import template
from django.utils import dateformat, timezone

from multilingual.models import current_language

register = template.Library()

# Day and abbreviated month, as in the commission's listings: "21 Oct", "21 окт", "21 Okt".
SHORT_DATE_FORMATS = {"ru": "j b"}  # Russian abbreviations are written in lower case
SHORT_DATE_FORMAT = "j M"

# Where an article can be shared: plain links (no scripts, no requests to these sites until clicked).
SHARE_LINKS = (
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?u={url}"),
    ("X", "https://twitter.com/intent/tweet?url={url}&text={title}"),
    ("Telegram", "https://t.me/share/url?url={url}&text={title}"),
    ("VK", "https://vk.com/share.php?url={url}"),
    ("WhatsApp", "https://wa.me/?text={title}%20{url}"),
)


@register.filter(expects_localtime=True)
def short_date(value):
    """Return the day and abbreviated month of a list's date, and the year when it is not this one."""
    if not value:
        return ""
    date_format = SHORT_DATE_FORMATS.get(current_language(), SHORT_DATE_FORMAT)
    if value.year != timezone.localdate().year:
        date_format += " Y"
    return dateformat.format(value, date_format)


@register.inclusion_tag("news/_share_links.html")
def share_links(url, title):
    """The article's share links, each with the address and title in its query string."""
    quoted = {"url": quote(str(url), safe=""), "title": quote(str(title), safe="")}
    return {
        "links": [(name, address.format(**quoted)) for name, address in SHARE_LINKS],
        "email": f"mailto:?subject={quoted['title']}&body={quoted['url']}",
    }
