"""The site administrators' part of the dashboard: locked-out log-ins and e-mails not sent."""

from datetime import timedelta

from axes.models import AccessAttempt
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from commission_site.dashboard import Attention, Item

from .models import FailedEmail


def locked_out(request):
    if not request.user.has_perm("axes.view_accessattempt"):
        return []
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    attempts = AccessAttempt.objects.filter(
        failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gte=since
    ).order_by("-attempt_time")
    count = attempts.count()
    if not count:
        return []
    items = [
        Item(title=attempt.username or attempt.ip_address, since=attempt.attempt_time, note=attempt.ip_address)
        for attempt in attempts[:10]
    ]
    return [
        Attention(_("Locked-out accounts"), count, reverse("admin:axes_accessattempt_changelist"), items, "warning")
    ]


def emails_not_sent(request):
    if not request.user.has_perm("accounts.view_failedemail"):
        return []
    failed = FailedEmail.objects.filter(created__gte=timezone.now() - timedelta(days=7))
    count = failed.count()
    if not count:
        return []
    title = ngettext("%(count)d e-mail could not be sent", "%(count)d e-mails could not be sent", count)
    items = [
        Item(title=f"{email.subject} → {email.recipient}", since=email.created, note=email.error)
        for email in failed[:5]
    ]
    return [
        Attention(title % {"count": count}, count, reverse("admin:accounts_failedemail_changelist"), items, "warning")
    ]
