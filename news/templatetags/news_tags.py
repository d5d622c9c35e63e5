from django import template
from django.utils import timezone
from django.utils.dateformat import format as format_date

from multilingual.models import current_language

register = template.Library()

# Day and abbreviated month, as in the commission's listings: "21 Oct", "21 окт", "21 Okt".
SHORT_FORMATS = {"ru": "j b"}
DEFAULT_SHORT_FORMAT = "j M"


@register.filter
def short_date(value):
    """Format a date for lists; the year is added when it is not the current year."""
    if not value:
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    fmt = SHORT_FORMATS.get(current_language(), DEFAULT_SHORT_FORMAT)
    if local.year != timezone.localdate().year:
        fmt += " Y"
    return format_date(local, fmt)
