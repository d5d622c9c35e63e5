from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PreviewConfig(AppConfig):
    name = "preview"
    verbose_name = _("Preview links")

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import post_delete, pre_save

        from .links import PREVIEWABLE, forget_links, use_up_on_publication

        for label in PREVIEWABLE:
            model = apps.get_model(label)
            pre_save.connect(use_up_on_publication, sender=model, dispatch_uid=f"preview_publication_{label}")
            post_delete.connect(forget_links, sender=model, dispatch_uid=f"preview_delete_{label}")
