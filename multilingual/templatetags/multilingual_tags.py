from django import template
from django.conf import settings
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from commission_site.absolute import site_root
from commission_site.html import html, html_join
from multilingual.reversing import reverse_in, translate_path

register = template.Library()

CURRENT = mark_safe(' aria-current="true"')
NOFOLLOW = mark_safe(' rel="nofollow"')


def _links(context):
    """Return, per site language, where the switcher leads from the current page.

    The switcher and the hreflang links of one page both need this; it is worked out once per request.
    """
    request = context.get("request")
    alternates = context.get("alternates")
    target = context.get("untranslated_target") or "home"
    translatable_path = context.get("translatable_path", True)
    key = (id(alternates), target, translatable_path)
    remembered = getattr(request, "_language_links", None)
    if remembered is not None and remembered[0] == key:
        return remembered[1]
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        fallback = reverse_in(code, target)
        if alternates is not None:
            url = alternates.get(code)
            available = url is not None
            if not available:
                url = f"{fallback}?untranslated=1"
        else:
            path = request.path if request else "/"
            if not url_has_allowed_host_and_scheme(path, allowed_hosts=None):
                path = fallback  # e.g. "//evil.example/" on a 404 page: a browser reads it as another site
            url = translate_path(path, code) if translatable_path else path
            available = url != path or code == current
            if not available:
                url = fallback
        links.append({"code": code, "name": name, "url": url, "current": code == current, "available": available})
    if request is not None:
        request._language_links = (key, links)
    return links


@register.simple_tag(takes_context=True)
def language_switcher(context):
    """Links to the page in the other languages (or to their news when it is not translated)."""
    items = html_join(
        "\n    ",
        '<li><a href="{}" lang="{}" hreflang="{}"{}>{}</a></li>',
        (
            (
                link["url"],
                link["code"],
                link["code"],
                CURRENT if link["current"] else "" if link["available"] else NOFOLLOW,
                link["name"],
            )
            for link in _links(context)
        ),
    )
    return html(
        '<nav class="language-switcher" aria-label="{}">\n  <ul>\n    {}\n  </ul>\n</nav>', _("Language"), items
    )


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    """<link rel="alternate" hreflang> for every language the page exists in, and x-default."""
    languages = [link for link in _links(context) if link["available"]]
    base = site_root(context.get("request"))
    rows = [(link["code"], base + link["url"]) for link in languages]
    default = next((link for link in languages if link["code"] == settings.LANGUAGE_CODE), None)
    if default:
        rows.append(("x-default", base + default["url"]))
    return html_join("\n  ", '<link rel="alternate" hreflang="{}" href="{}">', rows)
