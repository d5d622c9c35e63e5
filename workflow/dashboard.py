"""What the workflow puts on each staff member's dashboard: what waits for them, and what is coming."""

from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from commission_site.dashboard import Attention, Item

from .admin import WorkflowAdmin, person
from .models import Status

SHOWN = 5  # items listed per panel; the count and the link give the rest


def workflow_admins():
    """The model admins of the models under review (articles, pages), in the order of their apps."""
    site = admin.site
    found = []
    for model in apps.get_models():
        if site.is_registered(model) and isinstance(site.get_model_admin(model), WorkflowAdmin):
            found.append(site.get_model_admin(model))
    return found


def attention(model_admin, title, queryset, query, since):
    """One panel: its count, a link to the change list filtered by `query`, the first items."""
    count = queryset.count()
    if not count:
        return []
    opts = model_admin.opts
    changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    items = [
        Item(
            title=str(obj),
            url=reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]),
            language=obj.language,
            author=person(obj.author),
            since=since(obj),
        )
        for obj in queryset.select_related("author")[:SHOWN]
    ]
    return [Attention(f"{title} — {opts.verbose_name_plural}", count, f"{changelist}?{query}", items)]


def panels(request):
    """Editors: what awaits their review. Press staff: their drafts and what was returned to them.
    Everyone: what is scheduled in the next 7 days, published in the last 24 hours, and missing a
    translation."""
    found = []
    now = timezone.now()
    for model_admin in workflow_admins():
        if not model_admin.has_view_permission(request):
            continue
        model, user = model_admin.model, request.user
        changed = lambda obj: obj.status_changed  # noqa: E731
        if model_admin.has_publish_permission(request):
            waiting = model.objects.filter(status=Status.REVIEW).order_by("status_changed")
            found += attention(model_admin, _("Awaiting my review"), waiting, "status__exact=review", changed)
        else:
            mine = model.objects.filter(author=user)
            returned = mine.filter(status=Status.RETURNED).order_by("-status_changed")
            found += attention(
                model_admin,
                _("Returned to me"),
                returned,
                f"status__exact=returned&author__id__exact={user.pk}",
                changed,
            )
            drafts = mine.filter(status=Status.DRAFT).order_by("-status_changed")
            found += attention(
                model_admin, _("My drafts"), drafts, f"status__exact=draft&author__id__exact={user.pk}", changed
            )
        if "publish_at" in {field.name for field in model._meta.fields}:
            coming = model.objects.filter(
                status=Status.PUBLISHED, publish_at__gt=now, publish_at__lte=now + timedelta(days=7)
            )
            found += attention(model_admin, _("Scheduled in the next 7 days"), coming.order_by("publish_at"),
                               "state=scheduled", lambda obj: obj.publish_at)  # fmt: skip
            recent = model.objects.filter(
                status=Status.PUBLISHED, publish_at__lte=now, publish_at__gt=now - timedelta(days=1)
            )
            found += attention(model_admin, _("Published in the last 24 hours"), recent.order_by("-publish_at"),
                               "state=live", lambda obj: obj.publish_at)  # fmt: skip
        found += missing_translations(model_admin)
    return found


def missing_translations(model_admin):
    """How many records have no version in each language, each count a link to the list of them."""
    model, opts = model_admin.model, model_admin.opts
    changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    items, total = [], 0
    for code, name in settings.LANGUAGES:
        translated = model.objects.filter(language=code).values("translation_group")
        count = model.objects.exclude(translation_group__in=translated).values("translation_group").distinct().count()
        if count:
            total += count
            items.append(
                Item(
                    title=_("%(count)d not yet in %(language)s") % {"count": count, "language": name},
                    url=f"{changelist}?missing={code}",
                )
            )
    if not items:
        return []
    title = _("Missing a translation — %(records)s") % {"records": opts.verbose_name_plural}
    return [Attention(title, total, "", items)]
