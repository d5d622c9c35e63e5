from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from commission_site.html import html, html_join
from multilingual.models import current_language
from multilingual.reversing import reverse_in

from ..menu import main_menu_items

register = template.Library()

CURRENT = mark_safe(' aria-current="page"')
DOCUMENT_VIEWS = ("document_list", "document_detail")


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The main menu: the site's sections, then the top-level pages; the current one is marked."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    app, view = (match.app_name, match.url_name) if match else ("", "")
    path = request.path if request else ""
    language = current_language()
    items = [
        (reverse_in(language, "home"), view == "home", _("Home")),
        (reverse_in(language, "news:article_list"), app == "news", _("News")),
        (
            reverse_in(language, "elections:election_list"),
            app == "elections" and view not in DOCUMENT_VIEWS,
            _("Elections"),
        ),
        (reverse_in(language, "elections:document_list"), view in DOCUMENT_VIEWS, _("Documents")),
        *((url, path.startswith(url), title) for title, url, _path in main_menu_items(language)),
    ]
    rows = html_join(
        "\n  ",
        '<li><a href="{}"{}>{}</a></li>',
        ((url, CURRENT if active else "", title) for url, active, title in items),
    )
    return html('<ul class="main-nav__list" id="main-nav-list">\n  {}\n</ul>', rows)
