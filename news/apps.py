from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")
    search_role = "news"  # the site's search lists articles, ten at a time (search.views)

    def searched(self, language):
        from .models import Article

        return Article.objects.published().in_language(language).only("language", "title", "slug", "publish_at", "body")

    def ready(self):
        from django.db.models.signals import post_save

        from search.indexing import update_search_vector
        from sitecache.versioning import invalidate_on_change, register_schedule

        from .models import Article, ArticleAttachment, ArticlePhoto, Category

        post_save.connect(update_search_vector, sender=Article, dispatch_uid="search_article")

        invalidate_on_change(Article, ArticlePhoto, ArticleAttachment, Category)
        register_schedule(Article.objects.scheduled_moments)
        # Covers and gallery photos are library images: medialibrary makes their renditions when they are saved.
