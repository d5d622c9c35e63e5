from django.contrib.admin.apps import AdminConfig


class CommissionAdminConfig(AdminConfig):
    default_site = "accounts.admin_site.CommissionAdminSite"

    def ready(self):
        super().ready()
        from . import checks  # noqa: F401  (registers the deployment checks)
