from django import template
from django.utils.translation import gettext as _

from multilingual.models import current_language
from multilingual.reversing import reverse_in

from ..menu import main_menu_items

register = template.Library()

DOCUMENT_VIEWS = ("document_list", "document_detail")


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The main menu: the site's sections, then the top-level pages; the current one is marked."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    app, view = (match.app_name, match.url_name) if match else ("", "")
    path = request.path if request else ""
    language = current_language()
    sections = [
        (_("Home"), reverse_in(language, "home"), view == "home"),
        (_("News"), reverse_in(language, "news:article_list"), app == "news"),
        (
            _("Elections"),
            reverse_in(language, "elections:election_list"),
            app == "elections" and view not in DOCUMENT_VIEWS,
        ),
        (_("Documents"), reverse_in(language, "elections:document_list"), view in DOCUMENT_VIEWS),
    ]
    pages = [(title, url, path.startswith(url)) for title, url, _path in main_menu_items(language)]
    return {"items": sections + pages}
