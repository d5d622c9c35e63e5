from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation

from commission_site.absolute import site_root

register = template.Library()


def _links(context):
    """Return, per site language, where the switcher leads from the current page."""
    request = context.get("request")
    current = translation.get_language()
    alternates = context.get("alternates")
    links = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            fallback = reverse(context.get("untranslated_target") or "home")
        if alternates is not None:
            url = alternates.get(code)
            available = url is not None
            if not available:
                url = f"{fallback}?untranslated=1"
        else:
            path = request.path if request else "/"
            url = translate_url(path, code) if context.get("translatable_path", True) else path
            available = url != path or code == current
            if not available:
                url = fallback
        links.append({"code": code, "name": name, "url": url, "current": code == current, "available": available})
    return links


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"languages": _links(context)}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    languages = [link for link in _links(context) if link["available"]]
    default = next((link for link in languages if link["code"] == settings.LANGUAGE_CODE), None)
    return {"languages": languages, "default": default, "base": site_root(context.get("request"))}
