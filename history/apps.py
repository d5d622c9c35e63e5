from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HistoryConfig(AppConfig):
    name = "history"
    verbose_name = _("Version history")

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import post_save

        from .recording import record_revision
        from .registry import TRACKED_FIELDS

        for label in TRACKED_FIELDS:
            model = apps.get_model(label)
            post_save.connect(record_revision, sender=model, dispatch_uid=f"history_{label}")
