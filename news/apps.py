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

        from richtext.renditions import make_renditions
        from search.indexing import update_search_vector
        from sitecache.versioning import invalidate_on_change, register_schedule

        from .models import Article, ArticleAttachment, ArticlePhoto, Category

        post_save.connect(update_search_vector, sender=Article, dispatch_uid="search_article")

        invalidate_on_change(Article, ArticlePhoto, ArticleAttachment, Category)
        register_schedule(Article.objects.scheduled_moments)

        def make_cover_renditions(sender, instance, raw=False, **kwargs):
            if not raw and instance.cover_image:
                make_renditions(instance.cover_image, instance.cover_width, instance.cover_height)

        def make_photo_renditions(sender, instance, raw=False, **kwargs):
            if not raw:
                make_renditions(instance.image, instance.width, instance.height)

        # weak=False: these functions live only in this call, so a weak reference would lose them at once.
        post_save.connect(make_cover_renditions, sender=Article, weak=False, dispatch_uid="news_cover_renditions")
        post_save.connect(make_photo_renditions, sender=ArticlePhoto, weak=False, dispatch_uid="news_photo_renditions")
