"""Deployment checks of the site's own settings (`manage.py check --deploy`)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def site_url_is_set(app_configs, **kwargs):
    """Without SITE_URL, absolute addresses come from the Host of whoever filled the page cache."""
    if settings.SITE_URL:
        return []
    return [
        Warning(
            "SITE_URL is not set: canonical links, feeds, sitemaps and share links are then built from the "
            "Host header of the request, and a cached page keeps the host of the visitor who filled it.",
            hint="Set SITE_URL to the public address of the site, e.g. https://saylaw.example.",
            id="commission_site.W001",
        )
    ]


@register(Tags.security, deploy=True)
def email_host_is_set(app_configs, **kwargs):
    """Without EMAIL_HOST, staff e-mails (password links, notifications) only go to the console."""
    if settings.EMAIL_HOST:
        return []
    return [
        Warning(
            "EMAIL_HOST is not set: the links new staff need to set their password, password resets and "
            "notifications are printed to the console instead of sent.",
            hint="Set EMAIL_HOST (and EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS).",
            id="commission_site.W002",
        )
    ]
