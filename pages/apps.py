from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Commission pages")
    search_role = "pages"  # the site's search shows the best few pages above the news (search.views)

    def searched(self, language):
        from .models import Page

        return Page.objects.published().in_language(language).only("language", "title", "path", "body")

    def ready(self):
        from django.db.models.signals import post_save

        from search.indexing import update_search_vector
        from sitecache.versioning import invalidate_on_change

        from .models import Page, PageAttachment, PagePhoto

        invalidate_on_change(Page, PagePhoto, PageAttachment)
        post_save.connect(update_search_vector, sender=Page, dispatch_uid="search_page")
