import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from commission_site.absolute import absolute_url

register = template.Library()

JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


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
    """Serialise structured data for a `<script type="application/ld+json">` element.

    Escaped as Django's `json_script` filter does (which writes `type="application/json"` only):
    `<`, `>` and `&` as JSON escapes, so the text cannot end the element.
    """
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_ESCAPES)
    return mark_safe(payload)


# ---- {% sitewide %}: parts of the page frame rendered once per language in each worker ----------

SITEWIDE_ENTRIES = 64  # a handful of parts times three languages; a stray key cannot grow it for long
_sitewide = {}


class SitewideNode(template.Node):
    def __init__(self, name, vary_on, nodelist):
        self.name, self.vary_on, self.nodelist = name, vary_on, nodelist

    def render(self, context):
        key = (self.name, translation.get_language(), *(value.resolve(context) for value in self.vary_on))
        found = _sitewide.get(key)
        if found is None:
            if len(_sitewide) >= SITEWIDE_ENTRIES:
                _sitewide.clear()
            found = _sitewide[key] = self.nodelist.render(context)
        return found


@register.tag
def sitewide(parser, token):
    """{% sitewide "name" [value ...] %}...{% endsitewide %}: content that is the same on every page
    of a language (and of the given values), such as the brand, the search form or the footer.

    It is rendered once per worker and kept in a dictionary: no cache key to hash, no pickling, no
    lock, which a fragment cache spends on every page. It must not depend on the request, the page or
    the content; what it shows changes only with a deploy (templates, translations, static files).
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% sitewide %} needs a name.")
    nodelist = parser.parse(("endsitewide",))
    parser.delete_first_token()
    return SitewideNode(bits[1], [parser.compile_filter(bit) for bit in bits[2:]], nodelist)


@receiver(setting_changed)
def forget_sitewide(**kwargs):
    """Settings changed (in tests): static addresses, languages or templates may render differently."""
    _sitewide.clear()
