from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteCacheConfig(AppConfig):
    name = "sitecache"
    verbose_name = _("Page cache")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from elections import models as elections
        from news.models import Article, Category
        from pages.models import Page

        from .versioning import content_changed

        election_models = (
            elections.Election, elections.Region, elections.KeyDate, elections.TurnoutReport, elections.TurnoutFigure,
            elections.Candidate, elections.ResultReport, elections.ResultFigure, elections.Document,
            elections.DocumentVersion,
        )  # fmt: skip
        for model in (Article, Category, Page, *election_models):
            post_save.connect(content_changed, sender=model, dispatch_uid=f"sitecache_save_{model.__name__}")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"sitecache_delete_{model.__name__}")
