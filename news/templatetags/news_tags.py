from django import template
from django.utils import timezone
from django.utils.dates import MONTHS_3

from multilingual.models import current_language

register = template.Library()

# Day and abbreviated month, as in the commission's listings: "21 Oct", "21 окт", "21 Okt"; the same
# as the date formats "j b" (Russian, lower case) and "j M" (the others), without their overhead.
LOWER_CASE_MONTHS = {"ru"}


@register.filter(expects_localtime=True)
def short_date(value):
    """Format a date for lists; the year is added when it is not the current year."""
    if not value:
        return ""
    month = str(MONTHS_3[value.month])
    text = f"{value.day} {month if current_language() in LOWER_CASE_MONTHS else month.title()}"
    if value.year != timezone.localdate().year:
        text += f" {value.year}"
    return text
