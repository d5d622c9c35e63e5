"""The admin's first page: what needs each staff member's attention, in panels the apps provide.

An app lists its panels in its AppConfig as `dashboard_panels` (dotted paths of functions). Each
function takes the request and returns a list of Attention (nothing for users it does not concern):
a count, a link to the filtered list, and the items themselves.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.utils.module_loading import import_string


@dataclass
class Item:
    title: str
    url: str = ""
    language: str = ""
    author: str = ""
    since: object = None  # when it entered the state the panel is about
    note: str = ""


@dataclass
class Attention:
    title: str
    count: int
    url: str = ""
    items: list = field(default_factory=list)
    level: str = "info"  # "warning" for what went wrong (e-mails not sent, locked-out accounts)


def attention_for(request):
    """Every panel's Attention for the request's user, in the order of INSTALLED_APPS."""
    found = []
    for config in apps.get_app_configs():
        for path in getattr(config, "dashboard_panels", ()):
            found.extend(import_string(path)(request))
    return found
