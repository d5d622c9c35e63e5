from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_save

        from news.models import Article
        from pages.models import Page

        from .indexing import update_search_vector

        post_save.connect(update_search_vector, sender=Article, dispatch_uid="search_article")
        post_save.connect(update_search_vector, sender=Page, dispatch_uid="search_page")
