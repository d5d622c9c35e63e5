from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from richtext.renditions import renditions

        from .models import Article, ArticleAttachment, ArticlePhoto, count_media

        def make_cover_renditions(sender, instance, raw=False, **kwargs):
            if not raw and instance.cover_image:
                renditions(instance.cover_image, instance.cover_width)

        def make_photo_renditions(sender, instance, raw=False, **kwargs):
            if not raw:
                renditions(instance.image, instance.width)

        post_save.connect(make_cover_renditions, sender=Article, dispatch_uid="news_cover_renditions")
        post_save.connect(make_photo_renditions, sender=ArticlePhoto, dispatch_uid="news_photo_renditions")
        for model in (ArticlePhoto, ArticleAttachment):
            post_save.connect(count_media, sender=model, dispatch_uid=f"news_count_media_save_{model.__name__}")
            post_delete.connect(count_media, sender=model, dispatch_uid=f"news_count_media_delete_{model.__name__}")
