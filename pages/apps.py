from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Commission pages")

    def ready(self):
        from sitecache.versioning import invalidate_on_change

        from .models import Page, PageAttachment

        invalidate_on_change(Page, PageAttachment)
