from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ElectionsConfig(AppConfig):
    name = "elections"
    verbose_name = _("Elections")

    def ready(self):
        from sitecache.versioning import invalidate_on_change, register_schedule

        from . import models

        invalidate_on_change(
            models.Election, models.Region, models.KeyDate, models.TurnoutReport, models.TurnoutFigure,
            models.Candidate, models.ResultReport, models.ResultFigure, models.ResultProtocol, models.Document,
            models.DocumentVersion,
        )  # fmt: skip
        # Figures scheduled for 20:00 appear by themselves then: no cached page outlives that moment.
        register_schedule(models.TurnoutReport.objects.scheduled_moments)
        register_schedule(models.ResultReport.objects.scheduled_moments)
