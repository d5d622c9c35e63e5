from django.contrib.admin.apps import AdminConfig


class CommissionAdminConfig(AdminConfig):
    default_site = "commission_site.admin_site.CommissionAdminSite"
