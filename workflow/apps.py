from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowConfig(AppConfig):
    name = "workflow"
    verbose_name = _("Review workflow")
    dashboard_panels = ["workflow.dashboard.panels"]
