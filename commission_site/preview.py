"""Secret, expiring preview links for drafts and scheduled content, usable without logging in."""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.http import Http404
from django.urls import reverse
from django.utils import timezone, translation

SALT = "commission_site.preview"


def preview_token(obj):
    return signing.dumps({"model": obj._meta.label_lower, "pk": obj.pk}, salt=SALT, compress=True)


def preview_url(obj):
    with translation.override(obj.language):
        return reverse("preview", kwargs={"token": preview_token(obj)})


def preview_expiry():
    return timezone.now() + timedelta(hours=settings.PREVIEW_LINK_HOURS)


def read_token(token):
    """Return (model label, pk) of a valid, unexpired token; 404 for a forged or expired one."""
    try:
        data = signing.loads(token, salt=SALT, max_age=timedelta(hours=settings.PREVIEW_LINK_HOURS))
        return data["model"], int(data["pk"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise Http404("This preview link is not valid or has expired.") from None


def preview(request, token):
    """Show a draft or scheduled article or page exactly as it will look, from a shared link."""
    from news.views import ArticleDetailView
    from pages.views import PageDetailView

    model, pk = read_token(token)
    views = {"news.article": ArticleDetailView, "pages.page": PageDetailView}
    if model not in views:
        raise Http404
    return views[model].as_view(preview_pk=pk)(request)


def preview_link_html(obj):
    """The admin's view of an object's shareable preview link, or why there is none."""
    from django.utils.formats import date_format
    from django.utils.html import format_html
    from django.utils.translation import gettext as _

    from .absolute import absolute_url

    if obj is None or obj.pk is None:
        return _("Save first; a preview link can then be shared.")
    if obj.is_published():
        return _("Published: share the public address instead.")
    url = absolute_url(preview_url(obj))
    expires = date_format(timezone.localtime(preview_expiry()), "DATETIME_FORMAT")
    return format_html(
        '<a href="{}">{}</a><br><span class="help">{}</span>',
        url,
        url,
        _("Anyone with this link can see this version until %(date)s, without logging in.") % {"date": expires},
    )
