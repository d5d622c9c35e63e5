"""The accounts app, and the apps it names for the admin: django-axes and django-otp's two plugins,
installed through these configs (settings.INSTALLED_APPS) so their names are in the staff's language."""

import axes.apps
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static import apps as otp_static_apps
from django_otp.plugins.otp_totp import apps as otp_totp_apps


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Staff accounts and roles")
    dashboard_panels = ["accounts.dashboard.locked_out", "accounts.dashboard.emails_not_sent"]

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from .language import remember_language

        user_logged_in.connect(remember_language, dispatch_uid="accounts_remember_language")


def name_models(app_config, names):
    """Give the app's models translatable names from our catalogue: {model name: (singular, plural)}.
    Migrations read a model's Meta as declared, so this changes what the admin shows, not the schema."""
    for model_name, (singular, plural) in names.items():
        options = app_config.get_model(model_name)._meta
        options.verbose_name = singular
        options.verbose_name_plural = plural


class AxesConfig(axes.apps.AppConfig):
    """django-axes, under a name in the staff member's language."""

    default = False  # not accounts' own config (AccountsConfig)

    verbose_name = _("Log-in lockouts")

    def ready(self):
        super().ready()
        name_models(
            self,
            {
                "AccessAttempt": (_("failed log-in count"), _("failed log-in counts")),
                "AccessFailureLog": (_("failed log-in"), _("failed log-ins")),
                "AccessLog": (_("log-in"), _("log-ins")),
                "AccessAttemptExpiration": (_("lockout expiry"), _("lockout expiries")),
            },
        )


class TOTPConfig(otp_totp_apps.DefaultConfig):
    """django-otp's authenticator apps (TOTP), under names in the staff member's language."""

    default = False  # not accounts' own config (AccountsConfig)

    verbose_name = _("Two-factor: authenticator apps")

    def ready(self):
        super().ready()
        name_models(self, {"TOTPDevice": (_("authenticator app"), _("authenticator apps"))})


class StaticConfig(otp_static_apps.DefaultConfig):
    """django-otp's backup codes (static tokens), under names in the staff member's language."""

    default = False  # not accounts' own config (AccountsConfig)

    verbose_name = _("Two-factor: backup codes")

    def ready(self):
        super().ready()
        name_models(
            self,
            {
                "StaticDevice": (_("set of backup codes"), _("sets of backup codes")),
                "StaticToken": (_("backup code"), _("backup codes")),
            },
        )
