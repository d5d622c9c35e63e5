from urllib.parse import quote

from django import template
from django.utils import timezone
from django.utils.dates import MONTHS_3
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from commission_site.html import html, html_join
from commission_site.templatetags.site_tags import json_ld
from multilingual.models import current_language
from richtext.templatetags.images import responsive_image

register = template.Library()

# Day and abbreviated month, as in the commission's listings: "21 Oct", "21 окт", "21 Okt"; the same
# as the date formats "j b" (Russian, lower case) and "j M" (the others), without their overhead.
LOWER_CASE_MONTHS = {"ru"}


_month_names = {}  # per language: translations change only with a deploy


def month_names(language):
    names = _month_names.get(language)
    if names is None:
        lower = language in LOWER_CASE_MONTHS
        names = {number: str(name) if lower else str(name).title() for number, name in MONTHS_3.items()}
        _month_names[language] = names
    return names


class ShortDates:
    """Formats list dates: the language, this year and the time zone are looked up once per list,
    not per article (each lookup goes through the request's language and time zone)."""

    def __init__(self):
        self.months = month_names(current_language())
        self.timezone = timezone.get_current_timezone()
        self.year = timezone.localdate(timezone=self.timezone).year

    def local(self, value):
        return timezone.localtime(value, self.timezone)

    def __call__(self, value):
        """Day and month of a local date and time; the year too when it is not this year's."""
        text = f"{value.day} {self.months[value.month]}"
        return text if value.year == self.year else f"{text} {value.year}"


LIST_IMAGE_SIZES = "(min-width: 60em) 22rem, (min-width: 40em) 14rem, 100vw"
ARTICLE_ITEM = (
    '<li><article class="article-summary{}">{}\n'
    '      <div class="article-summary__text">\n'
    '        <p class="article-summary__date"><time datetime="{}">{}</time></p>\n'
    '        <h{} class="article-summary__title"><a href="{}">{}</a></h{}>\n'
    '        <p class="article-summary__excerpt">{}</p>\n'
    "      </div>\n"
    "    </article></li>"
)


@register.simple_tag
def article_items(articles, heading_level=2, variant=""):
    """The list of article summaries that serves lists, archives, search, the home page and related
    news: date, linked title, excerpt and the cover when there is one. Built in Python: as a template
    loop it was a fifth of an uncached list page."""
    if not articles:
        return html('<p class="empty">{}</p>', _("No news has been published here yet."))
    items = []
    dates = ShortDates()
    for article in articles:
        image = ""
        if article.cover_image:
            image = responsive_image(
                article.cover_image,
                article.cover_alt,
                sizes=LIST_IMAGE_SIZES,
                css_class="article-summary__image",
                width=article.cover_width,
                height=article.cover_height,
            )
        published = dates.local(article.publish_at)
        items.append(
            html(
                ARTICLE_ITEM,
                " article-summary--with-image" if image else "",
                mark_safe(f"\n      {image}") if image else "",
                published.isoformat(),
                dates(published),
                heading_level,
                article.get_absolute_url(),
                article.title,
                heading_level,
                article.summary,
            )
        )
    modifier = f" article-list--{variant}" if variant else ""
    return html('<ul class="article-list{}" role="list">\n    {}\n  </ul>', modifier, mark_safe("\n    ".join(items)))


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
    items = html_join("\n    ", '<li><a href="{}"{}>{}</a></li>', ((h, r, n) for h, n, r in links))
    return html(
        '<section class="share" aria-labelledby="share-heading">\n'
        '  <h2 id="share-heading" class="share__heading">{}</h2>\n'
        '  <ul class="share__list">\n    {}\n  </ul>\n</section>',
        _("Share"),
        items,
    )


OG_LOCALES = {"tk": "tk_TM", "ru": "ru_RU", "en": "en_GB"}


@register.simple_tag
def article_meta(article, page_url, image_url, structured_data):
    """An article's description, canonical address, Open Graph and Twitter tags and JSON-LD, built in
    Python: as two dozen template tags they cost a tenth of an uncached article page."""
    tags = [
        ('<meta name="description" content="{}">', article.summary),
        ('<link rel="canonical" href="{}">', page_url),
        ('<meta property="og:type" content="{}">', "article"),
        ('<meta property="og:site_name" content="{}">', _("Central Commission for Elections and Referendums")),
        ('<meta property="og:title" content="{}">', article.title),
        ('<meta property="og:description" content="{}">', article.summary),
        ('<meta property="og:url" content="{}">', page_url),
        ('<meta property="og:locale" content="{}">', OG_LOCALES.get(article.language, "tk_TM")),
        ('<meta property="article:published_time" content="{}">', timezone.localtime(article.publish_at).isoformat()),
        ('<meta property="article:modified_time" content="{}">', timezone.localtime(article.updated).isoformat()),
    ]
    if article.category.name:
        tags.append(('<meta property="article:section" content="{}">', article.category.name))
    if image_url:
        tags += [('<meta property="og:image" content="{}">', image_url)]
        tags += [('<meta property="og:image:alt" content="{}">', article.cover_alt)]
        if article.cover_width:
            tags += [('<meta property="og:image:width" content="{}">', article.cover_width)]
            tags += [('<meta property="og:image:height" content="{}">', article.cover_height)]
    tags += [
        ('<meta name="twitter:card" content="{}">', "summary_large_image" if image_url else "summary"),
        ('<meta name="twitter:title" content="{}">', article.title),
        ('<meta name="twitter:description" content="{}">', article.summary),
    ]
    if image_url:
        tags += [('<meta name="twitter:image" content="{}">', image_url)]
        tags += [('<meta name="twitter:image:alt" content="{}">', article.cover_alt)]
    return mark_safe("\n  ".join([*(html(tag, value) for tag, value in tags), json_ld(structured_data)]))
