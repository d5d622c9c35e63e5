import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from commission_site.absolute import absolute_url

register = template.Library()

JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def absolute(context, path):
    """The absolute address of one of the site's paths (uses SITE_URL when it is set)."""
    return absolute_url(str(path), context.get("request"))


@register.filter(expects_localtime=True)
def isoformat(value):
    """A date and time in ISO 8601 in the site's time zone, as the `date:"c"` filter gives it."""
    return value.isoformat() if value else ""


@register.filter
def json_ld(data):
    """Serialise structured data for a `<script type="application/ld+json">` element.

    Escaped as Django's `json_script` filter does (which writes `type="application/json"` only):
    `<`, `>` and `&` as JSON escapes, so the text cannot end the element.
    """
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_ESCAPES)
    return mark_safe(payload)
