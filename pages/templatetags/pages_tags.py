from django import template

from ..menu import main_menu_items

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    current = request.path if request else ""
    return {
        "items": [
            {"title": title, "url": url, "active": current.startswith(url)} for title, url, _path in main_menu_items()
        ],
        "request": request,
    }
