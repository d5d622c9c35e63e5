from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteCacheConfig(AppConfig):
    name = "sitecache"
    verbose_name = _("Page cache")

    def ready(self):
        from django.core.signals import request_finished, request_started

        from .versioning import begin_request, end_request

        request_started.connect(begin_request, dispatch_uid="sitecache_begin_request")
        request_finished.connect(end_request, dispatch_uid="sitecache_end_request")
