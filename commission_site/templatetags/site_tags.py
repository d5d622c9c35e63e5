import json

from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe

from commission_site.absolute import absolute_url
from commission_site.html import html

register = template.Library()

_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def absolute(context, path):
    """The absolute address of one of the site's paths (uses SITE_URL when it is set)."""
    return absolute_url(str(path), context.get("request"))


@register.simple_tag
def current_year():
    """This year in the site's time zone: {% now "Y" %} without a date format to interpret."""
    return timezone.localdate().year


@register.filter(expects_localtime=True)
def isoformat(value):
    """A date and time in ISO 8601 in the site's time zone, as the `date:"c"` filter gives it."""
    return value.isoformat() if value else ""


@register.filter
def json_ld(data):
    """Render structured data as a JSON-LD block (data, not script: allowed by the CSP)."""
    payload = json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_ESCAPES)
    return html('<script type="application/ld+json">{}</script>', mark_safe(payload))
