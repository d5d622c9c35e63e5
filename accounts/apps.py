from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Staff accounts and roles")
    dashboard_panels = ["accounts.dashboard.locked_out", "accounts.dashboard.emails_not_sent"]

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from .language import remember_language

        user_logged_in.connect(remember_language, dispatch_uid="accounts_remember_language")
