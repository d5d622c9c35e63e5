from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteCacheConfig(AppConfig):
    name = "sitecache"
    verbose_name = _("Page cache")

    def ready(self):
        from django.core.signals import request_finished, request_started
        from django.db.models.signals import post_delete, post_save

        from elections import models as elections
        from news.models import Article, ArticleAttachment, ArticlePhoto, Category
        from pages.models import Page, PageAttachment

        from .versioning import begin_request, content_changed, end_request

        request_started.connect(begin_request, dispatch_uid="sitecache_begin_request")
        request_finished.connect(end_request, dispatch_uid="sitecache_end_request")

        election_models = (
            elections.Election, elections.Region, elections.KeyDate, elections.TurnoutReport, elections.TurnoutFigure,
            elections.Candidate, elections.ResultReport, elections.ResultFigure, elections.Document,
            elections.DocumentVersion,
        )  # fmt: skip
        for model in (Article, ArticlePhoto, ArticleAttachment, Category, Page, PageAttachment, *election_models):
            post_save.connect(content_changed, sender=model, dispatch_uid=f"sitecache_save_{model.__name__}")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"sitecache_delete_{model.__name__}")
