from urllib.parse import quote

from django import template
from django.utils import timezone
from django.utils.dates import MONTHS_3
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from multilingual.models import current_language

register = template.Library()

# Day and abbreviated month, as in the commission's listings: "21 Oct", "21 окт", "21 Okt"; the same
# as the date formats "j b" (Russian, lower case) and "j M" (the others), without their overhead.
LOWER_CASE_MONTHS = {"ru"}


@register.filter(expects_localtime=True)
def short_date(value):
    """Format a date for lists; the year is added when it is not the current year."""
    if not value:
        return ""
    month = str(MONTHS_3[value.month])
    text = f"{value.day} {month if current_language() in LOWER_CASE_MONTHS else month.title()}"
    if value.year != timezone.localdate().year:
        text += f" {value.year}"
    return text


NOFOLLOW = mark_safe(' rel="noopener noreferrer nofollow"')

# Where an article can be shared: plain links (no scripts, no requests to these sites until clicked).
SHARE_LINKS = (
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?u={url}"),
    ("X", "https://twitter.com/intent/tweet?url={url}&text={title}"),
    ("Telegram", "https://t.me/share/url?url={url}&text={title}"),
    ("VK", "https://vk.com/share.php?url={url}"),
    ("WhatsApp", "https://wa.me/?text={title}%20{url}"),
)


@register.simple_tag
def share_links(url, title):
    """The article's share links, built in Python: ten URL-encoding filters in a template cost more
    than the rest of the article's body."""
    quoted = {"url": quote(str(url), safe=""), "title": quote(str(title), safe="")}
    links = [(href.format(**quoted), name, NOFOLLOW) for name, href in SHARE_LINKS]
    links.append((f"mailto:?subject={quoted['title']}&body={quoted['url']}", _("E-mail"), ""))
    items = format_html_join("\n    ", '<li><a href="{}"{}>{}</a></li>', ((h, r, n) for h, n, r in links))
    return format_html(
        '<section class="share" aria-labelledby="share-heading">\n'
        '  <h2 id="share-heading" class="share__heading">{}</h2>\n'
        '  <ul class="share__list">\n    {}\n  </ul>\n</section>',
        _("Share"),
        items,
    )
