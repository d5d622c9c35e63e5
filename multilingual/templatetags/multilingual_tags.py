from django import template
from django.conf import settings
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme

from commission_site.absolute import site_root
from multilingual.reversing import reverse_in, translate_path

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Return, per site language, where the switcher leads from the current page (base.html asks once
    with `{% language_links as links %}` and gives the list to the switcher and the hreflang links).

    A view says where its page is in each language with `alternates` ({code: url}, only the languages
    it exists in); otherwise the current path is translated. A language without the page leads to
    `untranslated_target` (the home page unless the view names another).
    """
    request = context.get("request")
    alternates = context.get("alternates")
    target = context.get("untranslated_target") or "home"
    translatable_path = context.get("translatable_path", True)
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        if alternates is not None:
            url = alternates.get(code)
            available = url is not None
            if not available:
                url = f"{reverse_in(code, target)}?untranslated=1"
        else:
            path = request.path if request else "/"
            if not url_has_allowed_host_and_scheme(path, allowed_hosts=None):
                path = reverse_in(
                    code, target
                )  # e.g. "//evil.example/" on a 404 page: a browser reads it as another site
            url = translate_path(path, code) if translatable_path else path
            available = url != path or code == current
            if not available:
                url = reverse_in(code, target)
        links.append({"code": code, "name": name, "url": url, "current": code == current, "available": available})
    return links


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, links=None):
    """Links to the page in the other languages (or to their news when it is not translated); `links`
    from `{% language_links %}` when the template has them already."""
    return {"links": links if links is not None else language_links(context)}


@register.inclusion_tag("includes/hreflang_links.html", takes_context=True)
def hreflang_links(context, links=None):
    """<link rel="alternate" hreflang> for every language the page exists in, and x-default (`links` as
    for the switcher)."""
    base = site_root(context.get("request"))
    links = [
        (link["code"], base + link["url"])
        for link in (links if links is not None else language_links(context))
        if link["available"]
    ]
    default = next((url for code, url in links if code == settings.LANGUAGE_CODE), None)
    if default:
        links.append(("x-default", default))
    return {"links": links}
