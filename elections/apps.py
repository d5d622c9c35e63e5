from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ElectionsConfig(AppConfig):
    name = "elections"
    verbose_name = _("Elections")

    def ready(self):
        from sitecache.versioning import invalidate_on_change

        from . import models

        invalidate_on_change(
            models.Election, models.Region, models.KeyDate, models.TurnoutReport, models.TurnoutFigure,
            models.Candidate, models.ResultReport, models.ResultFigure, models.Document, models.DocumentVersion,
        )  # fmt: skip
